import {
  businessDateLimit,
  checkAmountAtMost,
  checkDateWithin,
  type DateLimit,
  MAX_AMOUNT_FEN,
} from "../bounds";
import { DomainValidationError, throwIfIssues, type ValidationIssue } from "../errors";
import { formatYuan, formatYuanGrouped } from "../money";

/** What a bank reports on a programme loan (SPEC §3.1 step 6). */
export const LOAN_EVENT_TYPES = [
  "DISBURSEMENT",
  "INTEREST_PAYMENT",
  "PRINCIPAL_REPAYMENT",
  "OVERDUE",
  "OVERDUE_CLEARED",
] as const;
export type LoanEventType = (typeof LOAN_EVENT_TYPES)[number];

/** Events that carry an amount; overdue markers carry the overdue amount for information only. */
const AMOUNT_REQUIRED: ReadonlySet<LoanEventType> = new Set([
  "DISBURSEMENT",
  "INTEREST_PAYMENT",
  "PRINCIPAL_REPAYMENT",
]);

export interface LoanEvent {
  id: string;
  type: LoanEventType;
  date: string;
  amountFen: bigint;
  /** Set on a correcting event: the event it cancels. A reversal is itself never reversed. */
  reverses: string | null;
}

export type LoanStatus = "NOT_DISBURSED" | "ACTIVE" | "OVERDUE" | "SETTLED";

export interface LoanPosition {
  status: LoanStatus;
  disbursedFen: bigint;
  repaidFen: bigint;
  outstandingFen: bigint;
  interestPaidFen: bigint;
  /** 按期结息 (seed 002 art. 14): once overdue, the loan loses its interest subsidy. */
  everOverdue: boolean;
  settledOn: string | null;
  /** The events still in force, in date order (reversed ones and reversals left out). */
  effective: LoanEvent[];
}

/** Events in force: every reversal cancels its target, and neither counts. */
function effectiveEvents(events: readonly LoanEvent[]): LoanEvent[] {
  const reversed = new Set(events.flatMap((event) => (event.reverses ? [event.reverses, event.id] : [])));
  return events
    .filter((event) => !reversed.has(event.id))
    .sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1));
}

/**
 * The loan's position derived from its events, never stored: outstanding principal, interest
 * paid and status. Throws when the events cannot all be true (repaying more than is out).
 */
export function loanPosition(events: readonly LoanEvent[]): LoanPosition {
  const effective = effectiveEvents(events);
  let disbursedFen = 0n;
  let repaidFen = 0n;
  let interestPaidFen = 0n;
  let overdue = false;
  let everOverdue = false;
  let settledOn: string | null = null;
  for (const event of effective) {
    if (AMOUNT_REQUIRED.has(event.type) && event.amountFen <= 0n) {
      throw DomainValidationError.single(["amount"], "positive", {
        zh: "金额必须大于0",
        en: "Must be greater than 0",
      });
    }
    switch (event.type) {
      case "DISBURSEMENT":
        disbursedFen += event.amountFen;
        settledOn = null;
        break;
      case "PRINCIPAL_REPAYMENT": {
        const outstanding = disbursedFen - repaidFen;
        if (event.amountFen > outstanding) {
          throw DomainValidationError.single(["amount"], "exceeds-outstanding", {
            zh: `${event.date} 还本 ${formatYuan(event.amountFen)} 元超过当时贷款余额 ${formatYuan(outstanding)} 元`,
            en: `Repayment exceeds the outstanding ${formatYuan(outstanding)}`,
          });
        }
        repaidFen += event.amountFen;
        if (repaidFen === disbursedFen) settledOn = event.date;
        break;
      }
      case "INTEREST_PAYMENT":
        interestPaidFen += event.amountFen;
        break;
      case "OVERDUE":
        overdue = true;
        everOverdue = true;
        break;
      case "OVERDUE_CLEARED":
        overdue = false;
        break;
    }
  }
  const outstandingFen = disbursedFen - repaidFen;
  const status: LoanStatus =
    disbursedFen === 0n
      ? "NOT_DISBURSED"
      : outstandingFen === 0n
        ? "SETTLED"
        : overdue
          ? "OVERDUE"
          : "ACTIVE";
  return {
    status,
    disbursedFen,
    repaidFen,
    outstandingFen,
    interestPaidFen,
    everOverdue,
    settledOn,
    effective,
  };
}

/** Checks that a new event (or reversal) leaves a consistent loan; returns the position it gives. */
export function positionAfter(events: readonly LoanEvent[], next: LoanEvent): LoanPosition {
  if (next.reverses) {
    const target = events.find((event) => event.id === next.reverses);
    if (!target)
      throw DomainValidationError.single(["reverses"], "exists", {
        zh: "被冲正的事件不存在",
        en: "No such event",
      });
    if (target.reverses || events.some((event) => event.reverses === target.id)) {
      throw DomainValidationError.single(["reverses"], "already-reversed", {
        zh: "该事件已冲正,或本身是冲正事件",
        en: "Already reversed, or itself a reversal",
      });
    }
  }
  return loanPosition([...events, next]);
}

/** What a loan's events are bounded by: its 借款合同 and the business date. */
export interface LoanTerms {
  contractSignedOn: string;
  contractedFen: bigint;
  today: string;
  /** The day the reviews approved the loan: nothing is disbursed before it. */
  approvedOn: string;
}

/**
 * Checks that a new event could be true of the loan (ADR 015): dated between the contract's signing
 * (a disbursement also not before the approval) and today, no larger than any single amount may be, and, for a disbursement, not taking the
 * loan's disbursements past the contracted amount. `after` is the position the event gives.
 */
export function checkLoanEventTerms(next: LoanEvent, after: LoanPosition, terms: LoanTerms): void {
  const signed: DateLimit = {
    date: terms.contractSignedOn,
    zh: "借款合同签订日",
    en: "the loan contract date",
  };
  const approved: DateLimit = { date: terms.approvedOn, zh: "审批通过日", en: "the approval date" };
  const earliest = next.type === "DISBURSEMENT" && approved.date > signed.date ? approved : signed;
  const issues = [
    checkDateWithin(next.date, ["date"], "事件日期", {
      earliest,
      latest: businessDateLimit(terms.today),
    }),
    checkAmountAtMost(next.amountFen, MAX_AMOUNT_FEN, ["amount"], "金额"),
  ].filter((issue): issue is ValidationIssue => issue !== undefined);
  if (next.type === "DISBURSEMENT" && !next.reverses && after.disbursedFen > terms.contractedFen) {
    const contracted = formatYuanGrouped(terms.contractedFen);
    const total = formatYuanGrouped(after.disbursedFen);
    issues.push({
      path: ["amount"],
      rule: "exceeds-contract",
      message: {
        zh: `累计放款${total}元超过借款合同金额${contracted}元`,
        en: `Disbursements would total ${total}, above the contracted ${contracted}`,
      },
    });
  }
  throwIfIssues(issues);
}
