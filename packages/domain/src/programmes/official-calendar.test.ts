import chineseDays from "chinese-days";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates";
import { issueOf, issuesOf } from "../test-support";
import {
  CN_OFFICIAL_CALENDAR,
  CN_OFFICIAL_CALENDAR_NOTICES,
  calendarYearOf,
  combineCalendarYears,
  isWorkingDay,
  type OfficialCalendar,
  unlessCalendarUncovered,
  validateOfficialCalendar,
  yearToEnter,
} from "./official-calendar";

function everyDayOf(year: number): string[] {
  const days: string[] = [];
  for (let day = `${year}-01-01`; day < `${year + 1}-01-01`; day = addDays(day, 1)) days.push(day);
  return days;
}

describe("CN_OFFICIAL_CALENDAR", () => {
  it.each([2025, 2026])("agrees with chinese-days on every day of %i", (year) => {
    const days = everyDayOf(year);
    expect(days.length).toBeGreaterThanOrEqual(365);
    const disagreements = days.filter(
      (day) => isWorkingDay(CN_OFFICIAL_CALENDAR, day) !== chineseDays.isWorkday(day),
    );
    expect(disagreements).toEqual([]);
  });

  it("lists each notice's days off and adjusted workdays (2025: 28 days off, 2026: 33)", () => {
    const count = (dates: readonly string[], year: number) =>
      dates.filter((d) => d.startsWith(`${year}`)).length;
    expect(count(CN_OFFICIAL_CALENDAR.holidays, 2025)).toBe(28);
    expect(count(CN_OFFICIAL_CALENDAR.holidays, 2026)).toBe(33);
    expect(count(CN_OFFICIAL_CALENDAR.adjustedWorkdays, 2025)).toBe(5);
    expect(count(CN_OFFICIAL_CALENDAR.adjustedWorkdays, 2026)).toBe(6);
  });

  it("passes its own validation", () => {
    expect(validateOfficialCalendar(CN_OFFICIAL_CALENDAR)).toBe(CN_OFFICIAL_CALENDAR);
  });
});

describe("isWorkingDay", () => {
  it.each([
    ["2025-09-26", true, "an ordinary Friday"],
    ["2025-09-27", false, "an ordinary Saturday"],
    ["2025-09-28", true, "a Sunday worked for 国庆 (调休)"],
    ["2025-10-01", false, "国庆, a Wednesday"],
    ["2025-10-08", false, "the last day of 国庆, a Wednesday"],
    ["2025-10-09", true, "the Thursday after 国庆"],
    ["2025-10-11", true, "a Saturday worked for 国庆"],
    ["2026-02-14", true, "a Saturday worked for 春节"],
    ["2026-02-23", false, "the last day of 春节, a Monday"],
    ["2026-12-31", true, "the last covered day"],
  ])("%s → %s (%s)", (date, expected) => {
    expect(isWorkingDay(CN_OFFICIAL_CALENDAR, date)).toBe(expected);
  });

  it("refuses a year the calendar does not cover instead of guessing (chinese-days calls 2027-01-01 a workday)", () => {
    expect(chineseDays.isWorkday("2027-01-01")).toBe(true);
    const issue = issueOf(() => isWorkingDay(CN_OFFICIAL_CALENDAR, "2027-01-01", ["date"]));
    expect(issue).toMatchObject({ path: ["date"], rule: "calendar-not-covered" });
    expect(issue.message.zh).toContain("2027");
    expect(issueOf(() => isWorkingDay(CN_OFFICIAL_CALENDAR, "2024-12-31")).message.zh).toContain("2024");
  });

  it("refuses a malformed date", () => {
    expect(issueOf(() => isWorkingDay(CN_OFFICIAL_CALENDAR, "2025-02-30", ["date"]))).toMatchObject({
      path: ["date"],
      rule: "iso-date",
    });
  });

  it("takes an admin's extension for a new year", () => {
    const extended: OfficialCalendar = {
      coveredYears: [...CN_OFFICIAL_CALENDAR.coveredYears, 2027],
      holidays: [...CN_OFFICIAL_CALENDAR.holidays, "2027-01-01"],
      adjustedWorkdays: CN_OFFICIAL_CALENDAR.adjustedWorkdays,
    };
    expect(isWorkingDay(extended, "2027-01-01")).toBe(false);
    expect(isWorkingDay(extended, "2027-01-04")).toBe(true);
  });
});

describe("unlessCalendarUncovered", () => {
  it("answers what was counted, null for a year not held yet, and rethrows any other refusal", () => {
    expect(unlessCalendarUncovered(() => isWorkingDay(CN_OFFICIAL_CALENDAR, "2026-12-31"))).toBe(true);
    expect(unlessCalendarUncovered(() => isWorkingDay(CN_OFFICIAL_CALENDAR, "2027-01-04"))).toBeNull();
    expect(() => unlessCalendarUncovered(() => isWorkingDay(CN_OFFICIAL_CALENDAR, "2026-02-30"))).toThrow();
  });
});

describe("validateOfficialCalendar", () => {
  it("reports every problem an admin made", () => {
    const issues = issuesOf(() =>
      validateOfficialCalendar({
        coveredYears: [2025, 2025, 27],
        holidays: ["2025-01-01", "2025-01-01", "2024-12-31", "2025-13-01"],
        adjustedWorkdays: ["2025-01-27", "2025-01-01"],
      }),
    );
    expect(issues.map(({ path, rule }) => [path.join("."), rule])).toEqual([
      ["coveredYears.1", "unique"],
      ["coveredYears.2", "year-range"],
      ["holidays.1", "unique"],
      ["holidays.2", "year-not-covered"],
      ["holidays.3", "iso-date"],
      ["adjustedWorkdays.0", "weekend-only"],
      ["adjustedWorkdays.1", "weekend-only"],
    ]);
  });

  it("refuses a weekend day that is both a holiday and an adjusted workday", () => {
    expect(
      issueOf(() =>
        validateOfficialCalendar({
          coveredYears: [2025],
          holidays: ["2025-10-04"],
          adjustedWorkdays: ["2025-10-04"],
        }),
      ),
    ).toMatchObject({ path: ["adjustedWorkdays", 0], rule: "holiday-and-workday" });
  });
});

describe("calendar years", () => {
  it("splits the calendar into its years and puts them back together unchanged", () => {
    const years = CN_OFFICIAL_CALENDAR.coveredYears.map((year) => calendarYearOf(CN_OFFICIAL_CALENDAR, year));
    expect(years.map((entry) => [entry.year, entry.holidays.length, entry.adjustedWorkdays.length])).toEqual([
      [2025, 28, 5],
      [2026, 33, 6],
    ]);
    expect(combineCalendarYears([...years].reverse())).toEqual(CN_OFFICIAL_CALENDAR);
  });

  it("names the notice of every year it covers", () => {
    expect(Object.keys(CN_OFFICIAL_CALENDAR_NOTICES).map(Number)).toEqual([
      ...CN_OFFICIAL_CALENDAR.coveredYears,
    ]);
  });

  it("sorts each year's dates however they were entered", () => {
    const combined = combineCalendarYears([
      { year: 2027, holidays: ["2027-01-02", "2027-01-01"], adjustedWorkdays: ["2027-01-10", "2027-01-09"] },
    ]);
    expect(combined).toEqual({
      coveredYears: [2027],
      holidays: ["2027-01-01", "2027-01-02"],
      adjustedWorkdays: ["2027-01-09", "2027-01-10"],
    });
  });
});

describe("yearToEnter", () => {
  it.each<[number[], string, number | null, string]>([
    [[2025, 2026], "2026-10-31", null, "before November nothing is asked"],
    [[2025, 2026], "2026-11-01", 2027, "from 1 November the next year is asked for"],
    [[2025, 2026], "2026-12-31", 2027, "still on the year's last day"],
    [[2025, 2026, 2027], "2026-12-06", null, "the next year entered"],
    [[2025, 2026], "2027-01-04", 2027, "the current year is missing: deadlines are refused already"],
    [[2026], "2025-11-15", 2025, "the current year first"],
  ])("%j on %s → %s (%s)", (covered, today, expected) => {
    expect(yearToEnter(covered, today)).toBe(expected);
  });
});
