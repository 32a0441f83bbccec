import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "../dates";
import { issueOf } from "../test-support";
import { CN_OFFICIAL_CALENDAR, isWorkingDay } from "./official-calendar";
import { dueDate, elapsedHoldDays, type SlaPeriod, type SlaState, slaState } from "./sla";

const calendarDays = (amount: number): SlaPeriod => ({ amount, unit: "calendar-days" });
const workingDays = (amount: number): SlaPeriod => ({ amount, unit: "working-days" });

describe("dueDate", () => {
  it.each([
    ["2025-09-26", calendarDays(7), "2025-10-03", "seed 002 一周: 7 calendar days, even into 国庆"],
    ["2025-09-26", calendarDays(3), "2025-09-29", "seed 002 3日 for disbursement"],
    ["2026-12-30", calendarDays(7), "2027-01-06", "calendar days need no official calendar"],
    ["2025-09-26", workingDays(3), "2025-09-30", "Sun 09-28 is a 调休 working day: 28, 29, 30"],
    ["2025-09-30", workingDays(3), "2025-10-11", "Oct 1–8 off: 9, 10, then Sat 10-11 (调休)"],
    ["2025-09-30", workingDays(1), "2025-10-09", "the first working day after 国庆"],
    ["2026-02-12", workingDays(3), "2026-02-24", "春节: Fri 13, Sat 14 (调休), then Tue 24"],
    ["2026-02-24", workingDays(4), "2026-02-28", "Sat 02-28 worked after 春节"],
    [
      "2025-12-30",
      workingDays(2),
      "2026-01-04",
      "across the year end: 12-31, 01-01–03 off, Sun 01-04 worked",
    ],
  ] as const)("%s + %o → %s (%s)", (start, period, expected, _why) => {
    expect(dueDate(start, period, CN_OFFICIAL_CALENDAR)).toBe(expected);
  });

  it("refuses a working-day due date that runs into a year the calendar does not cover", () => {
    const issue = issueOf(() => dueDate("2026-12-30", workingDays(3), CN_OFFICIAL_CALENDAR));
    expect(issue.rule).toBe("calendar-not-covered");
    expect(issue.message.zh).toContain("2027");
    // One working day still fits in 2026.
    expect(dueDate("2026-12-30", workingDays(1), CN_OFFICIAL_CALENDAR)).toBe("2026-12-31");
  });

  it.each([
    [{ amount: 0, unit: "calendar-days" }, ["period", "amount"], "positive-integer"],
    [{ amount: 1.5, unit: "working-days" }, ["period", "amount"], "positive-integer"],
    [{ amount: 3, unit: "hours" }, ["period", "unit"], "enum"],
  ] as const)("refuses the period %o", (period, path, rule) => {
    expect(issueOf(() => dueDate("2025-09-26", period as SlaPeriod, CN_OFFICIAL_CALENDAR))).toMatchObject({
      path,
      rule,
    });
  });

  it("refuses a malformed start", () => {
    expect(issueOf(() => dueDate("2025-9-26", calendarDays(7), CN_OFFICIAL_CALENDAR))).toMatchObject({
      path: ["start"],
      rule: "iso-date",
    });
  });

  const startIn2025 = fc.integer({ min: 0, max: 364 }).map((offset) => addDays("2025-01-01", offset));

  it("property: the due date is a working day with exactly `amount` working days after start up to it", () => {
    fc.assert(
      fc.property(startIn2025, fc.integer({ min: 1, max: 30 }), (start, amount) => {
        const due = dueDate(start, workingDays(amount), CN_OFFICIAL_CALENDAR);
        expect(isWorkingDay(CN_OFFICIAL_CALENDAR, due)).toBe(true);
        let counted = 0;
        for (let day = addDays(start, 1); day <= due; day = addDays(day, 1)) {
          if (isWorkingDay(CN_OFFICIAL_CALENDAR, day)) counted += 1;
        }
        expect(counted).toBe(amount);
        // Working days never come sooner than the same number of calendar days.
        expect(daysBetween(start, due)).toBeGreaterThanOrEqual(amount);
      }),
    );
  });

  it("property: calendar days add exactly", () => {
    fc.assert(
      fc.property(startIn2025, fc.integer({ min: 1, max: 400 }), (start, amount) => {
        expect(daysBetween(start, dueDate(start, calendarDays(amount), CN_OFFICIAL_CALENDAR))).toBe(amount);
      }),
    );
  });
});

describe("slaState", () => {
  it.each([
    ["2025-10-03", "2025-10-01", 1, "on-time"],
    ["2025-10-03", "2025-10-02", 1, "due-soon"],
    ["2025-10-03", "2025-10-03", 1, "due-today"],
    ["2025-10-03", "2025-10-04", 1, "overdue"],
    ["2025-10-03", "2025-10-01", 2, "due-soon"],
    ["2025-10-03", "2025-10-02", 0, "on-time"],
  ] as const)("due %s, today %s, warn %i days before → %s", (due, today, warn, expected) => {
    expect(slaState(due, today, warn)).toBe(expected);
  });

  it("warns one day before by default", () => {
    expect(slaState("2025-10-03", "2025-10-02")).toBe("due-soon");
  });

  it("refuses a negative warning period and malformed dates", () => {
    expect(issueOf(() => slaState("2025-10-03", "2025-10-02", -1)).rule).toBe("non-negative-integer");
    expect(issueOf(() => slaState("2025-10-3", "2025-10-02")).path).toEqual(["due"]);
  });

  it("property: the state only ever advances as days pass", () => {
    const order: SlaState[] = ["on-time", "due-soon", "due-today", "overdue"];
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 0, max: 5 }), (offset, warn) => {
        const today = addDays("2025-10-03", offset);
        const before = order.indexOf(slaState("2025-10-03", today, warn));
        const after = order.indexOf(slaState("2025-10-03", addDays(today, 1), warn));
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});

describe("elapsedHoldDays", () => {
  it("counts calendar days held", () => {
    expect(elapsedHoldDays("2025-09-26", "2025-09-26")).toBe(0);
    expect(elapsedHoldDays("2025-09-26", "2025-10-09")).toBe(13);
  });

  it("refuses today before since", () => {
    expect(issueOf(() => elapsedHoldDays("2025-09-26", "2025-09-25"))).toMatchObject({
      path: ["today"],
      rule: "date-order",
    });
  });
});
