import { Card, Table, Tabs } from "antd";
import { useState } from "react";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan, rateAsPercent } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { type DemandMatches, MATCHES_PAGE_SIZE, useDemandMatches } from "../api/matching";
import { MatchReasons, ScoreTag } from "./MatchReasons";

type RankedProduct = DemandMatches["items"][number];
type RankedInstitution = DemandMatches["institutions"][number];

/** 匹配产品: the listed products ranked for a demand, each expandable to its reasons, and the institutions by their best. */
export function DemandMatchesCard({ demandId }: { demandId: string }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const matches = useDemandMatches(demandId, page, true);
  const data = matches.data;
  const rate = (product: RankedProduct["product"]) =>
    product.rateMin === null
      ? t("product.rateNegotiable")
      : t("matching.rateFrom", { rate: rateAsPercent(product.rateMin) });
  return (
    <Card
      title={t("matching.demandTitle")}
      extra={data && t("matching.eligibleCount", { count: data.eligibleCount })}
      loading={matches.isLoading}
      data-testid="demand-matches"
    >
      <ProblemAlert error={matches.error} />
      <Tabs
        items={[
          {
            key: "products",
            label: t("matching.products"),
            children: (
              <Table<RankedProduct>
                rowKey={(row) => row.product.id}
                size="small"
                dataSource={data?.items ?? []}
                locale={{ emptyText: t("matching.noProducts") }}
                data-testid="matched-products"
                onRow={(row) =>
                  ({
                    "data-testid": `matched-product-${row.product.name}`,
                  }) as React.HTMLAttributes<HTMLElement>
                }
                pagination={{
                  current: page,
                  pageSize: MATCHES_PAGE_SIZE,
                  total: data?.eligibleCount ?? 0,
                  onChange: setPage,
                  showSizeChanger: false,
                }}
                expandable={{
                  expandedRowRender: (row) => (
                    <MatchReasons working={row} testId={`reasons-${row.product.id}`} />
                  ),
                }}
                columns={[
                  {
                    key: "rank",
                    title: t("matching.rank"),
                    width: 60,
                    render: (_, _row, index) => (page - 1) * MATCHES_PAGE_SIZE + index + 1,
                  },
                  { key: "name", title: t("matching.product"), render: (_, row) => row.product.name },
                  {
                    key: "institution",
                    title: t("matching.institution"),
                    render: (_, row) => row.product.institutionName,
                  },
                  { key: "rate", title: t("product.rate"), render: (_, row) => rate(row.product) },
                  {
                    key: "amount",
                    title: t("product.amount"),
                    render: (_, row) =>
                      `${formatYuan(row.product.amountMin)} – ${formatYuan(row.product.amountMax)}`,
                  },
                  {
                    key: "score",
                    title: t("matching.score"),
                    width: 90,
                    render: (_, row) => <ScoreTag score={row.score} testId="match-score" />,
                  },
                ]}
              />
            ),
          },
          {
            key: "institutions",
            label: t("matching.institutions"),
            children: (
              <Table<RankedInstitution>
                rowKey="institutionId"
                size="small"
                pagination={false}
                dataSource={data?.institutions ?? []}
                locale={{ emptyText: t("matching.noProducts") }}
                data-testid="matched-institutions"
                columns={[
                  {
                    key: "rank",
                    title: t("matching.rank"),
                    width: 60,
                    render: (_, _row, index) => index + 1,
                  },
                  { key: "name", title: t("matching.institution"), dataIndex: "institutionName" },
                  { key: "best", title: t("matching.bestProduct"), dataIndex: "bestProductName" },
                  {
                    key: "count",
                    title: t("matching.eligibleProducts"),
                    dataIndex: "eligibleProducts",
                    width: 110,
                  },
                  {
                    key: "score",
                    title: t("matching.score"),
                    width: 90,
                    render: (_, row) => <ScoreTag score={row.score} />,
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
