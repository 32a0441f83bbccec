import { addDays, daysBetween, parseIsoDate } from "../dates";
import { DomainValidationError, type ValidationIssue, type ValidationPath } from "../errors";
import { isWorkingDay, type OfficialCalendar } from "./official-calendar";

export const SLA_UNITS = ["calendar-days", "working-days"] as const;

export type SlaUnit = (typeof SLA_UNITS)[number];

/** A deadline as a programme states it: seed 002's 一周 is 7 calendar days, 3日 is 3. */
export interface SlaPeriod {
  amount: number;
  unit: SlaUnit;
}

export type SlaState = "on-time" | "due-soon" | "due-today" | "overdue";

/** The "positive-integer" or "enum" issue of a period, or undefined; for validators that collect issues. */
export function checkSlaPeriod(period: SlaPeriod, path: ValidationPath): ValidationIssue | undefined {
  if (!Number.isInteger(period.amount) || period.amount < 1) {
    return {
      path: [...path, "amount"],
      rule: "positive-integer",
      message: {
        zh: `时限须为正整数天,实际为${period.amount}`,
        en: "The period must be a whole number of days, at least 1",
      },
    };
  }
  if (!(SLA_UNITS as readonly string[]).includes(period.unit)) {
    return {
      path: [...path, "unit"],
      rule: "enum",
      message: { zh: "时限单位须为自然日或工作日", en: `Unit must be ${SLA_UNITS.join(" or ")}` },
    };
  }
  return undefined;
}

/**
 * The last day on which the work is still on time. The start day is not counted (民法典 art. 201):
 * calendar days → start + amount, even if that is a holiday (the seed's 一周 is plain calendar time);
 * working days → the amount-th working day after start on the official calendar.
 */
export function dueDate(start: string, period: SlaPeriod, calendar: OfficialCalendar): string {
  parseIsoDate(start, ["start"]);
  const issue = checkSlaPeriod(period, ["period"]);
  if (issue) throw new DomainValidationError([issue]);
  if (period.unit === "calendar-days") return addDays(start, period.amount);
  let day = start;
  for (let counted = 0; counted < period.amount; ) {
    day = addDays(day, 1);
    if (isWorkingDay(calendar, day)) counted += 1;
  }
  return day;
}

/** "due-soon" from `warnBeforeDays` calendar days before the due date; the due date itself is still on time. */
export function slaState(due: string, today: string, warnBeforeDays = 1): SlaState {
  if (!Number.isInteger(warnBeforeDays) || warnBeforeDays < 0) {
    throw DomainValidationError.single(["warnBeforeDays"], "non-negative-integer", {
      zh: "提前提醒天数须为非负整数",
      en: "warnBeforeDays must be a non-negative integer",
    });
  }
  const daysLeft = daysBetween(parseIsoDate(today, ["today"]), parseIsoDate(due, ["due"]));
  if (daysLeft < 0) return "overdue";
  if (daysLeft === 0) return "due-today";
  return daysLeft <= warnBeforeDays ? "due-soon" : "on-time";
}

/** Calendar days an organisation has held an item since `since`, for "who is late" lists. */
export function elapsedHoldDays(since: string, today: string): number {
  const days = daysBetween(parseIsoDate(since, ["since"]), parseIsoDate(today, ["today"]));
  if (days < 0) {
    throw DomainValidationError.single(["today"], "date-order", {
      zh: `当前日期${today}早于起算日期${since}`,
      en: "Today must not be before since",
    });
  }
  return days;
}
