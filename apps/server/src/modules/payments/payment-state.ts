import type { PaymentReviewState, PaymentState, PaymentStatus } from "@chanrong/domain";
import { AppError } from "../../platform/errors";
import type { AccountRef } from "../ledger/ledger.service";
import type { LineToPay, PaymentRow } from "./payments.repository";

// What the payment services share: a row read as the workflow's state, the line's payable, and the
// refusal of a step taken on a payment that changed since it was read.

export function stateOf(row: PaymentRow): PaymentState {
  return {
    status: row.status as PaymentStatus,
    financeReview: row.financeReview as PaymentReviewState,
    industryReview: row.industryReview as PaymentReviewState,
  };
}

export function staleVersion(): AppError {
  return new AppError(
    "conflict",
    { zh: "支付申请已被他人处理,请刷新后重试", en: "Stale version: reload and retry" },
    [{ field: "version", rule: "stale-version", message: { zh: "版本已过期", en: "Version is stale" } }],
  );
}

/** The account the fund owes a line's beneficiary on. */
export function beneficiaryRef(line: LineToPay): AccountRef {
  const name = line.beneficiaryName;
  return {
    kind: "PAYABLE",
    beneficiary: line.beneficiaryOrgId
      ? { orgId: line.beneficiaryOrgId, name }
      : { enterpriseId: line.beneficiaryEnterpriseId ?? "", name },
  };
}
