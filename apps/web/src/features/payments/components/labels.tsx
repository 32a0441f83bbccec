import { PAYMENT_HISTORY_TERMS } from "@chanrong/domain";
import { Tag } from "antd";
import { useI18n } from "../../../shared/i18n";
import type { PaymentHistoryEntry, PaymentKind, PaymentReviewState } from "../api/payments";

type T = ReturnType<typeof useI18n>["t"];

export const paymentKindLabel = (t: T, kind: PaymentKind) => t(`fundPayment.kind.${kind}`);

/** The contract types a history entry's action as any string: one the web has no term for shows as it is. */
const isHistoryAction = (action: string): action is keyof typeof PAYMENT_HISTORY_TERMS =>
  Object.hasOwn(PAYMENT_HISTORY_TERMS, action);

export const paymentActionLabel = (t: T, action: PaymentHistoryEntry["action"]) =>
  isHistoryAction(action) ? t(`fundPayment.action.${action}`) : action;

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
