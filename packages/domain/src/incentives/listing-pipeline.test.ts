import { describe, expect, it } from "vitest";
import { issueOf } from "../test-support";
import {
  checkStageMove,
  type PipelineFacts,
  type PipelineStage,
  pipelineFunnel,
  quotationReward,
  rewardStagesReached,
  type TargetBoard,
} from "./listing-pipeline";

const entry = (
  stage: PipelineStage,
  board: TargetBoard = "BSE",
  ipoAgreementOn: string | null = null,
): PipelineFacts => ({
  stage,
  board,
  ipoAgreementOn,
});

describe("stage moves", () => {
  const TODAY = "2026-12-05";
  const filed = { stage: "FILED", reachedOn: "2026-06-30" } as const;

  it("moves forward any number of stages without a reason", () => {
    expect(() =>
      checkStageMove(
        { stage: "RESERVE", reachedOn: "2025-01-01" },
        { stage: "TUTORING", reachedOn: TODAY },
        undefined,
        TODAY,
      ),
    ).not.toThrow();
  });

  it("moves back only with a reason, and never to the same stage", () => {
    const back = { stage: "TUTORING", reachedOn: "2026-11-01" } as const;
    expect(issueOf(() => checkStageMove(filed, back, "  ", TODAY))).toMatchObject({
      path: ["reason"],
      rule: "required",
    });
    expect(() => checkStageMove(filed, back, "申报材料撤回", TODAY)).not.toThrow();
    expect(issueOf(() => checkStageMove(filed, { ...filed }, "x", TODAY)).rule).toBe("stage-changes");
  });

  it.each([
    ["a day after today", "2026-12-06", "not-in-future"],
    ["a day before the current stage", "2026-06-29", "not-before-current-stage"],
  ])("refuses a forward move dated %s", (_, reachedOn, rule) => {
    expect(
      issueOf(() => checkStageMove(filed, { stage: "APPROVED", reachedOn }, undefined, TODAY)),
    ).toMatchObject({
      path: ["reachedOn"],
      rule,
    });
  });
});

describe("the listing-reward stages an entry has reached (seed 004 §四(四))", () => {
  it.each([
    [entry("RESERVE"), []],
    [entry("SHAREHOLDING_REFORM", "STAR", "2026-03-01"), ["IPO_AGREEMENT"]],
    [entry("TUTORING", "STAR"), ["TUTORING_FILED"]],
    [entry("FILED", "CHINEXT", "2025-06-30"), ["IPO_AGREEMENT", "TUTORING_FILED", "IPO_ACCEPTED"]],
    [entry("APPROVED", "MAIN_BOARD", "2025-06-30"), ["IPO_AGREEMENT", "TUTORING_FILED", "IPO_ACCEPTED"]],
    [entry("LISTED", "BSE", "2024-01-10"), ["IPO_AGREEMENT", "TUTORING_FILED", "IPO_ACCEPTED", "LISTED"]],
    // A quotation is rewarded by its own preset, not by the IPO stages.
    [entry("LISTED", "NEEQ", "2024-01-10"), []],
  ] as const)("%o → %o", (facts, stages) => {
    expect(rewardStagesReached(facts)).toEqual(stages);
  });

  it("offers the quotation rewards once quoted", () => {
    expect(quotationReward(entry("LISTED", "NEEQ"))).toBe("NEEQ_LISTING");
    expect(quotationReward(entry("LISTED", "REGIONAL"))).toBe("CQ_EQUITY_EXCHANGE_LISTING");
    expect(quotationReward(entry("FILED", "NEEQ"))).toBeNull();
    expect(quotationReward(entry("LISTED", "STAR"))).toBeNull();
  });
});

describe("the funnel against the 千里马 target of 500", () => {
  it("counts each stage, those at it or beyond, each board, and the progress to one place", () => {
    const entries = [
      ...Array.from({ length: 20 }, () => entry("RESERVE", "BSE")),
      ...Array.from({ length: 6 }, () => entry("TUTORING", "STAR")),
      ...Array.from({ length: 3 }, () => entry("FILED", "CHINEXT")),
      entry("LISTED", "MAIN_BOARD"),
    ];
    const funnel = pipelineFunnel(entries);
    expect(funnel.total).toBe(30);
    expect(funnel.progress).toBe("6.0");
    expect(funnel.byStage.map((s) => [s.stage, s.count, s.reachedAtLeast])).toEqual([
      ["RESERVE", 20, 30],
      ["SHAREHOLDING_REFORM", 0, 10],
      ["TUTORING", 6, 10],
      ["FILED", 3, 4],
      ["APPROVED", 0, 1],
      ["LISTED", 1, 1],
    ]);
    expect(funnel.byBoard.filter((b) => b.count > 0).map((b) => [b.board, b.count])).toEqual([
      ["MAIN_BOARD", 1],
      ["CHINEXT", 3],
      ["STAR", 6],
      ["BSE", 20],
    ]);
  });

  it.each([
    [1, 3, "33.3"],
    [2, 3, "66.7"],
    [1, 8, "12.5"],
    [0, 500, "0.0"],
    [612, 500, "122.4"],
  ])("%i of %i is %s%%", (count, target, progress) => {
    expect(
      pipelineFunnel(
        Array.from({ length: count }, () => entry("RESERVE")),
        target,
      ).progress,
    ).toBe(progress);
  });
});
