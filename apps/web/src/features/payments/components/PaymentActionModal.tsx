import { Alert, Button, Form, Input, Modal, Table, Typography } from "antd";
import { useState } from "react";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { newIdempotencyKey } from "../../../shared/api/idempotency";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import {
  type PaymentAction,
  type PaymentActionInput,
  type PaymentDetail,
  type PaymentLine,
  usePaymentAction,
} from "../api/payments";
import { PayeeAccount } from "./LineSource";
import { paymentActionLabel } from "./labels";

type Need = "opinion" | "reason" | "none";

/** What the modal asks for: the domain requires an opinion to approve, a reason to return or cancel. */
function needOf(action: PaymentAction): Need {
  if (action === "execute") return "none";
  if (action === "cancel" || action.endsWith("-reject")) return "reason";
  return "opinion";
}

interface Values {
  opinion?: string;
  reason?: string;
  /** execute: the bank transfer reference (流水号) per unpaid line, by line id. */
  references?: Record<string, string>;
}

export const isDangerPaymentAction = (action: PaymentAction) => needOf(action) === "reason";

/** A refusal because someone moved the payment first: only a reload helps. */
const isStale = (error: unknown) =>
  error instanceof ApiError && error.fieldErrors.some((fieldError) => fieldError.rule === "stale-version");

/**
 * One step of the chain with the version the page was read at. Paying sends a key made when the
 * modal opened, so pressing twice, or retrying after a lost answer, pays nothing twice.
 */
export function PaymentActionModal({
  action,
  detail,
  onClose,
  onReload,
}: {
  action: PaymentAction;
  detail: PaymentDetail;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const mutation = usePaymentAction(detail.id);
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const need = needOf(action);
  const stale = isStale(mutation.error);

  // The payer pays what is not yet paid (a run the fund stopped leaves some lines paid).
  const unpaid = detail.lines.filter((line) => line.paidOn === null);

  const onFinish = async (values: Values) => {
    setLeftover([]);
    const input: PaymentActionInput = { action, version: detail.version };
    if (need === "opinion") input.opinion = values.opinion?.trim();
    if (need === "reason") input.reason = values.reason?.trim();
    if (action === "execute") {
      input.idempotencyKey = idempotencyKey;
      input.transfers = unpaid.map((line) => ({
        lineId: line.id,
        transferReference: values.references?.[line.id]?.trim() ?? "",
      }));
    }
    try {
      await mutation.mutateAsync(input);
      onClose();
    } catch (error) {
      setLeftover(applyServerErrors(form, error, ["opinion", "reason"]));
    }
  };

  const required = [{ required: true, whitespace: true, message: t("fundPayment.required") }];

  return (
    <Modal
      open
      title={paymentActionLabel(t, action)}
      onCancel={onClose}
      width={action === "execute" ? 1000 : 560}
      okText={t("common.confirm")}
      cancelText={t("common.cancel")}
      okButtonProps={{
        danger: isDangerPaymentAction(action),
        loading: mutation.isPending,
        disabled: stale,
        "data-testid": "payment-action-confirm",
      }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <div data-testid="payment-action-modal" data-action={action}>
        {stale ? (
          <Alert
            type="warning"
            showIcon
            data-testid="payment-action-stale"
            style={{ marginBottom: 16 }}
            title={t("fundPayment.stale")}
            action={
              <Button size="small" onClick={onReload} data-testid="payment-action-reload">
                {t("fundPayment.reload")}
              </Button>
            }
          />
        ) : (
          mutation.isError && (
            <>
              <ProblemAlert error={mutation.error} fieldErrors={leftover} testId="payment-action-error" />
              {/* Not allowed in this state usually means someone acted first: the page is out of date. */}
              {mutation.error instanceof ApiError && mutation.error.status === 409 && (
                <Button size="small" onClick={onReload} style={{ marginBottom: 16 }}>
                  {t("fundPayment.reload")}
                </Button>
              )}
            </>
          )
        )}
        <Form form={form} layout="vertical" onFinish={onFinish}>
          {need === "none" && (
            <>
              <Typography.Paragraph data-testid="payment-execute-confirm">
                {t("fundPayment.executeConfirm", {
                  count: detail.lineCount,
                  total: formatYuan(detail.total),
                })}
              </Typography.Paragraph>
              <Typography.Paragraph type="secondary">
                {t("fundPayment.transferReferenceHint")}
              </Typography.Paragraph>
              <Table<PaymentLine>
                data-testid="payment-transfers"
                rowKey="id"
                size="small"
                pagination={false}
                scroll={{ y: 420 }}
                dataSource={unpaid}
                onRow={(line) => ({ "data-line-no": line.lineNo }) as React.HTMLAttributes<HTMLElement>}
                columns={[
                  { key: "lineNo", title: t("fundPayment.lineNo"), dataIndex: "lineNo", width: 64 },
                  { key: "beneficiary", title: t("fundPayment.beneficiary"), dataIndex: "beneficiaryName" },
                  {
                    key: "amount",
                    title: t("fundPayment.amount"),
                    dataIndex: "amount",
                    align: "right",
                    width: 140,
                    render: (amount: string) => (
                      <span style={{ whiteSpace: "nowrap" }}>{formatYuan(amount)}</span>
                    ),
                  },
                  {
                    key: "account",
                    title: t("fundPayment.payeeAccount"),
                    render: (_, line) => <PayeeAccount account={line.payeeAccount} />,
                  },
                  {
                    key: "reference",
                    title: t("fundPayment.transferReference"),
                    width: 220,
                    render: (_, line) => (
                      <Form.Item
                        name={["references", line.id]}
                        style={{ margin: 0 }}
                        rules={[{ required: true, whitespace: true, message: t("fundPayment.required") }]}
                      >
                        <Input maxLength={60} data-testid={`payment-transfer-reference-${line.lineNo}`} />
                      </Form.Item>
                    ),
                  },
                ]}
              />
            </>
          )}
          {need === "opinion" && (
            <Form.Item name="opinion" label={t("worklist.opinion")} rules={required}>
              <Input.TextArea rows={4} maxLength={2000} showCount data-testid="payment-action-opinion" />
            </Form.Item>
          )}
          {need === "reason" && (
            <Form.Item name="reason" label={t("worklist.reason")} rules={required}>
              <Input.TextArea rows={4} maxLength={2000} showCount data-testid="payment-action-reason" />
            </Form.Item>
          )}
        </Form>
      </div>
    </Modal>
  );
}
