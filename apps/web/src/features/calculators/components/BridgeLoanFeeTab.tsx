import { CalculatorOutlined } from "@ant-design/icons";
import { ENTERPRISE_TAGS, OWNERSHIP_TYPES, SIZE_CLASSES } from "@chanrong/domain";
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
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
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, formatYuan, rateAsPercent, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { type BridgeLoanFeeRequest, type BridgeLoanFeeResult, useBridgeLoanFee } from "../api/calculators";

interface FormValues {
  amount: string;
  paid: [Dayjs, Dayjs];
  sizeClass: BridgeLoanFeeRequest["sizeClass"];
  ownership: NonNullable<BridgeLoanFeeRequest["ownership"]>;
  tags: NonNullable<BridgeLoanFeeRequest["tags"]>;
}

/** The recognitions that change a bridge loan: the 专精特新 waiver and the 双百 ceiling. */
const BRIDGE_TAGS = ENTERPRISE_TAGS.filter((tag) =>
  ["LITTLE_GIANT", "SRDI_PROVINCE", "SRDI_CITY", "DOUBLE_HUNDRED"].includes(tag.code),
);

const EXAMPLE: FormValues = {
  amount: "10000000.00",
  paid: [dayjs("2026-09-24"), dayjs("2026-10-09")],
  sizeClass: "SMALL",
  ownership: "PRIVATE",
  tags: [],
};

/** 应急转贷 (seed 004 §四(二)): the usage fee with its working, the ceiling and the last day of use. */
export function BridgeLoanFeeTab() {
  const { t, locale, paren } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const compute = useBridgeLoanFee();
  const [result, setResult] = useState<BridgeLoanFeeResult | null>(null);
  const [problem, setProblem] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);

  const submit = async (values: FormValues) => {
    setProblem(null);
    try {
      setResult(
        await compute.mutateAsync({
          amount: values.amount.trim(),
          paidOn: values.paid[0].format(DATE_FORMAT),
          returnedOn: values.paid[1].format(DATE_FORMAT),
          sizeClass: values.sizeClass,
          ownership: values.ownership,
          tags: values.tags,
        }),
      );
    } catch (error) {
      setResult(null);
      const leftover = applyServerErrors(form, error, ["amount", "sizeClass", "ownership", "tags"]);
      if (leftover.length || !(error instanceof ApiError) || error.fieldErrors.length === 0) {
        setProblem({ error, leftover });
      }
    }
  };

  const options = (list: readonly { code: string; zh: string; en: string }[]) =>
    list.map((entry) => ({ value: entry.code, label: entry[locale] }));

  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        <Card title={t("calc.bridge.inputTitle")} style={{ marginBottom: 16 }}>
          <Form<FormValues>
            form={form}
            layout="vertical"
            initialValues={EXAMPLE}
            onFinish={submit}
            data-testid="bridge-fee-form"
          >
            <Form.Item
              name="amount"
              label={`${t("calc.bridge.amount")}${paren(t("unit.yuan"))}`}
              rules={[
                { required: true, message: t("form.required") },
                { pattern: YUAN_PATTERN, message: t("form.yuanPattern") },
              ]}
            >
              <AmountInput data-testid="bridge-fee-amount" />
            </Form.Item>
            <Form.Item
              name="paid"
              label={t("calc.bridge.period")}
              tooltip={t("calc.bridge.periodHint")}
              rules={[{ required: true, message: t("form.required") }]}
            >
              <DatePicker.RangePicker
                format={DATE_FORMAT}
                style={{ width: "100%" }}
                data-testid="bridge-fee-period"
              />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="sizeClass" label={t("calc.bridge.sizeClass")}>
                  <Select options={options(SIZE_CLASSES)} data-testid="bridge-fee-size" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="ownership" label={t("calc.bridge.ownership")}>
                  <Select options={options(OWNERSHIP_TYPES)} data-testid="bridge-fee-ownership" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="tags" label={t("calc.bridge.tags")} tooltip={t("calc.bridge.tagsHint")}>
              <Select
                mode="multiple"
                allowClear
                optionFilterProp="label"
                options={options(BRIDGE_TAGS)}
                data-testid="bridge-fee-tags"
              />
            </Form.Item>
            {problem && (
              <ProblemAlert error={problem.error} fieldErrors={problem.leftover} testId="bridge-fee-error" />
            )}
            <Button
              type="primary"
              htmlType="submit"
              icon={<CalculatorOutlined />}
              loading={compute.isPending}
              data-testid="bridge-fee-compute"
            >
              {t("calc.compute")}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title={t("calc.result")} style={{ marginBottom: 16 }}>
          {result ? (
            <BridgeFeeResult result={result} />
          ) : (
            <Typography.Text type="secondary">{t("calc.resultHint")}</Typography.Text>
          )}
        </Card>
      </Col>
    </Row>
  );
}

function BridgeFeeResult({ result }: { result: BridgeLoanFeeResult }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Text type="secondary">{t("calc.bridge.fee")}</Typography.Text>
      <div style={{ marginBottom: 12 }}>
        <span className="subsidy-result" data-testid="bridge-fee-result">
          {formatYuan(result.fee)}
        </span>{" "}
        <Typography.Text>{t("unit.yuan")}</Typography.Text>
        {result.waived && (
          <Tag color="green" style={{ marginLeft: 12 }}>
            {t("calc.bridge.waivedTag")}
          </Tag>
        )}
      </div>
      {result.waived && (
        <Alert type="success" showIcon message={result.waived} style={{ marginBottom: 12 }} />
      )}
      {!result.withinCeiling && (
        <Alert
          type="warning"
          showIcon
          data-testid="bridge-fee-over-ceiling"
          message={t("calc.bridge.overCeiling", { ceiling: formatYuan(result.ceiling.amount) })}
          style={{ marginBottom: 12 }}
        />
      )}
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 16 }}
        items={[
          { key: "days", label: t("calc.bridge.days"), children: result.days },
          { key: "rate", label: t("calc.bridge.dailyRate"), children: rateAsPercent(result.dailyRate) },
          {
            key: "ceiling",
            label: t("calc.bridge.ceiling"),
            children: `${formatYuan(result.ceiling.amount)} ${t("unit.yuan")}(${result.ceiling.reason})`,
          },
          {
            key: "due",
            label: t("calc.bridge.returnDue"),
            children: result.returnDue ?? t("calc.bridge.returnDueUnknown"),
          },
          { key: "rule", label: t("calc.interest.rule"), children: t("calc.bridge.ruleText") },
        ]}
      />
      <BridgeFeePeriodsTable periods={result.periods} />
    </>
  );
}

/** The fee's runs of days at one rate, as the working lists them (the calculator and the bridge loans). */
export function BridgeFeePeriodsTable({ periods }: { periods: BridgeLoanFeeResult["periods"] }) {
  const { t } = useI18n();
  if (periods.length === 0) return null;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="from"
      dataSource={periods}
      data-testid="bridge-fee-periods"
      columns={[
        { key: "from", title: t("calc.interest.from"), dataIndex: "from" },
        { key: "to", title: t("calc.bridge.lastDay"), dataIndex: "to" },
        { key: "days", title: t("calc.interest.days"), dataIndex: "days", align: "right" },
        {
          key: "rate",
          title: t("calc.bridge.dailyRate"),
          align: "right",
          render: (_, period) => rateAsPercent(period.dailyRate),
        },
        {
          key: "reduction",
          title: t("calc.bridge.reduction"),
          render: (_, period) => (period.reduction ? rateAsPercent(period.reduction) : "—"),
        },
        {
          key: "amount",
          title: t("calc.bridge.periodAmount"),
          align: "right",
          render: (_, period) => <span className="money">{period.amount}</span>,
        },
      ]}
    />
  );
}
