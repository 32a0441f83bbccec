import { sheetTotal } from "@chanrong/domain";
import { App, Button, Card, Descriptions, Flex, Input, InputNumber, Table, Typography } from "antd";
import { useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { ReasonModal } from "../../../shared/components/ReasonModal";
import { useI18n } from "../../../shared/i18n";
import { type ReviewTask, useDeclareConflict, useReviewTask, useSaveSheet } from "../ministry/pilotReviewApi";

type Criterion = ReviewTask["rubric"]["criteria"][number];

/** One assignment: the frozen application read-only, and the sheet with weights and a running total. */
export function ReviewTaskPage() {
  const { id = "" } = useParams();
  const { t, label } = useI18n();
  const task = useReviewTask(id);
  const [declaring, setDeclaring] = useState(false);
  const declare = useDeclareConflict();
  const navigate = useNavigate();
  const data = task.data;
  const plan = (data?.submitted as { plan?: { periodStart?: string; periodEnd?: string } } | null)?.plan;
  return (
    <>
      <PageHeader
        title={data ? `${t("pilotTasks.title")}:${data.applicantName}` : t("pilotTasks.title")}
        backTo="/pilot-review/tasks"
        extra={
          data &&
          !data.scoringClosed && (
            <Button danger data-testid="task-conflict" onClick={() => setDeclaring(true)}>
              {t("pilotTask.conflict")}
            </Button>
          )
        }
      />
      <ProblemAlert error={task.error} />
      {data && (
        <Flex vertical gap={16}>
          <Card title={t("pilotTask.application")}>
            <Descriptions column={2} size="small">
              <Descriptions.Item label={t("pilotReview.batch")}>{data.batchName}</Descriptions.Item>
              <Descriptions.Item label={t("pilotReview.province")}>{label(data.province)}</Descriptions.Item>
              <Descriptions.Item label={t("pilotTask.planPeriod")}>
                {plan?.periodStart} – {plan?.periodEnd}
              </Descriptions.Item>
            </Descriptions>
            <pre
              data-testid="task-submitted"
              style={{ maxHeight: 320, overflow: "auto", background: "#fafafa", padding: 12 }}
            >
              {JSON.stringify(data.submitted, null, 2)}
            </pre>
          </Card>
          <SheetCard task={data} />
          {data.scoringClosed && (
            <Card title={t("pilotTask.others")}>
              <Table
                rowKey="reviewer"
                size="small"
                data-testid="task-other-sheets"
                pagination={false}
                dataSource={data.otherSheets}
                columns={[
                  { title: t("pilotReview.reviewers"), dataIndex: "reviewer" },
                  { title: t("pilotReview.score"), dataIndex: "total" },
                  { title: t("pilotTask.comments"), dataIndex: "comments" },
                ]}
              />
            </Card>
          )}
        </Flex>
      )}
      {declaring && (
        <ReasonModal
          title={t("pilotTask.conflict")}
          hint={t("pilotTask.conflictHint")}
          label={t("pilotTask.conflictReason")}
          okText={t("pilotTask.conflict")}
          testId="task-conflict"
          onSubmit={(reason) =>
            declare.mutateAsync({ id, reason }).then(() => navigate("/pilot-review/tasks"))
          }
          onClose={() => setDeclaring(false)}
        />
      )}
    </>
  );
}

function SheetCard({ task }: { task: ReviewTask }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const save = useSaveSheet();
  const { rubric } = task;
  const [scores, setScores] = useState<Record<string, string>>(task.mySheet?.scores ?? {});
  const [comments, setComments] = useState(task.mySheet?.comments ?? "");
  useEffect(() => {
    setScores(task.mySheet?.scores ?? {});
    setComments(task.mySheet?.comments ?? "");
  }, [task.mySheet]);
  const complete = rubric.criteria.every((c) => scores[c.code] !== undefined);
  const total = sheetTotal(rubric, {
    reviewerId: "",
    scores: Object.fromEntries(rubric.criteria.map((c) => [c.code, scores[c.code] ?? "0"])),
  });
  const step = 10 ** -rubric.scaleDecimals;
  return (
    <Card title={t("pilotTask.rubric")}>
      <Table<Criterion>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={[...rubric.criteria]}
        columns={[
          { title: t("pilotTask.criterion"), render: (_, c) => label(c.name) },
          { title: t("pilotTask.weight"), dataIndex: "weight", width: 90 },
          {
            title: t("pilotTask.scoreOf", { max: rubric.scaleMax }),
            width: 160,
            render: (_, c) => (
              <InputNumber
                data-testid={`score-${c.code}`}
                disabled={task.scoringClosed}
                min={0}
                max={Number(rubric.scaleMax)}
                step={step}
                value={scores[c.code] === undefined ? null : Number(scores[c.code])}
                onChange={(value) =>
                  setScores((current) => {
                    const { [c.code]: _old, ...rest } = current;
                    return value === null ? rest : { ...rest, [c.code]: String(value) };
                  })
                }
              />
            ),
          },
        ]}
      />
      <Typography.Title level={4} data-testid="sheet-total" style={{ marginTop: 12 }}>
        {t("pilotTask.total", { pass: rubric.passMark })}:{total}
      </Typography.Title>
      <Typography.Text>{t("pilotTask.comments")}</Typography.Text>
      <Input.TextArea
        data-testid="sheet-comments"
        rows={3}
        disabled={task.scoringClosed}
        value={comments}
        onChange={(e) => setComments(e.target.value)}
      />
      <ProblemAlert error={save.error} testId="sheet-error" />
      {!task.scoringClosed && (
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          data-testid="sheet-save"
          disabled={!complete || !comments.trim()}
          loading={save.isPending}
          onClick={() =>
            save.mutateAsync({ id: task.assignmentId, input: { scores, comments } }).then(
              () => message.success(t("pilotTask.saved")),
              () => undefined,
            )
          }
        >
          {t("pilotTask.save")}
        </Button>
      )}
    </Card>
  );
}
