import { PIPELINE_STAGE_TERMS, PIPELINE_STAGES } from "@chanrong/domain";
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  Select,
  Timeline,
  Typography,
} from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import type { FieldError } from "../../../shared/api/client";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, formatDate } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import {
  type PipelineEntryDetail,
  type StageMoveInput,
  useMoveStage,
  usePipelineEntry,
} from "../api/listing-pipeline";
import { RewardTags, StageTag, useBoardName } from "./labels";

/** One entry: its details, the history of its stages, and for the bureau the form that records the next. */
export function EntryDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useI18n();
  const entry = usePipelineEntry(id);
  const boardName = useBoardName();
  const data = entry.data;
  return (
    <Drawer
      open={Boolean(id)}
      onClose={onClose}
      width={640}
      title={data?.enterpriseName ?? t("pipeline.detail")}
    >
      <ProblemAlert error={entry.error} />
      {data && (
        <>
          <Descriptions
            size="small"
            column={2}
            bordered
            style={{ marginBottom: 16 }}
            items={[
              { key: "stage", label: t("pipeline.stage"), children: <StageTag stage={data.stage} /> },
              {
                key: "reached",
                label: t("pipeline.stageReachedOn"),
                children: formatDate(data.stageReachedOn),
              },
              { key: "board", label: t("pipeline.board"), children: boardName(data.board) },
              { key: "joined", label: t("pipeline.joinedOn"), children: formatDate(data.joinedOn) },
              { key: "sponsor", label: t("pipeline.sponsor"), children: data.sponsor ?? "—" },
              {
                key: "ipo",
                label: t("pipeline.ipoAgreementOn"),
                children: formatDate(data.ipoAgreementOn) || "—",
              },
              {
                key: "rewards",
                label: t("pipeline.rewards"),
                span: 2,
                children: <RewardTags stages={data.rewardStages} quotation={data.quotationReward} />,
              },
            ]}
          />
          {data.canManage && <MoveStageForm entry={data} />}
          <Typography.Title level={5}>{t("pipeline.history")}</Typography.Title>
          <Timeline
            data-testid="pipeline-history"
            items={data.history.map((line) => ({
              key: line.id,
              children: (
                <>
                  <Typography.Text strong>{t(`pipeline.history.${line.action}`)}</Typography.Text>
                  {line.toStage && (
                    <>
                      {" "}
                      <StageTag stage={line.toStage as (typeof PIPELINE_STAGES)[number]} />
                    </>
                  )}
                  {line.reachedOn && (
                    <Typography.Text type="secondary"> {formatDate(line.reachedOn)}</Typography.Text>
                  )}
                  <div>
                    <Typography.Text type="secondary">
                      {/* A user's display name already names its organisation. */}
                      {line.actorName} · {formatDate(line.businessDate)}
                    </Typography.Text>
                  </div>
                  {line.evidence && <div>{`${t("pipeline.evidence")}:${line.evidence}`}</div>}
                  {line.reason && <div>{`${t("pipeline.reason")}:${line.reason}`}</div>}
                </>
              ),
            }))}
          />
        </>
      )}
    </Drawer>
  );
}

interface MoveValues {
  stage: StageMoveInput["stage"];
  reachedOn: Dayjs;
  evidence: string;
  reason?: string;
}

function MoveStageForm({ entry }: { entry: PipelineEntryDetail }) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<MoveValues>();
  const move = useMoveStage(entry.id);
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const { message } = App.useApp();
  const submit = (values: MoveValues) => {
    setLeftover([]);
    move.mutate(
      {
        stage: values.stage,
        reachedOn: values.reachedOn.format(DATE_FORMAT),
        evidence: values.evidence.trim(),
        ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
        version: entry.version,
      },
      {
        onSuccess: () => {
          message.success(t("pipeline.moved"));
          form.resetFields();
        },
        onError: (error) =>
          setLeftover(applyServerErrors(form, error, ["stage", "reachedOn", "evidence", "reason"])),
      },
    );
  };
  return (
    <Card size="small" title={t("pipeline.move")} style={{ marginBottom: 16 }}>
      <Form<MoveValues> form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="stage"
          label={t("pipeline.stage")}
          rules={[{ required: true, message: t("form.required") }]}
        >
          <Select
            data-testid="pipeline-move-stage"
            options={PIPELINE_STAGES.filter((stage) => stage !== entry.stage).map((stage) => ({
              value: stage,
              label: PIPELINE_STAGE_TERMS[stage][locale],
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reachedOn"
          label={t("pipeline.reachedOn")}
          rules={[{ required: true, message: t("form.required") }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} data-testid="pipeline-move-date" />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={t("pipeline.evidence")}
          tooltip={t("pipeline.evidenceHint")}
          rules={[{ required: true, whitespace: true, message: t("form.required") }]}
        >
          <Input maxLength={200} data-testid="pipeline-move-evidence" />
        </Form.Item>
        <Form.Item name="reason" label={t("pipeline.reason")} tooltip={t("pipeline.reasonHint")}>
          <Input.TextArea maxLength={500} rows={2} data-testid="pipeline-move-reason" />
        </Form.Item>
        <ProblemAlert error={move.error} fieldErrors={leftover} />
        <Button type="primary" htmlType="submit" loading={move.isPending} data-testid="pipeline-move-submit">
          {t("pipeline.move")}
        </Button>
      </Form>
    </Card>
  );
}
