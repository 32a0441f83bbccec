import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Row,
  Select,
  Space,
} from "antd";
import type { Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import type { FieldError } from "../../../shared/api/client";
import { useBanks } from "../../../shared/api/reference";
import { AmountInput } from "../../../shared/components/AmountInput";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, formatYuan, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { type BridgeQuote, useBridgeFunds, useQuote, useRequestBridgeLoan } from "../api/bridgeLoans";
import { BridgeFeeWorkingView } from "../components/BridgeFeeWorkingView";

interface FormValues {
  fundId: string;
  bankOrgId: string;
  contractNo: string;
  maturityDate: Dayjs;
  maturingAmount: string;
  amount: string;
}

/** 申请应急转贷: the maturing loan, the amount, and the ceiling with its reason and the fee before sending. */
export function BridgeLoanRequestPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const funds = useBridgeFunds();
  const banks = useBanks();
  const quote = useQuote();
  const submit = useRequestBridgeLoan();
  const [quoted, setQuoted] = useState<BridgeQuote | null>(null);
  const [problem, setProblem] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);
  const firstFund = funds.data?.[0]?.id;
  // The region has one bridge fund as a rule: chosen for the enterprise once the list arrives.
  useEffect(() => {
    if (firstFund && !form.getFieldValue("fundId")) form.setFieldValue("fundId", firstFund);
  }, [firstFund, form]);

  const check = async () => {
    const { fundId, amount } = await form.validateFields(["fundId", "amount"]);
    setQuoted(await quote.mutateAsync({ fundId, amount }));
  };
  const send = async (values: FormValues) => {
    setProblem(null);
    try {
      await submit.mutateAsync({ ...values, maturityDate: values.maturityDate.format(DATE_FORMAT) });
      message.success(t("bridge.submitted"));
      navigate("/bridge-loans");
    } catch (error) {
      setProblem({ error, leftover: applyServerErrors(form, error, Object.keys(values)) });
    }
  };

  return (
    <>
      <PageHeader title={t("bridge.request.title")} subtitle={t("bridge.request.subtitle")} />
      <ProblemAlert error={funds.error ?? quote.error ?? problem?.error} fieldErrors={problem?.leftover} />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card>
            <Form form={form} layout="vertical" onFinish={send}>
              <Form.Item name="fundId" label={t("bridge.fund")} rules={[{ required: true }]}>
                <Select
                  data-testid="bridge-fund"
                  options={(funds.data ?? []).map((fund) => ({ value: fund.id, label: fund.name }))}
                />
              </Form.Item>
              <Form.Item name="bankOrgId" label={t("bridge.bank")} rules={[{ required: true }]}>
                <Select
                  data-testid="bridge-bank"
                  showSearch
                  optionFilterProp="label"
                  options={(banks.data ?? [])
                    .filter((bank) => bank.type === "BANK")
                    .map((bank) => ({ value: bank.id, label: bank.name }))}
                />
              </Form.Item>
              <Form.Item
                name="contractNo"
                label={t("bridge.contractNo")}
                rules={[{ required: true, min: 2 }]}
              >
                <Input data-testid="bridge-contract" />
              </Form.Item>
              <Form.Item name="maturityDate" label={t("bridge.maturityDate")} rules={[{ required: true }]}>
                <DatePicker data-testid="bridge-maturity" format={DATE_FORMAT} />
              </Form.Item>
              <Form.Item
                name="maturingAmount"
                label={t("bridge.maturingAmount")}
                rules={[{ required: true, pattern: YUAN_PATTERN }]}
              >
                <AmountInput data-testid="bridge-maturing-amount" />
              </Form.Item>
              <Form.Item
                name="amount"
                label={t("bridge.amount")}
                rules={[{ required: true, pattern: YUAN_PATTERN }]}
              >
                <AmountInput data-testid="bridge-amount" />
              </Form.Item>
              <Space>
                <Button onClick={() => void check()} loading={quote.isPending} data-testid="bridge-quote">
                  {t("bridge.quote")}
                </Button>
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={submit.isPending}
                  data-testid="bridge-submit"
                >
                  {t("bridge.submit")}
                </Button>
              </Space>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          {quoted && (
            <Card data-testid="bridge-quote-result">
              {!quoted.withinCeiling && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 12 }}
                  message={t("bridge.overCeiling", { ceiling: formatYuan(quoted.ceiling.amount) })}
                />
              )}
              <Descriptions
                size="small"
                column={1}
                bordered
                style={{ marginBottom: 16 }}
                items={[
                  {
                    key: "ceiling",
                    label: t("bridge.ceiling"),
                    children: (
                      <span data-testid="bridge-ceiling">
                        {formatYuan(quoted.ceiling.amount)} {t("unit.yuan")}({quoted.ceiling.reason})
                      </span>
                    ),
                  },
                  { key: "due", label: t("bridge.returnDue"), children: quoted.returnDue ?? "—" },
                ]}
              />
              <BridgeFeeWorkingView
                working={quoted.feeWorking}
                title={t("bridge.feePreview", { due: quoted.returnDue ?? "—" })}
              />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
