import { DEFAULT_REPORT_DUE_MONTH_DAY } from "@chanrong/domain";
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Table, Tag } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import { useSession } from "../../../app/session";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { openBatch, type PilotBatch, usePilotBatches, usePilotWrite } from "../api/pilotCities";

interface OpenForm {
  number: number;
  name: string;
  documentNumber: string;
  opensOn: Dayjs;
  applicationDeadline: Dayjs;
  provincialDeadline: Dayjs;
  timeZone: string;
  progressReportDue: string;
}

const PHASE_COLOURS = {
  UPCOMING: "default",
  APPLYING: "green",
  RECOMMENDING: "blue",
  CLOSED: "default",
} as const;

export function PhaseTag({ phase }: { phase: PilotBatch["phase"] }) {
  const { t } = useI18n();
  return <Tag color={PHASE_COLOURS[phase]}>{t(`pilot.phase.${phase}`)}</Tag>;
}

/** 试点批次: every batch with its deadlines and phase; the ministry (MIIT) opens a new one here. */
export function PilotBatchesPage() {
  const { t } = useI18n();
  const { access } = useSession();
  const batches = usePilotBatches();
  const [opening, setOpening] = useState(false);
  return (
    <>
      <PageHeader
        title={t("pilot.batches.title")}
        subtitle={t("pilot.batches.subtitle")}
        extra={
          access.openPilotBatch && (
            <Button type="primary" onClick={() => setOpening(true)} data-testid="pilot-batch-open">
              {t("pilot.batches.open")}
            </Button>
          )
        }
      />
      <ProblemAlert error={batches.error} />
      <Card>
        <Table<PilotBatch>
          rowKey="id"
          loading={batches.isPending}
          dataSource={batches.data ?? []}
          pagination={false}
          data-testid="pilot-batches"
          columns={[
            {
              title: t("pilot.batch.number"),
              dataIndex: "number",
              render: (n) => t("pilot.batch.numberN", { n }),
            },
            {
              title: t("pilot.batch.name"),
              dataIndex: "name",
              render: (name, batch) => <Link to={`/pilot-batches/${batch.id}`}>{name}</Link>,
            },
            { title: t("pilot.batch.documentNumber"), dataIndex: "documentNumber" },
            { title: t("pilot.batch.opensOn"), dataIndex: "opensOn" },
            { title: t("pilot.batch.applicationDeadline"), dataIndex: "applicationDeadline" },
            { title: t("pilot.batch.provincialDeadline"), dataIndex: "provincialDeadline" },
            {
              title: t("pilot.batch.phase"),
              dataIndex: "phase",
              render: (phase) => <PhaseTag phase={phase} />,
            },
          ]}
        />
      </Card>
      {opening && <OpenBatchModal onClose={() => setOpening(false)} />}
    </>
  );
}

function OpenBatchModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<OpenForm>();
  const open = usePilotWrite(openBatch);
  const day = (value: Dayjs) => value.format("YYYY-MM-DD");
  const submit = (values: OpenForm) =>
    open.mutate(
      {
        number: values.number,
        name: values.name,
        documentNumber: values.documentNumber,
        opensOn: day(values.opensOn),
        applicationDeadline: day(values.applicationDeadline),
        provincialDeadline: day(values.provincialDeadline),
        timeZone: values.timeZone,
        progressReportDue: values.progressReportDue,
        reviewersPerApplication: 2,
      },
      {
        onSuccess: () => {
          message.success(t("pilot.batch.opened"));
          onClose();
        },
      },
    );
  return (
    <Modal
      open
      title={t("pilot.batches.open")}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={open.isPending}
    >
      <ProblemAlert error={open.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ timeZone: "Asia/Shanghai", progressReportDue: DEFAULT_REPORT_DUE_MONTH_DAY }}
        data-testid="pilot-batch-form"
      >
        <Form.Item name="number" label={t("pilot.batch.number")} rules={[{ required: true }]}>
          <InputNumber min={1} max={99} />
        </Form.Item>
        <Form.Item name="name" label={t("pilot.batch.name")} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="documentNumber" label={t("pilot.batch.documentNumber")} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="opensOn" label={t("pilot.batch.opensOn")} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="applicationDeadline"
          label={t("pilot.batch.applicationDeadline")}
          rules={[{ required: true }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="provincialDeadline"
          label={t("pilot.batch.provincialDeadline")}
          rules={[{ required: true }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="timeZone" label={t("pilot.batch.timeZone")} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="progressReportDue"
          label={t("pilot.batch.progressReportDue")}
          extra={t("pilot.batch.progressReportDueHelp")}
          rules={[{ required: true }]}
        >
          <Input placeholder={DEFAULT_REPORT_DUE_MONTH_DAY} maxLength={5} style={{ width: 120 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
