import { Alert, Button, Card, Flex, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useSession } from "../../../app/session";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { BatchSelect, useSelectedBatch } from "./BatchSelect";
import { ExpertPoolCard } from "./ExpertPoolCard";
import { ListCard } from "./ListCard";
import { type ReviewApplication, useAssignAll, useCloseScoring, useReviewOverview } from "./pilotReviewApi";
import { RankingCard } from "./RankingCard";
import { ReviewersModal } from "./ReviewersModal";

/** 部级评审: 工信部 assigns reviewers, follows the sheets, closes scoring, ranks and proposes the list. */
export function MinistryReviewPage() {
  const { t, label } = useI18n();
  const { me } = useSession();
  const selected = useSelectedBatch();
  const overview = useReviewOverview(selected.batchId);
  const assign = useAssignAll();
  const close = useCloseScoring();
  const [adjusting, setAdjusting] = useState<ReviewApplication | null>(null);
  const data = overview.data;
  const sheets = data?.applications.flatMap((a) => a.reviewers) ?? [];
  const closed = !!data?.scoringClosedOn;
  const roles = me?.user.roles ?? [];
  return (
    <>
      <PageHeader
        title={t("pilotReview.title")}
        subtitle={t("pilotReview.subtitle")}
        extra={<BatchSelect selected={selected} />}
      />
      <ProblemAlert error={overview.error ?? assign.error ?? close.error} testId="review-error" />
      {data && selected.batchId && (
        <Flex vertical gap={16}>
          <Card
            title={t("pilotReview.applications")}
            extra={
              <Space>
                <span>{t("pilotReview.perApplication", { count: data.reviewersPerApplication })}</span>
                <span data-testid="review-progress">
                  {t("pilotReview.progress", {
                    done: sheets.filter((s) => s.total !== null).length,
                    total: sheets.length,
                  })}
                </span>
                {closed ? (
                  <Tag color="green" data-testid="scoring-closed">
                    {t("pilotReview.closedOn", { day: data.scoringClosedOn ?? "" })}
                  </Tag>
                ) : (
                  <>
                    <Button
                      data-testid="review-assign"
                      loading={assign.isPending}
                      onClick={() => assign.mutate(data.batchId)}
                    >
                      {t("pilotReview.assignAll")}
                    </Button>
                    <Button
                      type="primary"
                      data-testid="review-close"
                      loading={close.isPending}
                      onClick={() => close.mutate(data.batchId)}
                    >
                      {t("pilotReview.close")}
                    </Button>
                  </>
                )}
              </Space>
            }
          >
            {data.shortages.map((s) => (
              <Alert
                key={s.applicationId}
                type="warning"
                showIcon
                message={`${t("pilotReview.shortage")}:${label(s.message)}`}
              />
            ))}
            <Table<ReviewApplication>
              rowKey="id"
              data-testid="review-applications"
              dataSource={data.applications}
              pagination={false}
              columns={[
                { title: t("pilotReview.applicant"), dataIndex: "applicantName" },
                { title: t("pilotReview.province"), render: (_, row) => label(row.province) },
                {
                  title: t("pilotReview.reviewers"),
                  render: (_, row) => (
                    <Space wrap size={4} data-testid="review-reviewers">
                      {row.reviewers.map((r) => (
                        <Tag key={r.assignmentId} color={r.total ? "green" : undefined}>
                          {r.expertName.replace(/^评审专家\s*/, "")} · {r.total ?? t("pilotReview.notScored")}
                        </Tag>
                      ))}
                    </Space>
                  ),
                },
                {
                  title: t("pilotReview.exclusions"),
                  render: (_, row) => (
                    <Flex vertical>
                      {row.exclusions.map((e) => (
                        <Typography.Text key={e.expertId} type="secondary" style={{ fontSize: 12 }}>
                          {label(e.message)}
                        </Typography.Text>
                      ))}
                    </Flex>
                  ),
                },
                {
                  title: "",
                  render: (_, row) =>
                    !closed && (
                      <Button size="small" data-testid="review-adjust" onClick={() => setAdjusting(row)}>
                        {t("pilotReview.adjust")}
                      </Button>
                    ),
                },
              ]}
            />
          </Card>
          <ExpertPoolCard />
          {closed && <RankingCard batchId={data.batchId} />}
          {closed && (
            <ListCard
              batchId={data.batchId}
              canPublish={roles.includes("reviewer") || roles.includes("admin")}
            />
          )}
        </Flex>
      )}
      {adjusting && <ReviewersModal application={adjusting} onClose={() => setAdjusting(null)} />}
    </>
  );
}
