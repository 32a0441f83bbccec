import { UploadOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Upload,
} from "antd";
import { useState } from "react";
import { useSession } from "../../../app/session";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { ReasonModal } from "../../../shared/components/ReasonModal";
import { useI18n } from "../../../shared/i18n";
import {
  confirmUnit,
  currentBatchOf,
  decline,
  exportUnit,
  type PilotBatchDetail,
  recommend,
  recordOpinion,
  returnForCorrection,
  scoreApplication,
  type UnitOverview,
  usePilotBatch,
  usePilotBatches,
  usePilotWrite,
  useUnitOverview,
} from "../api/pilotCities";
import { StatusTag } from "../application/PilotApplicationsPage";

type Reviewed = UnitOverview["applications"][number];

/**
 * 试点推荐: the province's applications in a batch with each department's opinion; its 工信 department
 * scores, recommends in order within the quota, declines or returns, and confirms with the joint document.
 */
export function PilotRecommendationPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const batches = usePilotBatches();
  const [chosen, setChosen] = useState<string>();
  const batchId = chosen ?? currentBatchOf(batches.data)?.id;
  const unitCode = me?.organisation.regionCode ?? "";
  const unit = useUnitOverview(batchId, unitCode);
  const batch = usePilotBatch(batchId);
  const [open, setOpen] = useState<string>();
  const isMiit = me?.organisation.department === "MIIT";
  const data = unit.data;
  const selected = data?.applications.find((application) => application.id === open);
  return (
    <>
      <PageHeader
        title={t("pilot.province.title")}
        subtitle={t("pilot.province.subtitle")}
        extra={
          <Select
            style={{ minWidth: 260 }}
            value={batchId}
            onChange={setChosen}
            options={(batches.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
          />
        }
      />
      <ProblemAlert error={unit.error} />
      {data && (
        <Card
          title={data.name.zh}
          extra={
            <Space>
              <Tag color={data.left > 0 ? "blue" : "orange"} data-testid="pilot-quota">
                {t("pilot.province.quota", { quota: data.quota, used: data.recommended, left: data.left })}
              </Tag>
              <ExportButton
                label={t("pilot.export")}
                testId="pilot-export"
                onExport={() => exportUnit(data.batchId, data.code)}
              />
            </Space>
          }
        >
          <p>{t("pilot.province.deadline", { day: data.provincialDeadline, zone: data.timeZone })}</p>
          <Table<Reviewed>
            rowKey="id"
            pagination={false}
            dataSource={data.applications}
            data-testid="pilot-unit-applications"
            locale={{ emptyText: t("pilot.province.none") }}
            columns={[
              { title: t("pilot.rank"), dataIndex: "recommendationRank", render: (rank) => rank ?? "" },
              { title: t("pilot.city"), dataIndex: "applicantName" },
              {
                title: t("pilot.status"),
                dataIndex: "status",
                render: (status) => <StatusTag status={status} />,
              },
              { title: t("pilot.points"), dataIndex: "provincialPoints", render: (points) => points ?? "" },
              {
                title: t("pilot.opinions"),
                render: (_, application) => `${application.opinions.filter((o) => o.agrees).length} / 5`,
              },
              {
                title: "",
                render: (_, application) => (
                  <Button
                    size="small"
                    onClick={() => setOpen(application.id)}
                    data-testid={`pilot-review-${application.applicantName}`}
                  >
                    {t("pilot.view")}
                  </Button>
                ),
              },
            ]}
          />
          {isMiit && <Confirm unit={data} />}
        </Card>
      )}
      <Drawer
        open={!!selected}
        width={720}
        onClose={() => setOpen(undefined)}
        title={selected?.applicantName}
      >
        {selected && batch.data && (
          <Review application={selected} batch={batch.data} isMiit={isMiit} locked={!!data?.confirmedOn} />
        )}
      </Drawer>
    </>
  );
}

function Confirm({ unit }: { unit: UnitOverview }) {
  const { t } = useI18n();
  const confirm = usePilotWrite(confirmUnit);
  if (unit.confirmedOn) {
    return (
      <Alert
        style={{ marginTop: 16 }}
        type="success"
        showIcon
        data-testid="pilot-confirmed"
        message={`${t("pilot.province.confirmedOn", { day: unit.confirmedOn })} · ${t("pilot.province.jointDocument")}:${unit.jointDocument?.filename ?? ""}`}
      />
    );
  }
  return (
    <Space direction="vertical" style={{ marginTop: 16, width: "100%" }}>
      <ProblemAlert error={confirm.error} testId="pilot-confirm-problems" />
      <span data-testid="pilot-confirm">
        <Upload
          showUploadList={false}
          customRequest={({ file }) =>
            confirm.mutate({ batchId: unit.batchId, code: unit.code, file: file as File })
          }
        >
          <Button type="primary" icon={<UploadOutlined />} loading={confirm.isPending}>
            {t("pilot.province.confirm")}
          </Button>
        </Upload>
      </span>
    </Space>
  );
}

function Review({
  application,
  batch,
  isMiit,
  locked,
}: {
  application: Reviewed;
  batch: PilotBatchDetail;
  isMiit: boolean;
  locked: boolean;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const opinion = usePilotWrite(recordOpinion);
  const score = usePilotWrite(scoreApplication);
  const recommendIt = usePilotWrite(recommend);
  const [reasonFor, setReasonFor] = useState<"decline" | "return">();
  const open = application.status === "SUBMITTED" && !locked;
  const conditions = batch.rubric.criteria.filter((criterion) =>
    batch.conditions.some((c) => c.code === criterion.code),
  );
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <StatusTag status={application.status} />
      {application.decisionReason && (
        <Alert type="warning" message={`${t("pilot.reason")}:${application.decisionReason}`} />
      )}
      <Card size="small" title={t("pilot.opinions")}>
        <Table
          size="small"
          rowKey="department"
          pagination={false}
          dataSource={application.opinions}
          data-testid="pilot-opinions"
          columns={[
            { title: t("pilot.opinion.department"), dataIndex: "orgName" },
            {
              title: t("pilot.opinion.agreeOrNot"),
              dataIndex: "agrees",
              render: (agrees: boolean) => (
                <Tag color={agrees ? "green" : "red"}>
                  {agrees ? t("pilot.opinion.agree") : t("pilot.opinion.disagree")}
                </Tag>
              ),
            },
            { title: t("pilot.opinion.text"), dataIndex: "opinion" },
          ]}
        />
        {open && (
          <Form
            layout="inline"
            style={{ marginTop: 12 }}
            initialValues={{ agrees: true }}
            onFinish={(values: { agrees: boolean; opinion: string }) =>
              opinion.mutate(
                { id: application.id, ...values },
                { onSuccess: () => message.success(t("pilot.saved")) },
              )
            }
          >
            <Form.Item name="agrees">
              <Radio.Group
                options={[
                  { value: true, label: t("pilot.opinion.agree") },
                  { value: false, label: t("pilot.opinion.disagree") },
                ]}
              />
            </Form.Item>
            <Form.Item name="opinion" rules={[{ required: true }]}>
              <Input placeholder={t("pilot.opinion.text")} data-testid="pilot-opinion-text" />
            </Form.Item>
            <Button htmlType="submit" loading={opinion.isPending} data-testid="pilot-opinion-save">
              {t("pilot.opinion.record")}
            </Button>
          </Form>
        )}
        <ProblemAlert error={opinion.error} />
      </Card>
      {isMiit && (
        <Card size="small" title={t("pilot.scores", { max: batch.rubric.scaleMax })}>
          <Form
            layout="inline"
            disabled={!open}
            initialValues={application.provincialScores ?? {}}
            onFinish={(values: Record<string, number | string>) =>
              score.mutate(
                {
                  id: application.id,
                  scores: Object.fromEntries(
                    Object.entries(values).map(([code, v]) => [code, String(v ?? "")]),
                  ),
                },
                { onSuccess: () => message.success(t("pilot.saved")) },
              )
            }
          >
            {conditions.map((criterion) => (
              <Form.Item key={criterion.code} name={criterion.code} label={label(criterion.name)}>
                <InputNumber
                  min={0}
                  max={Number(batch.rubric.scaleMax)}
                  step={0.5}
                  data-testid={`pilot-score-${criterion.code}`}
                />
              </Form.Item>
            ))}
            <Button htmlType="submit" loading={score.isPending} data-testid="pilot-score-save">
              {t("pilot.scores.save")}
            </Button>
          </Form>
          {application.provincialPoints && (
            <p>
              {t("pilot.points")}:<b data-testid="pilot-points">{application.provincialPoints}</b>
            </p>
          )}
          <ProblemAlert error={score.error} />
          {open && (
            <Space style={{ marginTop: 12 }}>
              <Button
                type="primary"
                loading={recommendIt.isPending}
                onClick={() => recommendIt.mutate(application.id)}
                data-testid="pilot-recommend"
              >
                {t("pilot.recommend")}
              </Button>
              <Button danger onClick={() => setReasonFor("decline")} data-testid="pilot-decline">
                {t("pilot.decline")}
              </Button>
              <Button onClick={() => setReasonFor("return")} data-testid="pilot-return">
                {t("pilot.return")}
              </Button>
            </Space>
          )}
          <ProblemAlert error={recommendIt.error} testId="pilot-recommend-problems" />
        </Card>
      )}
      {reasonFor && (
        <DecisionModal kind={reasonFor} id={application.id} onClose={() => setReasonFor(undefined)} />
      )}
    </Space>
  );
}

function DecisionModal({
  kind,
  id,
  onClose,
}: {
  kind: "decline" | "return";
  id: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const decide = usePilotWrite(kind === "decline" ? decline : returnForCorrection);
  return (
    <ReasonModal
      title={t(`pilot.${kind}`)}
      hint={t("pilot.reason")}
      label={t("pilot.reason")}
      okText={t(`pilot.${kind}`)}
      testId={`pilot-${kind}`}
      onSubmit={(reason) => decide.mutateAsync({ id, reason })}
      onClose={onClose}
    />
  );
}
