import { CalculatorOutlined } from "@ant-design/icons";
import { Button, Card, Col, Form, Input, Row, Select, Table, Typography } from "antd";
import { useState } from "react";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan, RATE_PATTERN, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { type MessageKey, useI18n } from "../../../shared/i18n";
import { type RecoveryResult, useRecoveryDistribution } from "../api/calculators";
import { SCHEMES, schemeSummary } from "./schemes";

interface FormValues {
  scheme: string;
  loss: string;
  recovered: string;
  fundShareOfGuarantor: string;
}

const ROWS: { key: keyof RecoveryResult; label: MessageKey }[] = [
  { key: "reguarantor", label: "calc.party.reguarantor" },
  { key: "guarantor", label: "calc.recovery.guarantorNet" },
  { key: "fund", label: "calc.recovery.fund" },
  { key: "nationalFund", label: "calc.party.nationalFund" },
];

export function RecoveryTab() {
  const { t, paren } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const compute = useRecoveryDistribution();
  const [result, setResult] = useState<{ recovered: string; value: RecoveryResult } | null>(null);
  const [problem, setProblem] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);
  const scheme = Form.useWatch("scheme", form) ?? "4321";

  const submit = async (values: FormValues) => {
    setProblem(null);
    try {
      const value = await compute.mutateAsync({
        scheme: values.scheme,
        loss: values.loss.trim(),
        recovered: values.recovered.trim(),
        fundShareOfGuarantor: values.fundShareOfGuarantor.trim(),
      });
      setResult({ recovered: values.recovered.trim(), value });
    } catch (error) {
      setResult(null);
      const leftover = applyServerErrors(form, error, [
        "scheme",
        "loss",
        "recovered",
        "fundShareOfGuarantor",
      ]);
      if (leftover.length || !(error instanceof ApiError) || error.fieldErrors.length === 0) {
        setProblem({ error, leftover });
      }
    }
  };

  const rows = result ? ROWS.filter((row) => result.value[row.key] !== undefined) : [];

  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        <Card title={t("calc.recovery.inputTitle")} style={{ marginBottom: 16 }}>
          <Form<FormValues>
            form={form}
            layout="vertical"
            initialValues={{
              scheme: "4321",
              loss: "1000000.00",
              recovered: "100000.00",
              fundShareOfGuarantor: "0.5",
            }}
            onFinish={submit}
            data-testid="recovery-form"
          >
            <Form.Item name="scheme" label={t("calc.scheme")} extra={schemeSummary(scheme, t)}>
              <Select
                options={SCHEMES.map((s) => ({ value: s.code, label: s.code }))}
                data-testid="recovery-scheme"
              />
            </Form.Item>
            <Form.Item
              name="loss"
              label={`${t("calc.loss")}${paren(t("unit.yuan"))}`}
              rules={[
                { required: true, message: t("form.required") },
                { pattern: YUAN_PATTERN, message: t("form.yuanPattern") },
              ]}
            >
              <Input suffix={t("unit.yuan")} data-testid="recovery-loss" />
            </Form.Item>
            <Form.Item
              name="recovered"
              label={`${t("calc.recovery.recovered")}${paren(t("unit.yuan"))}`}
              rules={[
                { required: true, message: t("form.required") },
                { pattern: YUAN_PATTERN, message: t("form.yuanPattern") },
              ]}
            >
              <Input suffix={t("unit.yuan")} data-testid="recovery-recovered" />
            </Form.Item>
            <Form.Item
              name="fundShareOfGuarantor"
              label={t("calc.fundShare")}
              tooltip={t("calc.fundShareHint")}
              rules={[
                { required: true, message: t("form.required") },
                { pattern: RATE_PATTERN, message: t("form.ratePattern") },
              ]}
            >
              <Input data-testid="recovery-fund-share" />
            </Form.Item>
            {problem && <ProblemAlert error={problem.error} fieldErrors={problem.leftover} />}
            <Button
              type="primary"
              htmlType="submit"
              icon={<CalculatorOutlined />}
              loading={compute.isPending}
              data-testid="recovery-compute"
            >
              {t("calc.compute")}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title={t("calc.result")} style={{ marginBottom: 16 }}>
          {result ? (
            <div data-testid="recovery-result">
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={rows}
                columns={[
                  { key: "party", title: t("calc.party"), render: (_, row) => t(row.label) },
                  {
                    key: "amount",
                    title: `${t("calc.recovery.receives")}${paren(t("unit.yuan"))}`,
                    align: "right",
                    render: (_, row) => (
                      <span className="money" data-testid={`recovery-${row.key}`}>
                        {formatYuan(result.value[row.key] ?? "")}
                      </span>
                    ),
                  },
                ]}
                summary={() => (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      <Typography.Text strong>{t("calc.recovery.total")}</Typography.Text>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={1} align="right">
                      <Typography.Text strong className="money">
                        {formatYuan(result.recovered)}
                      </Typography.Text>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                )}
              />
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                {t("calc.recovery.explain")}
              </Typography.Paragraph>
            </div>
          ) : (
            <Typography.Text type="secondary">{t("calc.resultHint")}</Typography.Text>
          )}
        </Card>
      </Col>
    </Row>
  );
}
