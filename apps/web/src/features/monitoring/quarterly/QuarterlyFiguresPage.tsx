import {
  type QuarterlyFigure as FigureCode,
  QUARTERLY_FIGURE_ENTERED_BY,
  QUARTERLY_FIGURE_TERMS,
  QUARTERLY_FIGURE_UNIT,
  QUARTERLY_FIGURES,
  quarterOf,
} from "@chanrong/domain";
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useBusinessDate, useSession } from "../../../app/session";
import type { FieldError } from "../../../shared/api/client";
import { newIdempotencyKey } from "../../../shared/api/idempotency";
import { AmountInput } from "../../../shared/components/AmountInput";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import {
  exportQuarterlyFigures,
  type FigureInput,
  type QuarterlyFigure,
  useEnterFigure,
  useQuarterlyFigures,
} from "./api";

/** The department's entry form: only the figures its organisation type holds. */
function EntryForm({ figures }: { figures: FigureCode[] }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const today = useBusinessDate();
  const [form] = Form.useForm<FigureInput>();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const enter = useEnterFigure();
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const figure = (Form.useWatch("figure", form) ?? figures[0]) as FigureCode;
  const isAmount = QUARTERLY_FIGURE_UNIT[figure] === "amount";

  const submit = async (values: FigureInput) => {
    const input: FigureInput = {
      quarter: values.quarter,
      figure: values.figure,
      ...(isAmount ? { amount: values.amount } : { count: values.count }),
      ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
    };
    setLeftover([]);
    try {
      const saved = await enter.mutateAsync({ input, idempotencyKey });
      message.success(
        t("quarterly.saved", {
          figure: label(QUARTERLY_FIGURE_TERMS[figure]),
          quarter: saved.quarter,
          version: saved.version,
        }),
      );
      setIdempotencyKey(newIdempotencyKey());
      form.setFieldsValue({ amount: undefined, count: undefined, reason: undefined });
    } catch (error) {
      setLeftover(applyServerErrors(form, error, ["quarter", "figure", "amount", "count", "reason"]));
    }
  };

  return (
    <Card title={t("quarterly.enter")} style={{ marginBottom: 16 }} data-testid="quarterly-entry">
      <ProblemAlert error={enter.error} fieldErrors={leftover} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ figure: figures[0], quarter: quarterOf(today) }}
        onFinish={submit}
        onValuesChange={() => setIdempotencyKey(newIdempotencyKey())}
      >
        <Space wrap size="large" align="start">
          <Form.Item name="figure" label={t("quarterly.figure")} rules={[{ required: true }]}>
            <Select
              style={{ width: 260 }}
              options={figures.map((code) => ({ value: code, label: label(QUARTERLY_FIGURE_TERMS[code]) }))}
              data-testid="quarterly-figure"
            />
          </Form.Item>
          <Form.Item name="quarter" label={t("quarterly.quarter")} rules={[{ required: true }]}>
            <Input style={{ width: 120 }} placeholder="2026-Q3" data-testid="quarterly-quarter" />
          </Form.Item>
          {isAmount ? (
            <Form.Item name="amount" label={t("quarterly.amount")} rules={[{ required: true }]}>
              <AmountInput style={{ width: 220 }} data-testid="quarterly-amount" />
            </Form.Item>
          ) : (
            <Form.Item name="count" label={t("quarterly.count")} rules={[{ required: true }]}>
              <InputNumber min={0} precision={0} style={{ width: 140 }} data-testid="quarterly-count" />
            </Form.Item>
          )}
          <Form.Item name="reason" label={t("quarterly.reason")} extra={t("quarterly.reasonHint")}>
            <Input style={{ width: 320 }} data-testid="quarterly-reason" />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={enter.isPending} data-testid="quarterly-submit">
          {t("quarterly.enter")}
        </Button>
      </Form>
    </Card>
  );
}

/** 季度数据填报: the departments' quarterly figures of the region, and the entry form for those who hold them. */
export function QuarterlyFiguresPage() {
  const { t, label } = useI18n();
  const { me, access } = useSession();
  const figures = useQuarterlyFigures();
  const ownFigures = QUARTERLY_FIGURES.filter((code) =>
    (QUARTERLY_FIGURE_ENTERED_BY[code] as readonly string[]).includes(me?.organisation.type ?? ""),
  );

  const columns: ColumnsType<QuarterlyFigure> = [
    { key: "quarter", title: t("quarterly.quarter"), dataIndex: "quarter", width: 100 },
    {
      key: "figure",
      title: t("quarterly.figure"),
      render: (_, row) => label(QUARTERLY_FIGURE_TERMS[row.figure]),
    },
    {
      key: "value",
      title: `${t("quarterly.amount")} / ${t("quarterly.count")}`,
      align: "right",
      render: (_, row) => (row.amount !== null ? formatYuan(row.amount) : row.count),
    },
    { key: "region", title: t("quarterly.region"), dataIndex: "regionCode", width: 90 },
    { key: "version", title: t("quarterly.version"), dataIndex: "version", width: 70 },
    { key: "reason", title: t("quarterly.reason"), render: (_, row) => row.reason ?? "—" },
    {
      key: "by",
      title: t("quarterly.enteredBy"),
      render: (_, row) => row.enteredByName,
    },
    { key: "on", title: t("quarterly.enteredOn"), dataIndex: "enteredOn", width: 110 },
  ];

  return (
    <>
      <PageHeader
        title={t("menu.quarterlyFigures")}
        subtitle={t("quarterly.subtitle")}
        testId="quarterly-header"
        extra={
          <ExportButton onExport={exportQuarterlyFigures} label={t("mon.export")} testId="quarterly-export" />
        }
      />
      {access.enterQuarterlyFigures && ownFigures.length > 0 ? (
        <EntryForm figures={ownFigures} />
      ) : (
        <Typography.Paragraph type="secondary">{t("quarterly.nothingToEnter")}</Typography.Paragraph>
      )}
      <ProblemAlert error={figures.error} />
      <Card>
        <Table
          rowKey="id"
          columns={columns}
          dataSource={[...(figures.data ?? [])].reverse()}
          loading={figures.isPending}
          data-testid="quarterly-table"
        />
      </Card>
    </>
  );
}
