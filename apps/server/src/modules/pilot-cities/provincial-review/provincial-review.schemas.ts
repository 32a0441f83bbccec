import { DEPARTMENTS } from "@chanrong/domain";
import { z } from "zod";
import { text } from "../../../platform/http";
import { term } from "../../../platform/responses";
import { applicationResponse, pilotDocument } from "../applications/applications.schemas";

// ---- Requests ----

export const opinionInput = z
  .object({ agrees: z.boolean(), opinion: text({ max: 2000, multiline: true }) })
  .strict();
export type OpinionInput = z.infer<typeof opinionInput>;

export const scoresInput = z
  .object({
    /** By condition code (COMMITMENT, FOUNDATION, PRACTICE, RECOVERY), decimal strings on the rubric's scale. */
    scores: z.record(z.string().max(20), z.string().max(10)),
  })
  .strict();
export type ScoresInput = z.infer<typeof scoresInput>;

export const reasonInput = z
  .object({ reason: text({ max: 2000, multiline: true }) })
  .strict()
  .meta({ id: "PilotDecisionReason" });

export const unitParams = z
  .object({ id: z.uuid(), code: z.string().regex(/^\d{6}$/, "6位区划代码") })
  .strict();

// ---- Responses ----

export const opinionResponse = z.object({
  department: z.enum(DEPARTMENTS),
  orgName: z.string(),
  agrees: z.boolean(),
  opinion: z.string(),
  recordedAt: z.string(),
});

export const reviewedApplication = applicationResponse
  .extend({ opinions: z.array(opinionResponse) })
  .meta({ id: "ReviewedPilotApplication" });

export const unitOverviewResponse = z
  .object({
    batchId: z.uuid(),
    code: z.string(),
    name: term,
    quota: z.number().int(),
    recommended: z.number().int(),
    left: z.number().int(),
    provincialDeadline: z.string(),
    timeZone: z.string(),
    confirmedOn: z.string().nullable(),
    jointDocument: pilotDocument.omit({ id: true, kind: true }).nullable(),
    applications: z.array(reviewedApplication),
  })
  .meta({ id: "RecommendingUnitOverview" });
