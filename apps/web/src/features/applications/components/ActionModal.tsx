import { HARD_ELIGIBILITY_RULES, MAX_ANNUAL_RATE_DECIMALS } from "@chanrong/domain";
import {
  Alert,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  Modal,
  Radio,
  Row,
  Spin,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useBusinessDate } from "../../../app/session";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { AmountInput } from "../../../shared/components/AmountInput";
import { PercentInput } from "../../../shared/components/PercentInput";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, RATE_PATTERN, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import {
  type ActionInput,
  type ApplicationAction,
  type ApplicationDetail,
  type ContractKind,
  type ReviewParty,
  useApplicationAction,
  useCurrentEligibility,
} from "../api/applications";
import { actionLabel } from "./labels";

const KINDS: ContractKind[] = ["LOAN", "ENTRUSTED_GUARANTEE", "COUNTER_GUARANTEE", "SURETY"];

type Need = "opinion" | "reason" | "target" | "contracts" | "disbursement" | "none";

/** What the modal asks for, per action (the domain's `requires`, plus a reason for a withdrawal). */
export function needOf(action: ApplicationAction): Need {
  if (action === "record-contracts") return "contracts";
  if (action === "disburse") return "disbursement";
  if (action === "provide-materials") return "target";
  if (action === "withdraw" || action.endsWith("reject") || action === "reject-recommendation")
    return "reason";
  if (action === "recommend" || action.endsWith("-approve") || action.endsWith("-request-materials"))
    return "opinion";
  return "none";
}

export const isDangerAction = (action: ApplicationAction) => needOf(action) === "reason";

interface ContractValues {
  number: string;
  date: Dayjs | null;
  amount: string;
  parties: string;
  annualRate?: string;
}

interface Values {
  opinion?: string;
  reason?: string;
  target?: ReviewParty;
  contracts?: ContractValues[];
  disbursement?: { date: Dayjs | null; amount: string };
  acknowledged?: boolean;
  acknowledgementReason?: string;
}

const splitParties = (text: string) =>
  text
    .split(/[、,，;；\n]/)
    .map((party) => party.trim())
    .filter(Boolean);

function defaultParties(kind: ContractKind, detail: ApplicationDetail): string {
  const enterprise = detail.enterprise.name ?? "";
  const bank = detail.bank.name ?? "";
  const guarantor = detail.guarantor.name ?? "";
  switch (kind) {
    case "LOAN":
      return `${bank}、${enterprise}`;
    case "ENTRUSTED_GUARANTEE":
      return `${guarantor}、${enterprise}`;
    case "COUNTER_GUARANTEE":
      return `${guarantor}、${enterprise}`;
    case "SURETY":
      return `${guarantor}、${bank}`;
  }
}

export function ActionModal({
  action,
  detail,
  onClose,
  onReload,
}: {
  action: ApplicationAction;
  detail: ApplicationDetail;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const today = useBusinessDate();
  const [form] = Form.useForm<Values>();
  const mutation = useApplicationAction(detail.id);
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const need = needOf(action);
  // A 409 means "reload" unless it is the programme's ceiling, which a reload does not lift.
  const stale =
    mutation.error instanceof ApiError &&
    mutation.error.status === 409 &&
    !mutation.error.fieldErrors.some((error) =>
      (HARD_ELIGIBILITY_RULES as readonly string[]).includes(error.rule),
    );
  const targets: ReviewParty[] = (["bank", "guarantor"] as const).filter(
    (party) => (party === "bank" ? detail.bankReview : detail.guarantorReview) === "MATERIALS_REQUESTED",
  );
  // Before recommending, the bureau sees every rule that fails today: a ceiling refuses, any other
  // it must acknowledge with a reason (ADR 017).
  const eligibility = useCurrentEligibility(detail.id, action === "recommend");
  const failed = eligibility.data?.checks.filter((check) => !check.passed) ?? [];
  const hardFailed = failed.filter((check) => check.hard);
  const softFailed = failed.filter((check) => !check.hard);

  const onFinish = async (values: Values) => {
    setLeftover([]);
    const input: ActionInput = { action, version: detail.version };
    if (need === "opinion") input.opinion = values.opinion?.trim();
    if (need === "reason") input.reason = values.reason?.trim();
    if (need === "target") input.target = values.target;
    if (action === "recommend" && softFailed.length > 0) {
      input.acknowledgement = {
        rules: softFailed.map((check) => check.rule),
        reason: values.acknowledgementReason?.trim() ?? "",
      };
    }
    if (need === "contracts") {
      input.contracts = KINDS.map((kind, index) => {
        const contract = values.contracts?.[index];
        return {
          kind,
          number: contract?.number?.trim() ?? "",
          date: contract?.date ? contract.date.format(DATE_FORMAT) : "",
          amount: contract?.amount?.trim() ?? "",
          parties: splitParties(contract?.parties ?? ""),
          ...(contract?.annualRate?.trim() && { annualRate: contract.annualRate.trim() }),
        };
      });
    }
    if (need === "disbursement") {
      input.disbursement = {
        date: values.disbursement?.date ? values.disbursement.date.format(DATE_FORMAT) : "",
        amount: values.disbursement?.amount?.trim() ?? "",
      };
    }
    try {
      await mutation.mutateAsync(input);
      onClose();
    } catch (error) {
      setLeftover(
        applyServerErrors(form, error, ["opinion", "reason", "target", "contracts", "disbursement"]),
      );
      // The rules may have changed since the modal opened (another loan went live, a list changed).
      if (action === "recommend") eligibility.refetch();
    }
  };

  const requiredText = [{ required: true, whitespace: true, message: t("application.required") }];

  return (
    <Modal
      open
      title={actionLabel(t, action)}
      onCancel={onClose}
      width={need === "contracts" ? 960 : 560}
      okText={t("common.confirm")}
      cancelText={t("common.cancel")}
      okButtonProps={{
        danger: isDangerAction(action),
        loading: mutation.isPending,
        disabled: stale || (action === "recommend" && (!eligibility.data || hardFailed.length > 0)),
        "data-testid": "action-modal-submit",
      }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <div data-testid="action-modal" data-action={action}>
        {stale ? (
          <Alert
            type="warning"
            showIcon
            data-testid="action-stale"
            style={{ marginBottom: 16 }}
            title={t("application.stale")}
            action={
              <Button size="small" onClick={onReload} data-testid="action-reload">
                {t("application.reload")}
              </Button>
            }
          />
        ) : (
          mutation.isError && (
            <ProblemAlert error={mutation.error} fieldErrors={leftover} testId="action-error" />
          )
        )}
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={{
            target: targets[0],
            contracts: KINDS.map((kind) => ({
              number: "",
              date: dayjs(today),
              amount: detail.amount,
              parties: defaultParties(kind, detail),
            })),
            // The loan contract's amount is what is usually disbursed at once.
            disbursement: {
              date: dayjs(today),
              amount: detail.contracts.find((contract) => contract.kind === "LOAN")?.amount ?? detail.amount,
            },
          }}
        >
          {need === "none" && (
            <Typography.Paragraph data-testid="action-confirm">
              {t("application.confirmAction", { action: actionLabel(t, action) })}
            </Typography.Paragraph>
          )}
          {action === "recommend" && (
            <div data-testid="recommend-eligibility" style={{ marginBottom: 16 }}>
              {eligibility.isPending ? (
                <Spin />
              ) : eligibility.isError ? (
                <ProblemAlert error={eligibility.error} testId="recommend-eligibility-error" />
              ) : failed.length === 0 ? (
                <Alert type="success" showIcon title={t("application.eligible")} />
              ) : (
                <Alert
                  type={hardFailed.length > 0 ? "error" : "warning"}
                  showIcon
                  data-testid={hardFailed.length > 0 ? "recommend-refused" : "recommend-unmet"}
                  title={t(
                    hardFailed.length > 0 ? "application.recommendRefused" : "application.recommendUnmet",
                  )}
                  description={
                    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                      {failed.map((check) => (
                        <li key={check.rule} data-testid={`recommend-failed-${check.rule}`}>
                          <Typography.Text strong>{t(`eligibility.rule.${check.rule}`)}</Typography.Text>
                          {check.hard && ` (${t("application.hardRule")})`}:{check.reason}
                        </li>
                      ))}
                    </ul>
                  }
                />
              )}
            </div>
          )}
          {action === "recommend" && hardFailed.length === 0 && softFailed.length > 0 && (
            <>
              <Form.Item
                name="acknowledged"
                valuePropName="checked"
                rules={[
                  {
                    validator: async (_, checked: boolean) => {
                      if (!checked) throw new Error(t("application.acknowledgeRequired"));
                    },
                  },
                ]}
              >
                <Checkbox data-testid="recommend-acknowledge">{t("application.acknowledge")}</Checkbox>
              </Form.Item>
              <Form.Item
                name="acknowledgementReason"
                label={t("application.acknowledgementReason")}
                rules={requiredText}
              >
                <Input.TextArea
                  rows={3}
                  maxLength={2000}
                  showCount
                  data-testid="recommend-acknowledge-reason"
                />
              </Form.Item>
            </>
          )}
          {need === "opinion" && (
            <Form.Item name="opinion" label={t("worklist.opinion")} rules={requiredText}>
              <Input.TextArea rows={4} maxLength={2000} showCount data-testid="action-opinion" />
            </Form.Item>
          )}
          {need === "reason" && (
            <Form.Item name="reason" label={t("worklist.reason")} rules={requiredText}>
              <Input.TextArea rows={4} maxLength={2000} showCount data-testid="action-reason" />
            </Form.Item>
          )}
          {need === "disbursement" && (
            <>
              <Typography.Paragraph type="secondary" data-testid="disbursement-hint">
                {t("application.disbursementHint")}
              </Typography.Paragraph>
              <Form.Item
                name={["disbursement", "date"]}
                label={t("application.disbursementDate")}
                rules={[{ required: true, message: t("application.required") }]}
              >
                <DatePicker
                  style={{ width: "100%" }}
                  format={DATE_FORMAT}
                  disabledDate={(day) => day.isAfter(dayjs(today), "day")}
                  data-testid="disbursement-date"
                />
              </Form.Item>
              <Form.Item
                name={["disbursement", "amount"]}
                label={t("application.disbursementAmount")}
                rules={[...requiredText, { pattern: YUAN_PATTERN, message: t("application.amountInvalid") }]}
              >
                <AmountInput data-testid="disbursement-amount" suffix={t("unit.yuan")} />
              </Form.Item>
            </>
          )}
          {need === "target" && (
            <Form.Item
              name="target"
              label={t("application.target")}
              rules={[{ required: true, message: t("application.required") }]}
            >
              <Radio.Group data-testid="action-target">
                {targets.map((party) => (
                  <Radio key={party} value={party} data-testid={`action-target-${party}`}>
                    {t(`reviewParty.${party}`)}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
          )}
          {need === "contracts" &&
            KINDS.map((kind, index) => (
              <div key={kind} data-testid={`contract-${kind}`}>
                <Typography.Title level={5} style={{ marginTop: index ? 8 : 0 }}>
                  {t(`contract.${kind}`)}
                </Typography.Title>
                <Row gutter={12}>
                  <Col xs={24} md={6}>
                    <Form.Item
                      name={["contracts", index, "number"]}
                      label={t("application.contractNumber")}
                      rules={requiredText}
                    >
                      <Input maxLength={60} data-testid={`contract-number-${kind}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={5}>
                    <Form.Item
                      name={["contracts", index, "date"]}
                      label={t("application.contractDate")}
                      rules={[{ required: true, message: t("application.required") }]}
                    >
                      <DatePicker
                        style={{ width: "100%" }}
                        format={DATE_FORMAT}
                        data-testid={`contract-date-${kind}`}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={5}>
                    <Form.Item
                      name={["contracts", index, "amount"]}
                      label={t("application.contractAmount")}
                      rules={[
                        ...requiredText,
                        { pattern: YUAN_PATTERN, message: t("application.amountInvalid") },
                      ]}
                    >
                      <AmountInput data-testid={`contract-amount-${kind}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={["contracts", index, "parties"]}
                      label={t("application.contractParties")}
                      tooltip={t("application.contractPartiesHint")}
                      rules={[
                        ...requiredText,
                        {
                          validator: async (_, value: string) => {
                            if (splitParties(value ?? "").length < 2)
                              throw new Error(t("application.partiesInvalid"));
                          },
                        },
                      ]}
                    >
                      <Input data-testid={`contract-parties-${kind}`} />
                    </Form.Item>
                  </Col>
                  {kind === "LOAN" && (
                    <Col xs={24} md={10}>
                      <Form.Item
                        name={["contracts", index, "annualRate"]}
                        label={t("application.contractAnnualRate")}
                        extra={t("application.contractAnnualRateHint")}
                        rules={[
                          { pattern: RATE_PATTERN, message: t("application.contractAnnualRateInvalid") },
                        ]}
                      >
                        <PercentInput
                          places={MAX_ANNUAL_RATE_DECIMALS}
                          data-testid="contract-annual-rate-LOAN"
                        />
                      </Form.Item>
                    </Col>
                  )}
                </Row>
              </div>
            ))}
        </Form>
      </div>
    </Modal>
  );
}
