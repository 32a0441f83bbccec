import { CalculatorOutlined } from "@ant-design/icons";
import { Button, Card, Col, Descriptions, Form, Input, Row, Select, Table, Typography } from "antd";
import { useState } from "react";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan, RATE_PATTERN, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { type RiskSharingResult, useRiskSharing } from "../api/calculators";
import { PARTY_LABEL, SCHEMES, schemeSummary } from "./schemes";

interface FormValues {
  scheme: string;
  loss: string;
  fundShareOfGuarantor: string;
}

const RESULT_KEY: Record<string, keyof RiskSharingResult> = {
  reguarantor: "reguarantor",
  guarantor: "guarantor",
  bank: "bank",
  government: "government",
  national_fund: "nationalFund",
};

export function RiskSharingTab() {
  const { t, paren } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const compute = useRiskSharing();
  const [result, setResult] = useState<{ scheme: string; value: RiskSharingResult } | null>(null);
  const [problem, setProblem] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);
  const scheme = Form.useWatch("scheme", form) ?? "4321";

  const submit = async (values: FormValues) => {
    setProblem(null);
    try {
      const value = await compute.mutateAsync({
        scheme: values.scheme,
        loss: values.loss.trim(),
        fundShareOfGuarantor: values.fundShareOfGuarantor.trim(),
      });
      setResult({ scheme: values.scheme, value });
    } catch (error) {
      setResult(null);
      const leftover = applyServerErrors(form, error, ["scheme", "loss", "fundShareOfGuarantor"]);
      if (leftover.length || !(error instanceof ApiError) || error.fieldErrors.length === 0) {
        setProblem({ error, leftover });
      }
    }
  };

  const shown = result ? SCHEMES.find((s) => s.code === result.scheme) : undefined;

  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        <Card title={t("calc.risk.inputTitle")} style={{ marginBottom: 16 }}>
          <Form<FormValues>
            form={form}
            layout="vertical"
            initialValues={{ scheme: "4321", loss: "1000000.00", fundShareOfGuarantor: "0.5" }}
            onFinish={submit}
            data-testid="risk-sharing-form"
          >
            <Form.Item name="scheme" label={t("calc.scheme")} extra={schemeSummary(scheme, t)}>
              <Select
                options={SCHEMES.map((s) => ({ value: s.code, label: s.code }))}
                data-testid="risk-sharing-scheme"
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
              <Input suffix={t("unit.yuan")} data-testid="risk-sharing-loss" />
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
              <Input data-testid="risk-sharing-fund-share" />
            </Form.Item>
            {problem && <ProblemAlert error={problem.error} fieldErrors={problem.leftover} />}
            <Button
              type="primary"
              htmlType="submit"
              icon={<CalculatorOutlined />}
              loading={compute.isPending}
              data-testid="risk-sharing-compute"
            >
              {t("calc.compute")}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title={t("calc.result")} style={{ marginBottom: 16 }}>
          {result && shown ? (
            <div data-testid="risk-sharing-result">
              <Table
                size="small"
                pagination={false}
                rowKey="party"
                dataSource={shown.parties}
                style={{ marginBottom: 16 }}
                columns={[
                  { key: "party", title: t("calc.party"), render: (_, p) => t(PARTY_LABEL[p.party]) },
                  { key: "share", title: t("calc.share"), dataIndex: "percent", align: "right", width: 100 },
                  {
                    key: "amount",
                    title: `${t("calc.amountBorne")}${paren(t("unit.yuan"))}`,
                    align: "right",
                    render: (_, p) => {
                      const key = RESULT_KEY[p.party];
                      const value = key ? result.value[key] : undefined;
                      return (
                        <span className="money" data-testid={`risk-sharing-${p.party}`}>
                          {typeof value === "string" ? formatYuan(value) : "—"}
                        </span>
                      );
                    },
                  },
                ]}
              />
              <Descriptions
                bordered
                size="small"
                column={1}
                items={[
                  {
                    key: "fundPays",
                    label: t("calc.fundPays"),
                    children: (
                      <Typography.Text strong className="money" data-testid="risk-sharing-fund-pays">
                        {formatYuan(result.value.fundPays)} {t("unit.yuan")}
                      </Typography.Text>
                    ),
                  },
                  {
                    key: "guarantorNet",
                    label: t("calc.guarantorNet"),
                    children: (
                      <span className="money" data-testid="risk-sharing-guarantor-net">
                        {formatYuan(result.value.guarantorNet)} {t("unit.yuan")}
                      </span>
                    ),
                  },
                ]}
              />
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                {t("calc.risk.explain")}
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
