import { UploadOutlined } from "@ant-design/icons";
import { App, Button, DatePicker, Form, Input, Modal, Space, Typography, Upload } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { newIdempotencyKey } from "../../../shared/api/idempotency";
import { AmountInput } from "../../../shared/components/AmountInput";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { ReasonModal } from "../../../shared/components/ReasonModal";
import { DATE_FORMAT, formatYuan, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import {
  type BridgeLoanRow,
  useBridgeFunds,
  useDecide,
  usePay,
  useRecordReturn,
  useUploadLetter,
} from "../api/bridgeLoans";

type Dialog = "commit" | "decline" | "approve" | "reject" | "pay" | "return" | null;

/** The steps the caller may take on a bridge now: the bank's and the fund manager's, by state. */
export function BridgeLoanActions({ loan }: { loan: BridgeLoanRow }) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<Dialog>(null);
  const decide = useDecide();
  const close = () => setDialog(null);
  const button = (action: Exclude<Dialog, null>, text: string, primary = true) => (
    <Button
      key={action}
      size="small"
      type={primary ? "primary" : "default"}
      danger={!primary}
      data-testid={`bridge-${action}`}
      onClick={() => setDialog(action)}
    >
      {text}
    </Button>
  );
  const buttons =
    loan.party === "bank" && loan.state === "REQUESTED"
      ? [button("commit", t("bridge.commit")), button("decline", t("bridge.decline"), false)]
      : loan.party === "bank" && loan.state === "PAID"
        ? [button("return", t("bridge.record"))]
        : loan.party === "fund-manager" && loan.state === "COMMITTED"
          ? [button("approve", t("bridge.approve")), button("reject", t("bridge.reject"), false)]
          : loan.party === "fund-manager" && loan.state === "APPROVED"
            ? [button("pay", t("bridge.pay"))]
            : [];
  if (buttons.length === 0) return null;
  const refuse = (action: "decline" | "reject") => (reason: string) =>
    decide.mutateAsync({ id: loan.id, decision: { action, reason, version: loan.version } });
  return (
    <>
      <Space size={4}>{buttons}</Space>
      {dialog === "commit" && <CommitDialog loan={loan} onClose={close} />}
      {dialog === "approve" && <ApproveDialog loan={loan} onClose={close} />}
      {dialog === "pay" && <PayDialog loan={loan} onClose={close} />}
      {dialog === "return" && <ReturnDialog loan={loan} onClose={close} />}
      {(dialog === "decline" || dialog === "reject") && (
        <ReasonModal
          title={t(`bridge.${dialog}`)}
          hint={t(`bridge.${dialog}Hint`)}
          label={t("bridge.reason")}
          okText={t(`bridge.${dialog}`)}
          testId={`bridge-${dialog}`}
          onSubmit={refuse(dialog)}
          onClose={close}
        />
      )}
    </>
  );
}

/** A dialog whose form the server checks: its refusals land on the fields, the rest above them. */
function useDialogForm<Values extends object>(onClose: () => void, fields: string[]) {
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    setPending(true);
    setFailure(null);
    try {
      await work();
      onClose();
    } catch (error) {
      setFailure(error);
      applyServerErrors(form, error, fields);
    } finally {
      setPending(false);
    }
  };
  return { form, failure, pending, run };
}

function CommitDialog({ loan, onClose }: { loan: BridgeLoanRow; onClose: () => void }) {
  const { t } = useI18n();
  const upload = useUploadLetter();
  const decide = useDecide();
  const [letter, setLetter] = useState<{ id: string; filename: string } | null>(null);
  const { form, failure, pending, run } = useDialogForm<{ renewalAmount: string; expected: Dayjs }>(onClose, [
    "renewalAmount",
    "expectedDisbursementOn",
  ]);
  const submit = (values: { renewalAmount: string; expected: Dayjs }) =>
    run(() =>
      decide.mutateAsync({
        id: loan.id,
        decision: {
          action: "commit",
          letterId: letter?.id ?? "",
          renewalAmount: values.renewalAmount,
          expectedDisbursementOn: values.expected.format(DATE_FORMAT),
          version: loan.version,
        },
      }),
    );
  return (
    <Modal
      open
      title={t("bridge.commit")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("bridge.commit")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: pending, disabled: !letter, "data-testid": "bridge-commit-submit" }}
      destroyOnHidden
    >
      <ProblemAlert error={failure ?? upload.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ renewalAmount: loan.maturingAmount }}
      >
        <Form.Item label={t("bridge.letter")} required>
          <Space>
            <Upload
              showUploadList={false}
              beforeUpload={(file) => {
                void upload.mutateAsync(file).then(setLetter);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} data-testid="bridge-letter-upload" loading={upload.isPending}>
                {t("bridge.uploadLetter")}
              </Button>
            </Upload>
            {letter && (
              <Typography.Text type="success" data-testid="bridge-letter-name">
                {t("bridge.letterUploaded", { name: letter.filename })}
              </Typography.Text>
            )}
          </Space>
        </Form.Item>
        <Form.Item
          name="renewalAmount"
          label={t("bridge.renewalAmount")}
          rules={[{ required: true, pattern: YUAN_PATTERN }]}
        >
          <AmountInput data-testid="bridge-renewal-amount" />
        </Form.Item>
        <Form.Item name="expected" label={t("bridge.expectedDisbursementOn")} rules={[{ required: true }]}>
          <DatePicker data-testid="bridge-expected-on" format={DATE_FORMAT} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ApproveDialog({ loan, onClose }: { loan: BridgeLoanRow; onClose: () => void }) {
  const { t } = useI18n();
  const decide = useDecide();
  const funds = useBridgeFunds();
  const cash = funds.data?.find((fund) => fund.id === loan.fundId)?.cashBalance;
  const { form, failure, pending, run } = useDialogForm<{ opinion?: string }>(onClose, ["opinion"]);
  return (
    <Modal
      open
      title={t("bridge.approve")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("bridge.approve")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: pending, "data-testid": "bridge-approve-submit" }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t("bridge.approveHint", { cash: formatYuan(cash ?? null) })}
      </Typography.Paragraph>
      <ProblemAlert error={failure} />
      <Form
        form={form}
        layout="vertical"
        onFinish={({ opinion }) =>
          run(() =>
            decide.mutateAsync({
              id: loan.id,
              decision: {
                action: "approve",
                ...(opinion?.trim() && { opinion: opinion.trim() }),
                version: loan.version,
              },
            }),
          )
        }
      >
        <Form.Item name="opinion" label={t("bridge.opinion")}>
          <Input.TextArea rows={2} data-testid="bridge-approve-opinion" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function PayDialog({ loan, onClose }: { loan: BridgeLoanRow; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const pay = usePay();
  // One key per dialog: a retried click pays once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const { form, failure, pending, run } = useDialogForm<object>(onClose, []);
  return (
    <Modal
      open
      title={t("bridge.pay")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("bridge.pay")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: pending, "data-testid": "bridge-pay-submit" }}
      destroyOnHidden
    >
      <ProblemAlert error={failure} />
      <Form
        form={form}
        onFinish={() =>
          run(async () => {
            const paid = await pay.mutateAsync({ id: loan.id, idempotencyKey });
            message.success(`${t("bridge.returnDue")}: ${paid.returnDue}`);
          })
        }
      >
        <Typography.Paragraph>
          {t("bridge.payHint", { bank: loan.bankName, amount: formatYuan(loan.amount) })}
        </Typography.Paragraph>
      </Form>
    </Modal>
  );
}

function ReturnDialog({ loan, onClose }: { loan: BridgeLoanRow; onClose: () => void }) {
  const { t } = useI18n();
  const record = useRecordReturn();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const { form, failure, pending, run } = useDialogForm<{ disbursed: Dayjs; returned: Dayjs }>(onClose, [
    "renewalDisbursedOn",
    "returnedOn",
  ]);
  return (
    <Modal
      open
      title={t("bridge.record")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("bridge.record")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: pending, "data-testid": "bridge-return-submit" }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("bridge.recordHint")}</Typography.Paragraph>
      <ProblemAlert error={failure} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ disbursed: dayjs(), returned: dayjs() }}
        onFinish={({ disbursed, returned }) =>
          run(() =>
            record.mutateAsync({
              id: loan.id,
              input: {
                renewalDisbursedOn: disbursed.format(DATE_FORMAT),
                returnedOn: returned.format(DATE_FORMAT),
              },
              idempotencyKey,
            }),
          )
        }
      >
        <Form.Item name="disbursed" label={t("bridge.renewalDisbursedOn")} rules={[{ required: true }]}>
          <DatePicker data-testid="bridge-disbursed-on" format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="returned" label={t("bridge.returnedOn")} rules={[{ required: true }]}>
          <DatePicker data-testid="bridge-returned-on" format={DATE_FORMAT} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
