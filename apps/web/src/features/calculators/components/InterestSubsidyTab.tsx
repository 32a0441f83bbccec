import { CalculatorOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import {
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Radio,
  Row,
  Select,
  Table,
  Tag,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { AmountInput } from "../../../shared/components/AmountInput";
import { PercentInput } from "../../../shared/components/PercentInput";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, formatYuan, RATE_PATTERN, rateAsPercent, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import {
  type DayCount,
  type InterestSubsidyResult,
  type LoanEventType,
  useInterestSubsidy,
} from "../api/calculators";

interface EventRow {
  date: Dayjs | null;
  type: LoanEventType;
  amount: string;
}

interface FormValues {
  events: EventRow[];
  rate: string;
  dayCount: DayCount;
  interestPaid?: string;
}

/** SPEC §3.2's worked example: the answer is 81,277.78. */
const SEED_EXAMPLE: FormValues = {
  events: [
    { date: dayjs("2025-03-10"), type: "disbursement", amount: "5000000.00" },
    { date: dayjs("2025-09-10"), type: "repayment", amount: "2000000.00" },
    { date: dayjs("2026-03-10"), type: "repayment", amount: "3000000.00" },
  ],
  rate: "0.02",
  dayCount: "ACT/360",
  interestPaid: "",
};

interface Computed {
  result: InterestSubsidyResult;
  rate: string;
  basis: number;
}

export function InterestSubsidyTab() {
  const { t, paren } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const compute = useInterestSubsidy();
  const [computed, setComputed] = useState<Computed | null>(null);
  const [problem, setProblem] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);

  const submit = async (values: FormValues) => {
    setProblem(null);
    const rate = values.rate.trim();
    const interestPaid = values.interestPaid?.trim();
    try {
      const result = await compute.mutateAsync({
        rate,
        dayCount: values.dayCount,
        events: values.events.map((event) => ({
          date: event.date ? event.date.format(DATE_FORMAT) : "",
          type: event.type,
          amount: event.amount.trim(),
        })),
        ...(interestPaid ? { interestPaid } : {}),
      });
      setComputed({ result, rate, basis: values.dayCount === "ACT/365" ? 365 : 360 });
    } catch (error) {
      setComputed(null);
      const leftover = applyServerErrors(form, error, ["events", "rate", "dayCount", "interestPaid"]);
      if (leftover.length || !(error instanceof ApiError) || error.fieldErrors.length === 0) {
        setProblem({ error, leftover });
      }
    }
  };

  const amountRules = [
    { required: true, message: t("form.required") },
    { pattern: YUAN_PATTERN, message: t("form.yuanPattern") },
  ];

  return (
    <Row gutter={16}>
      <Col xs={24} xl={12}>
        <Card title={t("calc.interest.inputTitle")} style={{ marginBottom: 16 }}>
          <Form<FormValues>
            form={form}
            layout="vertical"
            initialValues={SEED_EXAMPLE}
            onFinish={submit}
            data-testid="interest-subsidy-form"
          >
            <Form.List name="events">
              {(fields, { add, remove }, { errors }) => (
                <>
                  <Table
                    size="small"
                    pagination={false}
                    rowKey="key"
                    dataSource={fields}
                    data-testid="interest-subsidy-events"
                    columns={[
                      {
                        key: "no",
                        title: "#",
                        width: 40,
                        render: (_, field) => field.name + 1,
                      },
                      {
                        key: "date",
                        title: t("calc.interest.date"),
                        width: 150,
                        render: (_, field) => (
                          <Form.Item
                            name={[field.name, "date"]}
                            rules={[{ required: true, message: t("form.required") }]}
                            style={{ margin: 0 }}
                          >
                            <DatePicker
                              format={DATE_FORMAT}
                              style={{ width: "100%" }}
                              data-testid={`event-date-${field.name}`}
                            />
                          </Form.Item>
                        ),
                      },
                      {
                        key: "type",
                        title: t("calc.interest.type"),
                        width: 110,
                        render: (_, field) => (
                          <Form.Item name={[field.name, "type"]} style={{ margin: 0 }}>
                            <Select
                              options={[
                                { value: "disbursement", label: t("calc.interest.disbursement") },
                                { value: "repayment", label: t("calc.interest.repayment") },
                              ]}
                              data-testid={`event-type-${field.name}`}
                            />
                          </Form.Item>
                        ),
                      },
                      {
                        key: "amount",
                        title: `${t("calc.interest.amount")}${paren(t("unit.yuan"))}`,
                        render: (_, field) => (
                          <Form.Item name={[field.name, "amount"]} rules={amountRules} style={{ margin: 0 }}>
                            <AmountInput
                              placeholder="1,000,000.00"
                              data-testid={`event-amount-${field.name}`}
                            />
                          </Form.Item>
                        ),
                      },
                      {
                        key: "remove",
                        width: 48,
                        render: (_, field) => (
                          <Button
                            type="text"
                            icon={<DeleteOutlined />}
                            disabled={fields.length <= 1}
                            onClick={() => remove(field.name)}
                            aria-label={t("common.remove")}
                          />
                        ),
                      },
                    ]}
                  />
                  <Form.ErrorList errors={errors} />
                  <Button
                    type="dashed"
                    block
                    icon={<PlusOutlined />}
                    style={{ margin: "8px 0 16px" }}
                    onClick={() => add({ date: null, type: "repayment", amount: "" })}
                    data-testid="interest-subsidy-add-event"
                  >
                    {t("calc.interest.addEvent")}
                  </Button>
                </>
              )}
            </Form.List>
            <Row gutter={16}>
              <Col xs={24} md={7}>
                <Form.Item
                  name="rate"
                  label={t("calc.interest.rate")}
                  tooltip={t("calc.interest.rateHint")}
                  rules={[
                    { required: true, message: t("form.required") },
                    { pattern: RATE_PATTERN, message: t("form.ratePattern") },
                  ]}
                >
                  <PercentInput data-testid="interest-subsidy-rate" />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="dayCount" label={t("calc.interest.dayCount")}>
                  <Radio.Group
                    optionType="button"
                    style={{ whiteSpace: "nowrap" }}
                    options={[
                      { value: "ACT/360", label: "ACT/360" },
                      { value: "ACT/365", label: "ACT/365" },
                    ]}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={9}>
                <Form.Item
                  name="interestPaid"
                  label={t("calc.interest.interestPaid")}
                  tooltip={t("calc.interest.interestPaidHint")}
                  rules={[{ pattern: YUAN_PATTERN, message: t("form.yuanPattern") }]}
                >
                  <AmountInput
                    placeholder={t("calc.interest.noCap")}
                    suffix={t("unit.yuan")}
                    data-testid="interest-subsidy-paid"
                  />
                </Form.Item>
              </Col>
            </Row>
            {problem && (
              <ProblemAlert
                error={problem.error}
                fieldErrors={problem.leftover}
                testId="interest-subsidy-error"
              />
            )}
            <Flex gap={8}>
              <Button
                type="primary"
                htmlType="submit"
                icon={<CalculatorOutlined />}
                loading={compute.isPending}
                data-testid="interest-subsidy-compute"
              >
                {t("calc.compute")}
              </Button>
              <Button
                onClick={() => {
                  form.setFieldsValue(SEED_EXAMPLE);
                  setComputed(null);
                  setProblem(null);
                }}
              >
                {t("calc.interest.loadExample")}
              </Button>
            </Flex>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t("calc.result")} style={{ marginBottom: 16 }}>
          {computed ? (
            <InterestResult computed={computed} />
          ) : (
            <Typography.Text type="secondary">{t("calc.interest.resultHint")}</Typography.Text>
          )}
        </Card>
      </Col>
    </Row>
  );
}

function InterestResult({ computed }: { computed: Computed }) {
  const { t } = useI18n();
  const { result, rate, basis } = computed;
  const percent = rateAsPercent(rate);
  return (
    <>
      <Typography.Text type="secondary">{t("calc.interest.subsidy")}</Typography.Text>
      <div style={{ marginBottom: 12 }}>
        <span className="subsidy-result" data-testid="interest-subsidy-result">
          {formatYuan(result.subsidy)}
        </span>{" "}
        <Typography.Text>{t("unit.yuan")}</Typography.Text>
        {result.capped && (
          <Tag color="orange" style={{ marginLeft: 12 }} data-testid="interest-subsidy-capped">
            {t("calc.interest.capped")}
          </Tag>
        )}
      </div>
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 16 }}
        items={[
          {
            key: "uncapped",
            label: t("calc.interest.uncapped"),
            children: (
              <span className="money" data-testid="interest-subsidy-uncapped">
                {formatYuan(result.uncapped)} {t("unit.yuan")}
              </span>
            ),
          },
          {
            key: "capped",
            label: t("calc.interest.cappedLabel"),
            children: result.capped ? t("calc.interest.cappedYes") : t("calc.interest.cappedNo"),
          },
          { key: "rule", label: t("calc.interest.rule"), children: t("calc.interest.ruleText", { basis }) },
        ]}
      />
      <Typography.Title level={5}>{t("calc.interest.working")}</Typography.Title>
      <Typography.Paragraph type="secondary" data-testid="interest-subsidy-formula">
        {t("calc.interest.formula", { basis })}
      </Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey={(period) => `${period.from}-${period.to}`}
        dataSource={result.periods}
        data-testid="interest-subsidy-periods"
        columns={[
          { key: "from", title: t("calc.interest.from"), dataIndex: "from", width: 104 },
          { key: "to", title: t("calc.interest.to"), dataIndex: "to", width: 104 },
          { key: "days", title: t("calc.interest.days"), dataIndex: "days", align: "right", width: 56 },
          {
            key: "principal",
            title: t("calc.interest.principal"),
            dataIndex: "principal",
            align: "right",
            render: (value: string) => <span className="money">{formatYuan(value)}</span>,
          },
          {
            key: "amount",
            title: t("calc.interest.periodAmount"),
            dataIndex: "amount",
            align: "right",
            render: (value: string) => <span className="money">{formatYuan(value)}</span>,
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={4}>
              <Typography.Text strong>{t("calc.interest.total")}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <Typography.Text strong className="money">
                {formatYuan(result.uncapped)}
              </Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      {/* Each line is this period's share of the total rounded once, hence "≈" (ADR 007). */}
      <div style={{ marginTop: 12 }}>
        {result.periods.map((period) => (
          <div
            key={`${period.from}-${period.to}`}
            className="money"
            style={{ fontSize: 13, color: "#595959" }}
          >
            {formatYuan(period.principal)} × {percent} × {period.days} / {basis} ≈ {formatYuan(period.amount)}
          </div>
        ))}
      </div>
    </>
  );
}
