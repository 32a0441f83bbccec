import { Alert, Form, Input, Modal } from "antd";
import { useState } from "react";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { EnterprisePicker } from "../../enterprises/components/EnterprisePicker";

export interface AddToListModalProps {
  open: boolean;
  title: string;
  /** The wire name and label of the required text: "note" on the key list, "reason" on the negative list. */
  textField: "note" | "reason";
  textLabel: string;
  textPlaceholder: string;
  textRequired: string;
  testId: string;
  submitting: boolean;
  onSubmit(input: { enterpriseId: string; text: string }): Promise<unknown>;
  onClose(): void;
}

interface AddValues {
  enterpriseId: string;
  text: string;
}

/** An enterprise and why it goes on the list; server errors land on the two fields. */
export function AddToListModal({
  open,
  title,
  textField,
  textLabel,
  textPlaceholder,
  textRequired,
  testId,
  submitting,
  onSubmit,
  onClose,
}: AddToListModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<AddValues>();
  const [problem, setProblem] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);

  const close = () => {
    setProblem(null);
    form.resetFields();
    onClose();
  };

  const submit = async (values: AddValues) => {
    setProblem(null);
    try {
      await onSubmit({ enterpriseId: values.enterpriseId, text: values.text.trim() });
      close();
    } catch (error) {
      const renamed =
        error instanceof ApiError
          ? new ApiError(error.status, {
              ...error.problem,
              errors: error.fieldErrors.map((fieldError) =>
                fieldError.field === textField ? { ...fieldError, field: "text" } : fieldError,
              ),
            })
          : error;
      const leftover = applyServerErrors(form, renamed, ["enterpriseId", "text"]);
      if (leftover.length || !(error instanceof ApiError) || error.fieldErrors.length === 0) {
        setProblem({ error, leftover });
      }
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={t("common.save")}
      okButtonProps={{ "data-testid": `${testId}-submit` }}
      cancelText={t("common.cancel")}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={close}
      forceRender
    >
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.leftover} />}
      <Form<AddValues> form={form} layout="vertical" onFinish={submit} data-testid={testId}>
        <Form.Item
          name="enterpriseId"
          label={t("list.enterprise")}
          rules={[{ required: true, message: t("list.enterpriseRequired") }]}
        >
          <EnterprisePicker
            placeholder={t("supplyChain.searchPlaceholder")}
            data-testid={`${testId}-enterprise`}
          />
        </Form.Item>
        <Form.Item
          name="text"
          label={textLabel}
          rules={[
            { required: true, whitespace: true, message: textRequired },
            { min: 2, max: 500, message: textRequired },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={textPlaceholder}
            data-testid={`${testId}-text`}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export interface RemoveFromListModalProps {
  /** The enterprise being removed; the modal is open while it is set. */
  enterpriseName: string | null;
  /** The title for an enterprise's name (kept while the modal closes). */
  title: (name: string) => string;
  testId: string;
  submitting: boolean;
  onSubmit(reason: string): Promise<unknown>;
  onClose(): void;
}

/** Taking an enterprise off a list always says why (the server requires a reason, kept in the audit log). */
export function RemoveFromListModal({
  enterpriseName,
  title,
  testId,
  submitting,
  onSubmit,
  onClose,
}: RemoveFromListModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [problem, setProblem] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);
  const [shownName, setShownName] = useState(enterpriseName ?? "");
  if (enterpriseName !== null && enterpriseName !== shownName) setShownName(enterpriseName);

  const close = () => {
    setProblem(null);
    form.resetFields();
    onClose();
  };

  const submit = async ({ reason }: { reason: string }) => {
    setProblem(null);
    try {
      await onSubmit(reason.trim());
      close();
    } catch (error) {
      const leftover = applyServerErrors(form, error, ["reason"]);
      if (leftover.length || !(error instanceof ApiError) || error.fieldErrors.length === 0) {
        setProblem({ error, leftover });
      }
    }
  };

  return (
    <Modal
      open={enterpriseName !== null}
      title={title(shownName)}
      okText={t("common.remove")}
      okButtonProps={{ danger: true, "data-testid": `${testId}-submit` }}
      cancelText={t("common.cancel")}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={close}
      forceRender
    >
      <Alert type="warning" showIcon title={t("list.removeHint")} style={{ marginBottom: 16 }} />
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.leftover} />}
      <Form<{ reason: string }> form={form} layout="vertical" onFinish={submit} data-testid={testId}>
        <Form.Item
          name="reason"
          label={t("list.removeReason")}
          rules={[
            { required: true, whitespace: true, message: t("list.removeReasonRequired") },
            { min: 2, max: 500, message: t("list.removeReasonRequired") },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid={`${testId}-reason`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
