import { CalculatorOutlined } from "@ant-design/icons";
import { Button, Card, Col, Form, Row, Select, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { AmountInput } from "../../../shared/components/AmountInput";
import { PercentInput } from "../../../shared/components/PercentInput";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { RATE_PATTERN, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { SCHEMES, schemeSummary } from "./schemes";

/** What every risk-sharing calculator asks: the scheme, the loss, and the fund's share of the guarantor's part. */
export interface SchemeInputs {
  scheme: string;
  loss: string;
  fundShareOfGuarantor: string;
}

export interface SchemeCalculatorProps<Values extends SchemeInputs> {
  /** Prefix of the test ids: `${testId}-form`, `-scheme`, `-loss`, `-fund-share`, `-compute`, `-result`. */
  testId: string;
  inputTitle: string;
  /** Every field of the form, named as the API names them (server field errors land on them). */
  initialValues: Values;
  /** Fields asked between the loss and the fund's share. */
  extraFields?: ReactNode;
  pending: boolean;
  /** Runs the calculation and keeps its result; what it throws is shown on the form. */
  compute(values: Values): Promise<void>;
  /** Called when a calculation fails, so the last result is not left standing. */
  onFailure(): void;
  /** The result, or null before one. */
  result: ReactNode | null;
  explain: string;
}

/** The two cards of a scheme calculator: its form on the left, its result on the right. */
export function SchemeCalculator<Values extends SchemeInputs>({
  testId,
  inputTitle,
  initialValues,
  extraFields,
  pending,
  compute,
  onFailure,
  result,
  explain,
}: SchemeCalculatorProps<Values>) {
  const { t, paren } = useI18n();
  const [form] = Form.useForm<SchemeInputs>();
  const [problem, setProblem] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);
  const scheme = Form.useWatch("scheme", form) ?? "4321";

  const submit = async (values: SchemeInputs) => {
    setProblem(null);
    try {
      await compute(values as Values);
    } catch (error) {
      onFailure();
      const leftover = applyServerErrors(form, error, Object.keys(initialValues));
      if (leftover.length || !(error instanceof ApiError) || error.fieldErrors.length === 0) {
        setProblem({ error, leftover });
      }
    }
  };

  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        <Card title={inputTitle} style={{ marginBottom: 16 }}>
          <Form<SchemeInputs>
            form={form}
            layout="vertical"
            initialValues={initialValues}
            onFinish={submit}
            data-testid={`${testId}-form`}
          >
            <Form.Item name="scheme" label={t("calc.scheme")} extra={schemeSummary(scheme, t)}>
              <Select
                options={SCHEMES.map((s) => ({ value: s.code, label: s.code }))}
                data-testid={`${testId}-scheme`}
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
              <AmountInput suffix={t("unit.yuan")} data-testid={`${testId}-loss`} />
            </Form.Item>
            {extraFields}
            <Form.Item
              name="fundShareOfGuarantor"
              label={t("calc.fundShare")}
              tooltip={t("calc.fundShareHint")}
              rules={[
                { required: true, message: t("form.required") },
                { pattern: RATE_PATTERN, message: t("form.ratePattern") },
              ]}
            >
              <PercentInput data-testid={`${testId}-fund-share`} />
            </Form.Item>
            {problem && <ProblemAlert error={problem.error} fieldErrors={problem.leftover} />}
            <Button
              type="primary"
              htmlType="submit"
              icon={<CalculatorOutlined />}
              loading={pending}
              data-testid={`${testId}-compute`}
            >
              {t("calc.compute")}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title={t("calc.result")} style={{ marginBottom: 16 }}>
          {result ? (
            <div data-testid={`${testId}-result`}>
              {result}
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                {explain}
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
