import { addDays, checkIsoDate, type DateRange, yearOf } from "../dates";
import { DomainValidationError } from "../errors";
import type { PaymentStatus } from "../fund/payment-workflow";
import type { InterestSubsidyRule } from "../programmes/programme-config";
import type { Term } from "../vocabulary";
import type { LoanInterestSubsidy, SubsidyWorking } from "./working";

/**
 * Seed 002 art. 11(6): the enterprise applies for the interest subsidy of a settled loan with the
 * 贴息表 and its 借款凭证、结息凭证、还款凭证; the guarantor computes and checks it and sends it through
 * the fund's payment chain. The guarantor may also include a loan without an application (免申即享).
 */
export const INTEREST_SUBSIDY_VOUCHER_KINDS = [
  "LOAN_VOUCHER",
  "INTEREST_VOUCHER",
  "REPAYMENT_VOUCHER",
] as const;

export type InterestSubsidyVoucherKind = (typeof INTEREST_SUBSIDY_VOUCHER_KINDS)[number];

export const INTEREST_SUBSIDY_VOUCHER_LABELS: Readonly<Record<InterestSubsidyVoucherKind, string>> = {
  LOAN_VOUCHER: "借款凭证",
  INTEREST_VOUCHER: "结息凭证",
  REPAYMENT_VOUCHER: "还款凭证",
};

/** The vouchers of the seed's note that are not attached yet, in the note's order. */
export function missingVouchers(attachedKinds: readonly string[]): InterestSubsidyVoucherKind[] {
  return INTEREST_SUBSIDY_VOUCHER_KINDS.filter((kind) => !attachedKinds.includes(kind));
}

/** Refuses an application whose vouchers are incomplete, naming the missing ones. */
export function assertVouchersAttached(attachedKinds: readonly string[]): void {
  const missing = missingVouchers(attachedKinds);
  if (missing.length === 0) return;
  const names = missing.map((kind) => INTEREST_SUBSIDY_VOUCHER_LABELS[kind]).join("、");
  throw DomainValidationError.single(["vouchers"], "vouchers-required", {
    zh: `请先上传${names}`,
    en: `Attach the ${missing.join(", ")} first`,
  });
}

/** How every interest subsidy's subject begins: a query matches a loan's line by prefix and loan id. */
export const INTEREST_SUBSIDY_SUBJECT_PREFIX = "INTEREST_SUBSIDY:";

/** What a payment line of an interest subsidy pays for: one loan's subsidy, claimed or not, once. */
export function interestSubsidySubject(applicationId: string): string {
  return `${INTEREST_SUBSIDY_SUBJECT_PREFIX}${applicationId}`;
}

export const WINDOW_STATES = ["UPCOMING", "OPEN", "PASSED"] as const;

export type WindowState = (typeof WINDOW_STATES)[number];

/** Where `on` lies relative to the half-open application window. */
export function windowState(window: DateRange, on: string): WindowState {
  if (on < window.from) return "UPCOMING";
  return on < window.to ? "OPEN" : "PASSED";
}

/**
 * The settlement days whose application window (interestSubsidyApplicationWindow) is in `state` on
 * `on`, as a half-open range with null for an open end: the guarantor's list filters by window in SQL
 * with it instead of deriving every loan's window first.
 */
export function settledOnWithWindowState(
  rule: InterestSubsidyRule,
  state: WindowState,
  on: string,
): { from: string | null; to: string | null } {
  const issue = checkIsoDate(on, ["on"]);
  if (issue) throw new DomainValidationError([issue]);
  const year = yearOf(on);
  switch (rule.applicationWindow) {
    case "Q2-next-year": {
      // Settled in year Y: the window is Q2 of Y + 1. Still to come for every year from `upcoming` on,
      // closed for every year before `open`; open in between (one year, during Q2 only).
      const upcoming = on < `${year}-04-01` ? year - 1 : year;
      const open = on >= `${year}-07-01` ? year : year - 1;
      if (state === "UPCOMING") return { from: `${upcoming}-01-01`, to: null };
      if (state === "PASSED") return { from: null, to: `${open}-01-01` };
      return { from: `${open}-01-01`, to: `${upcoming}-01-01` };
    }
  }
}

/**
 * Whether a loan's interest subsidy can be paid now, with what to pay; or the rule it fails and a
 * sentence naming it.
 */
export type SubsidyPayability =
  | { payable: true; amountFen: bigint; working: SubsidyWorking }
  | {
      payable: false;
      rule: "not-eligible" | "outside-application-window" | "nothing-to-pay";
      reason: Term;
    };

/**
 * A loan's interest subsidy is payable on `on` (applied for by the enterprise, or put in a batch by
 * the guarantor) when it is eligible, within its application window and more than zero; otherwise
 * the first of these that fails decides. `window: false` skips the window, for a claim the enterprise
 * filed within it that the guarantor pays after it closed.
 */
export function interestSubsidyPayability(
  subsidy: LoanInterestSubsidy,
  on: string,
  { window = true }: { window?: boolean } = {},
): SubsidyPayability {
  if (!subsidy.eligible) return { payable: false, rule: "not-eligible", reason: subsidy.reason };
  if (window && windowState(subsidy.window, on) !== "OPEN") {
    return {
      payable: false,
      rule: "outside-application-window",
      // Both days inclusive, as people read a window; the range is half-open.
      reason: {
        zh: `贴息申请期为${subsidy.window.from}至${addDays(subsidy.window.to, -1)},今天是${on}`,
        en: "Outside the application window",
      },
    };
  }
  if (subsidy.amountFen <= 0n) {
    return {
      payable: false,
      rule: "nothing-to-pay",
      reason: { zh: "核定贴息金额为0", en: "The subsidy is zero" },
    };
  }
  return { payable: true, amountFen: subsidy.amountFen, working: subsidy.working };
}

/**
 * A claim as the enterprise and the reviewers see it. Only SUBMITTED and WITHDRAWN are stored; the
 * rest follow from the payment line the guarantor put it in and where that payment stands.
 */
export const CLAIM_STATUSES = [
  "SUBMITTED",
  "ACCOUNTING",
  "IN_REVIEW",
  "RETURNED",
  "PAID",
  "WITHDRAWN",
] as const;

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  SUBMITTED: "已提交",
  ACCOUNTING: "担保集团核算中",
  IN_REVIEW: "审核中",
  RETURNED: "已退回",
  PAID: "已拨付",
  WITHDRAWN: "已撤回",
};

export interface ClaimStatusInput {
  stored: "SUBMITTED" | "WITHDRAWN";
  /** The payment line the claim was put in, if any; a cancelled payment's lines are no longer live. */
  line: { live: boolean; paid: boolean } | null;
  paymentStatus: PaymentStatus | null;
}

export function claimStatus({ stored, line, paymentStatus }: ClaimStatusInput): ClaimStatus {
  if (stored === "WITHDRAWN") return "WITHDRAWN";
  // A cancelled payment hands the claim back to the guarantor to compute again.
  if (!line?.live || paymentStatus === null || paymentStatus === "CANCELLED") return "SUBMITTED";
  // Lines are paid one by one: a paid line is paid even while the rest of its run goes on.
  if (line.paid || paymentStatus === "PAID") return "PAID";
  switch (paymentStatus) {
    case "DRAFT":
      return "ACCOUNTING";
    case "RETURNED":
      return "RETURNED";
    default:
      return "IN_REVIEW";
  }
}

/** A claim may be withdrawn (and filed again) only while no live payment holds it. */
export function claimWithdrawable(status: ClaimStatus): boolean {
  return status === "SUBMITTED";
}

/**
 * The contractual end of a loan of `months` from `start` (起止日期): the same day `months` later, or
 * that month's last day when it has no such day (2025-01-31 + 1 → 2025-02-28).
 */
export function addMonths(start: string, months: number): string {
  const issue = checkIsoDate(start, ["start"]);
  if (issue) throw new DomainValidationError([issue]);
  const [year, month, day] = start.split("-").map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}
