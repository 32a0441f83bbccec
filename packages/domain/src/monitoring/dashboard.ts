import { Decimal } from "decimal.js";
import { MONTH_PATTERN, monthsEndingWith } from "../dates";
import { exactDecimal } from "../money";
import { monthsBetween, RATIO_PLACES } from "./indicators";

/**
 * The figures the monitoring dashboard and the monthly briefing draw (issue 15 point 5): shares and
 * year-on-year growth of summed balances, rankings of banks. Ratios are shown as the indicators show
 * them: to 6 places, rounded half-up once.
 */

const show = (ratio: Decimal) => ratio.toFixed(RATIO_PLACES, Decimal.ROUND_HALF_UP);

/** part ÷ whole, or null when the whole is 0 (no share of nothing). */
export function shareRatio(part: bigint, whole: bigint): string | null {
  return whole === 0n ? null : show(exactDecimal(part.toString()).div(whole.toString()));
}

/** (now − a year ago) ÷ a year ago, or null without a figure a year ago or when it was 0. */
export function yearOnYearGrowth(now: bigint, yearAgo: bigint | undefined): string | null {
  return yearAgo === undefined || yearAgo === 0n
    ? null
    : show(exactDecimal((now - yearAgo).toString()).div(yearAgo.toString()));
}

/** The month `n` months after `month` (negative: before): 2026-02, −3 → 2025-11. */
export function shiftMonth(month: string, n: number): string {
  const [year = 0, m = 0] = month.split("-").map(Number);
  const serial = year * 12 + (m - 1) + n;
  return `${Math.floor(serial / 12)}-${String((serial % 12) + 1).padStart(2, "0")}`;
}

/** At most five years of months on one dashboard: a longer range is refused, not truncated. */
export const MAX_DASHBOARD_MONTHS = 60;

/** A dashboard shows three years unless asked otherwise: the 2024–2027 target period at a glance. */
export const DEFAULT_DASHBOARD_MONTHS = 36;

/** The monthly briefing shows two years: this month against the same month a year earlier and before. */
export const BRIEFING_MONTHS = 24;

/** The months from `from` to `to`, both counted, oldest first; empty when `from` is after `to`. */
export function monthsFromTo(from: string, to: string): string[] {
  if (!MONTH_PATTERN.test(from) || !MONTH_PATTERN.test(to)) return [];
  const count = monthsBetween(from, to) + 1;
  return count > 0 ? monthsEndingWith(to, count) : [];
}

/**
 * Competition ranking, highest first (1, 2, 2, 4): equal values as shown share a rank; entries without a
 * value are not ranked (null) and come last, in the order given.
 */
export function rankDescending<T>(
  entries: readonly T[],
  scoreOf: (entry: T) => string | null,
): { entry: T; rank: number | null }[] {
  const valued = entries
    .flatMap((entry) => {
      const score = scoreOf(entry);
      return score === null ? [] : [{ entry, score: new Decimal(score) }];
    })
    .sort((a, b) => b.score.comparedTo(a.score));
  const ranked: { entry: T; rank: number | null }[] = [];
  valued.forEach(({ entry, score }, index) => {
    const previous = valued[index - 1];
    const rank = previous?.score.equals(score) ? (ranked[index - 1]?.rank ?? index + 1) : index + 1;
    ranked.push({ entry, rank });
  });
  const unranked = entries.filter((entry) => scoreOf(entry) === null).map((entry) => ({ entry, rank: null }));
  return [...ranked, ...unranked];
}

/** A ratio as a percentage, exactly (the decimal point moved, trailing zeros dropped): "-0.012500" → "-1.25%". */
export function ratioAsPercent(ratio: string): string {
  return `${new Decimal(ratio).times(100).toString()}%`;
}
