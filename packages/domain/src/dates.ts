import { DomainValidationError, type ValidationIssue, type ValidationPath } from "./errors";

/** A half-open date range [from, to): the first day counts, the last does not (算头不算尾). */
export interface DateRange {
  from: string;
  to: string;
}

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
// Date.UTC reads years 0–99 as 1900–1999, so only four-digit years from 1000 are accepted.
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** UTC-midnight milliseconds of a real calendar date, or undefined (catches 2025-02-30, 2025-13-01). */
function utcMillis(value: string): number | undefined {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < MIN_YEAR) return undefined;
  const millis = Date.UTC(year, month - 1, day);
  const roundTrip = new Date(millis);
  const sameDate =
    roundTrip.getUTCFullYear() === year &&
    roundTrip.getUTCMonth() === month - 1 &&
    roundTrip.getUTCDate() === day;
  return sameDate ? millis : undefined;
}

export function isIsoDate(value: string): boolean {
  return utcMillis(value) !== undefined;
}

function isoDateIssue(value: string, path: ValidationPath): ValidationIssue {
  return {
    path,
    rule: "iso-date",
    message: {
      zh: `日期"${value}"无效,应为YYYY-MM-DD格式的真实日期`,
      en: "Expected a real calendar date as YYYY-MM-DD",
    },
  };
}

/** The "iso-date" issue for `value`, or undefined if it is valid; for validators that collect issues. */
export function checkIsoDate(value: string, path: ValidationPath): ValidationIssue | undefined {
  return isIsoDate(value) ? undefined : isoDateIssue(value, path);
}

function requireMillis(value: string, path: ValidationPath = []): number {
  const millis = utcMillis(value);
  if (millis === undefined) throw new DomainValidationError([isoDateIssue(value, path)]);
  return millis;
}

/** Returns `value` unchanged if it is a valid ISO date; dates stay plain strings throughout the domain. */
export function parseIsoDate(value: string, path: ValidationPath = []): string {
  requireMillis(value, path);
  return value;
}

/** Whole days from `from` to `to` (negative if `to` is earlier). UTC has no DST, so the division is exact. */
export function daysBetween(from: string, to: string): number {
  return (requireMillis(to) - requireMillis(from)) / MS_PER_DAY;
}

export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs whole days, got ${days}`);
  const result = new Date(requireMillis(date) + days * MS_PER_DAY).toISOString().slice(0, 10);
  return parseIsoDate(result);
}

export function yearOf(date: string): number {
  return new Date(requireMillis(date)).getUTCFullYear();
}

/** The calendar year as [YYYY-01-01, (YYYY+1)-01-01), so it contains 365 or 366 days. */
export function calendarYear(year: number, path: ValidationPath = ["year"]): DateRange {
  if (!Number.isInteger(year) || year < MIN_YEAR || year >= MAX_YEAR) {
    throw DomainValidationError.single(path, "year-range", {
      zh: `年份须为${MIN_YEAR}–${MAX_YEAR - 1}之间的整数`,
      en: `Year must be an integer from ${MIN_YEAR} to ${MAX_YEAR - 1}`,
    });
  }
  return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
}

export function daysInYear(year: number): number {
  const { from, to } = calendarYear(year);
  return daysBetween(from, to);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Full years from `from` to `to`: a year is complete on its anniversary (民法典 arts. 201, 202), and
 * one that began on 29 February completes on 28 February in a common year.
 */
export function fullYearsBetween(from: string, to: string): number {
  const [fromMonthDay, toMonthDay] = [parseIsoDate(from).slice(5), parseIsoDate(to).slice(5)];
  const years = yearOf(to) - yearOf(from);
  const anniversaryMissing = fromMonthDay === "02-29" && !isLeapYear(yearOf(to));
  const anniversary = anniversaryMissing ? "02-28" : fromMonthDay;
  return toMonthDay >= anniversary ? years : years - 1;
}

/** Every date from `from` to `to`, both included, as a notice writes a holiday (…至…放假). */
export function datesFromTo(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = parseIsoDate(from); day <= parseIsoDate(to); day = addDays(day, 1)) days.push(day);
  return days;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(requireMillis(date)).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
}

/** A calendar month as YYYY-MM (01–12), in the years 1000–9999 that dates accept. */
export const MONTH_PATTERN = /^[1-9]\d{3}-(0[1-9]|1[0-2])$/;

const pad2 = (n: number) => String(n).padStart(2, "0");

/** The first and the last day of a month YYYY-MM, both counted (2024-02 → 2024-02-01 to 2024-02-29). */
export function monthBounds(month: string): { from: string; to: string } {
  const [year = 0, m = 0] = month.split("-").map(Number);
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${pad2(m + 1)}-01`;
  return { from: `${month}-01`, to: addDays(next, -1) };
}

/** The `n` months YYYY-MM ending with `month`, oldest first (2026-02, 3 → 2025-12, 2026-01, 2026-02). */
export function monthsEndingWith(month: string, n: number): string[] {
  const [year = 0, m = 0] = month.split("-").map(Number);
  return Array.from({ length: n }, (_, index) => {
    const serial = year * 12 + (m - 1) - (n - 1 - index);
    return `${Math.floor(serial / 12)}-${pad2((serial % 12) + 1)}`;
  });
}
