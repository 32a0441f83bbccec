import { LOAN_EVENT_TYPES } from "@chanrong/domain";
import { App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Select, Table, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useBusinessDate } from "../../../app/session";
import type { FieldError } from "../../../shared/api/client";
import { AmountInput } from "../../../shared/components/AmountInput";
import { dateCell, dateTimeCell } from "../../../shared/components/Nowrap";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, formatDate, formatYuan, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { type LoanEvent, type LoanEventType, useLoan, useRecordLoanEvent } from "../api/loan";
import { labelOr } from "./labels";

interface Values {
  type: LoanEventType;
  date: Dayjs | null;
  amount: string;
  note?: string;
  reverses?: number;
}

/** 贷款台账: the loan's derived position and its events; the bank operator records new ones. */
export function LoanCard({ applicationId, canRecord }: { applicationId: string; canRecord: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const today = useBusinessDate();
  const loan = useLoan(applicationId, true);
  const record = useRecordLoanEvent(applicationId);
  const [open, setOpen] = useState(false);
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const [form] = Form.useForm<Values>();
  const position = loan.data?.position;

  const onFinish = async (values: Values) => {
    setLeftover([]);
    try {
      await record.mutateAsync({
        type: values.type,
        date: values.date ? values.date.format(DATE_FORMAT) : "",
        amount: values.amount.trim(),
        ...(values.note?.trim() && { note: values.note.trim() }),
        ...(values.reverses !== undefined && { reverses: Number(values.reverses) }),
      });
      message.success(t("loan.saved"));
      setOpen(false);
      form.resetFields();
    } catch (error) {
      setLeftover(applyServerErrors(form, error, ["type", "date", "amount", "note", "reverses"]));
    }
  };

  return (
    <Card
      title={t("loan.card")}
      data-testid="loan-card"
      extra={
        canRecord && (
          <Button type="primary" onClick={() => setOpen(true)} data-testid="loan-add">
            {t("loan.add")}
          </Button>
        )
      }
    >
      {loan.isError && <ProblemAlert error={loan.error} />}
      {position && (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          data-testid="loan-position"
          style={{ marginBottom: 16 }}
        >
          <Descriptions.Item label={t("loan.status")}>
            <Tag
              color={
                position.status === "OVERDUE" ? "red" : position.status === "ACTIVE" ? "green" : "default"
              }
              data-status={position.status}
            >
              {labelOr(t, `loanStatus.${position.status}`, position.status)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t("loan.disbursed")}>{formatYuan(position.disbursed)}</Descriptions.Item>
          <Descriptions.Item label={t("loan.repaid")}>{formatYuan(position.repaid)}</Descriptions.Item>
          <Descriptions.Item label={t("loan.outstanding")}>
            <span data-testid="loan-outstanding">{formatYuan(position.outstanding)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t("loan.interestPaid")}>
            {formatYuan(position.interestPaid)}
          </Descriptions.Item>
          <Descriptions.Item label={t("loan.everOverdue")}>
            {position.everOverdue ? t("loan.yes") : t("loan.no")}
          </Descriptions.Item>
          {position.settledOn && (
            <Descriptions.Item label={t("loan.settledOn")}>{dateCell(position.settledOn)}</Descriptions.Item>
          )}
        </Descriptions>
      )}
      <div data-testid="loan-events">
        <Table<LoanEvent>
          rowKey={(event) => String(event.id)}
          size="small"
          loading={loan.isFetching}
          pagination={false}
          dataSource={loan.data?.events}
          locale={{ emptyText: t("loan.noEvents") }}
          columns={[
            // Numbered within the loan (1, 2, 3 …), as the 台账 is read and cited.
            { key: "number", title: t("loan.number"), dataIndex: "number", width: 64 },
            {
              key: "type",
              title: t("loan.type"),
              dataIndex: "type",
              render: (type: string, event) => (
                <>
                  {labelOr(t, `loanEvent.${type}`, type)}
                  {event.reversesNumber !== null && (
                    <Tag color="orange" style={{ marginInlineStart: 6 }}>
                      {t("loan.reversesOf", { id: String(event.reversesNumber) })}
                    </Tag>
                  )}
                  {event.viaApi && <Tag style={{ marginInlineStart: 6 }}>{t("loan.viaApi")}</Tag>}
                </>
              ),
            },
            { key: "date", title: t("loan.date"), dataIndex: "occurredOn", render: dateCell },
            {
              key: "amount",
              title: t("loan.amount"),
              dataIndex: "amount",
              align: "right",
              render: (amount: string) => formatYuan(amount),
            },
            { key: "note", title: t("loan.note"), dataIndex: "note" },
            {
              key: "recorded",
              title: t("loan.recordedBy"),
              render: (_, event) => (
                <>
                  {event.recordedBy ?? ""} {dateTimeCell(event.recordedAt)}
                </>
              ),
            },
          ]}
        />
      </div>
      {open && (
        <Modal
          open
          title={t("loan.add")}
          onCancel={() => setOpen(false)}
          onOk={() => form.submit()}
          okText={t("common.confirm")}
          cancelText={t("common.cancel")}
          okButtonProps={{ loading: record.isPending, "data-testid": "loan-form-submit" }}
        >
          {record.isError && (
            <ProblemAlert error={record.error} fieldErrors={leftover} testId="loan-form-error" />
          )}
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={onFinish}
            initialValues={{ type: "DISBURSEMENT", date: dayjs(today) }}
            data-testid="loan-form"
          >
            <Form.Item
              name="type"
              label={t("loan.type")}
              rules={[{ required: true, message: t("application.required") }]}
            >
              <Select
                data-testid="loan-form-type"
                options={LOAN_EVENT_TYPES.map((type) => ({
                  value: type,
                  label: labelOr(t, `loanEvent.${type}`, type),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="date"
              label={t("loan.date")}
              rules={[{ required: true, message: t("application.required") }]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} data-testid="loan-form-date" />
            </Form.Item>
            <Form.Item
              name="amount"
              label={t("loan.amount")}
              rules={[
                { required: true, whitespace: true, message: t("application.required") },
                { pattern: YUAN_PATTERN, message: t("application.amountInvalid") },
              ]}
            >
              <AmountInput data-testid="loan-form-amount" />
            </Form.Item>
            <Form.Item name="reverses" label={t("loan.reverses")}>
              <Select
                allowClear
                data-testid="loan-form-reverses"
                options={loan.data?.events
                  .filter((event) => event.reverses === null || event.reverses === undefined)
                  .map((event) => ({
                    value: Number(event.id),
                    label: `${t("loan.numbered", { number: String(event.number) })} ${labelOr(t, `loanEvent.${event.type}`, event.type)} ${formatDate(event.occurredOn)} ${formatYuan(event.amount)}`,
                  }))}
              />
            </Form.Item>
            <Form.Item name="note" label={t("loan.note")}>
              <Input.TextArea rows={2} maxLength={500} data-testid="loan-form-note" />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Card>
  );
}
