import { Alert, Form, Input, Modal } from "antd";
import { useState } from "react";
import type { FieldError } from "../api/client";
import { applyServerErrors } from "../forms";
import { useI18n } from "../i18n";
import { ProblemAlert } from "./ProblemAlert";

/**
 * A decision that needs only its reason (a correction by reversal, a withdrawn claim): the hint says
 * what it does, the reason is required, and the server's refusal is shown in place.
 */
export function ReasonModal({
  title,
  hint,
  label,
  okText,
  testId,
  onSubmit,
  onClose,
}: {
  title: string;
  hint: string;
  label: string;
  okText: string;
  /** Prefix of the test ids: `${testId}-modal`, `${testId}-reason`, `${testId}-submit`. */
  testId: string;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [leftover, setLeftover] = useState<FieldError[]>([]);

  const onFinish = async ({ reason }: { reason: string }) => {
    setPending(true);
    setFailure(null);
    setLeftover([]);
    try {
      await onSubmit(reason.trim());
      onClose();
    } catch (error) {
      setFailure(error);
      setLeftover(applyServerErrors(form, error, ["reason"]));
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText}
      cancelText={t("common.cancel")}
      okButtonProps={{ danger: true, loading: pending, "data-testid": `${testId}-submit` }}
      destroyOnHidden
    >
      <div data-testid={`${testId}-modal`}>
        <Alert type="warning" showIcon title={hint} style={{ marginBottom: 16 }} />
        {failure !== null && (
          <ProblemAlert error={failure} fieldErrors={leftover} testId={`${testId}-error`} />
        )}
        <Form<{ reason: string }> form={form} layout="vertical" onFinish={onFinish}>
          <Form.Item
            name="reason"
            label={label}
            rules={[{ required: true, whitespace: true, message: t("application.required") }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount data-testid={`${testId}-reason`} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
