import { Alert, App, DatePicker, Form, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useBusinessDate } from "../../../app/session";
import type { FieldError } from "../../../shared/api/client";
import { AmountInput } from "../../../shared/components/AmountInput";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, formatYuan, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { type DefaultCase, useCompensate, useRecordRecovery } from "../api/default-cases";

interface CompensationValues {
  compensatedOn: Dayjs | null;
  scheme: string;
}

/** The guarantor confirms it paid the bank; the split is fixed and the fund's part sent for review. */
export function CompensateModal({ detail, onClose }: { detail: DefaultCase; onClose: () => void }) {
  const { t } = useI18n();
  const today = useBusinessDate();
  const { message } = App.useApp();
  const [form] = Form.useForm<CompensationValues>();
  const compensate = useCompensate(detail.id);
  const [leftover, setLeftover] = useState<FieldError[]>([]);

  const onFinish = async (values: CompensationValues) => {
    setLeftover([]);
    try {
      await compensate.mutateAsync({
        version: detail.version,
        compensatedOn: values.compensatedOn?.format(DATE_FORMAT) ?? "",
        scheme: values.scheme,
      });
      message.success(t("defaults.compensated"));
      onClose();
    } catch (error) {
      setLeftover(applyServerErrors(form, error, ["compensatedOn", "scheme"]));
    }
  };

  return (
    <Modal
      open
      title={t("defaults.action.compensate")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.confirm")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: compensate.isPending, "data-testid": "compensate-submit" }}
    >
      <Alert type="info" showIcon title={t("defaults.compensateHint")} style={{ marginBottom: 16 }} />
      {compensate.isError && (
        <ProblemAlert error={compensate.error} fieldErrors={leftover} testId="compensate-error" />
      )}
      <Form<CompensationValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ compensatedOn: dayjs(today), scheme: detail.scheme }}
      >
        <Form.Item
          name="compensatedOn"
          label={t("defaults.compensatedOn")}
          rules={[{ required: true, message: t("application.required") }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} data-testid="compensate-date" />
        </Form.Item>
        <Form.Item name="scheme" label={t("defaults.scheme")}>
          <Select
            options={detail.schemes.map((scheme) => ({ value: scheme, label: scheme }))}
            data-testid="compensate-scheme"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface RecoveryValues {
  recoveredOn: Dayjs | null;
  amount: string;
}

/** The guarantor records an amount recovered; one key per opened form, so a retried click records it once. */
export function RecoveryModal({ detail, onClose }: { detail: DefaultCase; onClose: () => void }) {
  const { t } = useI18n();
  const today = useBusinessDate();
  const { message } = App.useApp();
  const [form] = Form.useForm<RecoveryValues>();
  const record = useRecordRecovery(detail.id);
  const [idempotencyKey] = useState(() => `recovery-${crypto.randomUUID()}`);
  const [leftover, setLeftover] = useState<FieldError[]>([]);

  const onFinish = async (values: RecoveryValues) => {
    setLeftover([]);
    try {
      await record.mutateAsync({
        recoveredOn: values.recoveredOn?.format(DATE_FORMAT) ?? "",
        amount: values.amount.trim(),
        idempotencyKey,
      });
      message.success(t("defaults.recoverySaved"));
      onClose();
    } catch (error) {
      setLeftover(applyServerErrors(form, error, ["recoveredOn", "amount"]));
    }
  };

  return (
    <Modal
      open
      title={t("defaults.action.record-recovery")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.confirm")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: record.isPending, "data-testid": "recovery-submit" }}
    >
      <Alert type="info" showIcon title={t("defaults.recoveryHint")} style={{ marginBottom: 16 }} />
      {record.isError && <ProblemAlert error={record.error} fieldErrors={leftover} testId="recovery-error" />}
      <Form<RecoveryValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ recoveredOn: dayjs(today) }}
      >
        <Form.Item
          name="recoveredOn"
          label={t("defaults.recoveredOn")}
          rules={[{ required: true, message: t("application.required") }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} data-testid="recovery-date" />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t("defaults.recoveredAmount")}
          extra={`${t("defaults.recoverable")} ${formatYuan(detail.recoverable)} ${t("unit.yuan")}`}
          rules={[
            { required: true, whitespace: true, message: t("application.required") },
            { pattern: YUAN_PATTERN, message: t("application.amountInvalid") },
          ]}
        >
          <AmountInput data-testid="recovery-amount" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
