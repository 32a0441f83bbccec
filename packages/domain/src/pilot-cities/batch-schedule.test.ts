import { describe, expect, it } from "vitest";
import {
  type BatchSchedule,
  batchPhase,
  batchScheduleIssues,
  dayInTimeZone,
  scheduleRefusal,
} from "./batch-schedule";

/** Seed 001: notice of 2020-07-22, applications by 2020-08-31, provinces by 2020-09-15. */
const SECOND_BATCH: BatchSchedule = {
  opensOn: "2020-07-22",
  applicationDeadline: "2020-08-31",
  provincialDeadline: "2020-09-15",
  timeZone: "Asia/Shanghai",
};

describe("a batch's deadlines, to the day", () => {
  it.each([
    ["submit", "2020-07-21", "batch-not-open"],
    ["submit", "2020-07-22", undefined],
    ["submit", "2020-08-31", undefined],
    ["submit", "2020-09-01", "deadline-passed"],
    ["resubmit", "2020-09-10", undefined],
    ["resubmit", "2020-09-15", undefined],
    ["resubmit", "2020-09-16", "deadline-passed"],
    ["return-for-correction", "2020-09-01", undefined],
    ["return-for-correction", "2020-09-15", undefined],
    ["return-for-correction", "2020-09-16", "deadline-passed"],
    ["recommend", "2020-08-20", undefined],
    ["recommend", "2020-09-15", undefined],
    ["recommend", "2020-09-16", "deadline-passed"],
  ] as const)("%s on %s → %s", (step, day, rule) => {
    expect(scheduleRefusal(SECOND_BATCH, step, day)?.rule).toBe(rule);
  });

  it("names the deadline and its time zone when refusing", () => {
    expect(scheduleRefusal(SECOND_BATCH, "submit", "2020-09-01")?.message.zh).toBe(
      "申报截止日期为2020-08-31(Asia/Shanghai),已过截止日期,不能提交申报",
    );
    expect(scheduleRefusal(SECOND_BATCH, "recommend", "2020-09-16")?.message.en).toBe(
      'The provincial deadline was 2020-09-15 (Asia/Shanghai); "Confirm the recommendation" is no longer possible',
    );
  });

  it.each([
    // 23:59:59 Beijing time on the deadline is 15:59:59 UTC: still the 31st.
    ["2020-08-31T15:59:59Z", "Asia/Shanghai", "2020-08-31"],
    // One second later it is the 1st in Beijing although still the 31st in UTC.
    ["2020-08-31T16:00:00Z", "Asia/Shanghai", "2020-09-01"],
    ["2020-08-31T16:00:00Z", "UTC", "2020-08-31"],
    ["2020-08-30T16:00:00Z", "Asia/Shanghai", "2020-08-31"],
  ])("the instant %s is %s's day %s", (instant, zone, day) => {
    expect(dayInTimeZone(new Date(instant), zone)).toBe(day);
  });

  it("refuses a submission one second after midnight Beijing time though UTC is still on the deadline", () => {
    const day = dayInTimeZone(new Date("2020-08-31T16:00:01Z"), SECOND_BATCH.timeZone);
    expect(scheduleRefusal(SECOND_BATCH, "submit", day)?.rule).toBe("deadline-passed");
  });
});

describe("a batch's schedule", () => {
  it("accepts the second batch of 2020", () => {
    expect(batchScheduleIssues(SECOND_BATCH)).toEqual([]);
  });

  it.each([
    [{ provincialDeadline: "2020-08-30" }, ["provincial-deadline-after-application-deadline"]],
    [{ opensOn: "2020-09-01" }, ["deadline-after-opening"]],
    [{ applicationDeadline: "2020-02-30" }, ["iso-date"]],
    [{ timeZone: "Mars/Olympus" }, ["time-zone"]],
  ])("refuses %j with %j", (change, rules) => {
    expect(batchScheduleIssues({ ...SECOND_BATCH, ...change }).map((issue) => issue.rule)).toEqual(rules);
  });
});

describe("a batch's phase", () => {
  it.each([
    ["2020-07-21", "UPCOMING"],
    ["2020-07-22", "APPLYING"],
    ["2020-08-31", "APPLYING"],
    ["2020-09-01", "RECOMMENDING"],
    ["2020-09-15", "RECOMMENDING"],
    ["2020-09-16", "CLOSED"],
  ])("on %s is %s", (day, phase) => {
    expect(batchPhase(SECOND_BATCH, day)).toBe(phase);
  });
});
