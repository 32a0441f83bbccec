import { SCORECARD_CRITERIA } from "@chanrong/domain";
import { z } from "zod";
import { term } from "../../../platform/responses";
import { monthParam } from "../indicators/indicators.schemas";
import { regionCode } from "../quarterly-figures/quarterly-figures.schemas";

const configShape = z
  .object({
    criteria: z
      .array(z.object({ criterion: z.string().max(40), weight: z.string().max(10) }).strict())
      .max(SCORECARD_CRITERIA.length * 2),
    slowestCount: z.number().int(),
  })
  .strict();

/** Weights and criteria are checked by the domain (parseScorecardConfig), every issue at once. */
export const scorecardConfigSave = z
  .object({
    /** The version the editor read (0 when the region had none): a newer one makes the save stale. */
    version: z.number().int().min(0),
    config: configShape,
  })
  .strict();
export type ScorecardConfigSave = z.infer<typeof scorecardConfigSave>;

const configOut = z
  .object({
    criteria: z.array(z.object({ criterion: z.enum(SCORECARD_CRITERIA), weight: z.string() })),
    slowestCount: z.number().int(),
  })
  .meta({ id: "ScorecardConfig" });

export const scorecardConfigResponse = z
  .object({
    regionCode: z.string(),
    version: z.number().int(),
    config: configOut,
    savedByName: z.string().nullable(),
    savedAt: z.date().nullable(),
  })
  .meta({ id: "ScorecardSettings" });

export const publishInput = z.object({ regionCode, month: monthParam }).strict();

const score = z.object({
  criterion: z.enum(SCORECARD_CRITERIA),
  weight: z.string(),
  value: z.string().nullable(),
  best: z.string().nullable(),
  worst: z.string().nullable(),
  score: z.string().nullable(),
  working: term,
});

export const scorecardResponse = z
  .object({
    regionCode: z.string(),
    month: z.string(),
    bankCount: z.number().int(),
    config: configOut,
    satisfactionRated: z.boolean(),
    cards: z.array(
      z.object({
        bankId: z.uuid(),
        bankName: z.string(),
        rank: z.number().int().nullable(),
        total: z.string().nullable(),
        totalWorking: term,
        scores: z.array(score),
      }),
    ),
    slowest: z.array(
      z.object({
        criterion: z.enum(["RESPONSE_TIME", "REVIEW_TIME"]),
        /** A bank reading its own card sees the other slow banks' names, not their figures. */
        banks: z.array(z.object({ bankId: z.uuid(), bankName: z.string(), value: z.string().nullable() })),
      }),
    ),
    publication: z.object({ publishedOn: z.string(), publishedByName: z.string() }).nullable(),
    publishedMonths: z.array(z.string()),
  })
  .meta({ id: "Scorecard" });
