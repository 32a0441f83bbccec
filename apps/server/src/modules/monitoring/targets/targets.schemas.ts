import { z } from "zod";
import { regionCode } from "../quarterly-figures/quarterly-figures.schemas";

export const regionParams = z.object({ regionCode }).strict();

const cumulative = z.object({ amount: z.string().max(30), from: z.string().max(10) }).strict();

/** Each target is checked by the domain (parseMonitoringTargets); what a region leaves out falls back. */
const targetsInput = z
  .object({
    targetMonth: z.string().max(10).optional(),
    manufacturingShare: z.string().max(20).optional(),
    fundInvestment: cumulative.optional(),
    bondFinancing: cumulative.optional(),
    enterprisesServedPerYear: z.number().int().max(1_000_000).optional(),
    listingPipeline: z.number().int().max(1_000_000).optional(),
  })
  .strict();

export const targetsSave = z
  .object({
    /** The version the editor read (0 when the region had none): a newer one makes the save stale. */
    version: z.number().int().min(0),
    targets: targetsInput,
  })
  .strict();
export type TargetsSave = z.infer<typeof targetsSave>;

const cumulativeOut = z.object({ amount: z.string(), from: z.string() });

export const targetsOutSchema = z
  .object({
    targetMonth: z.string(),
    manufacturingShare: z.string(),
    fundInvestment: cumulativeOut,
    bondFinancing: cumulativeOut,
    enterprisesServedPerYear: z.number().int(),
    listingPipeline: z.number().int(),
  })
  .meta({ id: "MonitoringTargets" });

export const targetsResponse = z
  .object({
    regionCode: z.string(),
    version: z.number().int(),
    /** What the region itself configured; null when it relies on the regions above and the seed. */
    configured: targetsInput.nullable(),
    inForce: targetsOutSchema,
    savedByName: z.string().nullable(),
    savedAt: z.date().nullable(),
  })
  .meta({ id: "MonitoringTargetSettings" });
