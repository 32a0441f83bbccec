import { daysBetween, parseIsoDate } from "../dates";
import { DomainValidationError, throwIfIssues, type ValidationIssue } from "../errors";
import { formatYuan, parseYuan } from "../money";
import type { OfficialCalendar } from "../programmes/official-calendar";
import { dueDate } from "../programmes/sla";
import type { Term, Terms } from "../vocabulary";
import type { BridgeCeiling, BridgeLoanRules } from "./bridge-loans";

/**
 * A bridge loan's way from request to return (seed 004 §四(二)): the bank of the maturing loan
 * commits in writing to renew it, the fund's manager approves and pays the bank, the bank returns the
 * money with the fee once the renewal is disbursed.
 */
export const BRIDGE_LOAN_STATES = [
  "REQUESTED",
  "COMMITTED",
  "DECLINED",
  "APPROVED",
  "REJECTED",
  "PAID",
  "RETURNED",
] as const;
export type BridgeLoanState = (typeof BRIDGE_LOAN_STATES)[number];

export const BRIDGE_LOAN_STATE_TERMS: Terms<BridgeLoanState> = {
  REQUESTED: { zh: "待银行续贷承诺", en: "Awaiting the bank's commitment" },
  COMMITTED: { zh: "待资金管理人审批", en: "Awaiting the fund's approval" },
  DECLINED: { zh: "银行不予续贷", en: "Declined by the bank" },
  APPROVED: { zh: "已批准待支付", en: "Approved, awaiting payment" },
  REJECTED: { zh: "资金管理人未批准", en: "Rejected by the fund" },
  PAID: { zh: "已支付待归还", en: "Paid, awaiting return" },
  RETURNED: { zh: "已归还", en: "Returned" },
};

export type BridgeLoanAction = "commit" | "decline" | "approve" | "reject" | "pay" | "return";
/** Who acts: the bank of the maturing loan, or the bridge fund's manager. */
export type BridgeLoanParty = "bank" | "fund-manager";

export interface BridgeLoanTransition {
  from: BridgeLoanState;
  action: BridgeLoanAction;
  to: BridgeLoanState;
  by: BridgeLoanParty;
  reasonRequired: boolean;
}

export const BRIDGE_LOAN_TRANSITIONS: readonly BridgeLoanTransition[] = [
  { from: "REQUESTED", action: "commit", to: "COMMITTED", by: "bank", reasonRequired: false },
  { from: "REQUESTED", action: "decline", to: "DECLINED", by: "bank", reasonRequired: true },
  { from: "COMMITTED", action: "approve", to: "APPROVED", by: "fund-manager", reasonRequired: false },
  { from: "COMMITTED", action: "reject", to: "REJECTED", by: "fund-manager", reasonRequired: true },
  { from: "APPROVED", action: "pay", to: "PAID", by: "fund-manager", reasonRequired: false },
  { from: "PAID", action: "return", to: "RETURNED", by: "bank", reasonRequired: false },
];

const ACTION_TERMS: Terms<BridgeLoanAction> = {
  commit: { zh: "出具续贷承诺", en: "commit to renew" },
  decline: { zh: "不予续贷", en: "decline" },
  approve: { zh: "批准", en: "approve" },
  reject: { zh: "不予批准", en: "reject" },
  pay: { zh: "支付", en: "pay" },
  return: { zh: "登记归还", en: "record the return" },
};

/**
 * The transition `action` takes from `state` for `party`; refuses a wrong party (forbidden), a step
 * the state does not allow (conflict, naming the state), and a refusal without its reason.
 */
export function bridgeLoanTransition(
  state: BridgeLoanState,
  action: BridgeLoanAction,
  party: BridgeLoanParty | null,
  reason: string | null,
): BridgeLoanTransition {
  const step = BRIDGE_LOAN_TRANSITIONS.find((t) => t.action === action && t.from === state);
  const anyStep = BRIDGE_LOAN_TRANSITIONS.find((t) => t.action === action);
  if (anyStep && party !== anyStep.by) {
    throw DomainValidationError.single(["action"], "role-not-allowed", {
      zh: `只有${anyStep.by === "bank" ? "原贷款银行" : "转贷资金管理人"}可以${ACTION_TERMS[action].zh}`,
      en: `Only the ${anyStep.by === "bank" ? "bank of the maturing loan" : "bridge fund's manager"} may ${ACTION_TERMS[action].en}`,
    });
  }
  if (!step) {
    throw DomainValidationError.single(["state"], "action-not-allowed-in-state", {
      zh: `当前状态"${BRIDGE_LOAN_STATE_TERMS[state].zh}"不能${ACTION_TERMS[action].zh}`,
      en: `A bridge loan ${BRIDGE_LOAN_STATE_TERMS[state].en.toLowerCase()} cannot ${ACTION_TERMS[action].en}`,
    });
  }
  if (step.reasonRequired && !reason?.trim()) {
    throw DomainValidationError.single(["reason"], "required", {
      zh: "请说明理由",
      en: "Give the reason",
    });
  }
  return step;
}

export interface BridgeRequestInput {
  amountFen: bigint;
  maturingAmountFen: bigint;
  maturityDate: string;
  ceiling: BridgeCeiling;
  today: string;
}

/** Checks a request: within the ceiling (its reason quoted) and the maturing amount, maturity not past. */
export function validateBridgeRequest(input: BridgeRequestInput): void {
  const { amountFen, maturingAmountFen, maturityDate, ceiling, today } = input;
  parseIsoDate(maturityDate, ["maturityDate"]);
  const issues: ValidationIssue[] = [];
  if (amountFen <= 0n)
    issues.push({
      path: ["amount"],
      rule: "positive",
      message: { zh: "申请金额须大于0", en: "The amount must be above 0" },
    });
  if (maturingAmountFen <= 0n)
    issues.push({
      path: ["maturingAmount"],
      rule: "positive",
      message: { zh: "到期贷款金额须大于0", en: "The maturing amount must be above 0" },
    });
  if (amountFen > ceiling.ceilingFen)
    issues.push({
      path: ["amount"],
      rule: "within-ceiling",
      message: {
        zh: `超过转贷限额${formatYuan(ceiling.ceilingFen)}元(${ceiling.reason.zh})`,
        en: `Above the ceiling of ${formatYuan(ceiling.ceilingFen)} (${ceiling.reason.en})`,
      },
    });
  if (amountFen > maturingAmountFen)
    issues.push({
      path: ["amount"],
      rule: "within-maturing-amount",
      message: {
        zh: `不能超过到期贷款金额${formatYuan(maturingAmountFen)}元`,
        en: `At most the maturing amount, ${formatYuan(maturingAmountFen)}`,
      },
    });
  if (maturityDate < today)
    issues.push({
      path: ["maturityDate"],
      rule: "not-past",
      message: { zh: `到期日${maturityDate}已过`, en: `The maturity date ${maturityDate} has passed` },
    });
  throwIfIssues(issues);
}

/** How an unreturned bridge stands on `today`: 0 on time, 1 overdue, 2 overdue past the escalation. */
export type BridgeOverdueLevel = 0 | 1 | 2;

export interface BridgeOverdue {
  level: BridgeOverdueLevel;
  /** Calendar days past the last day of use. */
  daysOverdue: number;
  /** The day it goes (or went) to the bureaus. */
  escalatesOn: string;
}

/** Overdue from the day after `returnDue`; escalated once `escalateAfterWorkingDays` working days have passed. */
export function bridgeOverdue(
  returnDue: string,
  today: string,
  rules: Pick<BridgeLoanRules, "escalateAfterWorkingDays">,
  calendar: OfficialCalendar,
): BridgeOverdue {
  const escalatesOn = dueDate(
    returnDue,
    { amount: rules.escalateAfterWorkingDays, unit: "working-days" },
    calendar,
  );
  const daysOverdue = Math.max(0, daysBetween(returnDue, today));
  const level: BridgeOverdueLevel = today <= returnDue ? 0 : today > escalatesOn ? 2 : 1;
  return { level, daysOverdue, escalatesOn };
}

/** The rules as stored and sent: amounts in yuan strings. */
export interface BridgeLoanRulesWire extends Omit<BridgeLoanRules, "groupCeilingFen" | "generalCeilingFen"> {
  groupCeiling: string;
  generalCeiling: string;
}

export function bridgeRulesToWire({
  groupCeilingFen,
  generalCeilingFen,
  ...rest
}: BridgeLoanRules): BridgeLoanRulesWire {
  return {
    ...rest,
    groupCeiling: formatYuan(groupCeilingFen),
    generalCeiling: formatYuan(generalCeilingFen),
  };
}

export function bridgeRulesFromWire({
  groupCeiling,
  generalCeiling,
  ...rest
}: BridgeLoanRulesWire): BridgeLoanRules {
  return {
    ...rest,
    groupCeilingFen: parseYuan(groupCeiling, ["groupCeiling"]),
    generalCeilingFen: parseYuan(generalCeiling, ["generalCeiling"]),
  };
}

export const BRIDGE_OVERDUE_TERMS: Record<BridgeOverdueLevel, Term> = {
  0: { zh: "未逾期", en: "On time" },
  1: { zh: "逾期未还", en: "Overdue" },
  2: { zh: "逾期已上报", en: "Overdue, escalated" },
};
