import { checkIsoDate, datesFromTo, isWeekend, parseIsoDate, yearOf } from "../dates";
import { DomainValidationError, throwIfIssues, type ValidationIssue, type ValidationPath } from "../errors";

/**
 * The Chinese official calendar as data a platform admin extends each year when the State Council
 * publishes the next year's holiday notice (usually in November).
 */
export interface OfficialCalendar {
  /** Years whose notice has been entered; any other year is refused rather than guessed. */
  coveredYears: readonly number[];
  /** Statutory days off (放假), on weekdays and weekends alike. */
  holidays: readonly string[];
  /** Weekend days that are working days (调休上班). */
  adjustedWorkdays: readonly string[];
}

/**
 * 2025: 国办发明电〔2024〕12号 (2024-11-12); 2026: 国办发明电〔2025〕7号 (2025-11-04).
 * 2025's 中秋 (10-06) falls inside 国庆.
 */
export const CN_OFFICIAL_CALENDAR: OfficialCalendar = {
  coveredYears: [2025, 2026],
  holidays: [
    ...datesFromTo("2025-01-01", "2025-01-01"), // 元旦
    ...datesFromTo("2025-01-28", "2025-02-04"), // 春节
    ...datesFromTo("2025-04-04", "2025-04-06"), // 清明节
    ...datesFromTo("2025-05-01", "2025-05-05"), // 劳动节
    ...datesFromTo("2025-05-31", "2025-06-02"), // 端午节
    ...datesFromTo("2025-10-01", "2025-10-08"), // 国庆节、中秋节
    ...datesFromTo("2026-01-01", "2026-01-03"), // 元旦
    ...datesFromTo("2026-02-15", "2026-02-23"), // 春节
    ...datesFromTo("2026-04-04", "2026-04-06"), // 清明节
    ...datesFromTo("2026-05-01", "2026-05-05"), // 劳动节
    ...datesFromTo("2026-06-19", "2026-06-21"), // 端午节
    ...datesFromTo("2026-09-25", "2026-09-27"), // 中秋节
    ...datesFromTo("2026-10-01", "2026-10-07"), // 国庆节
  ],
  adjustedWorkdays: [
    "2025-01-26", // 春节
    "2025-02-08",
    "2025-04-27", // 劳动节
    "2025-09-28", // 国庆节
    "2025-10-11",
    "2026-01-04", // 元旦
    "2026-02-14", // 春节
    "2026-02-28",
    "2026-05-09", // 劳动节
    "2026-09-20", // 国庆节
    "2026-10-10",
  ],
};

/** The State Council notice a year's holidays come from (e.g. 国办发明电〔2025〕7号 of 2025-11-04). */
export interface HolidayNotice {
  number: string;
  date: string;
}

/** The notices CN_OFFICIAL_CALENDAR's years come from, for the platform's first start to record with them. */
export const CN_OFFICIAL_CALENDAR_NOTICES: Readonly<Record<number, HolidayNotice>> = {
  2025: { number: "国办发明电〔2024〕12号", date: "2024-11-12" },
  2026: { number: "国办发明电〔2025〕7号", date: "2025-11-04" },
};

/** One year of a calendar: its days off and adjusted workdays. */
export interface CalendarYear {
  year: number;
  holidays: readonly string[];
  adjustedWorkdays: readonly string[];
}

/** The dates of `year` in `calendar`. */
export function calendarYearOf(calendar: OfficialCalendar, year: number): CalendarYear {
  const inYear = (date: string) => yearOf(date) === year;
  return {
    year,
    holidays: calendar.holidays.filter(inYear),
    adjustedWorkdays: calendar.adjustedWorkdays.filter(inYear),
  };
}

/** The calendar the entered years make together; the years not among them stay uncovered. */
export function combineCalendarYears(years: readonly CalendarYear[]): OfficialCalendar {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  return {
    coveredYears: sorted.map((entry) => entry.year),
    holidays: sorted.flatMap((entry) => [...entry.holidays].sort()),
    adjustedWorkdays: sorted.flatMap((entry) => [...entry.adjustedWorkdays].sort()),
  };
}

/** The State Council publishes the next year's notice in November; from this day on the platform asks for it. */
export const NEXT_YEAR_ASKED_FROM = "11-01";

/**
 * The year a platform admin should enter now, or null: the current year when it is not covered (deadlines
 * are being refused already), else from 1 November the next year while it is not covered.
 */
export function yearToEnter(coveredYears: readonly number[], today: string): number | null {
  const year = yearOf(parseIsoDate(today, ["today"]));
  if (!coveredYears.includes(year)) return year;
  if (today.slice(5) >= NEXT_YEAR_ASKED_FROM && !coveredYears.includes(year + 1)) return year + 1;
  return null;
}

/**
 * What `count` gives, or null when it needs a year the calendar does not hold yet: for reads that
 * still answer (a date shown as not yet known) until the platform admin enters that year.
 */
export function unlessCalendarUncovered<T>(count: () => T): T | null {
  try {
    return count();
  } catch (error) {
    if (error instanceof DomainValidationError && error.issues[0]?.rule === "calendar-not-covered")
      return null;
    throw error;
  }
}

function notCoveredError(year: number, path: ValidationPath): DomainValidationError {
  return DomainValidationError.single(path, "calendar-not-covered", {
    zh: `官方日历尚未录入${year}年的节假日安排,无法判断工作日,请平台管理员补充`,
    en: `The official calendar does not cover ${year} yet`,
  });
}

/**
 * A working day is an adjusted workday, or a Monday–Friday that is not a holiday. Throws for a year the
 * calendar does not cover: a guess would silently misdate deadlines around the next year's holidays.
 */
export function isWorkingDay(calendar: OfficialCalendar, date: string, path: ValidationPath = []): boolean {
  const year = yearOf(parseIsoDate(date, path));
  if (!calendar.coveredYears.includes(year)) throw notCoveredError(year, path);
  if (calendar.adjustedWorkdays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  return !isWeekend(date);
}

/** Checks a calendar as an admin entered it, reporting every problem at once, and returns it unchanged. */
export function validateOfficialCalendar(calendar: OfficialCalendar): OfficialCalendar {
  const issues: ValidationIssue[] = [];
  calendar.coveredYears.forEach((year, index) => {
    if (!Number.isInteger(year) || year < 1000 || year > 9999) {
      issues.push({
        path: ["coveredYears", index],
        rule: "year-range",
        message: { zh: `年份"${year}"无效`, en: "Year must be a four-digit integer" },
      });
    } else if (calendar.coveredYears.indexOf(year) !== index) {
      issues.push({
        path: ["coveredYears", index],
        rule: "unique",
        message: { zh: `年份${year}重复`, en: `Year ${year} given twice` },
      });
    }
  });
  const checkDates = (field: "holidays" | "adjustedWorkdays", label: string) => {
    calendar[field].forEach((date, index) => {
      const path = [field, index];
      const dateIssue = checkIsoDate(date, path);
      if (dateIssue) {
        issues.push(dateIssue);
      } else if (!calendar.coveredYears.includes(yearOf(date))) {
        issues.push({
          path,
          rule: "year-not-covered",
          message: { zh: `${label}${date}不在已覆盖的年份内`, en: "Date outside the covered years" },
        });
      } else if (calendar[field].indexOf(date) !== index) {
        issues.push({ path, rule: "unique", message: { zh: `${label}${date}重复`, en: "Listed twice" } });
      } else if (field === "adjustedWorkdays" && !isWeekend(date)) {
        issues.push({
          path,
          rule: "weekend-only",
          message: {
            zh: `调休上班日${date}不是周末`,
            en: "An adjusted workday must be a Saturday or Sunday",
          },
        });
      } else if (field === "adjustedWorkdays" && calendar.holidays.includes(date)) {
        issues.push({
          path,
          rule: "holiday-and-workday",
          message: {
            zh: `${date}不能既是放假日又是调休上班日`,
            en: "A date cannot be both a holiday and a workday",
          },
        });
      }
    });
  };
  checkDates("holidays", "放假日");
  checkDates("adjustedWorkdays", "调休上班日");
  throwIfIssues(issues);
  return calendar;
}
