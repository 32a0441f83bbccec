import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Table, Tag } from "antd";
import { Link } from "react-router";
import { useSession } from "../../../app/session";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { exportPool, type Product, useProductPool } from "../api/products";
import { LISTS, labelsOf, STATE_COLOURS } from "./labels";

/** An institution's own products, or a bureau's region to review, in every state. */
export function ProductPoolPage() {
  const { t, locale } = useI18n();
  const { access } = useSession();
  const pool = useProductPool();
  return (
    <>
      <PageHeader
        title={t(access.publishProducts ? "menu.myProducts" : "menu.productReview")}
        subtitle={t(access.publishProducts ? "product.poolSubtitle" : "product.reviewSubtitle")}
        extra={
          <Flex gap={8}>
            <ExportButton
              onExport={exportPool}
              label={t("product.exportPool")}
              testId="product-pool-export"
            />
            {access.publishProducts && (
              <Link to="/products/new">
                <Button type="primary" icon={<PlusOutlined />} data-testid="product-new">
                  {t("product.create")}
                </Button>
              </Link>
            )}
          </Flex>
        }
      />
      <Card>
        {pool.isError && <ProblemAlert error={pool.error} />}
        <div data-testid="product-pool">
          <Table<Product>
            rowKey="id"
            size="middle"
            loading={pool.isFetching}
            dataSource={pool.data ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              {
                key: "name",
                title: t("product.name"),
                render: (_, row) => (
                  <Link to={`/products/${row.id}`} data-testid="product-link">
                    {row.latest.name}
                  </Link>
                ),
              },
              { key: "institution", title: t("product.institution"), dataIndex: "institutionName" },
              {
                key: "category",
                title: t("product.category"),
                render: (_, row) => labelsOf(LISTS.type, [row.latest.type], locale, ""),
              },
              {
                key: "state",
                title: t("product.state"),
                render: (_, row) => (
                  <Tag
                    color={STATE_COLOURS[row.latest.state]}
                    data-testid="product-state"
                    data-state={row.latest.state}
                  >
                    {labelsOf(LISTS.state, [row.latest.state], locale, "")}
                  </Tag>
                ),
              },
              {
                key: "listed",
                title: t("product.listedVersion"),
                render: (_, row) =>
                  row.listedVersion === null
                    ? "—"
                    : t("product.versionOn", { n: row.listedVersion, date: row.listedOn ?? "" }),
              },
            ]}
          />
        </div>
      </Card>
    </>
  );
}
