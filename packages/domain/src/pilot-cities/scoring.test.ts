import { describe, expect, it } from "vitest";
import { issuesOf } from "../test-support";
import {
  type AggregationSettings,
  aggregateScores,
  PILOT_RUBRIC,
  type Rubric,
  rankScores,
  rubricIssues,
  type ScoreSheet,
  scoreSheetIssues,
  sheetTotal,
  visibleSheets,
} from "./scoring";

const CODES = ["COMMITMENT", "FOUNDATION", "PRACTICE", "RECOVERY", "INDICATORS"] as const;

/** A sheet giving the five criteria these scores (of 10), in the rubric's order. */
const sheet = (reviewerId: string, ...values: number[]): ScoreSheet => ({
  reviewerId,
  scores: Object.fromEntries(CODES.map((code, index) => [code, String(values[index] ?? values[0])])),
});

const MEAN: AggregationSettings = { aggregation: { method: "mean" }, outlierPoints: "15" };
const TRIMMED: AggregationSettings = {
  aggregation: { method: "trimmed-mean", trim: 1 },
  outlierPoints: "15",
};

describe("the rubric", () => {
  it("the default is the four conditions and the indicators, weighing 100", () => {
    expect(rubricIssues(PILOT_RUBRIC)).toEqual([]);
    expect(PILOT_RUBRIC.criteria.map((c) => c.code)).toEqual([...CODES]);
  });

  it.each([
    [
      { criteria: [{ ...PILOT_RUBRIC.criteria[0], weight: "26" }, ...PILOT_RUBRIC.criteria.slice(1)] },
      "rubric-weights-total",
    ],
    [{ criteria: [...PILOT_RUBRIC.criteria, PILOT_RUBRIC.criteria[0]] }, "rubric-duplicate"],
    [{ criteria: [{ ...PILOT_RUBRIC.criteria[0], weight: "0" }] }, "rubric-weight"],
    [{ scaleMax: "0" }, "rubric-scale"],
    [{ passMark: "101" }, "rubric-pass-mark"],
    [
      { criteria: [{ ...PILOT_RUBRIC.criteria[0], minimum: "11" }, ...PILOT_RUBRIC.criteria.slice(1)] },
      "rubric-minimum",
    ],
  ])("refuses %j (%s)", (change, rule) => {
    expect(rubricIssues({ ...PILOT_RUBRIC, ...change } as Rubric).map((i) => i.rule)).toContain(rule);
  });

  it.each([
    [sheet("r", 7.5), []],
    [sheet("r", 10, 0), []],
    [sheet("r", 7.25), ["score-scale", "score-scale", "score-scale", "score-scale", "score-scale"]],
    [sheet("r", 8, 8, 8, 8, 10.5), ["score-scale"]],
    [
      { reviewerId: "r", scores: { COMMITMENT: "8" } },
      ["score-number", "score-number", "score-number", "score-number"],
    ],
  ])("checks a reviewer's sheet %j", (candidate, rules) => {
    expect(scoreSheetIssues(PILOT_RUBRIC, candidate).map((i) => i.rule)).toEqual(rules);
  });
});

describe("aggregating an application's sheets", () => {
  it("weights the criteria: 8/10 everywhere but 6 on 做法亮点 (30%) is 74 of 100", () => {
    expect(aggregateScores(PILOT_RUBRIC, "a", [sheet("r1", 8, 8, 6, 8, 8)], MEAN).score).toBe("74.00");
  });

  it.each([
    // Mean of 80, 85, 90 = 85.
    [[80, 85, 90], MEAN, "85.00", false],
    // (80 + 81 + 81) / 3 = 80.666… → 80.67 (half up, once, at the end).
    [[80, 81, 81], MEAN, "80.67", false],
    // Trimmed mean needs 3 sheets left after dropping one high and one low: with 3 it is the mean.
    [[80, 85, 99], TRIMMED, "88.00", false],
    // 5 sheets: drop 60 and 99, mean of 80, 82, 84 = 82.
    [[60, 80, 82, 84, 99], TRIMMED, "82.00", true],
    [[60, 80, 82, 84, 99], MEAN, "81.00", false],
  ] as const)("totals %j with %j → %s (trimmed %s)", (totals, settings, score, trimmed) => {
    const sheets = totals.map((total, index) => sheet(`r${index}`, total / 10));
    const result = aggregateScores(PILOT_RUBRIC, "a", sheets, settings);
    expect([result.score, result.trimmed]).toEqual([score, trimmed]);
  });

  it("rounds half up at two places: 80.125 → 80.13", () => {
    // 80, 80.3 (做法亮点 8.1, weight 30), 80.2 (疫情防控 8.2, weight 10), 80 → 320.5 / 4 = 80.125.
    const sheets = [sheet("r1", 8), sheet("r2", 8, 8, 8.1), sheet("r3", 8, 8, 8, 8.2), sheet("r4", 8)];
    expect(aggregateScores(PILOT_RUBRIC, "a", sheets, MEAN).score).toBe("80.13");
  });

  it("flags a sheet more than 15 points from the mean of all sheets, and only that one", () => {
    // 90, 88, 50: mean 76; 50 is 26 away, 90 is 14 and 88 is 12.
    const sheets = [sheet("r1", 9), sheet("r2", 8.8), sheet("r3", 5)];
    expect(aggregateScores(PILOT_RUBRIC, "a", sheets, MEAN).outliers).toEqual(["r3"]);
    // Exactly 15 away is not an outlier: 90 and 60, mean 75.
    expect(aggregateScores(PILOT_RUBRIC, "a", [sheet("r1", 9), sheet("r2", 6)], MEAN).outliers).toEqual([]);
  });

  it("fails an application below the pass mark or below a criterion's minimum", () => {
    expect(aggregateScores(PILOT_RUBRIC, "a", [sheet("r1", 5.9)], MEAN).qualified).toBe(false);
    expect(aggregateScores(PILOT_RUBRIC, "a", [sheet("r1", 6)], MEAN).qualified).toBe(true);
    const strict = {
      ...PILOT_RUBRIC,
      criteria: PILOT_RUBRIC.criteria.map((c) => (c.code === "RECOVERY" ? { ...c, minimum: "6" } : c)),
    };
    const result = aggregateScores(
      strict,
      "a",
      [sheet("r1", 9, 9, 9, 5, 9), sheet("r2", 9, 9, 9, 6.5, 9)],
      MEAN,
    );
    expect([result.score, result.belowMinimum, result.qualified]).toEqual(["86.75", ["RECOVERY"], false]);
  });

  it("refuses invalid sheets and an application without sheets", () => {
    expect(issuesOf(() => aggregateScores(PILOT_RUBRIC, "a", [sheet("r1", 11)], MEAN))[0]?.rule).toBe(
      "score-scale",
    );
    expect(() => aggregateScores(PILOT_RUBRIC, "a", [], MEAN)).toThrow(RangeError);
  });
});

describe("ranking", () => {
  const scored = (id: string, ...sheets: ScoreSheet[]) => aggregateScores(PILOT_RUBRIC, id, sheets, MEAN);

  it("ranks by score, breaks ties by the criteria in rubric order, and shares a rank only when all are equal", () => {
    // b and c both 80.00; c is stronger on 重视程度 (condition 一), so ranks above b.
    const a = scored("a", sheet("r1", 9));
    const b = scored("b", sheet("r1", 7.6, 8.4, 8, 8, 8));
    const c = scored("c", sheet("r1", 8.4, 7.6, 8, 8, 8));
    const d = scored("d", sheet("r1", 8.4, 7.6, 8, 8, 8));
    const e = scored("e", sheet("r1", 7));
    const ranking = rankScores(PILOT_RUBRIC, [e, b, d, a, c]).map((r) => [r.applicationId, r.score, r.rank]);
    expect(ranking).toEqual([
      ["a", "90.00", 1],
      ["c", "80.00", 2],
      ["d", "80.00", 2],
      ["b", "80.00", 4],
      ["e", "70.00", 5],
    ]);
  });

  it("compares criterion means exactly across different numbers of sheets", () => {
    // x: one sheet of 8.4 on 重视程度; y: two sheets averaging 8.4 on it; same totals → shared rank.
    const x = scored("x", sheet("r1", 8.4, 7.6, 8, 8, 8));
    const y = scored("y", sheet("r1", 8.4, 7.6, 8, 8, 8), sheet("r2", 8.4, 7.6, 8, 8, 8));
    expect(rankScores(PILOT_RUBRIC, [y, x]).map((r) => [r.applicationId, r.rank])).toEqual([
      ["x", 1],
      ["y", 1],
    ]);
  });
});

describe("blinding", () => {
  const sheets = [sheet("r1", 8), sheet("r2", 6)];

  it("shows an expert only their own sheet while scoring is open, all once it is closed", () => {
    expect(
      visibleSheets(sheets, { kind: "reviewer", reviewerId: "r2" }, false).map((s) => s.reviewerId),
    ).toEqual(["r2"]);
    expect(visibleSheets(sheets, { kind: "reviewer", reviewerId: "r3" }, false)).toEqual([]);
    expect(visibleSheets(sheets, { kind: "reviewer", reviewerId: "r2" }, true)).toHaveLength(2);
  });

  it("shows the organiser every sheet throughout", () => {
    expect(visibleSheets(sheets, { kind: "organiser" }, false)).toHaveLength(2);
  });
});

describe("a sheet's total", () => {
  it("is Σ score × weight ÷ 10, rounded half up once: 8,7,9,6,7.5 → 20+17.5+27+6+7.5 = 78.00", () => {
    expect(sheetTotal(PILOT_RUBRIC, sheet("a", 8, 7, 9, 6, 7.5))).toBe("78.00");
    // 0.1 on the 30-weight criterion is 0.3 points: nothing is lost to binary fractions.
    expect(sheetTotal(PILOT_RUBRIC, sheet("b", 0, 0, 0.1, 0, 0))).toBe("0.30");
  });
});
