import { Tag } from "antd";
import { useI18n } from "../../../shared/i18n";
import type { ClaimStatus } from "../api/interest-subsidy";

const CLAIM_COLOURS: Record<ClaimStatus, string> = {
  SUBMITTED: "blue",
  ACCOUNTING: "default",
  IN_REVIEW: "processing",
  RETURNED: "orange",
  PAID: "success",
  WITHDRAWN: "default",
};

/** A claim's status; its own module, as the workbench shows it without the loan table's workings. */
export function ClaimStatusTag({ status, testId }: { status: ClaimStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={CLAIM_COLOURS[status]} data-status={status} data-testid={testId}>
      {t(`subsidy.claimStatus.${status}`)}
    </Tag>
  );
}
