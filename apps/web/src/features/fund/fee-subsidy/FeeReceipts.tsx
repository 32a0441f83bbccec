import { Alert, App, DatePicker, Form, Input, Modal, Table, Typography } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useState } from "react";
import type { FieldError } from "../../../shared/api/client";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, formatDate, formatDateTime, formatYuan, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { type FeeReceipt, useFeeReceipts, useRecordFeeReceipt } from "./api";

/** The fees recorded on one guarantee, all years. */
export function FeeReceiptList({ applicationId }: { applicationId: string }) {
  const { t } = useI18n();
  const receipts = useFeeReceipts(applicationId);
  return (
    <div data-testid="fee-receipts">
      <Typography.Text strong>{t("feeSubsidy.receipts")}</Typography.Text>
      {receipts.data && receipts.data.items.length > 0 && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
          {t("feeSubsidy.receiptsTotal", { total: formatYuan(receipts.data.total) })}
        </Typography.Text>
      )}
      {receipts.isError && <ProblemAlert error={receipts.error} />}
      <Table<FeeReceipt>
        size="small"
        rowKey="id"
        pagination={false}
        loading={receipts.isPending}
        style={{ marginTop: 8, maxWidth: 720 }}
        dataSource={receipts.data?.items}
        locale={{ emptyText: t("feeSubsidy.noReceipts") }}
        columns={[
          { key: "date", title: t("feeSubsidy.receivedOn"), dataIndex: "receivedOn", render: formatDate },
          {
            key: "amount",
            title: t("feeSubsidy.feeAmount"),
            dataIndex: "amount",
            align: "right",
            render: formatYuan,
          },
          { key: "note", title: t("feeSubsidy.feeNote"), dataIndex: "note" },
          {
            key: "by",
            title: t("feeSubsidy.recordedBy"),
            render: (_, receipt) => `${receipt.recordedBy} ${formatDateTime(receipt.recordedAt)}`,
          },
        ]}
      />
    </div>
  );
}

interface Values {
  receivedOn: Dayjs | null;
  amount: string;
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
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useRecordFeeReceipt(applicationId);
  const [leftover, setLeftover] = useState<FieldError[]>([]);

  const onFinish = async (values: Values) => {
    setLeftover([]);
    try {
      await record.mutateAsync({
        receivedOn: values.receivedOn?.format(DATE_FORMAT) ?? "",
        amount: values.amount.trim(),
        ...(values.note?.trim() && { note: values.note.trim() }),
      });
      message.success(t("feeSubsidy.feeSaved"));
      onClose();
    } catch (error) {
      setLeftover(applyServerErrors(form, error, ["receivedOn", "amount", "note"]));
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
        initialValues={{ receivedOn: dayjs() }}
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
          <Input inputMode="decimal" data-testid="fee-form-amount" />
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
