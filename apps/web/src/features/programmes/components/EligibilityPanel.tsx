import { CheckCircleFilled, CloseCircleFilled, SafetyCertificateOutlined } from "@ant-design/icons";
import { Button, Card, Col, Empty, Flex, Form, InputNumber, Row, Select, Table, Tag, Typography } from "antd";
import type { HTMLAttributes } from "react";
import { useState } from "react";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { AmountInput } from "../../../shared/components/AmountInput";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatWan, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { EnterprisePicker } from "../../enterprises/components/EnterprisePicker";
import { useCheckEligibility } from "../api/programmes";
import type { EligibilityCheck, EligibilityResult, ProgrammeDetail } from "../api/types";

interface FormValues {
  enterpriseId: string;
  supplyChainCategory?: string | null;
  amount: string;
  termMonths: number;
  loanUse: string;
}

const FIELD_NAMES = ["enterpriseId", "supplyChainCategory", "amount", "termMonths", "loanUse"] as const;

/** Checks one enterprise and loan against every rule of the programme (POST …/eligibility). */
export function EligibilityPanel({ programme }: { programme: ProgrammeDetail }) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const check = useCheckEligibility(programme.code);
  const [result, setResult] = useState<EligibilityResult | null>(null);
  const [problem, setProblem] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);
  const amount = Form.useWatch("amount", form) ?? "";
  const { config } = programme;

  const submit = async (values: FormValues) => {
    setProblem(null);
    setResult(null);
    try {
      setResult(
        await check.mutateAsync({
          enterpriseId: values.enterpriseId,
          supplyChainCategory: values.supplyChainCategory ?? null,
          amount: values.amount.trim(),
          termMonths: values.termMonths,
          loanUse: values.loanUse,
        }),
      );
    } catch (error) {
      const leftover = applyServerErrors(form, error, FIELD_NAMES);
      if (leftover.length || !(error instanceof ApiError) || error.fieldErrors.length === 0) {
        setProblem({ error, leftover });
      }
    }
  };

  const failed = result?.checks.filter((item) => !item.passed).length ?? 0;

  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <SafetyCertificateOutlined />
          {t("eligibility.title")}
        </Flex>
      }
      extra={<Typography.Text type="secondary">{t("eligibility.subtitle")}</Typography.Text>}
      style={{ marginBottom: 16 }}
    >
      <Row gutter={24}>
        <Col xs={24} xl={9}>
          <Form<FormValues>
            form={form}
            layout="vertical"
            onFinish={submit}
            initialValues={{ termMonths: 12, loanUse: config.permittedLoanUses[0]?.code }}
            data-testid="eligibility-form"
          >
            <Form.Item
              name="enterpriseId"
              label={t("eligibility.enterprise")}
              rules={[{ required: true, message: t("eligibility.enterpriseRequired") }]}
            >
              <EnterprisePicker
                placeholder={t("supplyChain.searchPlaceholder")}
                data-testid="eligibility-enterprise"
              />
            </Form.Item>
            {config.supplyChainCategories && (
              <Form.Item name="supplyChainCategory" label={t("eligibility.category")}>
                <Select<string>
                  allowClear
                  placeholder={t("eligibility.categoryNone")}
                  options={config.supplyChainCategories.map((category) => ({
                    value: category.code,
                    label: label(category, category.code),
                  }))}
                  data-testid="eligibility-category"
                />
              </Form.Item>
            )}
            <Row gutter={12}>
              <Col xs={24} sm={14}>
                <Form.Item
                  name="amount"
                  label={t("eligibility.amount")}
                  rules={[
                    { required: true, whitespace: true, message: t("form.required") },
                    { pattern: YUAN_PATTERN, message: t("form.yuanPattern") },
                  ]}
                  extra={
                    YUAN_PATTERN.test(amount.trim())
                      ? t("eligibility.amountWan", { wan: formatWan(amount.trim()) })
                      : undefined
                  }
                >
                  <AmountInput
                    placeholder="5,000,000.00"
                    suffix={t("unit.yuan")}
                    data-testid="eligibility-amount"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} sm={10}>
                <Form.Item
                  name="termMonths"
                  label={t("eligibility.term")}
                  rules={[{ required: true, message: t("form.required") }]}
                  extra={
                    config.maxTermMonths !== null
                      ? `≤ ${t("programme.months", { n: config.maxTermMonths })}`
                      : undefined
                  }
                >
                  <InputNumber
                    min={1}
                    max={600}
                    precision={0}
                    style={{ width: "100%" }}
                    data-testid="eligibility-term"
                  />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name="loanUse"
              label={t("eligibility.use")}
              rules={[{ required: true, message: t("form.required") }]}
            >
              <Select<string>
                options={config.permittedLoanUses.map((use) => ({
                  value: use.code,
                  label: label(use, use.code),
                }))}
                data-testid="eligibility-use"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              loading={check.isPending}
              icon={<SafetyCertificateOutlined />}
              data-testid="eligibility-check"
            >
              {t("eligibility.check")}
            </Button>
          </Form>
        </Col>
        <Col xs={24} xl={15}>
          {problem && <ProblemAlert error={problem.error} fieldErrors={problem.leftover} />}
          {result ? (
            <div data-testid="eligibility-result" data-eligible={result.eligible}>
              <Flex align="center" gap={12} style={{ marginBottom: 12 }}>
                <Tag
                  color={result.eligible ? "success" : "error"}
                  icon={result.eligible ? <CheckCircleFilled /> : <CloseCircleFilled />}
                  style={{ fontSize: 15, padding: "4px 12px" }}
                  data-testid="eligibility-verdict"
                >
                  {result.eligible ? t("eligibility.eligible") : t("eligibility.notEligible")}
                </Tag>
                <Typography.Text type={result.eligible ? "success" : "danger"}>
                  {result.eligible
                    ? t("eligibility.summaryEligible", { n: result.checks.length })
                    : t("eligibility.summaryFailed", { failed, n: result.checks.length })}
                </Typography.Text>
              </Flex>
              <Table<EligibilityCheck>
                rowKey="rule"
                size="small"
                pagination={false}
                dataSource={result.checks}
                rowClassName={(item) => (item.passed ? "" : "eligibility-row-failed")}
                onRow={(item) =>
                  ({
                    "data-testid": `eligibility-row-${item.rule}`,
                    "data-passed": item.passed,
                  }) as HTMLAttributes<HTMLElement>
                }
                columns={[
                  {
                    key: "passed",
                    title: t("eligibility.result"),
                    dataIndex: "passed",
                    width: 70,
                    align: "center",
                    render: (passed: boolean) =>
                      passed ? (
                        <CheckCircleFilled
                          style={{ color: "#52c41a", fontSize: 18 }}
                          aria-label={t("eligibility.eligible")}
                        />
                      ) : (
                        <CloseCircleFilled
                          style={{ color: "#ff4d4f", fontSize: 18 }}
                          aria-label={t("eligibility.notEligible")}
                        />
                      ),
                  },
                  {
                    key: "rule",
                    title: t("eligibility.ruleColumn"),
                    dataIndex: "rule",
                    width: 170,
                    render: (rule: EligibilityCheck["rule"]) => (
                      <Typography.Text strong>{t(`eligibility.rule.${rule}`)}</Typography.Text>
                    ),
                  },
                  { key: "reason", title: t("eligibility.reason"), dataIndex: "reason" },
                ]}
              />
            </div>
          ) : (
            !problem && (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t("eligibility.hint")}
                style={{ marginTop: 48 }}
              />
            )
          )}
        </Col>
      </Row>
    </Card>
  );
}
