import { Table, Tag } from "antd";
import { Link } from "react-router";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { useReviewTasks } from "../ministry/pilotReviewApi";

/** 评审任务: the applications assigned to the signed-in expert, and only those. */
export function ReviewTasksPage() {
  const { t, label } = useI18n();
  const tasks = useReviewTasks();
  return (
    <>
      <PageHeader title={t("pilotTasks.title")} subtitle={t("pilotTasks.subtitle")} />
      <ProblemAlert error={tasks.error} />
      <Table
        rowKey="assignmentId"
        data-testid="review-tasks"
        loading={tasks.isLoading}
        dataSource={tasks.data}
        locale={{ emptyText: t("pilotTasks.none") }}
        columns={[
          { title: t("pilotReview.batch"), dataIndex: "batchName" },
          { title: t("pilotReview.applicant"), dataIndex: "applicantName" },
          { title: t("pilotReview.province"), render: (_, row) => label(row.province) },
          {
            title: "",
            render: (_, row) =>
              row.scoringClosed ? (
                <Tag>{t("pilotTasks.closed")}</Tag>
              ) : row.scored ? (
                <Tag color="green">{t("pilotTasks.scored")}</Tag>
              ) : (
                <Tag color="orange">{t("pilotTasks.toScore")}</Tag>
              ),
          },
          {
            title: "",
            render: (_, row) => (
              <Link to={`/pilot-review/tasks/${row.assignmentId}`} data-testid="review-task-open">
                {t("pilotTasks.open")}
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}
