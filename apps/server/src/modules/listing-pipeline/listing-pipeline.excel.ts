import {
  LISTING_REWARD_STAGE_TERMS,
  type ListingRewardStage,
  PIPELINE_STAGE_TERMS,
  type PipelineStage,
  TARGET_BOARD_TERMS,
  type TargetBoard,
} from "@chanrong/domain";
import { tablesWorkbook } from "../../platform/spreadsheets";
import type { listEntries } from "./listing-pipeline.service";

type Entry = Awaited<ReturnType<typeof listEntries>>[number];

/** The pool as the bureau and the securities office read it: one row per enterprise. */
export function pipelineWorkbook(entries: readonly Entry[]): Promise<Buffer> {
  return tablesWorkbook([
    {
      name: "上市培育库",
      columns: [
        { key: "enterprise", header: "企业名称", width: 32 },
        { key: "uscc", header: "统一社会信用代码", width: 22 },
        { key: "region", header: "区县代码", width: 10 },
        { key: "stage", header: "阶段", width: 12 },
        { key: "stageReachedOn", header: "达到日期", width: 12 },
        { key: "board", header: "目标板块", width: 14 },
        { key: "sponsor", header: "保荐机构", width: 20 },
        { key: "lawFirm", header: "律师事务所", width: 20 },
        { key: "auditor", header: "会计师事务所", width: 20 },
        { key: "ipoAgreementOn", header: "签署IPO协议日期", width: 14 },
        { key: "rewards", header: "可申报上市奖励阶段", width: 40 },
        { key: "joinedOn", header: "入库日期", width: 12 },
      ],
      rows: entries.map((entry) => ({
        enterprise: entry.enterpriseName,
        uscc: entry.uscc,
        region: entry.regionCode,
        stage: PIPELINE_STAGE_TERMS[entry.stage as PipelineStage].zh,
        stageReachedOn: entry.stageReachedOn,
        board: TARGET_BOARD_TERMS[entry.board as TargetBoard].zh,
        sponsor: entry.sponsor ?? "",
        lawFirm: entry.lawFirm ?? "",
        auditor: entry.auditor ?? "",
        ipoAgreementOn: entry.ipoAgreementOn ?? "",
        rewards: entry.rewardStages
          .map((stage) => LISTING_REWARD_STAGE_TERMS[stage as ListingRewardStage].zh)
          .join("、"),
        joinedOn: entry.joinedOn,
      })),
    },
  ]);
}
