import { describe, expect, it } from "vitest";
import {
  applicationIndicatorIssues,
  applicationSubmissionIssues,
  type PilotApplicationContent,
  provincialPoints,
  provincialScoreIssues,
} from "./application-checks";
import { PILOT_INDICATOR_TEMPLATE_2020, PILOT_INDICATORS } from "./indicators";
import { PLAN_OUTLINE } from "./plan";
import { PILOT_RUBRIC } from "./scoring";

const frame = { outline: PLAN_OUTLINE, indicatorTemplate: PILOT_INDICATOR_TEMPLATE_2020 };
const LEAVES = ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "4", "5.1", "5.2", "5.3", "6"];

const complete = (): PilotApplicationContent => ({
  plan: {
    periodStart: "2021-01-01",
    periodEnd: "2023-12-31",
    sections: Object.fromEntries(LEAVES.map((code) => [code, `第${code}节`])),
  },
  indicators: Object.fromEntries(
    PILOT_INDICATORS.map((definition) => [
      definition.code,
      { "2017": "1", "2018": "2", "2019": "3", "target-2023": "4" },
    ]),
  ),
  strategies: ["YANGTZE_ECONOMIC_BELT"],
  bases: [],
  documents: [{ kind: "APPLICATION", filename: "申报文件.pdf" }],
});

describe("a pilot application's completeness (seed 001 §三(一))", () => {
  it("accepts a complete application", () => {
    expect(applicationSubmissionIssues(frame, complete())).toEqual([]);
  });

  it("names every missing part at once", () => {
    const content = complete();
    content.documents = [{ kind: "SUPPORTING", filename: "材料.pdf" }];
    content.plan.periodEnd = "2024-01-01";
    content.plan.sections["3.2"] = "  ";
    delete content.indicators.F01;
    content.strategies = [];
    const issues = applicationSubmissionIssues(frame, content).map((i) => [i.path.join("."), i.rule]);
    expect(issues).toEqual([
      ["documents", "required"],
      ["plan.periodEnd", "plan-period-max-years"],
      ["plan.sections.3.2", "required"],
      ["indicators.F01.code", "indicator-missing"],
      ["strategies", "required"],
    ]);
  });

  it("lets a draft leave values blank but never hold a malformed one", () => {
    const draft = { plan: complete().plan, indicators: { I01: { "2017": "12.345" }, I04: { "2018": "" } } };
    expect(applicationIndicatorIssues(frame, draft, { complete: false }).map((i) => i.rule)).toEqual([
      "indicator-decimals",
    ]);
  });
});

describe("the province's scores on the four conditions", () => {
  it("weights each condition and leaves the indicators to the ministry", () => {
    const scores = { COMMITMENT: "8", FOUNDATION: "8", PRACTICE: "9", RECOVERY: "7" };
    expect(provincialScoreIssues(PILOT_RUBRIC, scores)).toEqual([]);
    // (8×25 + 8×25 + 9×30 + 7×10) ÷ 10 = 74 of 90
    expect(provincialPoints(PILOT_RUBRIC, scores)).toBe("74.00");
    expect(provincialPoints(PILOT_RUBRIC, { ...scores, RECOVERY: "7.5" })).toBe("74.50");
  });

  it("refuses a score off the scale or missing", () => {
    const issues = provincialScoreIssues(PILOT_RUBRIC, {
      COMMITMENT: "11",
      FOUNDATION: "8.25",
      PRACTICE: "9",
    });
    expect(issues.map((i) => [i.path.join("."), i.rule])).toEqual([
      ["scores.COMMITMENT", "score-scale"],
      ["scores.FOUNDATION", "score-scale"],
      ["scores.RECOVERY", "score-number"],
    ]);
  });
});
