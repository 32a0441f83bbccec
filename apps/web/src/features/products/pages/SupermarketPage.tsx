import { Alert, Card, Form, Input, InputNumber, List, Select, Space, Table } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useSession } from "../../../app/session";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan, rateAsPercent } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import {
  exportSupermarket,
  type ListedProduct,
  type SupermarketFilter,
  useEnterpriseMessages,
  useSupermarket,
} from "../api/products";
import { AskForProductButton } from "./ListedProductPage";
import { LISTS, labelsOf, optionsOf } from "./labels";
import { ProductTerms } from "./ProductDetailPage";

/** 金融产品超市: the listed products of one's region, filtered, with an enterprise's pushes on top. */
export function SupermarketPage() {
  const { t, locale } = useI18n();
  const { access } = useSession();
  const [filter, setFilter] = useState<SupermarketFilter>({});
  const [page, setPage] = useState(1);
  const market = useSupermarket(filter, page);
  const messages = useEnterpriseMessages(access.ownEnterpriseId !== null);
  const select = (key: keyof SupermarketFilter, list: keyof typeof LISTS, width = 160) => (
    <Form.Item name={key} label={t(`product.filter.${key}` as "product.filter.category")}>
      <Select
        allowClear
        style={{ width }}
        options={optionsOf(LISTS[list], locale)}
        data-testid={`market-${key}`}
      />
    </Form.Item>
  );
  return (
    <>
      <PageHeader
        title={t("menu.productSupermarket")}
        subtitle={t("product.marketSubtitle")}
        extra={
          <ExportButton
            onExport={() => exportSupermarket(filter)}
            label={t("product.export")}
            testId="market-export"
          />
        }
      />
      {(messages.data?.length ?? 0) > 0 && (
        <Card title={t("product.pushes")} style={{ marginBottom: 16 }} data-testid="market-pushes">
          <List
            size="small"
            dataSource={messages.data}
            renderItem={(message) => (
              <List.Item data-testid="market-push">
                <List.Item.Meta title={message.title} description={message.body} />
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card>
        <Form
          layout="inline"
          onValuesChange={(_, values: Record<string, unknown>) => {
            setPage(1);
            setFilter(
              Object.fromEntries(
                Object.entries(values).map(([key, value]) => [
                  key,
                  value === undefined || value === null ? undefined : String(value),
                ]),
              ),
            );
          }}
          style={{ marginBottom: 16, rowGap: 8 }}
        >
          {select("category", "category")}
          {select("type", "type", 180)}
          <Form.Item name="amount" label={t("product.filter.amount")}>
            <Input style={{ width: 140 }} suffix={t("product.yuan")} data-testid="market-amount" />
          </Form.Item>
          <Form.Item name="termMonths" label={t("product.filter.termMonths")}>
            <InputNumber min={1} style={{ width: 100 }} />
          </Form.Item>
          {select("collateral", "collateral")}
          {select("tag", "tag", 200)}
          {select("cluster", "cluster", 200)}
          <Form.Item name="district" label={t("product.filter.district")}>
            <Input style={{ width: 100 }} placeholder="500106" />
          </Form.Item>
        </Form>
        {market.isError && <ProblemAlert error={market.error} />}
        {market.data?.total === 0 && <Alert type="info" message={t("product.marketEmpty")} />}
        <div data-testid="market-table">
          <Table<ListedProduct>
            rowKey="id"
            size="middle"
            loading={market.isFetching}
            dataSource={market.data?.items ?? []}
            expandable={{
              expandedRowRender: (row) => <ProductTerms version={row} institution={row.institutionName} />,
            }}
            pagination={{
              current: page,
              pageSize: 20,
              total: market.data?.total ?? 0,
              onChange: setPage,
              showTotal: (total) => t("common.total", { total }),
            }}
            columns={[
              {
                key: "name",
                title: t("product.name"),
                dataIndex: "name",
                render: (name: string, row) => (
                  <Link to={`/product-supermarket/${row.id}`} data-testid="market-name">
                    {name}
                  </Link>
                ),
              },
              { key: "institution", title: t("product.institution"), dataIndex: "institutionName" },
              {
                key: "type",
                title: t("product.type"),
                render: (_, row) => labelsOf(LISTS.type, [row.type], locale, ""),
              },
              {
                key: "rate",
                title: t("product.rate"),
                render: (_, row) =>
                  row.rateMin === null || row.rateMax === null
                    ? t("product.rateNegotiable")
                    : `${rateAsPercent(row.rateMin)} – ${rateAsPercent(row.rateMax)}`,
              },
              {
                key: "amount",
                title: t("product.amount"),
                render: (_, row) => `${formatYuan(row.amountMin)} – ${formatYuan(row.amountMax)}`,
              },
              {
                key: "term",
                title: t("product.term"),
                render: (_, row) =>
                  t("product.monthsRange", { min: row.termMinMonths, max: row.termMaxMonths }),
              },
              { key: "listedOn", title: t("product.listedOn"), dataIndex: "listedOn" },
              ...(access.postFinancingDemand
                ? [
                    {
                      key: "ask",
                      title: "",
                      render: (_: unknown, row: ListedProduct) => (
                        <AskForProductButton productId={row.id} size="small" />
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </div>
        <Space />
      </Card>
    </>
  );
}
