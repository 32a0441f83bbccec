import { MAX_ANNUAL_RATE_DECIMALS } from "@chanrong/domain";
import { Alert, App, Button, DatePicker, Flex, Form, Input, Modal, Table, Typography } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useState } from "react";
import { useBusinessDate } from "../../../app/session";
import type { FieldError } from "../../../shared/api/client";
import { newIdempotencyKey } from "../../../shared/api/idempotency";
import { AmountInput } from "../../../shared/components/AmountInput";
import { dateCell, dateTimeCell } from "../../../shared/components/Nowrap";
import { PercentInput } from "../../../shared/components/PercentInput";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { ReasonModal } from "../../../shared/components/ReasonModal";
import {
  DATE_FORMAT,
  formatDate,
  formatYuan,
  RATE_PATTERN,
  rateAsPercent,
  YUAN_PATTERN,
} from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import {
  type FeeReceipt,
  useFeeReceipts,
  useRecordFeeReceipt,
  useReverseFeeReceipt,
} from "../api/fee-subsidy";

/** The fees recorded on one guarantee, all years; a reversed one struck through with its reason. */
export function FeeReceiptList({ applicationId }: { applicationId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const receipts = useFeeReceipts(applicationId);
  const reverse = useReverseFeeReceipt(applicationId);
  const [reversing, setReversing] = useState<FeeReceipt | null>(null);
  return (
    <div data-testid="fee-receipts">
      <Typography.Text strong>{t("feeSubsidy.receipts")}</Typography.Text>
      {receipts.data && receipts.data.items.length > 0 && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 8 }} data-testid="fee-receipts-total">
          {t("feeSubsidy.receiptsTotal", { total: formatYuan(receipts.data.total) })}
        </Typography.Text>
      )}
      {receipts.isError && <ProblemAlert error={receipts.error} />}
      <Table<FeeReceipt>
        size="small"
        rowKey="id"
        pagination={false}
        loading={receipts.isPending}
        style={{ marginTop: 8, maxWidth: 960 }}
        dataSource={receipts.data?.items}
        locale={{ emptyText: t("feeSubsidy.noReceipts") }}
        onRow={(receipt) =>
          ({
            "data-receipt-id": receipt.id,
            "data-reversed": receipt.reversedBy ? "true" : undefined,
          }) as object
        }
        columns={[
          {
            key: "date",
            title: t("feeSubsidy.receivedOn"),
            dataIndex: "receivedOn",
            width: 110,
            render: dateCell,
          },
          {
            key: "amount",
            title: t("feeSubsidy.feeAmount"),
            align: "right",
            width: 120,
            render: (_, receipt) => (
              <Typography.Text
                delete={Boolean(receipt.reversedBy)}
                type={receipt.reverses ? "danger" : undefined}
              >
                {formatYuan(receipt.amount)}
              </Typography.Text>
            ),
          },
          {
            key: "rate",
            title: t("feeSubsidy.feeRate"),
            align: "right",
            width: 110,
            render: (_, receipt) => (receipt.feeRate ? rateAsPercent(receipt.feeRate) : ""),
          },
          {
            key: "note",
            title: t("feeSubsidy.feeNote"),
            render: (_, receipt) => <ReceiptNote receipt={receipt} />,
          },
          {
            key: "by",
            title: t("feeSubsidy.recordedBy"),
            render: (_, receipt) => (
              <>
                {receipt.recordedBy} {dateTimeCell(receipt.recordedAt)}
              </>
            ),
          },
          {
            key: "actions",
            title: "",
            render: (_, receipt) =>
              receipt.mayReverse && (
                <Button
                  size="small"
                  danger
                  onClick={() => setReversing(receipt)}
                  data-testid="fee-receipt-reverse"
                >
                  {t("feeSubsidy.reverse")}
                </Button>
              ),
          },
        ]}
      />
      {reversing && (
        <ReasonModal
          title={t("feeSubsidy.reverseTitle", {
            date: formatDate(reversing.receivedOn),
            amount: formatYuan(reversing.amount),
          })}
          hint={t("feeSubsidy.reverseHint")}
          label={t("feeSubsidy.reverseReason")}
          okText={t("feeSubsidy.reverse")}
          testId="fee-reversal"
          onSubmit={async (reason) => {
            await reverse.mutateAsync({ receiptId: reversing.id, reason });
            message.success(t("feeSubsidy.reversed"));
          }}
          onClose={() => setReversing(null)}
        />
      )}
    </div>
  );
}

/** The note, and what a correction says: why the receipt was reversed, or which one a reversal undoes. */
function ReceiptNote({ receipt }: { receipt: FeeReceipt }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={2}>
      {receipt.note && (
        <Typography.Text
          delete={Boolean(receipt.reversedBy)}
          type={receipt.reversedBy ? "secondary" : undefined}
        >
          {receipt.note}
        </Typography.Text>
      )}
      {receipt.reversedBy && (
        <Typography.Text type="danger" data-testid="fee-receipt-reversed-reason">
          {t("feeSubsidy.reversedBecause", {
            reason: receipt.reversedBy.reason,
            by: receipt.reversedBy.recordedBy,
          })}
        </Typography.Text>
      )}
      {receipt.reverses !== null && (
        <Typography.Text type="danger">
          {t("feeSubsidy.reversalOf", { id: receipt.reverses, reason: receipt.reason ?? "" })}
        </Typography.Text>
      )}
    </Flex>
  );
}

interface Values {
  receivedOn: Dayjs | null;
  amount: string;
  feeRate?: string;
  note?: string;
}

/** The guarantor records a fee it charged on a guarantee; insert-only, so the modal says so. */
export function FeeReceiptModal({
  applicationId,
  enterpriseName,
  onClose,
}: {
  applicationId: string;
  enterpriseName: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const today = useBusinessDate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useRecordFeeReceipt(applicationId);
  // One key per opening of the form: a double click or a retry after a lost answer records one fee.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [leftover, setLeftover] = useState<FieldError[]>([]);

  const onFinish = async (values: Values) => {
    setLeftover([]);
    try {
      await record.mutateAsync({
        receivedOn: values.receivedOn?.format(DATE_FORMAT) ?? "",
        amount: values.amount.trim(),
        ...(values.feeRate?.trim() && { feeRate: values.feeRate.trim() }),
        ...(values.note?.trim() && { note: values.note.trim() }),
        idempotencyKey,
      });
      message.success(t("feeSubsidy.feeSaved"));
      onClose();
    } catch (error) {
      setLeftover(applyServerErrors(form, error, ["receivedOn", "amount", "feeRate", "note"]));
    }
  };

  return (
    <Modal
      open
      title={t("feeSubsidy.recordFeeTitle", { enterprise: enterpriseName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.confirm")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: record.isPending, "data-testid": "fee-form-submit" }}
    >
      <Alert type="info" showIcon title={t("feeSubsidy.feeInsertOnly")} style={{ marginBottom: 16 }} />
      {record.isError && <ProblemAlert error={record.error} fieldErrors={leftover} testId="fee-form-error" />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ receivedOn: dayjs(today) }}
        data-testid="fee-form"
      >
        <Form.Item
          name="receivedOn"
          label={t("feeSubsidy.receivedOn")}
          rules={[{ required: true, message: t("application.required") }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} data-testid="fee-form-date" />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t("feeSubsidy.feeAmount")}
          rules={[
            { required: true, whitespace: true, message: t("application.required") },
            { pattern: YUAN_PATTERN, message: t("application.amountInvalid") },
          ]}
        >
          <AmountInput data-testid="fee-form-amount" />
        </Form.Item>
        <Form.Item
          name="feeRate"
          label={t("feeSubsidy.feeRate")}
          extra={t("feeSubsidy.feeRateHint")}
          rules={[{ pattern: RATE_PATTERN, message: t("feeSubsidy.feeRateInvalid") }]}
        >
          <PercentInput places={MAX_ANNUAL_RATE_DECIMALS} placeholder="0.8" data-testid="fee-form-rate" />
        </Form.Item>
        <Form.Item name="note" label={t("feeSubsidy.feeNote")}>
          <Input
            maxLength={500}
            placeholder={t("feeSubsidy.feeNotePlaceholder")}
            data-testid="fee-form-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
