import { Decimal } from "decimal.js";
import { DomainValidationError, type ValidationIssue } from "../errors";
import { exactDecimal } from "../money";
import type { Term, Terms } from "../vocabulary";
import type { BankMonthlyStatistics } from "./bank-statistics";

/**
 * The bank evaluation of seed 004 §五(五) (差异化考核): each bank scored on configurable criteria with
 * weights, every score with its working, ranked, and the slowest banks named as 渝惠融 does.
 */
export const SCORECARD_CRITERIA = [
  "MANUFACTURING_SHARE",
  "MANUFACTURING_GROWTH",
  "MEDIUM_LONG_TERM_SHARE",
  "CREDIT_SHARE",
  "RESPONSE_TIME",
  "DECLINE_WITH_REASON_RATE",
  "REVIEW_TIME",
  "SATISFACTION",
] as const;
export type ScorecardCriterion = (typeof SCORECARD_CRITERIA)[number];

export const SCORECARD_CRITERION_TERMS: Terms<ScorecardCriterion> = {
  MANUFACTURING_SHARE: { zh: "制造业贷款占比", en: "Manufacturing share of the bank's loans" },
  MANUFACTURING_GROWTH: { zh: "制造业贷款同比增速", en: "Manufacturing loan growth, year on year" },
  MEDIUM_LONG_TERM_SHARE: { zh: "制造业中长期贷款占比", en: "Medium/long-term share of manufacturing loans" },
  CREDIT_SHARE: { zh: "制造业信用贷款占比", en: "Credit-loan share of manufacturing loans" },
  RESPONSE_TIME: { zh: "融资需求平均响应时长(天)", en: "Average response time to demands (days)" },
  DECLINE_WITH_REASON_RATE: { zh: "拒绝说明理由率", en: "Share of declines with a reason" },
  REVIEW_TIME: { zh: "贷款审查平均用时(天)", en: "Average loan review time (days)" },
  SATISFACTION: { zh: "企业满意度(1–5分)", en: "Enterprise satisfaction (1–5)" },
};

/** Whether a larger figure is better; times are better short. */
const LOWER_IS_BETTER: ReadonlySet<ScorecardCriterion> = new Set(["RESPONSE_TIME", "REVIEW_TIME"]);

export interface ScorecardConfig {
  criteria: { criterion: ScorecardCriterion; weight: Decimal }[];
  /** How many of the slowest banks are named for each time criterion (ties at the cut all named). */
  slowestCount: number;
}

/** Defaults: the lending figures seed 004 names weigh 60, the service figures 40; the three slowest named. */
export const DEFAULT_SCORECARD: ScorecardConfig = {
  criteria: [
    { criterion: "MANUFACTURING_SHARE", weight: new Decimal(20) },
    { criterion: "MANUFACTURING_GROWTH", weight: new Decimal(20) },
    { criterion: "MEDIUM_LONG_TERM_SHARE", weight: new Decimal(10) },
    { criterion: "CREDIT_SHARE", weight: new Decimal(10) },
    { criterion: "RESPONSE_TIME", weight: new Decimal(10) },
    { criterion: "DECLINE_WITH_REASON_RATE", weight: new Decimal(10) },
    { criterion: "REVIEW_TIME", weight: new Decimal(10) },
    { criterion: "SATISFACTION", weight: new Decimal(10) },
  ],
  slowestCount: 3,
};

export interface ScorecardConfigInput {
  criteria: { criterion: string; weight: string }[];
  slowestCount: number;
}

const WEIGHT_PATTERN = /^\d+(?:\.\d{1,2})?$/;
const MAX_SLOWEST = 20;

/** Checks a scorecard configuration, reporting every issue: known criteria once each, weights ≥ 0 not all 0. */
export function parseScorecardConfig(input: ScorecardConfigInput): ScorecardConfig {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const known = new Set<string>(SCORECARD_CRITERIA);
  input.criteria.forEach(({ criterion, weight }, index) => {
    if (!known.has(criterion)) {
      issues.push({
        path: ["criteria", index, "criterion"],
        rule: "known-criterion",
        message: { zh: `"${criterion}"不是考核指标`, en: "Not a scorecard criterion" },
      });
    } else if (seen.has(criterion)) {
      issues.push({
        path: ["criteria", index, "criterion"],
        rule: "unique",
        message: { zh: `"${criterion}"重复`, en: "Listed twice" },
      });
    }
    seen.add(criterion);
    if (!WEIGHT_PATTERN.test(weight)) {
      issues.push({
        path: ["criteria", index, "weight"],
        rule: "weight-format",
        message: { zh: "权重须为非负数,最多两位小数", en: "A non-negative decimal with at most 2 places" },
      });
    }
  });
  const weights = input.criteria.filter(({ weight }) => WEIGHT_PATTERN.test(weight));
  if (weights.every(({ weight }) => new Decimal(weight).isZero())) {
    issues.push({
      path: ["criteria"],
      rule: "not-all-zero",
      message: { zh: "至少一项指标的权重须大于0", en: "At least one weight must be above 0" },
    });
  }
  if (!Number.isInteger(input.slowestCount) || input.slowestCount < 0 || input.slowestCount > MAX_SLOWEST) {
    issues.push({
      path: ["slowestCount"],
      rule: "range",
      message: {
        zh: `点名最慢银行数须为0到${MAX_SLOWEST}的整数`,
        en: `A whole number from 0 to ${MAX_SLOWEST}`,
      },
    });
  }
  if (issues.length > 0) throw new DomainValidationError(issues);
  return {
    criteria: input.criteria.map(({ criterion, weight }) => ({
      criterion: criterion as ScorecardCriterion,
      weight: new Decimal(weight),
    })),
    slowestCount: input.slowestCount,
  };
}

/**
 * A bank's lending criteria from its statistics for the month and, for growth, the same month a year
 * earlier; a share over a zero base is left out rather than counted as 0.
 */
export function lendingMeasures(
  current: BankMonthlyStatistics,
  yearAgo?: BankMonthlyStatistics,
): Partial<Record<ScorecardCriterion, Decimal>> {
  const ratio = (part: bigint, whole: bigint) =>
    whole > 0n ? { value: exactDecimal(part.toString()).div(whole.toString()) } : undefined;
  const { balanceFen, mediumLongTermBalanceFen, creditBalanceFen } = current.manufacturing;
  const previousFen = yearAgo?.manufacturing.balanceFen;
  const measures = {
    MANUFACTURING_SHARE: ratio(balanceFen, current.allLoansBalanceFen),
    MANUFACTURING_GROWTH:
      previousFen === undefined ? undefined : ratio(balanceFen - previousFen, previousFen),
    MEDIUM_LONG_TERM_SHARE: ratio(mediumLongTermBalanceFen, balanceFen),
    CREDIT_SHARE: ratio(creditBalanceFen, balanceFen),
  };
  return Object.fromEntries(
    Object.entries(measures).flatMap(([criterion, found]) => (found ? [[criterion, found.value]] : [])),
  );
}

/** A bank's figures for the month; a criterion without a figure (no demands, no reviews) is left out. */
export interface BankMeasures {
  bankId: string;
  measures: Partial<Record<ScorecardCriterion, Decimal>>;
}

export interface CriterionScore {
  criterion: ScorecardCriterion;
  weight: string;
  value: string | null;
  /** The best and the worst figure among the banks scored. */
  best: string | null;
  worst: string | null;
  /** 0–100, to 2 places; null when the bank has no figure and the criterion does not count for it. */
  score: string | null;
  working: Term;
}

export interface BankCard {
  bankId: string;
  /** Banks with equal totals share a rank (1, 2, 2, 4); null for a bank with no figures at all. */
  rank: number | null;
  total: string | null;
  totalWorking: Term;
  scores: CriterionScore[];
}

export interface Scorecard {
  cards: BankCard[];
  slowest: { criterion: "RESPONSE_TIME" | "REVIEW_TIME"; banks: { bankId: string; value: string }[] }[];
  rounding: "scores-half-up-2-places";
}

const SCORE_PLACES = 2;
const showScore = (score: Decimal) => score.toFixed(SCORE_PLACES, Decimal.ROUND_HALF_UP);
const showFigure = (value: Decimal) => value.toFixed(6, Decimal.ROUND_HALF_UP);

/**
 * One criterion's score: 100 × the bank's distance from the worst figure ÷ the distance from the worst
 * to the best among the banks scored; when every bank has the same figure, all score 100.
 */
function scoreCriterion(
  criterion: ScorecardCriterion,
  weight: Decimal,
  value: Decimal | undefined,
  figures: readonly Decimal[],
): CriterionScore {
  const lowerBetter = LOWER_IS_BETTER.has(criterion);
  const [min, max] = figures.length
    ? [Decimal.min(...figures), Decimal.max(...figures)]
    : [undefined, undefined];
  const [best, worst] = lowerBetter ? [min, max] : [max, min];
  const base = {
    criterion,
    weight: weight.toString(),
    best: best ? showFigure(best) : null,
    worst: worst ? showFigure(worst) : null,
  };
  if (value === undefined || !best || !worst) {
    return {
      ...base,
      value: null,
      score: null,
      working: { zh: "无数据,不计入", en: "No figure: not counted" },
    };
  }
  if (best.equals(worst)) {
    return {
      ...base,
      value: showFigure(value),
      score: showScore(new Decimal(100)),
      working: { zh: "各行数值相同,均得100.00分", en: "All banks equal: 100.00 each" },
    };
  }
  const score = exactDecimal(100).times(value.minus(worst)).div(best.minus(worst));
  const shown = showScore(score);
  const computation = `100 × (${showFigure(value)} − ${showFigure(worst)}) ÷ (${showFigure(best)} − ${showFigure(worst)}) = ${shown}`;
  return {
    ...base,
    value: showFigure(value),
    score: shown,
    working: { zh: computation, en: computation },
  };
}

/**
 * The total is the weighted mean of the scores as shown (so a reviewer re-computes it from the card),
 * over the criteria the bank has figures for: a bank with no demands is not marked down for speed.
 */
function totalOf(scores: readonly CriterionScore[]): { total: string | null; working: Term } {
  const counted = scores.filter((score) => score.score !== null && !new Decimal(score.weight).isZero());
  if (counted.length === 0)
    return { total: null, working: { zh: "无可计分指标,不参与排名", en: "Nothing to score: not ranked" } };
  const weighted = counted.reduce(
    (sum, s) => sum.plus(new Decimal(s.weight).times(s.score as string)),
    exactDecimal(0),
  );
  const weights = counted.reduce((sum, s) => sum.plus(s.weight), exactDecimal(0));
  const total = showScore(weighted.div(weights));
  const terms = counted.map((s) => `${s.weight} × ${s.score}`).join(" + ");
  const computation = `(${terms}) ÷ (${counted.map((s) => s.weight).join(" + ")}) = ${total}`;
  return { total, working: { zh: computation, en: computation } };
}

/** Competition ranking on the totals as shown: equal totals share a rank; order among them as given. */
function rank(cards: Omit<BankCard, "rank">[]): BankCard[] {
  const scored = cards
    .map((card, index) => ({ card, index }))
    .filter(({ card }) => card.total !== null)
    .sort(
      (a, b) => new Decimal(b.card.total as string).comparedTo(a.card.total as string) || a.index - b.index,
    );
  const ranked = scored.map(
    ({ card }): BankCard => ({
      ...card,
      rank: scored.findIndex(({ card: other }) => other.total === card.total) + 1,
    }),
  );
  const unranked = cards.filter((card) => card.total === null).map((card) => ({ ...card, rank: null }));
  return [...ranked, ...unranked];
}

/** The `count` banks with the longest times, and any tied with the last of them. */
function slowestBy(
  criterion: "RESPONSE_TIME" | "REVIEW_TIME",
  banks: readonly BankMeasures[],
  count: number,
): { bankId: string; value: string }[] {
  const timed = banks
    .flatMap((bank) => {
      const value = bank.measures[criterion];
      return value === undefined ? [] : [{ bankId: bank.bankId, value }];
    })
    .sort((a, b) => b.value.comparedTo(a.value));
  const cut = timed[count - 1]?.value;
  const named = count === 0 ? [] : cut ? timed.filter((bank) => bank.value.greaterThanOrEqualTo(cut)) : timed;
  return named.map(({ bankId, value }) => ({ bankId, value: showFigure(value) }));
}

/** Scores, ranks and names the slowest of the banks given, by `config`. */
export function scoreBanks(
  banks: readonly BankMeasures[],
  config: ScorecardConfig = DEFAULT_SCORECARD,
): Scorecard {
  const cards = banks.map((bank) => {
    const scores = config.criteria.map(({ criterion, weight }) => {
      const figures = banks.flatMap((other) => other.measures[criterion] ?? []);
      return scoreCriterion(criterion, weight, bank.measures[criterion], figures);
    });
    const { total, working } = totalOf(scores);
    return { bankId: bank.bankId, total, totalWorking: working, scores };
  });
  const timeCriteria = (["RESPONSE_TIME", "REVIEW_TIME"] as const).filter((criterion) =>
    config.criteria.some((entry) => entry.criterion === criterion),
  );
  return {
    cards: rank(cards),
    slowest: timeCriteria.map((criterion) => ({
      criterion,
      banks: slowestBy(criterion, banks, config.slowestCount),
    })),
    rounding: "scores-half-up-2-places",
  };
}

/** A demand pushed to a bank, as monitoring reads it from the marketplace. */
export interface ClaimFact {
  orgId: string;
  state: string;
  declineReason: string | null;
  /** Business days from the push to the bank's first own step; null while it has taken none. */
  responseDays: number | null;
  /** The enterprise's rating of the service, 1–5, once given. */
  rating: number | null;
}

/** A bank's decision on a programme loan: business days from the application's submission. */
export interface ReviewFact {
  bankOrgId: string;
  reviewDays: number | null;
}

const meanOf = (values: readonly number[]) =>
  values.length === 0
    ? undefined
    : values.reduce((sum, value) => sum.plus(value), exactDecimal(0)).div(values.length);

/**
 * A bank's service criteria from the marketplace and the loan programmes: mean days to its first step
 * on a pushed demand; of the demands it turned down (declined, or released by letting the deadline
 * pass), the share declined with a reason; the enterprises' mean rating; mean days to its review
 * decision. A criterion without any fact is left out, as the scorecard allows.
 */
export function serviceMeasures(
  bankId: string,
  claims: readonly ClaimFact[],
  reviews: readonly ReviewFact[],
): Partial<Record<ScorecardCriterion, Decimal>> {
  const own = claims.filter((claim) => claim.orgId === bankId);
  const turnedDown = own.filter((claim) => claim.state === "DECLINED" || claim.state === "RELEASED");
  const withReason = turnedDown.filter(
    (claim) => claim.state === "DECLINED" && (claim.declineReason ?? "").trim() !== "",
  );
  const measures = {
    RESPONSE_TIME: meanOf(own.flatMap((claim) => (claim.responseDays === null ? [] : [claim.responseDays]))),
    DECLINE_WITH_REASON_RATE:
      turnedDown.length === 0 ? undefined : exactDecimal(withReason.length).div(turnedDown.length),
    SATISFACTION: meanOf(own.flatMap((claim) => (claim.rating === null ? [] : [claim.rating]))),
    REVIEW_TIME: meanOf(
      reviews.flatMap((review) =>
        review.bankOrgId === bankId && review.reviewDays !== null ? [review.reviewDays] : [],
      ),
    ),
  };
  return Object.fromEntries(
    Object.entries(measures).flatMap(([criterion, value]) =>
      value === undefined ? [] : [[criterion, value]],
    ),
  );
}

/**
 * A month's scorecard is published once the month has ended (its statistics are due in the next
 * month, so the bureau chooses when the figures are complete enough); never a month to come.
 */
export function checkPublishableMonth(month: string, today: string): void {
  if (month >= today.slice(0, 7)) {
    throw DomainValidationError.single(["month"], "month-ended", {
      zh: `${month}尚未结束,不能发布考核结果`,
      en: `${month} has not ended: its scorecard cannot be published yet`,
    });
  }
}
