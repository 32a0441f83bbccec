import { Card, Space, Table, Tag, Tooltip } from "antd";
import { ExportButton } from "../../../shared/components/ExportButton";
import { useI18n } from "../../../shared/i18n";
import { downloadRanking, type RankingRow, useRanking } from "./pilotReviewApi";

/** The ranking once scoring closed: the domain's aggregation, with each sheet and the outliers flagged. */
export function RankingCard({ batchId }: { batchId: string }) {
  const { t, label } = useI18n();
  const ranking = useRanking(batchId, true);
  return (
    <Card
      title={t("pilotReview.ranking")}
      extra={
        <ExportButton
          label={t("pilotReview.export")}
          testId="ranking-export"
          onExport={() => downloadRanking(batchId)}
        />
      }
    >
      <Table<RankingRow>
        rowKey="applicationId"
        data-testid="pilot-ranking"
        loading={ranking.isLoading}
        dataSource={ranking.data}
        pagination={false}
        columns={[
          { title: t("pilotReview.rank"), dataIndex: "rank", width: 70 },
          { title: t("pilotReview.applicant"), dataIndex: "applicantName" },
          { title: t("pilotReview.province"), render: (_, row) => label(row.province) },
          {
            title: t("pilotReview.score"),
            render: (_, row) => (
              <Space>
                <strong data-testid="ranking-score">{row.score}</strong>
                <Tag>{row.trimmed ? t("pilotReview.trimmed") : t("pilotReview.plainMean")}</Tag>
              </Space>
            ),
          },
          {
            title: t("pilotReview.qualified"),
            render: (_, row) =>
              row.qualified ? (
                <Tag color="green">{t("pilotReview.qualified")}</Tag>
              ) : (
                <Tag color="red">{t("pilotReview.notQualified")}</Tag>
              ),
          },
          {
            title: t("pilotReview.sheets"),
            render: (_, row) => (
              <Space wrap size={4}>
                {row.sheets.map((sheet) =>
                  sheet.outlier ? (
                    <Tooltip key={sheet.expertId} title={t("pilotReview.outlier")}>
                      <Tag color="orange" data-testid="ranking-outlier">
                        {sheet.expertName.replace(/^评审专家\s*/, "")} {sheet.total} ⚠
                      </Tag>
                    </Tooltip>
                  ) : (
                    <Tag key={sheet.expertId}>
                      {sheet.expertName.replace(/^评审专家\s*/, "")} {sheet.total}
                    </Tag>
                  ),
                )}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
