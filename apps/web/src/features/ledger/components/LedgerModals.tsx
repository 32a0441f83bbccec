import { Alert, App, DatePicker, Form, type FormInstance, Input, Modal, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useRef, useState } from "react";
import { useBusinessDate } from "../../../app/session";
import type { FieldError } from "../../../shared/api/client";
import { newIdempotencyKey } from "../../../shared/api/idempotency";
import { AmountInput } from "../../../shared/components/AmountInput";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { type ListedPosting, useAppropriate, useReversePosting } from "../api/ledger";

/**
 * The idempotency key of one entry: made when the form opens and kept while its content stays the
 * same, so a double click or a retry after a lost answer posts once; editing the form starts a new
 * entry (the server refuses a key reused with other content).
 */
function useEntryKey() {
  const key = useRef(newIdempotencyKey());
  return { current: () => key.current, renew: () => (key.current = newIdempotencyKey()) };
}

/**
 * Posting one entry from a modal's form: under the entry's idempotency key, announced (or known as a
 * replay) and closed when it is recorded; the server's errors go on the `fields` they name, the rest
 * above the form.
 */
function useEntrySubmit<Values>(form: FormInstance<Values>, fields: readonly string[], onPosted: () => void) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const key = useEntryKey();
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const submit = async (
    post: (idempotencyKey: string) => Promise<{ replayed: boolean; postingId: number }>,
  ) => {
    setLeftover([]);
    try {
      const result = await post(key.current());
      message.success(t(result.replayed ? "fund.replayed" : "fund.posted", { id: result.postingId }));
      onPosted();
    } catch (error) {
      setLeftover(applyServerErrors(form as FormInstance, error, fields));
    }
  };
  return { submit, leftover, renewKey: key.renew };
}

const positive = (value: string) => YUAN_PATTERN.test(value) && /[1-9]/.test(value);

interface AppropriationValues {
  amount: string;
  date: Dayjs;
  memo: string;
}

/** Seed 002 art. 12: the finance bureau records the money it puts into the fund. */
export function AppropriationModal({ fundId, onClose }: { fundId: string; onClose: () => void }) {
  const { t } = useI18n();
  const today = useBusinessDate();
  const [form] = Form.useForm<AppropriationValues>();
  const mutation = useAppropriate(fundId);
  const entry = useEntrySubmit(form, ["amount", "date", "memo"], onClose);

  const onFinish = (values: AppropriationValues) =>
    entry.submit((idempotencyKey) =>
      mutation.mutateAsync({
        amount: values.amount.trim(),
        date: values.date.format(DATE_FORMAT),
        memo: values.memo.trim(),
        idempotencyKey,
      }),
    );

  return (
    <Modal
      open
      title={t("fund.appropriate")}
      onCancel={onClose}
      okText={t("common.confirm")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: mutation.isPending, "data-testid": "appropriation-submit" }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <div data-testid="appropriation-modal">
        {mutation.isError && <ProblemAlert error={mutation.error} fieldErrors={entry.leftover} />}
        <Form<AppropriationValues>
          form={form}
          layout="vertical"
          initialValues={{ date: dayjs(today) }}
          onValuesChange={entry.renewKey}
          onFinish={onFinish}
        >
          <Form.Item
            name="amount"
            label={t("fund.amount")}
            rules={[
              { required: true, message: t("fund.amountRequired") },
              {
                validator: async (_, value?: string) => {
                  if (value && !positive(value.trim())) throw new Error(t("fund.amountInvalid"));
                },
              },
            ]}
          >
            <AmountInput placeholder="5,000,000.00" data-testid="appropriation-amount" />
          </Form.Item>
          <Form.Item
            name="date"
            label={t("fund.date")}
            rules={[{ required: true, message: t("fund.dateRequired") }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} data-testid="appropriation-date" />
          </Form.Item>
          <Form.Item
            name="memo"
            label={t("fund.memo")}
            rules={[{ required: true, whitespace: true, message: t("fund.memoRequired") }]}
          >
            <Input maxLength={500} placeholder={t("fund.memoPlaceholder")} data-testid="appropriation-memo" />
          </Form.Item>
          <Typography.Text type="secondary">{t("fund.onceHint")}</Typography.Text>
        </Form>
      </div>
    </Modal>
  );
}

interface ReversalValues {
  reason: string;
  date: Dayjs;
}

/** Corrects an entry by its opposite; the original stays in the books. */
export function ReversalModal({
  fundId,
  posting,
  onClose,
}: {
  fundId: string;
  posting: ListedPosting;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const today = useBusinessDate();
  const [form] = Form.useForm<ReversalValues>();
  const mutation = useReversePosting(fundId);
  const entry = useEntrySubmit(form, ["reason", "date"], onClose);

  const onFinish = (values: ReversalValues) =>
    entry.submit((idempotencyKey) =>
      mutation.mutateAsync({
        postingId: posting.postingId,
        reason: values.reason.trim(),
        date: values.date.format(DATE_FORMAT),
        idempotencyKey,
      }),
    );

  return (
    <Modal
      open
      title={t("fund.reverseTitle", { id: posting.postingId })}
      onCancel={onClose}
      okText={t("fund.reverse")}
      cancelText={t("common.cancel")}
      okButtonProps={{ danger: true, loading: mutation.isPending, "data-testid": "reversal-submit" }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <div data-testid="reversal-modal">
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t("fund.reverseHint")} />
        {mutation.isError && <ProblemAlert error={mutation.error} fieldErrors={entry.leftover} />}
        <Form<ReversalValues>
          form={form}
          layout="vertical"
          initialValues={{ date: dayjs(today) }}
          onValuesChange={entry.renewKey}
          onFinish={onFinish}
        >
          <Form.Item
            name="reason"
            label={t("fund.reason")}
            rules={[{ required: true, whitespace: true, message: t("fund.reasonRequired") }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="reversal-reason" />
          </Form.Item>
          <Form.Item
            name="date"
            label={t("fund.reversalDate")}
            rules={[{ required: true, message: t("fund.dateRequired") }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} data-testid="reversal-date" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
