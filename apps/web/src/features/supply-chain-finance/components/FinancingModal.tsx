import { formatYuanGrouped, parseYuan } from "@chanrong/domain";
import { App, Form, Modal, Select, Typography } from "antd";
import { useState } from "react";
import { newIdempotencyKey } from "../../../shared/api/idempotency";
import { AmountInput } from "../../../shared/components/AmountInput";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { useCreateFinancing, type VerifiedLimit } from "../api/supply-chain-finance";

/** The supplier asks an arranged bank for an amount on the selected receivables; a bank finances them at once. */
export function FinancingModal({
  limit,
  mode,
  payableIds,
  onClose,
}: {
  limit: VerifiedLimit;
  mode: "supplier" | "bank";
  payableIds: string[];
  onClose: (done: boolean) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ bankOrgId?: string; amount: string }>();
  const create = useCreateFinancing();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const selectedFen = limit.receivables
    .filter((r) => payableIds.includes(r.id))
    .reduce((sum, r) => sum + parseYuan(r.amount), 0n);

  const submit = async (values: { bankOrgId?: string; amount: string }) => {
    await create.mutateAsync({
      input: {
        payableIds,
        amount: values.amount,
        ...(mode === "supplier" && { bankOrgId: values.bankOrgId }),
      },
      idempotencyKey,
    });
    message.success(mode === "supplier" ? t("scf.requested") : t("scf.financedOk"));
    onClose(true);
  };

  return (
    <Modal
      open
      title={mode === "supplier" ? t("scf.request") : t("scf.financeSelected")}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      okButtonProps={{ "data-testid": "scf-ask-submit" }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t("scf.receivables")}:{payableIds.length} · {formatYuanGrouped(selectedFen)} · {t("scf.limit")}:
        {formatYuan(limit.limit)}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => submit(values).catch(() => undefined)}
        initialValues={{ bankOrgId: limit.banks[0]?.orgId }}
      >
        {mode === "supplier" && (
          <Form.Item
            name="bankOrgId"
            label={t("scf.requestBank")}
            rules={[{ required: true, message: t("form.required") }]}
          >
            <Select
              options={limit.banks.map((bank) => ({ value: bank.orgId, label: bank.name }))}
              data-testid="scf-ask-bank"
            />
          </Form.Item>
        )}
        <Form.Item
          name="amount"
          label={t("scf.requestAmount")}
          rules={[{ required: true, message: t("form.required") }]}
        >
          <AmountInput data-testid="scf-ask-amount" />
        </Form.Item>
      </Form>
      <ProblemAlert error={create.error} testId="scf-ask-error" />
    </Modal>
  );
}
