import { describe, expect, it } from "vitest";
import { issueOf } from "../test-support";
import { applyPilotApplicationAction, type PilotApplicationStep } from "./application-workflow";
import type { BatchSchedule } from "./batch-schedule";

const SECOND_BATCH: BatchSchedule = {
  opensOn: "2020-07-22",
  applicationDeadline: "2020-08-31",
  provincialDeadline: "2020-09-15",
  timeZone: "Asia/Shanghai",
};
const CITY = { orgType: "CITY_APPLICANT", roles: ["operator"] } as const;
const PROVINCE = { orgType: "PROVINCE", roles: ["reviewer"] } as const;
const MINISTRY = { orgType: "MINISTRY", roles: ["reviewer"] } as const;

const step = (over: Partial<PilotApplicationStep>): PilotApplicationStep => ({
  kind: "NEW",
  status: "DRAFT",
  action: "submit",
  actor: CITY,
  schedule: SECOND_BATCH,
  day: "2020-08-20",
  ...over,
});

describe("a city's application through province and ministry", () => {
  it.each([
    [{}, "SUBMITTED"],
    [{ kind: "RENEWAL" as const }, "AT_MINISTRY"],
    [{ status: "RETURNED" as const, day: "2020-09-15" }, "SUBMITTED"],
    [
      {
        status: "SUBMITTED" as const,
        action: "return" as const,
        actor: PROVINCE,
        reason: "指标表缺2019年数据",
      },
      "RETURNED",
    ],
    [
      { status: "SUBMITTED" as const, action: "recommend" as const, actor: PROVINCE, day: "2020-09-15" },
      "AT_MINISTRY",
    ],
    [
      { status: "SUBMITTED" as const, action: "decline" as const, actor: PROVINCE, reason: "名额已满" },
      "NOT_RECOMMENDED",
    ],
    [
      { status: "AT_MINISTRY" as const, action: "select" as const, actor: MINISTRY, day: "2020-11-30" },
      "SELECTED",
    ],
    [
      {
        status: "AT_MINISTRY" as const,
        action: "reject" as const,
        actor: MINISTRY,
        reason: "得分未达合格线",
      },
      "NOT_SELECTED",
    ],
  ])("%j → %s", (over, status) => {
    expect(applyPilotApplicationAction(step(over))).toBe(status);
  });

  it.each([
    // Late: a first submission after the application deadline, a correction after the provincial one.
    [{ day: "2020-09-01" }, "deadline-passed"],
    [{ status: "RETURNED" as const, day: "2020-09-16" }, "deadline-passed"],
    [
      {
        status: "SUBMITTED" as const,
        action: "return" as const,
        actor: PROVINCE,
        reason: "x",
        day: "2020-09-16",
      },
      "deadline-passed",
    ],
    [
      { status: "SUBMITTED" as const, action: "recommend" as const, actor: PROVINCE, day: "2020-09-16" },
      "deadline-passed",
    ],
    [{ day: "2020-07-01" }, "batch-not-open"],
    // A renewal has no provincial step; a province cannot recommend it.
    [
      {
        kind: "RENEWAL" as const,
        status: "AT_MINISTRY" as const,
        action: "recommend" as const,
        actor: PROVINCE,
      },
      "role-not-allowed",
    ],
    [{ actor: PROVINCE }, "role-not-allowed"],
    [{ actor: { orgType: "CITY_APPLICANT", roles: ["reviewer"] } as const }, "role-not-allowed"],
    [{ status: "SUBMITTED" as const }, "action-not-allowed-in-state"],
    [{ status: "SUBMITTED" as const, action: "return" as const, actor: PROVINCE }, "required"],
  ])("refuses %j with %s", (over, rule) => {
    expect(issueOf(() => applyPilotApplicationAction(step(over))).rule).toBe(rule);
  });

  it("names the deadline in a late refusal", () => {
    expect(issueOf(() => applyPilotApplicationAction(step({ day: "2020-09-01" }))).message.zh).toBe(
      "申报截止日期为2020-08-31(Asia/Shanghai),已过截止日期,不能提交申报",
    );
  });
});
