import {
  INCENTIVE_BASE_TERMS,
  type IncentiveBase,
  LISTING_REWARD_STAGE_TERMS,
  type Term,
} from "@chanrong/domain";
import { Descriptions, List, Tag, Typography } from "antd";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import type { IncentiveWorking, Preview } from "../api/incentives";

/** As a payment line keeps it: the working with the policy's version and each rule as it was judged. */
type StoredWorking = IncentiveWorking & {
  policyVersion?: number;
  rules?: { rule: Preview["rules"][number]["rule"]; met: boolean; reason: Term }[];
};

/** A reward's computation as reviewers and the applicant read it: formula, each cap in turn, the result. */
export function IncentiveWorkingView({ working }: { working: StoredWorking }) {
  const { t, label } = useI18n();
  return (
    <div data-testid="line-working" data-kind="incentive">
      {working.rules && (
        <IncentiveRules rules={working.rules.map((rule) => ({ ...rule, reason: label(rule.reason) }))} />
      )}
      <Descriptions size="small" column={1} style={{ maxWidth: 860 }}>
        {working.base && (
          <Descriptions.Item label={label(INCENTIVE_BASE_TERMS[working.base.kind as IncentiveBase])}>
            <span className="money">{formatYuan(working.base.amount)}</span> × {working.rate}
          </Descriptions.Item>
        )}
        {working.stages?.map((stage) => (
          <Descriptions.Item key={stage.stage} label={label(LISTING_REWARD_STAGE_TERMS[stage.stage])}>
            <span className="money">{formatYuan(stage.amount)}</span>
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t("incentives.uncapped")}>
          <span className="money" data-testid="working-uncapped">
            {formatYuan(working.uncapped)}
          </span>
        </Descriptions.Item>
        {working.caps.map((step) => (
          <Descriptions.Item key={step.cap} label={t(`incentives.cap.${step.cap}`)}>
            <span data-testid={`working-cap-${step.cap}`}>
              {t("incentives.capStep", {
                limit: formatYuan(step.limit),
                used: formatYuan(step.used),
                remaining: formatYuan(step.remaining),
              })}
            </span>{" "}
            <Tag color={step.applied ? "orange" : "green"}>
              {step.applied ? t("incentives.capApplied") : t("incentives.capNotApplied")}
            </Tag>
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t("incentives.result")}>
          <Typography.Text strong className="money" data-testid="working-amount">
            {formatYuan(working.amount)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t("working.rounding")}>{t("incentives.rounding")}</Descriptions.Item>
      </Descriptions>
    </div>
  );
}

/** Each rule met or missed, with the reason the server gave. */
export function IncentiveRules({ rules }: { rules: Preview["rules"] }) {
  const { t } = useI18n();
  return (
    <List
      size="small"
      dataSource={rules}
      data-testid="incentive-rules"
      renderItem={(rule) => (
        <List.Item data-testid={`rule-${rule.rule}`} data-met={String(rule.met)}>
          <Tag color={rule.met ? "green" : "red"}>
            {rule.met ? t("incentives.met") : t("incentives.missed")}
          </Tag>
          {rule.reason}
        </List.Item>
      )}
    />
  );
}

/** The contract types a payment line's working as unknown: an incentive's has caps and a formula kind. */
export const isIncentiveWorking = (working: unknown): working is StoredWorking =>
  typeof working === "object" &&
  working !== null &&
  "caps" in working &&
  Array.isArray((working as { caps: unknown }).caps) &&
  "formula" in working;
