import { Decimal } from "decimal.js";
import { checkIsoDate, type DateRange, daysBetween } from "../dates";
import { DomainValidationError, throwIfIssues, type ValidationIssue } from "../errors";
import {
  assertNonNegativeFen,
  assertRate,
  exactDecimal,
  formatYuan,
  roundHalfUpToFen,
  splitLargestRemainder,
} from "../money";

export type DayCount = "ACT/360" | "ACT/365";

/** Days in the year a day count divides by (also shown in the working). */
export const DAY_COUNT_BASIS: Readonly<Record<DayCount, number>> = { "ACT/360": 360, "ACT/365": 365 };

/** PBoC convention: 日利率 = 年利率 / 360. */
export const DEFAULT_DAY_COUNT: DayCount = "ACT/360";

/** Seed 002 art. 9: the city subsidises 2% a year of the loan amount. */
export const DEFAULT_INTEREST_SUBSIDY_RATE = new Decimal("0.02");

/** A change of outstanding principal (of a loan, or of the guaranteed amount of a guarantee). */
export interface PrincipalEvent {
  date: string;
  type: "disbursement" | "repayment";
  amountFen: bigint;
}

/** A stretch of days with constant outstanding principal, [from, to). */
export interface AccrualPeriod {
  from: string;
  to: string;
  days: number;
  principalFen: bigint;
}

export interface SubsidyPeriod extends AccrualPeriod {
  /** This period's part of the uncapped total; the parts add up to it exactly. */
  amountFen: bigint;
}

export interface SubsidyResult {
  subsidyFen: bigint;
  uncappedFen: bigint;
  /** True when the cap (interest paid, fee charged) is below the uncapped amount and so decides the subsidy. */
  capped: boolean;
  periods: SubsidyPeriod[];
}

export interface InterestSubsidyInput {
  /** Default {@link DEFAULT_INTEREST_SUBSIDY_RATE}. */
  rate?: Decimal;
  /** Default {@link DEFAULT_DAY_COUNT}. */
  dayCount?: DayCount;
  events: readonly PrincipalEvent[];
  /** Interest actually paid; the subsidy never exceeds it. No cap when absent. */
  interestPaidFen?: bigint;
}

/** Collects every problem with the events so the user can fix them in one go. */
function validateEvents(events: readonly PrincipalEvent[]): void {
  if (events.length === 0) {
    throw DomainValidationError.single(["events"], "min-items", {
      zh: "至少需要一笔放款事件",
      en: "At least one event is required",
    });
  }
  const issues: ValidationIssue[] = [];
  let outstandingFen = 0n;
  let previousDate: string | undefined;
  events.forEach((event, index) => {
    const ordinal = index + 1;
    const dateIssue = checkIsoDate(event.date, ["events", index, "date"]);
    if (dateIssue) {
      issues.push(dateIssue);
    } else {
      if (previousDate !== undefined && event.date < previousDate) {
        issues.push({
          path: ["events", index, "date"],
          rule: "date-order",
          message: {
            zh: `第${ordinal}笔事件的日期${event.date}早于上一笔的${previousDate}`,
            en: "Events must be in date order",
          },
        });
      }
      previousDate = event.date;
    }
    if (index === 0 && event.type !== "disbursement") {
      issues.push({
        path: ["events", index, "type"],
        rule: "first-disbursement",
        message: { zh: "第1笔事件必须是放款", en: "The first event must be a disbursement" },
      });
    }
    if (event.amountFen <= 0n) {
      issues.push({
        path: ["events", index, "amount"],
        rule: "positive",
        message: { zh: `第${ordinal}笔事件的金额必须大于0`, en: "Amount must be greater than 0" },
      });
    } else if (event.type === "disbursement") {
      outstandingFen += event.amountFen;
    } else if (event.amountFen > outstandingFen) {
      issues.push({
        path: ["events", index, "amount"],
        rule: "exceeds-outstanding",
        message: {
          zh: `第${ordinal}笔还款${formatYuan(event.amountFen)}元超过当时未还本金${formatYuan(outstandingFen)}元`,
          en: `Repayment exceeds the outstanding principal of ${formatYuan(outstandingFen)}`,
        },
      });
    } else {
      outstandingFen -= event.amountFen;
    }
  });
  throwIfIssues(issues);
}

function validateWindow(window: DateRange): void {
  const issues = [
    checkIsoDate(window.from, ["window", "from"]),
    checkIsoDate(window.to, ["window", "to"]),
  ].filter((issue) => issue !== undefined);
  if (issues.length === 0 && window.to < window.from) {
    issues.push({
      path: ["window", "to"],
      rule: "date-order",
      message: { zh: "区间结束日早于开始日", en: "Window must not end before it starts" },
    });
  }
  throwIfIssues(issues);
}

/**
 * Periods of constant outstanding principal between consecutive event dates, clipped to `window`.
 * Without a window, accrual stops at the last event. With one, principal still outstanding after the
 * last event accrues to the window's end (a guarantee running through year-end). Periods with no
 * principal or no days are left out.
 */
export function accruePeriods(events: readonly PrincipalEvent[], window?: DateRange): AccrualPeriod[] {
  validateEvents(events);
  if (window) validateWindow(window);
  const periods: AccrualPeriod[] = [];
  let principalFen = 0n;
  for (const [index, event] of events.entries()) {
    principalFen += event.type === "disbursement" ? event.amountFen : -event.amountFen;
    const end = events[index + 1]?.date ?? window?.to;
    if (end === undefined || principalFen === 0n) continue;
    const from = window && window.from > event.date ? window.from : event.date;
    const to = window && window.to < end ? window.to : end;
    if (from < to) periods.push({ from, to, days: daysBetween(from, to), principalFen });
  }
  return periods;
}

/**
 * Σ principal × rate × days / basis over the periods, computed exactly and rounded once to the fen,
 * then allocated back to the periods by largest remainder and capped at `capFen`.
 * Shared by the interest and guarantee-fee subsidies.
 */
export function subsidyForPeriods(
  periods: readonly AccrualPeriod[],
  rate: Decimal,
  dayCount: DayCount,
  capFen?: bigint,
): SubsidyResult {
  // Checked at run time too: dayCount often arrives from JSON.
  const basis = Object.hasOwn(DAY_COUNT_BASIS, dayCount) ? DAY_COUNT_BASIS[dayCount] : undefined;
  if (basis === undefined) {
    throw DomainValidationError.single(["dayCount"], "enum", {
      zh: "计息基准须为ACT/360或ACT/365",
      en: "ACT/360 or ACT/365",
    });
  }
  // principal (fen) × rate × days is exact; each is proportional to its period's share of the total.
  const exactRate = exactDecimal(rate);
  const weights = periods.map((period) =>
    exactDecimal(period.principalFen.toString()).times(exactRate).times(period.days),
  );
  const uncappedYuan = weights.reduce((sum, weight) => sum.plus(weight), exactDecimal(0)).div(basis * 100);
  const uncappedFen = roundHalfUpToFen(uncappedYuan);
  const amounts = uncappedFen === 0n ? weights.map(() => 0n) : splitLargestRemainder(uncappedFen, weights);
  const capped = capFen !== undefined && capFen < uncappedFen;
  return {
    subsidyFen: capped ? capFen : uncappedFen,
    uncappedFen,
    capped,
    periods: periods.map((period, index) => ({ ...period, amountFen: amounts[index] ?? 0n })),
  };
}

/** SPEC §3.2: the interest subsidy of one loan, capped at the interest actually paid. */
export function calculateInterestSubsidy(input: InterestSubsidyInput): SubsidyResult {
  const rate = input.rate ?? DEFAULT_INTEREST_SUBSIDY_RATE;
  assertRate(rate, ["rate"]);
  if (input.interestPaidFen !== undefined) assertNonNegativeFen(input.interestPaidFen, ["interestPaid"]);
  return subsidyForPeriods(
    accruePeriods(input.events),
    rate,
    input.dayCount ?? DEFAULT_DAY_COUNT,
    input.interestPaidFen,
  );
}
