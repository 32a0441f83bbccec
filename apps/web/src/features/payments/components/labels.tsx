import { Tag } from "antd";
import { useI18n } from "../../../shared/i18n";
import type { PaymentHistoryEntry, PaymentKind, PaymentReviewState } from "../api/payments";

type T = ReturnType<typeof useI18n>["t"];

export const paymentKindLabel = (t: T, kind: PaymentKind) => t(`fundPayment.kind.${kind}`);

export const paymentActionLabel = (t: T, action: PaymentHistoryEntry["action"]) =>
  t(`fundPayment.action.${action}`);

const REVIEW_COLOURS: Record<PaymentReviewState, string> = {
  NOT_STARTED: "default",
  PENDING: "processing",
  APPROVED: "green",
  REJECTED: "red",
};

/** One bureau's review of a payment: 财政局: 审核中. */
export function PaymentReviewTag({
  prefix,
  state,
  testId,
}: {
  prefix: string;
  state: PaymentReviewState;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <Tag color={REVIEW_COLOURS[state]} data-testid={testId} data-state={state}>
      {prefix}: {t(`fundPayment.review.${state}`)}
    </Tag>
  );
}
