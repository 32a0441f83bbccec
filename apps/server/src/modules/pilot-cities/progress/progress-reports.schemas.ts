import { z } from "zod";
import { correctionReason, isoDate, text } from "../../../platform/http";
import { term } from "../../../platform/responses";

// ---- Requests ----

/** One indicator's values by column key ("2022", "target-2023"), as decimal strings; blank = not filled. */
export const indicatorRow = z
  .object({
    code: text({ max: 20 }),
    unit: text({ max: 10 }).optional(),
    values: z.record(z.string().max(20), z.string().max(30)),
  })
  .strict()
  .meta({ id: "ProgressIndicatorRow" });

export const reportInput = z
  .object({
    year: z.number().int().min(2000).max(2100),
    rows: z.array(indicatorRow).max(100),
    /** Required when the year was already reported: why this version corrects the last. */
    correctionReason: correctionReason.optional(),
  })
  .strict();

// ---- Responses ----

const timeliness = z.enum(["NOT_DUE", "DUE", "ON_TIME", "LATE", "MISSING"]);
const values = z.record(z.string(), z.record(z.string(), z.string()));

export const pilotParty = {
  city: z.object({ orgId: z.string(), name: z.string(), regionCode: z.string() }).meta({ id: "PilotCity" }),
  region: term,
  province: term,
  batch: z
    .object({ id: z.string(), number: z.number().int(), name: z.string() })
    .meta({ id: "PilotBatchReference" }),
};

const yearStatus = z
  .object({
    year: z.number().int(),
    dueOn: isoDate,
    timeliness,
    /** The first version's day: it decides whether the report came on time. */
    submittedOn: z.string().nullable(),
    latestVersion: z.number().int().nullable(),
  })
  .meta({ id: "ProgressReportYear" });

export const pilotSummary = z.object({
  id: z.string(),
  kind: z.enum(["NEW", "RENEWAL"]),
  ...pilotParty,
  periodStart: z.string(),
  periodEnd: z.string(),
  years: z.array(yearStatus),
  missing: z.number().int(),
  late: z.number().int(),
});

export const pilotDetail = pilotSummary.extend({
  indicators: z.array(
    z.object({
      code: z.string(),
      group: z.string(),
      name: term,
      unit: z.string(),
      type: z.enum(["integer", "decimal"]),
      maxDecimals: z.number().int(),
      required: z.boolean(),
      min: z.string(),
      max: z.string(),
      direction: z.enum(["higher", "lower"]),
    }),
  ),
  /** The plan's targets by indicator and column (target-YYYY). */
  targets: values,
  reports: z.array(
    yearStatus.extend({
      versions: z.array(
        z.object({
          version: z.number().int(),
          submittedOn: z.string(),
          correctionReason: z.string().nullable(),
          values,
        }),
      ),
      /** The latest version against the year's targets. */
      progress: z.array(
        z.object({
          code: z.string(),
          name: term,
          unit: z.string(),
          target: z.string().nullable(),
          actual: z.string().nullable(),
          gap: z.string().nullable(),
          met: z.boolean().nullable(),
          attainment: z.string().nullable(),
        }),
      ),
    }),
  ),
});

export const reportReceipt = z.object({
  id: z.string(),
  year: z.number().int(),
  version: z.number().int(),
  submittedOn: z.string(),
});
