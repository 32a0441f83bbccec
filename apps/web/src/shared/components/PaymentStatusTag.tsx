import type { PaymentStatus } from "@chanrong/domain";
import { Tag } from "antd";
import { useI18n } from "../i18n";

const COLOURS: Record<PaymentStatus, string> = {
  DRAFT: "default",
  IN_REVIEW: "processing",
  AWAITING_APPROVAL: "purple",
  APPROVED: "cyan",
  PAYING: "blue",
  PAID: "success",
  RETURNED: "orange",
  CANCELLED: "default",
};

/** Where a payment out of the fund stands in the review chain. */
export function PaymentStatusTag({ status, testId }: { status: PaymentStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={COLOURS[status]} data-testid={testId} data-status={status}>
      {t(`paymentStatus.${status}`)}
    </Tag>
  );
}
