import { App, Button, Card, DatePicker, Flex, Form, Input, Modal, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import type { FieldError } from "../../../../shared/api/client";
import { ProblemAlert } from "../../../../shared/components/ProblemAlert";
import { ReasonModal } from "../../../../shared/components/ReasonModal";
import { DATE_FORMAT } from "../../../../shared/format";
import { applyServerErrors } from "../../../../shared/forms";
import { useI18n } from "../../../../shared/i18n";
import { type Renewal, useDecideRenewal, useRenewals } from "../api/renewals";

const STATUS_COLOURS: Record<Renewal["status"], string> = {
  AT_MINISTRY: "blue",
  SELECTED: "green",
  NOT_SELECTED: "red",
};

export function RenewalStatusTag({ status }: { status: Renewal["status"] }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid={`renewal-status-${status}`}>
      {t(`pilot.renewalStatus.${status}`)}
    </Tag>
  );
}

/**
 * The renewals the caller sees; MIIT's deciders extend one (the proposed period by default) or
 * decline it with a reason, straight from the list.
 */
export function RenewalsCard({ canDecide }: { canDecide: boolean }) {
  const { t, locale } = useI18n();
  const renewals = useRenewals();
  const [extending, setExtending] = useState<Renewal | null>(null);
  const [declining, setDeclining] = useState<Renewal | null>(null);
  const columns: ColumnsType<Renewal> = [
    { key: "city", title: t("pilot.city"), render: (_, r) => r.city.name },
    { key: "province", title: t("pilot.province"), width: 100, render: (_, r) => r.province[locale] },
    {
      key: "batch",
      title: t("pilot.batch"),
      width: 90,
      render: (_, r) => t("pilot.batchNumber", { number: r.batch.number }),
    },
    {
      key: "period",
      title: t("pilot.proposedPeriod"),
      width: 200,
      render: (_, r) => t("pilot.periodRange", { from: r.plan.periodStart, to: r.plan.periodEnd }),
    },
    {
      key: "status",
      title: t("pilot.status"),
      width: 140,
      render: (_, r) => <RenewalStatusTag status={r.status} />,
    },
    {
      key: "decision",
      title: t("pilot.decision"),
      render: (_, r) =>
        r.decision ? (
          <Typography.Text>
            {r.decision.periodStart &&
              t("pilot.periodRange", { from: r.decision.periodStart, to: r.decision.periodEnd ?? "" })}
            {r.decision.reason && ` ${r.decision.reason}`}
          </Typography.Text>
        ) : canDecide ? (
          <Flex gap={8}>
            <Button size="small" type="primary" onClick={() => setExtending(r)} data-testid="renewal-extend">
              {t("pilot.extend")}
            </Button>
            <Button size="small" danger onClick={() => setDeclining(r)} data-testid="renewal-decline">
              {t("pilot.decline")}
            </Button>
          </Flex>
        ) : (
          "—"
        ),
    },
  ];
  return (
    <Card title={t("pilot.renewals")} style={{ marginTop: 16 }}>
      <ProblemAlert error={renewals.error} />
      <Table
        rowKey="id"
        size="middle"
        loading={renewals.isLoading}
        dataSource={renewals.data ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: t("pilot.noRenewals") }}
        data-testid="renewals-table"
      />
      {extending && <ExtendModal renewal={extending} onClose={() => setExtending(null)} />}
      {declining && <DeclineModal renewal={declining} onClose={() => setDeclining(null)} />}
    </Card>
  );
}

function DeclineModal({ renewal, onClose }: { renewal: Renewal; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const decide = useDecideRenewal(renewal.id);
  return (
    <ReasonModal
      title={t("pilot.decline")}
      hint={t("pilot.declineHint")}
      label={t("pilot.reason")}
      okText={t("pilot.decline")}
      testId="renewal-decline"
      onSubmit={async (reason) => {
        await decide.mutateAsync({ decision: "DECLINE", version: renewal.version, reason });
        message.success(t("pilot.declined"));
      }}
      onClose={onClose}
    />
  );
}

interface ExtendValues {
  periodStart: Dayjs;
  periodEnd: Dayjs;
  reason?: string;
}

function ExtendModal({ renewal, onClose }: { renewal: Renewal; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ExtendValues>();
  const decide = useDecideRenewal(renewal.id);
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const onFinish = (values: ExtendValues) =>
    decide.mutate(
      {
        decision: "EXTEND",
        version: renewal.version,
        periodStart: values.periodStart.format(DATE_FORMAT),
        periodEnd: values.periodEnd.format(DATE_FORMAT),
        ...(values.reason?.trim() && { reason: values.reason.trim() }),
      },
      {
        onSuccess: () => {
          message.success(t("pilot.extended"));
          onClose();
        },
        onError: (error) =>
          setLeftover(applyServerErrors(form, error, ["periodStart", "periodEnd", "reason"])),
      },
    );
  return (
    <Modal
      open
      title={t("pilot.extendTitle", { city: renewal.city.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("pilot.extend")}
      confirmLoading={decide.isPending}
      okButtonProps={{ "data-testid": "renewal-extend-submit" }}
      destroyOnHidden
    >
      <Form<ExtendValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          periodStart: dayjs(renewal.plan.periodStart),
          periodEnd: dayjs(renewal.plan.periodEnd),
        }}
      >
        <Typography.Paragraph type="secondary">{t("pilot.extendHint")}</Typography.Paragraph>
        <Flex gap={12}>
          <Form.Item
            name="periodStart"
            label={t("pilot.periodStart")}
            rules={[{ required: true }]}
            style={{ flex: 1 }}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item
            name="periodEnd"
            label={t("pilot.periodEnd")}
            rules={[{ required: true }]}
            style={{ flex: 1 }}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
          </Form.Item>
        </Flex>
        <Form.Item name="reason" label={t("pilot.reason")}>
          <Input.TextArea rows={2} maxLength={500} data-testid="renewal-extend-reason" />
        </Form.Item>
        <ProblemAlert error={decide.error} fieldErrors={leftover} />
      </Form>
    </Modal>
  );
}
