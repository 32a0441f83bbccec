import { Decimal } from "decimal.js";
import { isIsoDate } from "../dates";
import type { ValidationIssue, ValidationPath } from "../errors";
import type { Term, Terms } from "../vocabulary";
import type { IndicatorTemplate } from "./indicators";

/**
 * When a year's progress report is due: the notice sets no date, so the platform asks for it by the
 * end of the first quarter after the year (31 March), when the statistics offices' yearly figures
 * are out; the ministry may set another day ("MM-DD") when it opens a batch.
 */
export const DEFAULT_REPORT_DUE_MONTH_DAY = "03-31";

/** A report day ("MM-DD") must be one every year has: checked in a common year, so 29 February is refused. */
export function reportDueMonthDayIssues(value: string, path: ValidationPath): ValidationIssue[] {
  if (/^\d{2}-\d{2}$/.test(value) && isIsoDate(`2001-${value}`)) return [];
  return [
    {
      path,
      rule: "month-day",
      message: {
        zh: `进展报告报送截止日"${value}"无效,应为每年都有的月-日,如03-31(不能为02-29)`,
        en: `"${value}" is not a day every year has: expected month-day such as 03-31 (not 02-29)`,
      },
    },
  ];
}

export function progressReportDueDate(year: number, dueMonthDay = DEFAULT_REPORT_DUE_MONTH_DAY): string {
  return `${year + 1}-${dueMonthDay}`;
}

export type ReportTimeliness = "NOT_DUE" | "DUE" | "ON_TIME" | "LATE" | "MISSING";

export const REPORT_TIMELINESS_TERMS: Terms<ReportTimeliness> = {
  NOT_DUE: { zh: "未到报送期", en: "Not yet due" },
  DUE: { zh: "待报送", en: "Due" },
  ON_TIME: { zh: "按时报送", en: "On time" },
  LATE: { zh: "逾期报送", en: "Reported late" },
  MISSING: { zh: "逾期未报", en: "Overdue" },
};

/**
 * A year's report against its due date: submitted on or before it is on time, after it late; not
 * submitted is due until the due date and missing after it. Reports open once the year has ended.
 */
export function reportTimeliness(
  year: number,
  submittedOn: string | null,
  today: string,
  dueMonthDay?: string,
): ReportTimeliness {
  const due = progressReportDueDate(year, dueMonthDay);
  if (submittedOn !== null) return submittedOn <= due ? "ON_TIME" : "LATE";
  if (today <= `${year}-12-31`) return "NOT_DUE";
  return today <= due ? "DUE" : "MISSING";
}

export interface IndicatorProgress {
  code: string;
  name: Term;
  unit: string;
  target: string | null;
  actual: string | null;
  /** actual − target in the indicator's unit; null without both. */
  gap: string | null;
  /** Whether the target is met (≥ for "higher is better", ≤ for "lower"); null without both. */
  met: boolean | null;
  /** How far the target is attained, in percent (see attainmentPercent); null without both. */
  attainment: string | null;
}

/** Attainment is shown to one decimal place of a percent, half away from zero, rounded once. */
export const ATTAINMENT_DECIMALS = 1;

/**
 * How far an actual attains its target, in percent: actual ÷ target for "higher is better",
 * target ÷ actual for "lower" (a non-performing ratio of 1.62 against 1.5 attains 92.6%). Null when
 * the divisor is zero, where a ratio says nothing (a target of 0 is met or not, see `met`).
 */
export function attainmentPercent(
  target: string,
  actual: string,
  direction: "higher" | "lower",
): string | null {
  const [numerator, denominator] = direction === "higher" ? [actual, target] : [target, actual];
  const divisor = new Decimal(denominator);
  if (divisor.isZero()) return null;
  return new Decimal(numerator)
    .times(100)
    .dividedBy(divisor)
    .toDecimalPlaces(ATTAINMENT_DECIMALS, Decimal.ROUND_HALF_UP)
    .toFixed(ATTAINMENT_DECIMALS);
}

/**
 * Each indicator of the template for `year`: the target the plan set for it (column target-YYYY of
 * the application's table) against the actual the pilot reported (the report's column YYYY).
 */
export function progressAgainstTargets(
  template: IndicatorTemplate,
  year: number,
  targets: Readonly<Record<string, Readonly<Record<string, string>>>>,
  actuals: Readonly<Record<string, Readonly<Record<string, string>>>>,
): IndicatorProgress[] {
  return template.indicators.map((indicator) => {
    const target = targets[indicator.code]?.[`target-${year}`] ?? null;
    const actual = actuals[indicator.code]?.[`${year}`] ?? null;
    if (target === null || actual === null) {
      return {
        code: indicator.code,
        name: indicator.name,
        unit: indicator.unit,
        target,
        actual,
        gap: null,
        met: null,
        attainment: null,
      };
    }
    const gap = new Decimal(actual).minus(target);
    const met = indicator.direction === "higher" ? !gap.isNegative() : gap.lessThanOrEqualTo(0);
    return {
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      target,
      actual,
      gap: gap.toString(),
      met,
      attainment: attainmentPercent(target, actual, indicator.direction),
    };
  });
}
