import { DomainValidationError } from "../errors";
import type { Terms } from "../vocabulary";
import type { IncentivePreset, ListingRewardStage } from "./policies";

/**
 * The listing pipeline (重庆 "千里马", seed 004 §二(二), §五(二)): the cultivated enterprises, the stage
 * each has reached and the board it aims at, against the target of at least 500 in the pool.
 */
export const LISTING_PIPELINE_TARGET = 500;

export const PIPELINE_STAGES = [
  "RESERVE",
  "SHAREHOLDING_REFORM",
  "TUTORING",
  "FILED",
  "APPROVED",
  "LISTED",
] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const PIPELINE_STAGE_TERMS: Terms<PipelineStage> = {
  RESERVE: { zh: "储备", en: "Reserve" },
  SHAREHOLDING_REFORM: { zh: "股改", en: "Shareholding reform" },
  TUTORING: { zh: "辅导", en: "Tutoring" },
  FILED: { zh: "申报", en: "Filed" },
  APPROVED: { zh: "过会/注册", en: "Approved / registered" },
  LISTED: { zh: "上市", en: "Listed" },
};

export const TARGET_BOARDS = [
  "MAIN_BOARD",
  "CHINEXT",
  "STAR",
  "BSE",
  "NEEQ",
  "REGIONAL",
  "OVERSEAS",
] as const;
export type TargetBoard = (typeof TARGET_BOARDS)[number];

export const TARGET_BOARD_TERMS: Terms<TargetBoard> = {
  MAIN_BOARD: { zh: "沪深主板", en: "SSE/SZSE main board" },
  CHINEXT: { zh: "创业板", en: "ChiNext" },
  STAR: { zh: "科创板", en: "STAR Market" },
  BSE: { zh: "北交所", en: "Beijing Stock Exchange" },
  NEEQ: { zh: "新三板", en: "NEEQ" },
  REGIONAL: { zh: "区域股权市场", en: "Regional equity market" },
  OVERSEAS: { zh: "境外", en: "Overseas" },
};

export const PIPELINE_HISTORY_ACTIONS = ["add", "move", "edit"] as const;
export type PipelineHistoryAction = (typeof PIPELINE_HISTORY_ACTIONS)[number];

export const PIPELINE_HISTORY_TERMS: Terms<PipelineHistoryAction> = {
  add: { zh: "纳入上市培育库", en: "Added to the pool" },
  move: { zh: "阶段变更", en: "Stage changed" },
  edit: { zh: "修改培育信息", en: "Details edited" },
};

/** Boards reached by quotation (挂牌) rather than an IPO: their rewards are the listing presets, not the stages. */
const QUOTATION_BOARD_REWARD: Partial<Record<TargetBoard, IncentivePreset>> = {
  NEEQ: "NEEQ_LISTING",
  REGIONAL: "CQ_EQUITY_EXCHANGE_LISTING",
};

const stageIndex = (stage: PipelineStage) => PIPELINE_STAGES.indexOf(stage);

/** A stage as reached: the stage and the day its evidence dates it. */
export interface StageReached {
  stage: PipelineStage;
  reachedOn: string;
}

/** The day a stage was reached cannot be after the business day. */
export function checkReachedOn(reachedOn: string, today: string, field = "reachedOn"): void {
  if (reachedOn > today) {
    throw DomainValidationError.single([field], "not-in-future", {
      zh: `达到阶段的日期不能晚于今天(${today})`,
      en: `The day reached cannot be after today (${today})`,
    });
  }
}

/**
 * Whether an entry may move from one stage to another: forward by any number of stages (an enterprise
 * may be found already in tutoring), on or after the day the current stage was reached; backward only
 * with a reason (an application withdrawn or refused). Never to a day after today.
 */
export function checkStageMove(
  from: StageReached,
  to: StageReached,
  reason: string | undefined,
  today: string,
): void {
  if (from.stage === to.stage) {
    throw DomainValidationError.single(["stage"], "stage-changes", {
      zh: `企业已处于“${PIPELINE_STAGE_TERMS[to.stage].zh}”阶段`,
      en: `Already at ${PIPELINE_STAGE_TERMS[to.stage].en}`,
    });
  }
  checkReachedOn(to.reachedOn, today);
  const forward = stageIndex(to.stage) > stageIndex(from.stage);
  if (forward && to.reachedOn < from.reachedOn) {
    throw DomainValidationError.single(["reachedOn"], "not-before-current-stage", {
      zh: `不能早于当前阶段的日期(${from.reachedOn})`,
      en: `Cannot be before the current stage was reached (${from.reachedOn})`,
    });
  }
  if (!forward && !reason?.trim()) {
    throw DomainValidationError.single(["reason"], "required", {
      zh: "退回前一阶段须说明原因",
      en: "Moving back a stage needs a reason",
    });
  }
}

export interface PipelineFacts {
  stage: PipelineStage;
  board: TargetBoard;
  /** The day an IPO agreement was signed with an intermediary (保荐机构), if it was. */
  ipoAgreementOn: string | null;
}

/** The listing-reward stages (seed 004 §四(四)) an entry has reached: what it may apply for. */
export function rewardStagesReached(entry: PipelineFacts): ListingRewardStage[] {
  if (QUOTATION_BOARD_REWARD[entry.board]) return [];
  const at = stageIndex(entry.stage);
  const reached: ListingRewardStage[] = [];
  if (entry.ipoAgreementOn) reached.push("IPO_AGREEMENT");
  if (at >= stageIndex("TUTORING")) reached.push("TUTORING_FILED");
  if (at >= stageIndex("FILED")) reached.push("IPO_ACCEPTED");
  if (at >= stageIndex("LISTED")) reached.push("LISTED");
  return reached;
}

/** The reward an entry on a quotation board earns once quoted, if any. */
export function quotationReward(entry: PipelineFacts): IncentivePreset | null {
  const preset = QUOTATION_BOARD_REWARD[entry.board];
  return preset && entry.stage === "LISTED" ? preset : null;
}

export interface PipelineFunnel {
  /** Enterprises in the pool, listed ones included: the "千里马" count against the target. */
  total: number;
  target: number;
  /** Per cent of the target, one decimal place. */
  progress: string;
  byStage: { stage: PipelineStage; count: number; reachedAtLeast: number }[];
  byBoard: { board: TargetBoard; count: number }[];
}

/** The funnel by stage (how many are at each stage, and at it or beyond) and by board, against the target. */
export function pipelineFunnel(
  entries: readonly Pick<PipelineFacts, "stage" | "board">[],
  target = LISTING_PIPELINE_TARGET,
): PipelineFunnel {
  const atStage = PIPELINE_STAGES.map((stage) => entries.filter((entry) => entry.stage === stage).length);
  const byStage = PIPELINE_STAGES.map((stage, index) => ({
    stage,
    count: atStage[index] ?? 0,
    reachedAtLeast: atStage.slice(index).reduce((sum, count) => sum + count, 0),
  }));
  // Integer arithmetic: 1000 × count / target, rounded half up, is the per cent to one place.
  const permille = Math.floor((entries.length * 2000 + target) / (2 * target));
  return {
    total: entries.length,
    target,
    progress: `${Math.floor(permille / 10)}.${permille % 10}`,
    byStage,
    byBoard: TARGET_BOARDS.map((board) => ({
      board,
      count: entries.filter((entry) => entry.board === board).length,
    })),
  };
}
