import { Decimal } from "decimal.js";
import { calendarYear, type DateRange, yearOf } from "../dates";
import { DomainValidationError } from "../errors";
import { formatYuan, splitLargestRemainder } from "../money";
import type { LoanPosition } from "../programmes/loan-servicing";
import {
  effectiveGuaranteeFeeSubsidyRate,
  effectiveInterestSubsidyRate,
  type GuaranteeFeeSubsidyRule,
  type InterestSubsidyRule,
  interestSubsidyApplicationWindow,
} from "../programmes/programme-config";
import { type RiskSharingScheme, shareLoss } from "../risk-sharing";
import type { Term } from "../vocabulary";
import { calculateGuaranteeFeeSubsidy } from "./guarantee-fee";
import {
  accruePeriods,
  calculateInterestSubsidy,
  type DayCount,
  type PrincipalEvent,
  type SubsidyResult,
} from "./interest";

/**
 * A computation as reviewers and exports show it (SPEC §3.2): every period with its days, base and
 * amount, the rate and day count, the cap and whether it decided, and the one rounding rule.
 * All amounts are yuan strings, so the working can be stored and shown as it was at the time.
 */
export interface SubsidyWorking {
  rate: string;
  dayCount: DayCount;
  periods: { from: string; to: string; days: number; principal: string; amount: string }[];
  uncapped: string;
  /** The cap's name and amount (interest paid, fee charged), absent when there is none. */
  cap?: { basis: "interest-paid" | "fee-charged"; amount: string };
  capped: boolean;
  amount: string;
  rounding: "half-up-once-to-fen";
  /** A cap over the year's subsidies taken together, when it decided (see shareYearlyCap). */
  yearlyCap?: YearlyCapWorking;
}

/** A cap over several subsidies taken together, and this one's share of it. */
export interface YearlyCapWorking {
  /** 重庆 (seed 004): at most 100万元 per guarantor's yearly fee-subsidy application. */
  basis: "per-guarantor-year";
  limit: string;
  /** The subsidies' total before the cap. */
  total: string;
  /** This subsidy before the cap; `amount` is its share of the limit. */
  before: string;
}

function workingOf(
  result: SubsidyResult,
  rate: Decimal,
  dayCount: DayCount,
  cap: SubsidyWorking["cap"],
): SubsidyWorking {
  return {
    rate: rate.toString(),
    dayCount,
    periods: result.periods.map((period) => ({
      from: period.from,
      to: period.to,
      days: period.days,
      principal: formatYuan(period.principalFen),
      amount: formatYuan(period.amountFen),
    })),
    uncapped: formatYuan(result.uncappedFen),
    ...(cap ? { cap } : {}),
    capped: result.capped,
    amount: formatYuan(result.subsidyFen),
    rounding: "half-up-once-to-fen",
  };
}

/** The loan's principal movements in force, as the subsidy calculators take them. */
function principalEvents(position: LoanPosition): PrincipalEvent[] {
  return position.effective.flatMap((event): PrincipalEvent[] => {
    if (event.type === "DISBURSEMENT")
      return [{ date: event.date, type: "disbursement", amountFen: event.amountFen }];
    if (event.type === "PRINCIPAL_REPAYMENT")
      return [{ date: event.date, type: "repayment", amountFen: event.amountFen }];
    return [];
  });
}

/** The guaranteed amount's movements up to `endedOn`, when whatever is still outstanding leaves it. */
function guaranteeEndingOn(events: readonly PrincipalEvent[], endedOn: string): PrincipalEvent[] {
  const before = events.filter((event) => event.date < endedOn);
  const outstandingFen = before.reduce(
    (sum, event) => (event.type === "disbursement" ? sum + event.amountFen : sum - event.amountFen),
    0n,
  );
  return outstandingFen > 0n
    ? [...before, { date: endedOn, type: "repayment", amountFen: outstandingFen }]
    : before;
}

export type LoanInterestSubsidy =
  | { eligible: true; amountFen: bigint; settledOn: string; window: DateRange; working: SubsidyWorking }
  | { eligible: false; reason: Term };

/**
 * What a settled loan must show to earn the subsidy under `rule` besides being settled: never overdue
 * (按期结息), and its actual rate recorded where the rule caps by it. A query filters by these facts.
 */
export function interestSubsidyRequirements(rule: InterestSubsidyRule): {
  neverOverdue: boolean;
  actualRate: boolean;
} {
  return { neverOverdue: rule.noneIfEverOverdue, actualRate: rule.maxShareOfActualRate !== undefined };
}

/**
 * Seed 002 arts. 9, 11(6) and 14: a settled loan that was never overdue (unless the programme allows
 * it) gets Σ principal × rate × days / basis, capped at the interest actually paid, applied for in
 * the window after settlement. `actualLoanRate` matters only to programmes that cap the subsidy by it.
 */
export function interestSubsidyOfLoan(
  rule: InterestSubsidyRule,
  position: LoanPosition,
  actualLoanRate?: Decimal,
): LoanInterestSubsidy {
  if (position.status !== "SETTLED" || !position.settledOn) {
    return { eligible: false, reason: { zh: "贷款尚未结清", en: "The loan is not settled" } };
  }
  const requires = interestSubsidyRequirements(rule);
  if (requires.neverOverdue && position.everOverdue) {
    return {
      eligible: false,
      reason: { zh: "贷款曾逾期,未按期结息,不予贴息", en: "The loan was overdue: no subsidy" },
    };
  }
  if (requires.actualRate && !actualLoanRate) {
    return {
      eligible: false,
      reason: {
        zh: "借款合同未登记贷款实际年利率,无法核定贴息",
        en: "The loan's actual annual rate is needed: the bank records it with the loan contract",
      },
    };
  }
  const rate = actualLoanRate ? effectiveInterestSubsidyRate(rule, actualLoanRate) : rule.rate;
  const result = calculateInterestSubsidy({
    rate,
    dayCount: rule.dayCount,
    events: principalEvents(position),
    interestPaidFen: position.interestPaidFen,
  });
  return {
    eligible: true,
    amountFen: result.subsidyFen,
    settledOn: position.settledOn,
    window: interestSubsidyApplicationWindow(rule, position.settledOn),
    working: workingOf(result, rate, rule.dayCount, {
      basis: "interest-paid",
      amount: formatYuan(position.interestPaidFen),
    }),
  };
}

/**
 * A cap over subsidies taken together: when their total is above `capFen`, the cap is shared out in
 * proportion to each by largest remainder, so the shares add up to the cap to the fen, and each
 * working records it. At or below the cap they are returned unchanged.
 */
export function shareYearlyCap<T extends { amountFen: bigint; working: SubsidyWorking }>(
  subsidies: readonly T[],
  capFen: bigint,
  basis: YearlyCapWorking["basis"],
): T[] {
  const totalFen = subsidies.reduce((sum, subsidy) => sum + subsidy.amountFen, 0n);
  if (totalFen <= capFen) return [...subsidies];
  const shares = splitLargestRemainder(
    capFen,
    subsidies.map((subsidy) => subsidy.amountFen),
  );
  return subsidies.map((subsidy, index) => {
    const amountFen = shares[index] ?? 0n;
    const yearlyCap = {
      basis,
      limit: formatYuan(capFen),
      total: formatYuan(totalFen),
      before: subsidy.working.amount,
    };
    return {
      ...subsidy,
      amountFen,
      working: { ...subsidy.working, amount: formatYuan(amountFen), capped: true, yearlyCap },
    };
  });
}

/** Refuses an application for the subsidy outside its window ([from, to)). */
export function assertInWindow(window: DateRange, on: string): void {
  if (on < window.from || on >= window.to) {
    throw DomainValidationError.single(["appliedOn"], "outside-application-window", {
      zh: `贴息申请期为${window.from}至${window.to}(不含),今天是${on}`,
      en: `The application window is ${window.from} to ${window.to}, exclusive`,
    });
  }
}

/** A programme that subsidises a share of the actual fee rate, or only fees under a ceiling, needs that rate. */
export function needsActualFeeRate(rule: GuaranteeFeeSubsidyRule): boolean {
  return Boolean(rule.feeRateCeiling || rule.maxShareOfActualFee);
}

export interface GuaranteeFeeSubsidy {
  year: number;
  amountFen: bigint;
  working: SubsidyWorking;
}

/**
 * Seed 002 art. 9 and SPEC §3.2: one guarantee's fee subsidy for a calendar year, on the guaranteed
 * outstanding (the loan's principal), capped at the fee charged for that year. A guarantee the
 * guarantor has compensated (代偿) ends on that day: nothing accrues after `endedOn`. Null when the
 * guarantee had nothing outstanding in the year or its fee rate puts it outside the programme.
 */
export function feeSubsidyOfGuarantee(
  rule: GuaranteeFeeSubsidyRule,
  year: number,
  position: LoanPosition,
  feeChargedFen: bigint,
  actualFeeRate?: Decimal,
  endedOn?: string,
): GuaranteeFeeSubsidy | null {
  const events = guaranteedEvents(position, endedOn);
  const first = events[0];
  if (!first || yearOf(first.date) > year) return null;
  if (needsActualFeeRate(rule) && !actualFeeRate) {
    throw DomainValidationError.single(["actualFeeRate"], "required", {
      zh: "该计划按实际担保费率核定补贴,须提供实际费率",
      en: "The guarantee's actual fee rate is needed",
    });
  }
  const rate = actualFeeRate ? effectiveGuaranteeFeeSubsidyRate(rule, actualFeeRate) : rule.rate;
  if (rate.isZero()) return null;
  const result = calculateGuaranteeFeeSubsidy({
    year,
    events,
    rate,
    dayCount: rule.dayCount,
    feeChargedFen,
  });
  if (result.periods.length === 0) return null;
  return {
    year,
    amountFen: result.subsidyFen,
    working: workingOf(result, rate, rule.dayCount, {
      basis: "fee-charged",
      amount: formatYuan(feeChargedFen),
    }),
  };
}

function guaranteedEvents(position: LoanPosition, endedOn: string | undefined): PrincipalEvent[] {
  return endedOn ? guaranteeEndingOn(principalEvents(position), endedOn) : principalEvents(position);
}

/** Whether the guarantee had anything outstanding in `year`, ending on `endedOn` when compensated. */
export function guaranteedInYear(position: LoanPosition, year: number, endedOn?: string): boolean {
  const events = guaranteedEvents(position, endedOn);
  const first = events[0];
  return (
    first !== undefined && yearOf(first.date) <= year && accruePeriods(events, calendarYear(year)).length > 0
  );
}

/** The fees the guarantor recorded for a guarantee's year, net of reversals. */
export interface YearFees {
  chargedFen: bigint;
  /** The distinct annual fee rates of the year's receipts still standing (neither reversed nor reversals). */
  rates: readonly string[];
}

export type YearFeeSubsidy =
  | { eligible: true; amountFen: bigint; working: SubsidyWorking }
  | { eligible: false; reason: Term; working: SubsidyWorking | null };

export const FEE_SUBSIDY_REFUSALS = {
  noFee: {
    zh: "本年度未登记收取的担保费,补贴以实收担保费为上限",
    en: "No fee recorded for the year: the subsidy is capped at it",
  },
  noRate: {
    zh: "该计划按担保的实际年化费率核定补贴,本年度收费登记未填写费率",
    en: "The programme needs the guarantee's actual fee rate: record it with the fee",
  },
  mixedRates: {
    zh: "本年度收费登记的费率不一致,请冲正有误的登记",
    en: "The year's fees were recorded at different rates: reverse the wrong one",
  },
  aboveCeiling: (ceiling: Decimal, rate: Decimal) => ({
    zh: `实际担保费率${rate.times(100).toString()}%高于${ceiling.times(100).toString()}%,不予补贴`,
    en: "The fee rate is above the programme's ceiling",
  }),
} as const;

/**
 * A guarantee's fee subsidy for a calendar year from the fees recorded for it, or why nothing is paid;
 * null when nothing was guaranteed in the year. A programme that caps the subsidy by the actual fee
 * rate (重庆) takes the one rate the year's standing receipts were charged at.
 */
export function feeSubsidyForYear(
  rule: GuaranteeFeeSubsidyRule,
  year: number,
  position: LoanPosition,
  fees: YearFees,
  endedOn?: string,
): YearFeeSubsidy | null {
  if (!guaranteedInYear(position, year, endedOn)) return null;
  const refuse = (reason: Term): YearFeeSubsidy => ({ eligible: false, reason, working: null });
  let actualFeeRate: Decimal | undefined;
  if (needsActualFeeRate(rule)) {
    const [only, ...others] = fees.rates;
    if (others.length > 0) return refuse(FEE_SUBSIDY_REFUSALS.mixedRates);
    if (only === undefined) {
      return refuse(fees.chargedFen > 0n ? FEE_SUBSIDY_REFUSALS.noRate : FEE_SUBSIDY_REFUSALS.noFee);
    }
    actualFeeRate = new Decimal(only);
    if (rule.feeRateCeiling && actualFeeRate.greaterThan(rule.feeRateCeiling)) {
      return refuse(FEE_SUBSIDY_REFUSALS.aboveCeiling(rule.feeRateCeiling, actualFeeRate));
    }
  }
  const subsidy = feeSubsidyOfGuarantee(rule, year, position, fees.chargedFen, actualFeeRate, endedOn);
  if (!subsidy) return null;
  return subsidy.amountFen > 0n
    ? { eligible: true, amountFen: subsidy.amountFen, working: subsidy.working }
    : { eligible: false, reason: FEE_SUBSIDY_REFUSALS.noFee, working: subsidy.working };
}

/** The split of a compensated loss (代偿) and what the special fund pays, with its working. */
export interface CompensationWorking {
  scheme: string;
  loss: string;
  shares: { party: string; share: string; amount: string }[];
  fundShareOfGuarantor: string;
  fundPays: string;
  guarantorNet: string;
}

/**
 * Seed 002 art. 11(8): a loss on an overdue loan is split by the scheme; the fund pays the government's
 * share plus its part of the guarantor's. The loss cannot exceed the principal still outstanding.
 */
export function compensationOfLoss(
  scheme: RiskSharingScheme,
  position: LoanPosition,
  lossFen: bigint,
  fundShareOfGuarantor: Decimal,
): { fundPaysFen: bigint; working: CompensationWorking } {
  if (position.status !== "OVERDUE") {
    throw DomainValidationError.single(["loss"], "loan-not-overdue", {
      zh: "只有逾期贷款才能申请代偿",
      en: "Only an overdue loan can be compensated",
    });
  }
  if (lossFen > position.outstandingFen) {
    throw DomainValidationError.single(["loss"], "exceeds-outstanding", {
      zh: `代偿金额${formatYuan(lossFen)}元超过贷款余额${formatYuan(position.outstandingFen)}元`,
      en: "Loss exceeds the outstanding principal",
    });
  }
  const sharing = shareLoss(scheme, lossFen, fundShareOfGuarantor);
  return {
    fundPaysFen: sharing.fundPaysFen,
    working: {
      scheme: scheme.code,
      loss: formatYuan(lossFen),
      shares: scheme.parties.map(({ party, share }) => ({
        party,
        share: share.toString(),
        amount: formatYuan(sharing.byParty[party]),
      })),
      fundShareOfGuarantor: fundShareOfGuarantor.toString(),
      fundPays: formatYuan(sharing.fundPaysFen),
      guarantorNet: formatYuan(sharing.guarantorNetFen),
    },
  };
}
