import { describe, expect, it } from "vitest";
import { missingOutlineSections, PLAN_OUTLINE, planPeriodIssues, planYears, sameDayYearsLater } from "./plan";

describe("a plan's period (seed 001 §三(一)2: 不超过3年)", () => {
  it.each([
    ["2021-01-01", "2023-12-31", []],
    ["2020-10-01", "2023-09-30", []],
    ["2020-10-01", "2020-10-01", []],
    ["2021-01-01", "2024-01-01", ["plan-period-max-years"]],
    ["2020-10-01", "2023-10-01", ["plan-period-max-years"]],
    ["2020-02-29", "2023-02-27", []],
    ["2020-02-29", "2023-02-28", ["plan-period-max-years"]],
    ["2023-12-31", "2021-01-01", ["plan-period-order"]],
    ["2021-13-01", "2023-12-31", ["iso-date"]],
  ])("%s to %s → %j", (from, to, rules) => {
    expect(planPeriodIssues({ from, to }).map((issue) => issue.rule)).toEqual(rules);
  });

  it("says the latest end a period may have", () => {
    expect(planPeriodIssues({ from: "2021-01-01", to: "2024-06-30" })[0]?.message.zh).toBe(
      "方案实施期不超过3年:自2021-01-01起最晚至2023-12-31,现为2024-06-30",
    );
  });

  it("honours a batch's own maximum", () => {
    expect(planPeriodIssues({ from: "2021-01-01", to: "2022-12-31" }, 1).map((i) => i.rule)).toEqual([
      "plan-period-max-years",
    ]);
  });

  it.each([
    ["2020-02-29", 1, "2021-02-28"],
    ["2020-02-29", 4, "2024-02-29"],
    ["2021-03-15", 3, "2024-03-15"],
  ])("%s plus %i years is %s", (date, years, expected) => {
    expect(sameDayYearsLater(date, years)).toBe(expected);
  });

  it("lists the calendar years a period touches, for the targets", () => {
    expect(planYears({ from: "2020-10-01", to: "2023-09-30" })).toEqual([2020, 2021, 2022, 2023]);
    expect(planYears({ from: "2021-01-01", to: "2023-12-31" })).toEqual([2021, 2022, 2023]);
  });
});

describe("the outline of 附件1", () => {
  const leaves = missingOutlineSections(PLAN_OUTLINE, new Set());

  it("asks for every leaf section of a plan that fills none", () => {
    expect(leaves).toContain("2.2");
    expect(leaves).toContain("6");
    expect(leaves).not.toContain("2");
  });

  it("asks for nothing of a plan that fills every leaf, and for what one leaves out", () => {
    expect(missingOutlineSections(PLAN_OUTLINE, new Set(leaves))).toEqual([]);
    const withoutTimetable = new Set(leaves.filter((code) => code !== "6" && code !== "3.4"));
    expect(missingOutlineSections(PLAN_OUTLINE, withoutTimetable)).toEqual(["3.4", "6"]);
  });

  it("has unique codes and a title in both languages", () => {
    const all = PLAN_OUTLINE.flatMap((s) => [s, ...(s.children ?? [])]);
    expect(new Set(all.map((s) => s.code)).size).toBe(all.length);
    for (const s of all) expect(s.title.zh && s.title.en).toBeTruthy();
  });
});
