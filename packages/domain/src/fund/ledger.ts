import { DomainValidationError, throwIfIssues, type ValidationIssue } from "../errors";
import { formatYuan } from "../money";
import type { PaymentKind } from "./payment-workflow";

/**
 * The chart of accounts of a special fund (SPEC §4, seed 002 arts. 12–13). Cash is pooled across
 * the three uses (统筹使用); the expense accounts say what it was spent on.
 */
export const FUND_ACCOUNT_KINDS = [
  "FUND_CASH",
  "APPROPRIATIONS",
  "INTEREST_SUBSIDY_EXPENSE",
  "FEE_SUBSIDY_EXPENSE",
  "RISK_COMPENSATION_EXPENSE",
  "INCENTIVE_EXPENSE",
  "RECOVERIES",
  "PAYABLE",
  // The bridge fund's money out with a bank until it returns (by bank), and the fees it earns.
  "BRIDGE_RECEIVABLE",
  "BRIDGE_FEE_INCOME",
] as const;

export type FundAccountKind = (typeof FUND_ACCOUNT_KINDS)[number];

export const FUND_ACCOUNT_LABELS: Readonly<Record<FundAccountKind, string>> = {
  FUND_CASH: "专项资金存款",
  APPROPRIATIONS: "财政拨入资金",
  INTEREST_SUBSIDY_EXPENSE: "贷款贴息支出",
  FEE_SUBSIDY_EXPENSE: "担保费补贴支出",
  RISK_COMPENSATION_EXPENSE: "风险补偿支出",
  INCENTIVE_EXPENSE: "投融资奖励支出",
  RECOVERIES: "追偿收回",
  PAYABLE: "应付款",
  BRIDGE_RECEIVABLE: "应收转贷资金",
  BRIDGE_FEE_INCOME: "转贷资金使用费收入",
};

/**
 * The expense account each kind of payment is spent from: the city government's approval moves its
 * amount from there to what the fund owes the beneficiary (seed 002 art. 13).
 */
export const PAYMENT_EXPENSE_ACCOUNT: Readonly<Record<PaymentKind, FundAccountKind>> = {
  INTEREST_SUBSIDY: "INTEREST_SUBSIDY_EXPENSE",
  FEE_SUBSIDY: "FEE_SUBSIDY_EXPENSE",
  RISK_COMPENSATION: "RISK_COMPENSATION_EXPENSE",
  INCENTIVE_REWARD: "INCENTIVE_EXPENSE",
};

export type NormalSide = "debit" | "credit";

/**
 * The side on which each kind's balance is positive. No account may ever go below zero on its
 * normal side: cash cannot be overdrawn, and nobody is paid more than they are owed. The database
 * enforces the same rule with a check constraint (ADR 010).
 */
export const NORMAL_SIDE: Readonly<Record<FundAccountKind, NormalSide>> = {
  FUND_CASH: "debit",
  APPROPRIATIONS: "credit",
  INTEREST_SUBSIDY_EXPENSE: "debit",
  FEE_SUBSIDY_EXPENSE: "debit",
  RISK_COMPENSATION_EXPENSE: "debit",
  INCENTIVE_EXPENSE: "debit",
  RECOVERIES: "credit",
  PAYABLE: "credit",
  BRIDGE_RECEIVABLE: "debit",
  BRIDGE_FEE_INCOME: "credit",
};

/** What a posting does; each kind has one shape of legs (see the builders below). */
export const POSTING_KINDS = [
  "APPROPRIATION",
  "PAYMENT_APPROVED",
  "PAYMENT_PAID",
  "RECOVERY",
  "REVERSAL",
  "BRIDGE_PAID",
  "BRIDGE_RETURNED",
] as const;

export type PostingKind = (typeof POSTING_KINDS)[number];

export const POSTING_KIND_LABELS: Readonly<Record<PostingKind, string>> = {
  APPROPRIATION: "财政拨款",
  PAYMENT_APPROVED: "市政府批准支付(确认应付)",
  PAYMENT_PAID: "拨付",
  RECOVERY: "追偿款回收",
  REVERSAL: "冲正",
  BRIDGE_PAID: "应急转贷资金支付",
  BRIDGE_RETURNED: "应急转贷资金归还",
};

/** One movement: `amountFen` leaves `credit` and arrives in `debit`. Accounts are named by key. */
export interface Transfer {
  debit: string;
  credit: string;
  amountFen: bigint;
}

export interface AccountTotals {
  debitsFen: bigint;
  creditsFen: bigint;
}

const NO_TOTALS: AccountTotals = { debitsFen: 0n, creditsFen: 0n };

/** The balance on the account's normal side. */
export function balanceOf(kind: FundAccountKind, totals: AccountTotals): bigint {
  return NORMAL_SIDE[kind] === "debit"
    ? totals.debitsFen - totals.creditsFen
    : totals.creditsFen - totals.debitsFen;
}

/** Every leg moves a positive whole number of fen between two different accounts. */
export function validateTransfers(transfers: readonly Transfer[]): void {
  if (transfers.length === 0) {
    throw DomainValidationError.single(["legs"], "min-items", {
      zh: "记账至少需要一笔分录",
      en: "At least one leg",
    });
  }
  const issues: ValidationIssue[] = [];
  transfers.forEach((transfer, index) => {
    if (transfer.amountFen <= 0n) {
      issues.push({
        path: ["legs", index, "amount"],
        rule: "positive",
        message: { zh: `第${index + 1}笔分录金额必须大于0`, en: "Amount must be greater than 0" },
      });
    }
    if (transfer.debit === transfer.credit) {
      issues.push({
        path: ["legs", index, "credit"],
        rule: "distinct-accounts",
        message: { zh: `第${index + 1}笔分录借贷方为同一账户`, en: "Debit and credit must differ" },
      });
    }
  });
  throwIfIssues(issues);
}

/** A correction: the same legs with debit and credit swapped, which cancels the original exactly. */
export function reversalOf<Leg extends { debit: unknown; credit: unknown }>(legs: readonly Leg[]): Leg[] {
  return legs.map((leg) => ({ ...leg, debit: leg.credit, credit: leg.debit }));
}

export interface LedgerAccount {
  key: string;
  kind: FundAccountKind;
  name: string;
}

/**
 * Account totals after `transfers`, or a validation error naming the first account that would go
 * below zero on its normal side. The pure model of what the database's constraint enforces.
 */
export function applyTransfers(
  accounts: ReadonlyMap<string, LedgerAccount>,
  totals: ReadonlyMap<string, AccountTotals>,
  transfers: readonly Transfer[],
): Map<string, AccountTotals> {
  validateTransfers(transfers);
  const next = new Map(totals);
  const totalsOf = (key: string): AccountTotals => next.get(key) ?? NO_TOTALS;
  for (const { debit, credit, amountFen } of transfers) {
    const debited = totalsOf(debit);
    next.set(debit, { ...debited, debitsFen: debited.debitsFen + amountFen });
    const credited = totalsOf(credit);
    next.set(credit, { ...credited, creditsFen: credited.creditsFen + amountFen });
  }
  for (const key of new Set(transfers.flatMap((transfer) => [transfer.debit, transfer.credit]))) {
    const account = accounts.get(key);
    if (!account) throw new Error(`unknown fund account ${key}`);
    const balance = balanceOf(account.kind, totalsOf(key));
    if (balance < 0n)
      throw insufficientBalance(account, balanceOf(account.kind, totals.get(key) ?? NO_TOTALS));
  }
  return next;
}

/** The refusal a payment gets when the account it draws on holds too little. */
export function insufficientBalance(account: LedgerAccount, availableFen: bigint): DomainValidationError {
  return DomainValidationError.single(["amount"], "insufficient-balance", {
    zh: `${account.name}余额不足,可用${formatYuan(availableFen)}元`,
    en: `Insufficient balance: ${formatYuan(availableFen)} available`,
  });
}
