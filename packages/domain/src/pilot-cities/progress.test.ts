import { describe, expect, it } from "vitest";
import { PILOT_INDICATOR_TEMPLATE_2020 } from "./indicators";
import {
  attainmentPercent,
  progressAgainstTargets,
  progressReportDueDate,
  reportDueMonthDayIssues,
  reportTimeliness,
} from "./progress";

describe("when a yearly progress report is due", () => {
  it("is due on 31 March of the next year unless the batch says otherwise", () => {
    expect(progressReportDueDate(2021)).toBe("2022-03-31");
    expect(progressReportDueDate(2021, "02-28")).toBe("2022-02-28");
  });

  it.each([
    [2021, "2022-03-31", "2022-04-10", "ON_TIME"],
    [2021, "2022-04-01", "2022-04-10", "LATE"],
    [2021, null, "2021-12-31", "NOT_DUE"],
    [2021, null, "2022-01-01", "DUE"],
    [2021, null, "2022-03-31", "DUE"],
    [2021, null, "2022-04-01", "MISSING"],
  ] as const)("the %i report submitted %s, seen on %s, is %s", (year, submittedOn, today, expected) => {
    expect(reportTimeliness(year, submittedOn, today)).toBe(expected);
  });

  it("counts a batch's own day: due 28 February, a report of 31 March is late", () => {
    expect(reportTimeliness(2021, "2022-03-31", "2022-04-10", "02-28")).toBe("LATE");
    expect(reportTimeliness(2021, null, "2022-03-01", "02-28")).toBe("MISSING");
  });

  it.each(["03-31", "01-01", "02-28", "12-31"])("accepts %s as a report day", (value) => {
    expect(reportDueMonthDayIssues(value, ["progressReportDue"])).toEqual([]);
  });

  it.each(["02-29", "02-30", "04-31", "13-01", "3-31", "03/31", "2022-03-31", ""])(
    "refuses %s, naming the field and the rule",
    (value) => {
      expect(reportDueMonthDayIssues(value, ["progressReportDue"])).toMatchObject([
        { path: ["progressReportDue"], rule: "month-day" },
      ]);
    },
  );
});

describe("a pilot's indicators against its targets", () => {
  const targets = {
    F01: { "target-2022": "500" },
    F06: { "target-2022": "1.5" },
    I05: { "target-2022": "300" },
  };
  const actuals = { F01: { "2022": "512.35" }, F06: { "2022": "1.62" }, C02: { "2022": "40" } };
  const progress = progressAgainstTargets(PILOT_INDICATOR_TEMPLATE_2020, 2022, targets, actuals);
  const row = (code: string) => progress.find((entry) => entry.code === code);

  it("meets a higher-is-better target by reaching it, with the exact gap", () => {
    expect(row("F01")).toMatchObject({
      target: "500",
      actual: "512.35",
      gap: "12.35",
      met: true,
      attainment: "102.5",
    });
  });

  it("misses a lower-is-better target (不良贷款率) by exceeding it", () => {
    expect(row("F06")).toMatchObject({
      target: "1.5",
      actual: "1.62",
      gap: "0.12",
      met: false,
      attainment: "92.6",
    });
  });

  it("says nothing of a target without an actual, or an actual without a target", () => {
    expect(row("I05")).toMatchObject({ target: "300", actual: null, met: null, gap: null });
    expect(row("C02")).toMatchObject({ target: null, actual: "40", met: null });
  });

  it("lists every indicator of the template", () => {
    expect(progress).toHaveLength(PILOT_INDICATOR_TEMPLATE_2020.indicators.length);
  });
});

describe("attainment of a target, in percent", () => {
  it.each([
    ["500", "512.35", "higher", "102.5"],
    ["300", "150", "higher", "50.0"],
    ["3", "2", "higher", "66.7"],
    ["1.5", "1.62", "lower", "92.6"],
    ["2", "1", "lower", "200.0"],
    ["0", "5", "higher", null],
    ["1.5", "0", "lower", null],
    ["-5", "-2.5", "higher", "50.0"],
  ] as const)("target %s, actual %s (%s is better) attains %s", (target, actual, direction, expected) => {
    expect(attainmentPercent(target, actual, direction)).toBe(expected);
  });
});
