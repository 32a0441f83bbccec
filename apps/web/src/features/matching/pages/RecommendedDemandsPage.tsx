import { DEMAND_KINDS, DEMAND_URGENCY_TERMS } from "@chanrong/domain";
import { Card, Table } from "antd";
import { Link } from "react-router";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { exportInstitutionDemands, type InstitutionDemands, useInstitutionDemands } from "../api/matching";
import { MatchReasons, ScoreTag } from "../components/MatchReasons";

type Recommended = InstitutionDemands["items"][number];

/** 推荐需求: the open demands pushed to the institution, ranked over its listed products, with reasons. */
export function RecommendedDemandsPage() {
  const { t, label } = useI18n();
  const demands = useInstitutionDemands();
  return (
    <>
      <PageHeader
        title={t("matching.recommendedTitle")}
        subtitle={t("matching.recommendedSubtitle", { total: demands.data?.total ?? 0 })}
        extra={
          <ExportButton
            onExport={exportInstitutionDemands}
            label={t("matching.exportRecommended")}
            testId="recommended-export"
          />
        }
      />
      <ProblemAlert error={demands.error} />
      <Card loading={demands.isLoading}>
        <Table<Recommended>
          rowKey={(row) => row.demand.id}
          size="middle"
          pagination={false}
          dataSource={demands.data?.items ?? []}
          locale={{ emptyText: t("matching.noDemands") }}
          data-testid="recommended-demands"
          onRow={(row) =>
            ({
              "data-testid": `recommended-${row.demand.enterpriseName}`,
            }) as React.HTMLAttributes<HTMLElement>
          }
          expandable={{
            expandedRowRender: (row) => <MatchReasons working={row} testId={`reasons-${row.demand.id}`} />,
          }}
          columns={[
            { key: "rank", title: t("matching.rank"), width: 60, render: (_, _row, index) => index + 1 },
            {
              key: "enterprise",
              title: t("matching.enterprise"),
              render: (_, row) => row.demand.enterpriseName,
            },
            {
              key: "kind",
              title: t("demands.kind"),
              render: (_, row) => label(DEMAND_KINDS.find((kind) => kind.code === row.demand.kind)),
            },
            { key: "amount", title: t("demands.amount"), render: (_, row) => formatYuan(row.demand.amount) },
            { key: "term", title: t("demands.termMonths"), render: (_, row) => row.demand.termMonths },
            {
              key: "urgency",
              title: t("demands.urgency"),
              render: (_, row) => label(DEMAND_URGENCY_TERMS[row.demand.urgency]),
            },
            { key: "product", title: t("matching.bestProduct"), render: (_, row) => row.product.name },
            {
              key: "score",
              title: t("matching.score"),
              width: 90,
              render: (_, row) => <ScoreTag score={row.score} testId="recommended-score" />,
            },
            {
              key: "claim",
              title: t("matching.claimDue"),
              render: (_, row) => (
                <Link to={`/financing-demands/${row.demand.id}`} data-testid="recommended-claim">
                  {t("matching.toClaim")} {row.claimDueOn && `(${row.claimDueOn})`}
                </Link>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
