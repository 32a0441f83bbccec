import { Decimal } from "decimal.js";
import { exactDecimal, formatYuan, roundHalfUpToFen } from "../money";
import type { Term, Terms } from "../vocabulary";
import type { BankMonthlyStatistics } from "./bank-statistics";
import type { MonitoringTargets } from "./targets";

/**
 * The monitoring indicators of seed 004 §一(二), each with its formula and the figures that went into
 * it, progress to its target and a straight-line projection to the target month.
 */
export const INDICATOR_CODES = [
  "MANUFACTURING_SHARE",
  "MANUFACTURING_GROWTH",
  "MEDIUM_LONG_TERM_SHARE",
  "CREDIT_SHARE",
  "FUND_INVESTMENT",
  "BOND_FINANCING",
  "ENTERPRISES_SERVED",
  "LISTING_PIPELINE",
] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

export const INDICATOR_TERMS: Terms<IndicatorCode> = {
  MANUFACTURING_SHARE: { zh: "制造业贷款占各项贷款比重", en: "Manufacturing share of all loans" },
  MANUFACTURING_GROWTH: { zh: "制造业贷款增速(同比)", en: "Manufacturing loan growth, year on year" },
  MEDIUM_LONG_TERM_SHARE: { zh: "制造业中长期贷款比重", en: "Medium/long-term share of manufacturing loans" },
  CREDIT_SHARE: { zh: "制造业信用贷款比重", en: "Credit-loan share of manufacturing loans" },
  FUND_INVESTMENT: { zh: "新增基金投融资(累计)", en: "New fund investment, cumulative" },
  BOND_FINANCING: { zh: "债券融资(累计)", en: "Bond financing, cumulative" },
  ENTERPRISES_SERVED: { zh: "本年对接服务企业(家次)", en: "Enterprises served this year" },
  LISTING_PIPELINE: { zh: "上市培育库企业数", en: "Enterprises in the listing pipeline" },
};

/** Shares and growth rates are shown to 6 decimal places (0.0001%), rounded half-up once. */
export const RATIO_PLACES = 6;
export type IndicatorRounding = "ratio-half-up-6-places" | "half-up-once-to-fen" | "whole-count-down";

export type TargetRule = "AT_LEAST" | "AT_LEAST_ALL_LOANS_GROWTH" | "RISING";

export const TARGET_RULE_TERMS: Terms<TargetRule> = {
  AT_LEAST: { zh: "不低于目标值", en: "At least the target" },
  AT_LEAST_ALL_LOANS_GROWTH: { zh: "不低于各项贷款增速", en: "At least all loans' growth" },
  RISING: { zh: "比上年同期提高", en: "Higher than a year earlier" },
};

export interface IndicatorWorking {
  formula: Term;
  inputs: { name: Term; month: string; value: string }[];
  /** The formula with the figures in it, as a reviewer re-computes it. */
  computation: string;
  rounding: IndicatorRounding;
}

/** A straight line through two observations, extended to the target month. */
export interface Projection {
  method: "straight-line";
  from: { month: string; value: string };
  to: { month: string; value: string };
  perMonth: string;
  targetMonth: string;
  projected: string;
  meetsTarget: boolean;
}

export interface Indicator {
  code: IndicatorCode;
  asOf: string;
  unit: "ratio" | "yuan" | "count";
  /** Null when a figure it needs is missing (see `missing`). */
  value: string | null;
  target: { rule: TargetRule; value: string | null; by: string };
  met: boolean | null;
  /** Value ÷ target for targets with a figure, ratio to 6 places. */
  progress: string | null;
  projection: Projection | null;
  working: IndicatorWorking | null;
  missing?: Term;
}

/** A region's loan balances at a month's end: the banks' live statistics added up. */
export interface RegionLoanMonth {
  month: string;
  allLoansFen: bigint;
  manufacturingFen: bigint;
  mediumLongTermFen: bigint;
  creditFen: bigint;
}

/** Adds up the banks' statistics for one month into the region's balances. */
export function regionLoanMonth(
  month: string,
  statistics: readonly BankMonthlyStatistics[],
): RegionLoanMonth {
  const sum = (pick: (stats: BankMonthlyStatistics) => bigint) =>
    statistics.filter((stats) => stats.month === month).reduce((acc, stats) => acc + pick(stats), 0n);
  return {
    month,
    allLoansFen: sum((stats) => stats.allLoansBalanceFen),
    manufacturingFen: sum((stats) => stats.manufacturing.balanceFen),
    mediumLongTermFen: sum((stats) => stats.manufacturing.mediumLongTermBalanceFen),
    creditFen: sum((stats) => stats.manufacturing.creditBalanceFen),
  };
}

const monthSerial = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
/** Months from `from` to `to` (2026-11 → 2027-12 is 13). */
export const monthsBetween = (from: string, to: string) => monthSerial(to) - monthSerial(from);
const monthsBack = (month: string, n: number) => {
  const serial = monthSerial(month) - n;
  return `${Math.floor(serial / 12)}-${String((serial % 12) + 1).padStart(2, "0")}`;
};

const showRatio = (ratio: Decimal) => ratio.toFixed(RATIO_PLACES, Decimal.ROUND_HALF_UP);
const ratioOf = (part: bigint, whole: bigint) => exactDecimal(part.toString()).div(whole.toString());
const yuanOf = (fen: bigint) => formatYuan(fen);

const MISSING_MONTH = (month: string): Term => ({
  zh: `缺少${month}的数据`,
  en: `No figures for ${month}`,
});
const ZERO_BASE = (month: string): Term => ({
  zh: `${month}的基数为0,无法计算比率`,
  en: `The base for ${month} is 0: no ratio`,
});

function unavailable(
  code: IndicatorCode,
  asOf: string,
  unit: Indicator["unit"],
  target: Indicator["target"],
  missing: Term,
): Indicator {
  return {
    code,
    asOf,
    unit,
    value: null,
    target,
    met: null,
    progress: null,
    projection: null,
    working: null,
    missing,
  };
}

/**
 * A straight line from an earlier observation to the latest, extended to the target month: the
 * change per month is kept exact and the projection rounded once by `show`. Null once the target
 * month is reached (the figure itself then decides) or without an earlier observation.
 */
function straightLine(
  earlier: { month: string; value: Decimal } | undefined,
  latest: { month: string; value: Decimal },
  targetMonth: string,
  target: Decimal,
  show: (value: Decimal) => string,
  showPerMonth: (value: Decimal) => string = show,
): Projection | null {
  const remaining = monthsBetween(latest.month, targetMonth);
  if (!earlier || remaining <= 0) return null;
  const span = monthsBetween(earlier.month, latest.month);
  if (span <= 0) return null;
  const perMonth = latest.value.minus(earlier.value).div(span);
  const projected = latest.value.plus(perMonth.times(remaining));
  return {
    method: "straight-line",
    from: { month: earlier.month, value: show(earlier.value) },
    to: { month: latest.month, value: show(latest.value) },
    perMonth: showPerMonth(perMonth),
    targetMonth,
    projected: show(projected),
    // Judged on the projection as shown, so that the figure and the verdict never disagree.
    meetsTarget: new Decimal(show(projected)).greaterThanOrEqualTo(target),
  };
}

/** The level projection's earlier point: a year before (seasons cancel), else the earliest month given. */
function earlierPoint<T extends { month: string }>(series: readonly T[], asOf: string): T | undefined {
  const yearAgo = series.find((entry) => entry.month === monthsBack(asOf, 12));
  if (yearAgo) return yearAgo;
  const before = series.filter((entry) => entry.month < asOf).sort((a, b) => a.month.localeCompare(b.month));
  return before[0];
}

type ShareCode = "MANUFACTURING_SHARE" | "MEDIUM_LONG_TERM_SHARE" | "CREDIT_SHARE";

interface ShareFormula {
  part: (month: RegionLoanMonth) => bigint;
  whole: (month: RegionLoanMonth) => bigint;
  partName: Term;
  wholeName: Term;
}

const MANUFACTURING_LOANS: Term = { zh: "制造业贷款余额", en: "manufacturing loans" };

const SHARE_FORMULAS: Record<ShareCode, ShareFormula> = {
  MANUFACTURING_SHARE: {
    part: (month) => month.manufacturingFen,
    whole: (month) => month.allLoansFen,
    partName: MANUFACTURING_LOANS,
    wholeName: { zh: "各项贷款余额", en: "all loans" },
  },
  MEDIUM_LONG_TERM_SHARE: {
    part: (month) => month.mediumLongTermFen,
    whole: (month) => month.manufacturingFen,
    partName: { zh: "制造业中长期贷款余额", en: "medium/long-term manufacturing loans" },
    wholeName: MANUFACTURING_LOANS,
  },
  CREDIT_SHARE: {
    part: (month) => month.creditFen,
    whole: (month) => month.manufacturingFen,
    partName: { zh: "制造业信用贷款余额", en: "credit manufacturing loans" },
    wholeName: MANUFACTURING_LOANS,
  },
};

const formulaOf = (left: Term, operator: string, right: Term): Term => ({
  zh: `${left.zh} ${operator} ${right.zh}`,
  en: `${left.en} ${operator} ${right.en}`,
});

/**
 * A share of the balances at `asOf`. The manufacturing share must reach the configured target by the
 * target month (with progress and projection); the medium/long-term and credit shares must rise, which
 * is judged against the same month a year earlier.
 */
function shareIndicator(
  code: ShareCode,
  series: readonly RegionLoanMonth[],
  asOf: string,
  targets: MonitoringTargets,
): Indicator {
  const formula = SHARE_FORMULAS[code];
  const shareAt = (entry: RegionLoanMonth | undefined) =>
    entry && formula.whole(entry) > 0n ? ratioOf(formula.part(entry), formula.whole(entry)) : undefined;
  const rising = code !== "MANUFACTURING_SHARE";
  const latest = series.find((entry) => entry.month === asOf);
  const threshold = rising
    ? shareAt(series.find((entry) => entry.month === monthsBack(asOf, 12)))
    : new Decimal(targets.manufacturingShare);
  const target: Indicator["target"] = {
    rule: rising ? "RISING" : "AT_LEAST",
    value: threshold ? showRatio(threshold) : null,
    by: rising ? asOf : targets.targetMonth,
  };
  if (!latest) return unavailable(code, asOf, "ratio", target, MISSING_MONTH(asOf));
  const value = shareAt(latest);
  if (!value) return unavailable(code, asOf, "ratio", target, ZERO_BASE(asOf));
  const withShare = series.filter((entry) => shareAt(entry) !== undefined);
  const earlier = earlierPoint(withShare, asOf);
  const projection =
    rising || !threshold
      ? null
      : straightLine(
          earlier && { month: earlier.month, value: shareAt(earlier) as Decimal },
          { month: asOf, value },
          targets.targetMonth,
          threshold,
          showRatio,
        );
  const [part, whole] = [yuanOf(formula.part(latest)), yuanOf(formula.whole(latest))];
  return {
    code,
    asOf,
    unit: "ratio",
    value: showRatio(value),
    target,
    met: threshold ? (rising ? value.greaterThan(threshold) : value.greaterThanOrEqualTo(threshold)) : null,
    progress: !rising && threshold ? showRatio(value.div(threshold)) : null,
    projection,
    working: {
      formula: formulaOf(formula.partName, "÷", formula.wholeName),
      inputs: [
        { name: formula.partName, month: asOf, value: part },
        { name: formula.wholeName, month: asOf, value: whole },
      ],
      computation: `${part} ÷ ${whole} = ${showRatio(value)}`,
      rounding: "ratio-half-up-6-places",
    },
  };
}

const growthOf = (now: bigint, yearAgo: bigint) => ratioOf(now - yearAgo, yearAgo);

/** Seed 004: manufacturing loans grow at least as fast as all loans, year on year. */
function growthIndicator(series: readonly RegionLoanMonth[], asOf: string): Indicator {
  const priorMonth = monthsBack(asOf, 12);
  const latest = series.find((entry) => entry.month === asOf);
  const prior = series.find((entry) => entry.month === priorMonth);
  const noTarget: Indicator["target"] = { rule: "AT_LEAST_ALL_LOANS_GROWTH", value: null, by: asOf };
  const absent = !latest ? asOf : !prior ? priorMonth : undefined;
  if (absent || !latest || !prior) {
    return unavailable("MANUFACTURING_GROWTH", asOf, "ratio", noTarget, MISSING_MONTH(absent ?? asOf));
  }
  if (prior.manufacturingFen === 0n || prior.allLoansFen === 0n) {
    return unavailable("MANUFACTURING_GROWTH", asOf, "ratio", noTarget, ZERO_BASE(priorMonth));
  }
  const manufacturing = growthOf(latest.manufacturingFen, prior.manufacturingFen);
  const allLoans = growthOf(latest.allLoansFen, prior.allLoansFen);
  const all: Term = { zh: "各项贷款余额", en: "all loans" };
  return {
    code: "MANUFACTURING_GROWTH",
    asOf,
    unit: "ratio",
    value: showRatio(manufacturing),
    target: { ...noTarget, value: showRatio(allLoans) },
    met: manufacturing.greaterThanOrEqualTo(allLoans),
    progress: null,
    projection: null,
    working: {
      formula: {
        zh: "(本月余额 − 上年同月余额) ÷ 上年同月余额,制造业与各项贷款分别计算",
        en: "(balance − balance a year earlier) ÷ balance a year earlier, for manufacturing and for all loans",
      },
      inputs: [
        { name: MANUFACTURING_LOANS, month: asOf, value: yuanOf(latest.manufacturingFen) },
        { name: MANUFACTURING_LOANS, month: priorMonth, value: yuanOf(prior.manufacturingFen) },
        { name: all, month: asOf, value: yuanOf(latest.allLoansFen) },
        { name: all, month: priorMonth, value: yuanOf(prior.allLoansFen) },
      ],
      computation:
        `(${yuanOf(latest.manufacturingFen)} − ${yuanOf(prior.manufacturingFen)}) ÷ ${yuanOf(prior.manufacturingFen)} = ${showRatio(manufacturing)}; ` +
        `(${yuanOf(latest.allLoansFen)} − ${yuanOf(prior.allLoansFen)}) ÷ ${yuanOf(prior.allLoansFen)} = ${showRatio(allLoans)}`,
      rounding: "ratio-half-up-6-places",
    },
  };
}

/** The four loan indicators of a region at `asOf` from its monthly balances. */
export function loanIndicators(
  series: readonly RegionLoanMonth[],
  asOf: string,
  targets: MonitoringTargets,
): Indicator[] {
  return [
    shareIndicator("MANUFACTURING_SHARE", series, asOf, targets),
    growthIndicator(series, asOf),
    shareIndicator("MEDIUM_LONG_TERM_SHARE", series, asOf, targets),
    shareIndicator("CREDIT_SHARE", series, asOf, targets),
  ];
}

/** An amount a department entered for a period (a quarter's fund investments, bonds issued), by its last month. */
export interface PeriodAmount {
  month: string;
  amountFen: bigint;
}

const showFen = (yuan: Decimal) => formatYuan(roundHalfUpToFen(yuan));

/**
 * New fund investment or bond financing: the amounts from the target's first month to `asOf` added up,
 * against the amount to reach by the target month. The projection is the straight line from nothing
 * before the first month through the total so far, rounded once to the fen.
 */
export function cumulativeIndicator(
  code: "FUND_INVESTMENT" | "BOND_FINANCING",
  amounts: readonly PeriodAmount[],
  asOf: string,
  targets: MonitoringTargets,
): Indicator {
  const { amountFen: targetFen, from } =
    code === "FUND_INVESTMENT" ? targets.fundInvestment : targets.bondFinancing;
  const counted = amounts.filter((entry) => entry.month >= from && entry.month <= asOf);
  const totalFen = counted.reduce((sum, entry) => sum + entry.amountFen, 0n);
  const startedBefore = monthsBack(from, 1);
  const toYuan = (fen: bigint) => exactDecimal(fen.toString()).div(100);
  const name = INDICATOR_TERMS[code];
  return {
    code,
    asOf,
    unit: "yuan",
    value: yuanOf(totalFen),
    target: { rule: "AT_LEAST", value: yuanOf(targetFen), by: targets.targetMonth },
    met: totalFen >= targetFen,
    progress: targetFen > 0n ? showRatio(ratioOf(totalFen, targetFen)) : null,
    projection:
      asOf < from
        ? null
        : straightLine(
            { month: startedBefore, value: new Decimal(0) },
            { month: asOf, value: toYuan(totalFen) },
            targets.targetMonth,
            toYuan(targetFen),
            showFen,
          ),
    working: {
      formula: { zh: `${from}起各期金额之和`, en: `Sum of the periods' amounts from ${from}` },
      inputs: counted.map((entry) => ({ name, month: entry.month, value: yuanOf(entry.amountFen) })),
      computation: `${counted.map((entry) => yuanOf(entry.amountFen)).join(" + ") || "0"} = ${yuanOf(totalFen)}`,
      rounding: "half-up-once-to-fen",
    },
  };
}

const REACHED_BY_EVENTS: Term = { zh: "参加对接活动的企业", en: "Enterprises at financing events" };
const REACHED_BY_DEMANDS: Term = { zh: "融资需求被认领的企业", en: "Enterprises whose demand was claimed" };

const showCount = (count: Decimal) => count.toDecimalPlaces(0, Decimal.ROUND_DOWN).toString();
/** A pace of enterprises per month, to two places (41.67 a month), rounded half-up. */
const showPace = (count: Decimal) => count.toFixed(2, Decimal.ROUND_HALF_UP);

/**
 * Enterprises (times) served by financing events in the calendar year of `asOf`, against the yearly
 * target; projected to the year's end at the pace of the months so far, in whole enterprises.
 */
export function enterprisesServedIndicator(
  servedThisYear: number,
  asOf: string,
  targets: MonitoringTargets,
  reached?: { events: number; demands: number },
): Indicator {
  const yearEnd = `${asOf.slice(0, 4)}-12`;
  const target = targets.enterprisesServedPerYear;
  const name = INDICATOR_TERMS.ENTERPRISES_SERVED;
  return {
    code: "ENTERPRISES_SERVED",
    asOf,
    unit: "count",
    value: String(servedThisYear),
    target: { rule: "AT_LEAST", value: String(target), by: yearEnd },
    met: servedThisYear >= target,
    progress: showRatio(ratioOf(BigInt(servedThisYear), BigInt(target))),
    projection: straightLine(
      { month: `${Number(asOf.slice(0, 4)) - 1}-12`, value: new Decimal(0) },
      { month: asOf, value: new Decimal(servedThisYear) },
      yearEnd,
      new Decimal(target),
      showCount,
      showPace,
    ),
    working: {
      formula: reached
        ? {
            zh: "本年1月至本月参加对接活动的企业 + 融资需求被认领的企业 − 两者重复的企业",
            en: "Enterprises at events + enterprises whose demand was claimed − those in both, January to this month",
          }
        : { zh: "本年1月至本月对接服务企业家次", en: "Enterprises served from January to this month" },
      inputs: reached
        ? [
            { name: REACHED_BY_EVENTS, month: asOf, value: String(reached.events) },
            { name: REACHED_BY_DEMANDS, month: asOf, value: String(reached.demands) },
            { name, month: asOf, value: String(servedThisYear) },
          ]
        : [{ name, month: asOf, value: String(servedThisYear) }],
      computation: reached
        ? `${reached.events} + ${reached.demands} − ${reached.events + reached.demands - servedThisYear} = ${servedThisYear}`
        : String(servedThisYear),
      rounding: "whole-count-down",
    },
  };
}

/** A count of enterprises in the listing pipeline at a month's end. */
export interface MonthCount {
  month: string;
  count: number;
}

/** The listing pipeline against its floor (seed 004 §二(二): 500 or more), projected like a share. */
export function listingPipelineIndicator(
  series: readonly MonthCount[],
  asOf: string,
  targets: MonitoringTargets,
): Indicator {
  const target: Indicator["target"] = {
    rule: "AT_LEAST",
    value: String(targets.listingPipeline),
    by: targets.targetMonth,
  };
  const latest = series.find((entry) => entry.month === asOf);
  if (!latest) return unavailable("LISTING_PIPELINE", asOf, "count", target, MISSING_MONTH(asOf));
  const earlier = earlierPoint(series, asOf);
  return {
    code: "LISTING_PIPELINE",
    asOf,
    unit: "count",
    value: String(latest.count),
    target,
    met: latest.count >= targets.listingPipeline,
    progress: showRatio(ratioOf(BigInt(latest.count), BigInt(targets.listingPipeline))),
    projection: straightLine(
      earlier && { month: earlier.month, value: new Decimal(earlier.count) },
      { month: asOf, value: new Decimal(latest.count) },
      targets.targetMonth,
      new Decimal(targets.listingPipeline),
      showCount,
      showPace,
    ),
    working: {
      formula: { zh: "月末上市培育库在库企业数", en: "Enterprises in the pool at the month's end" },
      inputs: [{ name: INDICATOR_TERMS.LISTING_PIPELINE, month: asOf, value: String(latest.count) }],
      computation: String(latest.count),
      rounding: "whole-count-down",
    },
  };
}

/**
 * Enterprises served in a year: those that attended the region's financing events and those whose
 * demand an institution claimed, each enterprise counted once however often it was reached.
 */
export function enterprisesReached(
  eventEnterprises: readonly string[],
  demandEnterprises: readonly string[],
): { events: number; demands: number; distinct: number } {
  return {
    events: new Set(eventEnterprises).size,
    demands: new Set(demandEnterprises).size,
    distinct: new Set([...eventEnterprises, ...demandEnterprises]).size,
  };
}
