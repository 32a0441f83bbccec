import { CLAIM_ACTION_TERMS } from "@chanrong/domain";
import { App, Form, Input, InputNumber, Modal, Rate } from "antd";
import { useState } from "react";
import type { FieldError } from "../../../shared/api/client";
import { newIdempotencyKey } from "../../../shared/api/idempotency";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { applyServerErrors } from "../../../shared/forms";
import { type MessageKey, useI18n } from "../../../shared/i18n";
import { type ClaimActionInput, type ClaimRow, useClaimAction } from "../api/demands";

type Action = ClaimActionInput["action"];

/** What each step asks for, as the domain's claim table requires it. */
const FIELDS: Record<
  Action,
  { name: keyof ClaimActionInput; label: MessageKey; kind: "text" | "months" | "rating" | "long" }[]
> = {
  claim: [],
  contact: [{ name: "note", label: "claims.note", kind: "long" }],
  approve: [
    { name: "approvedAmount", label: "claims.approvedAmount", kind: "text" },
    { name: "approvedRate", label: "claims.approvedRate", kind: "text" },
    { name: "approvedTermMonths", label: "claims.approvedTermMonths", kind: "months" },
  ],
  decline: [{ name: "reason", label: "claims.reason", kind: "long" }],
  fund: [
    { name: "creditAmount", label: "claims.creditAmount", kind: "text" },
    { name: "fundedAmount", label: "claims.fundedAmount", kind: "text" },
    { name: "fundedOn", label: "claims.fundedOn", kind: "text" },
    { name: "fundedRate", label: "claims.fundedRate", kind: "text" },
  ],
  confirm: [
    { name: "rating", label: "claims.ratingLabel", kind: "rating" },
    { name: "comment", label: "claims.comment", kind: "long" },
  ],
};

/** One step of a claim at the version read; the server names any field it refuses. */
export function ClaimActionModal({
  claim,
  action,
  onClose,
}: {
  claim: ClaimRow;
  action: Action;
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string | number>>();
  const mutation = useClaimAction();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const fields = FIELDS[action];
  const title = label(CLAIM_ACTION_TERMS[action]);

  const onFinish = async (values: Record<string, string | number | undefined>) => {
    setLeftover([]);
    const input = { action, version: claim.version, ...values } as ClaimActionInput;
    try {
      await mutation.mutateAsync({ id: claim.id, input, idempotencyKey });
      message.success(t("claims.done", { action: title }));
      onClose();
    } catch (error) {
      setLeftover(
        applyServerErrors(
          form,
          error,
          fields.map((field) => field.name),
        ),
      );
    }
  };

  return (
    <Modal
      open
      title={`${title} · ${claim.enterpriseName}`}
      okText={title}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ "data-testid": "claim-action-submit", danger: action === "decline" }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} data-testid="claim-action-form">
        {fields.map((field) => (
          <Form.Item key={field.name} name={field.name} label={t(field.label)}>
            {field.kind === "rating" ? (
              <Rate data-testid={`claim-${field.name}`} />
            ) : field.kind === "months" ? (
              <InputNumber min={1} max={360} precision={0} data-testid={`claim-${field.name}`} />
            ) : field.kind === "long" ? (
              <Input.TextArea rows={3} data-testid={`claim-${field.name}`} />
            ) : (
              <Input data-testid={`claim-${field.name}`} />
            )}
          </Form.Item>
        ))}
      </Form>
      <ProblemAlert error={mutation.error} fieldErrors={leftover} testId="claim-action-problem" />
    </Modal>
  );
}
