import { Card, Empty, Flex, Table } from "antd";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { usePublicPilotCities } from "../ministry/pilotReviewApi";

/** 试点城市名单: every published batch's pilots with province and plan period, for anyone (no sign-in). */
export function PublicPilotCitiesPage() {
  const { t, label } = useI18n();
  const published = usePublicPilotCities();
  return (
    <div style={{ padding: 24 }}>
      <PageHeader title={t("pilotPublic.title")} subtitle={t("pilotPublic.subtitle")} />
      <ProblemAlert error={published.error} />
      {published.data?.length === 0 && <Empty description={t("pilotPublic.none")} />}
      <Flex vertical gap={16} data-testid="public-pilot-cities">
        {published.data?.map((batch) => (
          <Card
            key={batch.batchNumber}
            title={batch.batchName}
            extra={t("pilotPublic.published", { document: batch.documentNumber, day: batch.publishedOn })}
            data-testid={`public-batch-${batch.batchNumber}`}
          >
            <Table
              rowKey="regionCode"
              size="small"
              pagination={false}
              dataSource={batch.pilots}
              columns={[
                { title: t("pilotPublic.city"), dataIndex: "city" },
                { title: t("pilotReview.province"), render: (_, row) => label(row.province) },
                {
                  title: t("pilotPublic.period"),
                  render: (_, row) => `${row.planPeriodStart} – ${row.planPeriodEnd}`,
                },
              ]}
            />
          </Card>
        ))}
      </Flex>
    </div>
  );
}
