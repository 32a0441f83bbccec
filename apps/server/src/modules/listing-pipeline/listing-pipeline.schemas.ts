import {
  LISTING_REWARD_STAGES,
  PIPELINE_HISTORY_ACTIONS,
  PIPELINE_STAGES,
  TARGET_BOARDS,
} from "@chanrong/domain";
import { z } from "zod";
import { isoDate, text, versionField } from "../../platform/http";

// ---- Requests ----

const firm = text({ max: 100 }).nullable().default(null);

const details = {
  board: z.enum(TARGET_BOARDS),
  sponsor: firm,
  lawFirm: firm,
  auditor: firm,
  ipoAgreementOn: isoDate.nullable().default(null),
  note: text({ max: 500, multiline: true }).nullable().default(null),
};

export const entryInput = z
  .object({
    enterpriseId: z.uuid(),
    stage: z.enum(PIPELINE_STAGES),
    stageReachedOn: isoDate,
    ...details,
  })
  .strict();
export type EntryInput = z.infer<typeof entryInput>;

export const detailsInput = z.object({ ...details, version: versionField }).strict();
export type DetailsInput = z.infer<typeof detailsInput>;

export const stageMoveInput = z
  .object({
    stage: z.enum(PIPELINE_STAGES),
    reachedOn: isoDate,
    /** The stage's evidence: a filing number, an acceptance notice. */
    evidence: text({ max: 200 }),
    reason: text({ max: 500, multiline: true }).optional(),
    version: versionField,
  })
  .strict();
export type StageMoveInput = z.infer<typeof stageMoveInput>;

export const entriesQuery = z
  .object({
    stage: z.enum(PIPELINE_STAGES).optional(),
    board: z.enum(TARGET_BOARDS).optional(),
    q: text({ max: 50 }).optional(),
  })
  .strict();
export type EntriesQuery = z.infer<typeof entriesQuery>;

// ---- Responses ----

export const entryResponse = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  uscc: z.string(),
  regionCode: z.string(),
  stage: z.enum(PIPELINE_STAGES),
  board: z.enum(TARGET_BOARDS),
  stageReachedOn: z.string(),
  sponsor: z.string().nullable(),
  lawFirm: z.string().nullable(),
  auditor: z.string().nullable(),
  ipoAgreementOn: z.string().nullable(),
  note: z.string().nullable(),
  joinedOn: z.string(),
  version: z.number(),
  /** The seed 004 §四(四) reward stages reached, and the quotation reward once quoted. */
  rewardStages: z.array(z.string()),
  quotationReward: z.string().nullable(),
});

export const entryDetail = entryResponse
  .extend({
    canManage: z.boolean(),
    history: z.array(
      z.object({
        id: z.number(),
        action: z.enum(PIPELINE_HISTORY_ACTIONS),
        fromStage: z.string().nullable(),
        toStage: z.string().nullable(),
        reachedOn: z.string().nullable(),
        evidence: z.string().nullable(),
        reason: z.string().nullable(),
        actorName: z.string(),
        actorOrgName: z.string(),
        businessDate: z.string(),
        createdAt: z.date(),
      }),
    ),
  })
  .meta({ id: "ListingPipelineEntryDetail" });

export const funnelResponse = z.object({
  regionCode: z.string(),
  total: z.number(),
  target: z.number(),
  progress: z.string(),
  byStage: z.array(
    z.object({ stage: z.enum(PIPELINE_STAGES), count: z.number(), reachedAtLeast: z.number() }),
  ),
  byBoard: z.array(z.object({ board: z.enum(TARGET_BOARDS), count: z.number() })),
});

/** A listing reward the entry has earned and the enterprise may apply for: the policy and the stage. */
export const rewardOfferResponse = z.object({
  policyId: z.string(),
  policyName: z.string(),
  policyNameEn: z.string(),
  /** Null for a quotation reward (新三板, the regional equity market). */
  stage: z.enum(LISTING_REWARD_STAGES).nullable(),
  /** What the policy states for it; the caps may pay less. */
  amount: z.string(),
});
