import { describe, expect, it } from "vitest";
import { PILOT_REVIEW_STAGES, renewalPeriodIssues, renewalRefusal } from "./renewal";

const FIRST_BATCH_PILOT = { batchNumber: 1, period: { from: "2017-01-01", to: "2019-12-31" } };

describe("renewing a pilot (seed 001 §四(一))", () => {
  it.each([
    [FIRST_BATCH_PILOT, 2, "2020-08-01", undefined],
    [FIRST_BATCH_PILOT, 2, "2019-12-31", "实施方案至2019-12-31期满,期满后方可申请延续试点"],
    [{ ...FIRST_BATCH_PILOT, batchNumber: 2 }, 2, "2020-08-01", "第2批试点城市不能在第2批中申请延续试点"],
  ] as const)("%j in batch %i on %s → %s", (pilot, batch, day, refusal) => {
    expect(renewalRefusal(pilot, batch, day)?.zh).toBe(refusal);
  });

  it.each([
    [{ from: "2021-01-01", to: "2023-12-31" }, []],
    [{ from: "2019-12-31", to: "2022-12-30" }, ["renewal-period-overlap"]],
    [{ from: "2021-01-01", to: "2024-01-01" }, ["plan-period-max-years"]],
  ])("a new period %j → %j", (next, rules) => {
    expect(renewalPeriodIssues(FIRST_BATCH_PILOT.period, next).map((i) => i.rule)).toEqual(rules);
  });

  it("goes to the ministry directly, while a new application passes the province first", () => {
    expect(PILOT_REVIEW_STAGES.RENEWAL).toEqual(["MINISTRY"]);
    expect(PILOT_REVIEW_STAGES.NEW).toEqual(["PROVINCE", "MINISTRY"]);
  });
});
