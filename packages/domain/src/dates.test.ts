import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  calendarYear,
  checkIsoDate,
  datesFromTo,
  daysBetween,
  daysInYear,
  fullYearsBetween,
  isIsoDate,
  isLeapYear,
  isWeekend,
  MONTH_PATTERN,
  monthBounds,
  monthsEndingWith,
  parseIsoDate,
  weekdayOf,
  yearOf,
} from "./dates";
import { issueOf } from "./test-support";

describe("ISO dates", () => {
  it.each(["2025-03-10", "2024-02-29", "2000-02-29", "1000-01-01", "9999-12-31"])("accepts %s", (value) => {
    expect(isIsoDate(value)).toBe(true);
    expect(parseIsoDate(value)).toBe(value);
  });

  it.each([
    "2025-02-29",
    "1900-02-29",
    "2025-04-31",
    "2025-13-01",
    "2025-00-10",
    "2025-01-00",
    "2025-3-10",
    "20250310",
    " 2025-03-10",
    "2025-03-10T00:00:00Z",
    "0999-12-31",
    "0025-01-01",
    "",
  ])("rejects %j with rule iso-date", (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(issueOf(() => parseIsoDate(value, ["events", 1, "date"]))).toMatchObject({
      path: ["events", 1, "date"],
      rule: "iso-date",
    });
  });

  it("checkIsoDate returns the issue instead of throwing", () => {
    expect(checkIsoDate("2025-03-10", ["d"])).toBeUndefined();
    expect(checkIsoDate("2025-02-30", ["d"])).toMatchObject({ path: ["d"], rule: "iso-date" });
  });
});

describe("daysBetween (first day counted, last not)", () => {
  it.each([
    ["2025-03-10", "2025-09-10", 184],
    ["2025-09-10", "2026-03-10", 181],
    ["2025-09-10", "2026-01-01", 113],
    ["2026-01-01", "2026-03-10", 68],
    ["2024-02-28", "2024-03-01", 2],
    ["2025-03-30", "2025-03-31", 1], // a European DST change date: UTC has none
    ["2025-03-10", "2025-03-10", 0],
    ["2025-09-10", "2025-03-10", -184],
  ])("%s → %s = %i", (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it("refuses invalid dates", () => {
    expect(issueOf(() => daysBetween("2025-02-30", "2025-03-01")).rule).toBe("iso-date");
  });
});

describe("addDays", () => {
  it.each([
    ["2025-12-31", 1, "2026-01-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-03-01", -1, "2025-02-28"],
    ["2025-03-10", 184, "2025-09-10"],
  ])("%s + %i = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it("needs whole days", () => {
    expect(() => addDays("2025-01-01", 0.5)).toThrow(RangeError);
  });

  it("is the inverse of daysBetween", () => {
    // 1900-01-01 plus up to 2.5 million days stays well inside the supported years 1000–9999.
    const dates = fc.integer({ min: 0, max: 2_500_000 }).map((offset) => addDays("1900-01-01", offset));
    fc.assert(
      fc.property(dates, fc.integer({ min: -100_000, max: 100_000 }), (date, days) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });
});

describe("year helpers", () => {
  it("yearOf reads the calendar year", () => {
    expect(yearOf("2025-03-10")).toBe(2025);
  });

  it("calendarYear is [Jan 1, next Jan 1)", () => {
    expect(calendarYear(2025)).toEqual({ from: "2025-01-01", to: "2026-01-01" });
  });

  it.each([
    [2024, 366],
    [2025, 365],
    [2000, 366],
    [2100, 365],
  ])("daysInYear(%i) = %i", (year, days) => {
    expect(daysInYear(year)).toBe(days);
  });

  it.each([2025.5, 999, 9999, Number.NaN])("rejects year %s", (year) => {
    expect(issueOf(() => calendarYear(year))).toMatchObject({ path: ["year"], rule: "year-range" });
  });
});

describe("leap years and full years", () => {
  it.each([
    [2024, true],
    [2025, false],
    [2000, true],
    [2100, false],
  ])("isLeapYear(%i) is %s", (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInYear(year)).toBe(leap ? 366 : 365);
  });

  it.each([
    ["2020-03-10", "2025-03-09", 4],
    ["2020-03-10", "2025-03-10", 5],
    ["2024-02-29", "2025-02-27", 0],
    // A year begun on 29 February completes on 28 February in a common year, on the 29th in a leap one.
    ["2024-02-29", "2025-02-28", 1],
    ["2023-02-28", "2024-02-28", 1],
    ["2020-02-29", "2024-02-28", 3],
    ["2020-02-29", "2024-02-29", 4],
    ["2025-03-10", "2025-03-10", 0],
  ])("fullYearsBetween(%s, %s) = %i", (from, to, years) => {
    expect(fullYearsBetween(from, to)).toBe(years);
  });

  it("refuses invalid dates", () => {
    expect(issueOf(() => fullYearsBetween("2025-02-30", "2026-03-01")).rule).toBe("iso-date");
  });
});

describe("days of the week and runs of days", () => {
  it.each([
    ["2025-03-09", 0, true],
    ["2025-03-10", 1, false],
    ["2025-03-14", 5, false],
    ["2025-03-15", 6, true],
    ["2024-02-29", 4, false],
  ])("%s is weekday %i (weekend: %s)", (date, weekday, weekend) => {
    expect(weekdayOf(date)).toBe(weekday);
    expect(isWeekend(date)).toBe(weekend);
  });

  it("datesFromTo lists both ends and every day between", () => {
    expect(datesFromTo("2025-12-30", "2026-01-02")).toEqual([
      "2025-12-30",
      "2025-12-31",
      "2026-01-01",
      "2026-01-02",
    ]);
    expect(datesFromTo("2025-01-01", "2025-01-01")).toEqual(["2025-01-01"]);
    expect(datesFromTo("2025-01-02", "2025-01-01")).toEqual([]);
  });

  it("refuses invalid dates", () => {
    expect(issueOf(() => weekdayOf("2025-02-30")).rule).toBe("iso-date");
    expect(issueOf(() => datesFromTo("2025-01-01", "2025-13-01")).rule).toBe("iso-date");
  });
});

describe("month helpers", () => {
  it.each(["2026-01", "2026-12", "1000-09"])("MONTH_PATTERN accepts %s", (month) => {
    expect(MONTH_PATTERN.test(month)).toBe(true);
  });

  it.each(["2026-00", "2026-13", "2026-1", "26-01", "0945-11", "2026-01-01", " 2026-01"])(
    "MONTH_PATTERN refuses %s",
    (month) => {
      expect(MONTH_PATTERN.test(month)).toBe(false);
    },
  );

  it.each([
    ["2026-01", "2026-01-01", "2026-01-31"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2025-02", "2025-02-01", "2025-02-28"],
    ["2026-04", "2026-04-01", "2026-04-30"],
    ["2026-12", "2026-12-01", "2026-12-31"],
  ])("monthBounds(%s) is %s to %s, both counted", (month, from, to) => {
    expect(monthBounds(month)).toEqual({ from, to });
  });

  it.each([
    ["2026-10", 3, ["2026-08", "2026-09", "2026-10"]],
    ["2026-02", 3, ["2025-12", "2026-01", "2026-02"]],
    ["2026-01", 1, ["2026-01"]],
    ["2026-12", 2, ["2026-11", "2026-12"]],
  ])("monthsEndingWith(%s, %i) is %j", (month, n, months) => {
    expect(monthsEndingWith(month, n)).toEqual(months);
  });

  it("monthsEndingWith gives twelve consecutive months across a year's turn", () => {
    const months = monthsEndingWith("2026-03", 12);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2025-04");
    expect(months.at(-1)).toBe("2026-03");
    for (const month of months) expect(MONTH_PATTERN.test(month)).toBe(true);
  });
});
