import { Decimal } from "decimal.js";
import { daysBetween } from "../dates";
import { DomainValidationError, throwIfIssues, type ValidationIssue } from "../errors";
import { exactDecimal, formatYuan, formatYuanGrouped } from "../money";
import type { Term, Terms } from "../vocabulary";

/**
 * Data-verified supply-chain financing (数据确权供应链融资, seed 004 §三(五)): a core enterprise's payables
 * to its suppliers, with the registry's fundamentals and an account-lock arrangement (协助账户锁定) with a
 * bank, give each supplier a financing limit on its receivables without the core confirming each one and
 * without drawing on the core's own credit line. The seed gives no numbers: the rules are configuration
 * per region with these defaults (ADR paragraph in the report).
 */
export const PAYABLE_KINDS = ["ORDER", "INVOICE", "RECEIVABLE"] as const;
export type PayableKind = (typeof PAYABLE_KINDS)[number];
export const PAYABLE_KIND_TERMS: Terms<PayableKind> = {
  ORDER: { zh: "订单", en: "Order" },
  INVOICE: { zh: "发票", en: "Invoice" },
  RECEIVABLE: { zh: "应收账款", en: "Receivable" },
};

/** OPEN may be financed; FINANCED is held by one financing; SETTLED the core paid; WITHDRAWN the core took back. */
export const PAYABLE_STATUSES = ["OPEN", "FINANCED", "SETTLED", "WITHDRAWN"] as const;
export type PayableStatus = (typeof PAYABLE_STATUSES)[number];

export const FINANCING_STATUSES = ["REQUESTED", "FINANCED", "DECLINED", "REPAID"] as const;
export type FinancingStatus = (typeof FINANCING_STATUSES)[number];

/** Who repaid: the supplier to the bank (the receivables are free again) or the core into the locked account (they are paid). */
export const REPAYMENT_SOURCES = ["SUPPLIER", "CORE_PAYMENT"] as const;
export type RepaymentSource = (typeof REPAYMENT_SOURCES)[number];

export interface VerifiedFinancingRules {
  /** The share of eligible receivables a bank may advance, a decimal fraction ("0.8" = 80%). */
  advanceRate: string;
  /** The most one supplier may have outstanding against one core's payables. */
  supplierCapFen: bigint;
  /** A receivable due sooner than this many days is not financed: too little time to be worth it. */
  minDaysToDue: number;
  /** Nor one due further out than this: the core's payment terms, not an open-ended promise. */
  maxDaysToDue: number;
}

export const DEFAULT_VERIFIED_FINANCING_RULES: VerifiedFinancingRules = {
  advanceRate: "0.8",
  supplierCapFen: 1_000_000_000n, // 1,000万元
  minDaysToDue: 7,
  maxDaysToDue: 365,
};

export function checkVerifiedFinancingRules(rules: VerifiedFinancingRules): void {
  const issues: ValidationIssue[] = [];
  const wellFormed = /^\d(\.\d{1,4})?$/.test(rules.advanceRate);
  const rate = wellFormed ? exactDecimal(rules.advanceRate) : null;
  if (!rate || rate.lte(0) || rate.gt(1))
    issues.push({
      path: ["advanceRate"],
      rule: "rate-range",
      message: {
        zh: "融资比例须大于0且不超过1,最多4位小数",
        en: "Must be above 0 and at most 1, 4 decimals",
      },
    });
  if (rules.supplierCapFen <= 0n)
    issues.push({
      path: ["supplierCap"],
      rule: "positive",
      message: { zh: "单户上限须大于0", en: "Must be positive" },
    });
  if (rules.minDaysToDue < 0 || rules.maxDaysToDue <= rules.minDaysToDue)
    issues.push({
      path: ["maxDaysToDue"],
      rule: "after-min",
      message: { zh: "最长剩余期限须大于最短剩余期限", en: "Must exceed the minimum days to due" },
    });
  throwIfIssues(issues);
}

/** Dates a payable must keep: issued no later than today and due after it was issued. */
export function checkPayableDates(issuedOn: string, dueOn: string, today: string): void {
  const issues: ValidationIssue[] = [];
  if (issuedOn > today)
    issues.push({
      path: ["issuedOn"],
      rule: "not-in-future",
      message: { zh: "开具日期不能晚于今天", en: "Must not be after today" },
    });
  if (dueOn <= issuedOn)
    issues.push({
      path: ["dueOn"],
      rule: "after-issued",
      message: { zh: "到期日须晚于开具日期", en: "Must be after the issue date" },
    });
  throwIfIssues(issues);
}

export interface Fundamentals {
  supplierRegistered: boolean;
  coreRegistered: boolean;
  /** The core has an open default case on a loan of the platform. */
  coreInDefault: boolean;
  /** A bank has confirmed an account-lock arrangement with the core that is in force today. */
  arrangementActive: boolean;
}

export interface LimitCheck {
  rule: "supplier-registered" | "core-registered" | "core-not-in-default" | "account-lock";
  passed: boolean;
  reason: Term;
}

function fundamentalChecks(facts: Fundamentals): LimitCheck[] {
  const check = (rule: LimitCheck["rule"], passed: boolean, yes: Term, no: Term): LimitCheck => ({
    rule,
    passed,
    reason: passed ? yes : no,
  });
  return [
    check(
      "supplier-registered",
      facts.supplierRegistered,
      { zh: "供应商已在企业名录中登记", en: "The supplier is in the registry" },
      { zh: "供应商未在企业名录中登记", en: "The supplier is not in the registry" },
    ),
    check(
      "core-registered",
      facts.coreRegistered,
      { zh: "核心企业已在企业名录中登记", en: "The core enterprise is in the registry" },
      { zh: "核心企业未在企业名录中登记", en: "The core enterprise is not in the registry" },
    ),
    check(
      "core-not-in-default",
      !facts.coreInDefault,
      { zh: "核心企业无未结代偿案件", en: "The core enterprise has no open default case" },
      { zh: "核心企业有未结代偿案件", en: "The core enterprise has an open default case" },
    ),
    check(
      "account-lock",
      facts.arrangementActive,
      { zh: "核心企业已与银行签订生效的协助账户锁定安排", en: "An account-lock arrangement is in force" },
      { zh: "核心企业没有生效的协助账户锁定安排", en: "No account-lock arrangement is in force" },
    ),
  ];
}

export interface ReceivableFacts {
  id: string;
  amountFen: bigint;
  dueOn: string;
  status: PayableStatus;
}

/** Why a receivable does or does not count towards the limit today; null when it counts. */
export function receivableExclusion(
  receivable: ReceivableFacts,
  rules: VerifiedFinancingRules,
  today: string,
): Term | null {
  if (receivable.status === "FINANCED") return { zh: "已融资", en: "Already financed" };
  if (receivable.status === "SETTLED") return { zh: "核心企业已付款", en: "Paid by the core enterprise" };
  if (receivable.status === "WITHDRAWN")
    return { zh: "核心企业已撤回", en: "Withdrawn by the core enterprise" };
  const days = daysBetween(today, receivable.dueOn);
  if (days < rules.minDaysToDue)
    return {
      zh: `距到期不足${rules.minDaysToDue}天`,
      en: `Due in fewer than ${rules.minDaysToDue} days`,
    };
  if (days > rules.maxDaysToDue)
    return {
      zh: `距到期超过${rules.maxDaysToDue}天`,
      en: `Due in more than ${rules.maxDaysToDue} days`,
    };
  return null;
}

/** Rate × amount, rounded down to the fen: a limit never exceeds what the rate allows. */
const advanceOf = (fen: bigint, rate: string) =>
  BigInt(new Decimal(fen.toString()).mul(exactDecimal(rate)).floor().toFixed(0));

export interface VerifiedLimit {
  checks: LimitCheck[];
  receivables: { id: string; eligible: boolean; reason: Term | null }[];
  eligibleFen: bigint;
  advanceRate: string;
  /** advanceRate × eligibleFen. */
  advanceFen: bigint;
  capFen: bigint;
  /** What the supplier already has financed and unpaid against this core. */
  outstandingFen: bigint;
  /** min(advance, cap − outstanding), 0 when a fundamental check fails. */
  limitFen: bigint;
  working: Term[];
}

/**
 * A supplier's limit against one core's payables: advance rate × its eligible (verified, unfinanced,
 * not yet due) receivables, capped per supplier less what it already owes; nothing at all when a
 * fundamental fails. Every step is written out in `working`.
 */
export function verifiedLimit(input: {
  fundamentals: Fundamentals;
  receivables: readonly ReceivableFacts[];
  outstandingFen: bigint;
  rules: VerifiedFinancingRules;
  today: string;
}): VerifiedLimit {
  const { rules } = input;
  const checks = fundamentalChecks(input.fundamentals);
  const receivables = input.receivables.map((receivable) => {
    const reason = receivableExclusion(receivable, rules, input.today);
    return { id: receivable.id, eligible: reason === null, reason };
  });
  const eligibleFen = input.receivables
    .filter((_, index) => receivables[index]?.eligible)
    .reduce((sum, receivable) => sum + receivable.amountFen, 0n);
  const advanceFen = advanceOf(eligibleFen, rules.advanceRate);
  const headroom = rules.supplierCapFen - input.outstandingFen;
  const failed = checks.filter((check) => !check.passed);
  const capped = advanceFen < headroom ? advanceFen : headroom > 0n ? headroom : 0n;
  const limitFen = failed.length ? 0n : capped;
  const percent = exactDecimal(rules.advanceRate).mul(100).toString();
  const working: Term[] = [
    {
      zh: `合格应收账款 ${formatYuanGrouped(eligibleFen)} 元 × 融资比例 ${percent}% = ${formatYuanGrouped(advanceFen)} 元`,
      en: `Eligible receivables ${formatYuan(eligibleFen)} × advance rate ${percent}% = ${formatYuan(advanceFen)}`,
    },
    {
      zh: `单户上限 ${formatYuanGrouped(rules.supplierCapFen)} 元 − 已融资未还 ${formatYuanGrouped(input.outstandingFen)} 元 = ${formatYuanGrouped(headroom > 0n ? headroom : 0n)} 元`,
      en: `Supplier cap ${formatYuan(rules.supplierCapFen)} − outstanding ${formatYuan(input.outstandingFen)} = ${formatYuan(headroom > 0n ? headroom : 0n)}`,
    },
    failed.length
      ? {
          zh: `基本面核验未通过(${failed.map((check) => check.reason.zh).join(";")}),额度为 0`,
          en: `Fundamentals failed (${failed.map((check) => check.reason.en).join("; ")}): limit 0`,
        }
      : {
          zh: `可融资额度取两者较小值:${formatYuanGrouped(limitFen)} 元`,
          en: `Limit is the smaller of the two: ${formatYuan(limitFen)}`,
        },
  ];
  return {
    checks,
    receivables,
    eligibleFen,
    advanceRate: rules.advanceRate,
    advanceFen,
    capFen: rules.supplierCapFen,
    outstandingFen: input.outstandingFen,
    limitFen,
    working,
  };
}

/**
 * A financing of selected receivables: each must count towards the limit today, and the amount may
 * exceed neither the supplier's limit nor the advance rate × the selected receivables.
 */
export function checkFinancing(
  limit: VerifiedLimit,
  selected: readonly ReceivableFacts[],
  amountFen: bigint,
): void {
  const issues: ValidationIssue[] = [];
  if (selected.length === 0)
    issues.push({
      path: ["payableIds"],
      rule: "not-empty",
      message: { zh: "请选择要融资的应收账款", en: "Select at least one receivable" },
    });
  const failed = limit.checks.find((check) => !check.passed);
  if (failed) issues.push({ path: ["payableIds"], rule: failed.rule, message: failed.reason });
  for (const receivable of selected) {
    const verdict = limit.receivables.find((r) => r.id === receivable.id);
    if (verdict && !verdict.eligible && verdict.reason)
      issues.push({ path: ["payableIds"], rule: "eligible", message: verdict.reason });
  }
  if (amountFen <= 0n)
    issues.push({
      path: ["amount"],
      rule: "positive",
      message: { zh: "金额须大于0", en: "Must be positive" },
    });
  const selectedAdvance = advanceOf(
    selected.reduce((sum, r) => sum + r.amountFen, 0n),
    limit.advanceRate,
  );
  const ceiling = selectedAdvance < limit.limitFen ? selectedAdvance : limit.limitFen;
  if (amountFen > ceiling)
    issues.push({
      path: ["amount"],
      rule: "within-limit",
      message: {
        zh: `融资金额不能超过 ${formatYuanGrouped(ceiling)} 元(可融资额度与所选应收账款按比例可融金额的较小值)`,
        en: `Must not exceed ${formatYuan(ceiling)} (the limit, or the advance on the selected receivables)`,
      },
    });
  if (issues.length) throw new DomainValidationError(issues);
}
