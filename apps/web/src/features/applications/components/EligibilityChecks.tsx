import { CheckCircleFilled, CloseCircleFilled } from "@ant-design/icons";
import { type EligibilityRule, HARD_ELIGIBILITY_RULES } from "@chanrong/domain";
import { Flex, Tag, Typography } from "antd";
import { useI18n } from "../../../shared/i18n";

interface Check {
  rule: EligibilityRule;
  passed: boolean;
  reason: string;
}

/**
 * Each eligibility rule with its verdict and reason; a failed one says whether it is a ceiling (refuses)
 * or the bureau may recommend over it with a reason. `testId` prefixes the test ids of the result, its
 * verdict and each rule.
 */
export function EligibilityChecks({
  eligible,
  checks,
  testId,
}: {
  eligible: boolean;
  checks: readonly Check[];
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <div data-testid={`${testId}-result`} data-eligible={String(eligible)}>
      <Tag
        color={eligible ? "green" : "orange"}
        data-testid={`${testId}-verdict`}
        style={{ marginBottom: 12 }}
      >
        {eligible ? t("application.eligible") : t("application.notEligible")}
      </Tag>
      <Flex vertical gap={6}>
        {checks.map((check) => (
          <Flex
            key={check.rule}
            gap={8}
            align="flex-start"
            data-testid={`${testId}-${check.rule}`}
            data-passed={String(check.passed)}
          >
            {check.passed ? (
              <CheckCircleFilled style={{ color: "#52c41a", marginTop: 4 }} />
            ) : (
              <CloseCircleFilled style={{ color: "#ff4d4f", marginTop: 4 }} />
            )}
            <Typography.Text type={check.passed ? undefined : "danger"}>
              <Typography.Text strong type={check.passed ? undefined : "danger"}>
                {t(`eligibility.rule.${check.rule}`)}
              </Typography.Text>
              :{check.reason}
              {!check.passed && (
                <Tag style={{ marginInlineStart: 8 }} color={isHard(check.rule) ? "red" : "gold"}>
                  {isHard(check.rule) ? t("application.hardRule") : t("application.softRule")}
                </Tag>
              )}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </div>
  );
}

const isHard = (rule: EligibilityRule) => HARD_ELIGIBILITY_RULES.includes(rule);
