import { PILOT_APPLICATION_STATUSES, PILOT_BASE_CODES, PILOT_STRATEGY_CODES } from "@chanrong/domain";
import { z } from "zod";
import { isoDate, text } from "../../../platform/http";

// ---- Requests ----

export const createApplicationInput = z.object({ batchId: z.uuid() }).strict();

const sectionCode = z.string().regex(/^\d+(\.\d+)*$/, "提纲章节编号,如 2.1 (an outline code such as 2.1)");

export const planInput = z
  .object({
    periodStart: isoDate.nullable(),
    periodEnd: isoDate.nullable(),
    /** Text by outline section code; a section may be left empty while drafting. */
    sections: z.record(sectionCode, text({ min: 0, max: 20_000, multiline: true })),
  })
  .strict();
export type PlanInput = z.infer<typeof planInput>;

const indicatorValue = text({ min: 0, max: 30 });
export const indicatorsInput = z
  .object({
    /** Values by indicator code, then by column key ("2019" for an actual year, "target-2023" for a target). */
    values: z.record(z.string().max(20), z.record(z.string().max(20), indicatorValue)),
  })
  .strict();
export type IndicatorsInput = z.infer<typeof indicatorsInput>;

export const declarationsInput = z
  .object({
    strategies: z.array(z.enum(PILOT_STRATEGY_CODES as [string, ...string[]])).max(20),
    bases: z.array(z.enum(PILOT_BASE_CODES as [string, ...string[]])).max(20),
  })
  .strict();
export type DeclarationsInput = z.infer<typeof declarationsInput>;

export const applicationQuery = z.object({ batchId: z.uuid().optional() }).strict();

export const documentParams = z.object({ id: z.uuid(), documentId: z.uuid() }).strict();

// ---- Responses ----

export const pilotDocument = z
  .object({
    id: z.uuid(),
    kind: z.enum(["APPLICATION", "SUPPORTING"]),
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string(),
  })
  .meta({ id: "PilotDocument" });
export type PilotDocument = z.infer<typeof pilotDocument>;

/**
 * What a city fills in, and (frozen at submission, as `submitted`) what the province and the
 * ministry read. P2/P3 rely on plan.periodStart/periodEnd and on indicators.
 */
export const applicationContent = z
  .object({
    plan: z.object({
      periodStart: z.string().nullable(),
      periodEnd: z.string().nullable(),
      sections: z.record(z.string(), z.string()),
    }),
    indicators: z.record(z.string(), z.record(z.string(), z.string())),
    strategies: z.array(z.string()),
    bases: z.array(z.string()),
    documents: z.array(pilotDocument),
  })
  .meta({ id: "PilotApplicationContent" });
export type ApplicationContent = z.infer<typeof applicationContent>;

export const applicationResponse = z
  .object({
    id: z.uuid(),
    batchId: z.uuid(),
    batchName: z.string(),
    kind: z.enum(["NEW", "RENEWAL"]),
    status: z.enum(PILOT_APPLICATION_STATUSES),
    applicantOrgId: z.uuid(),
    applicantName: z.string(),
    regionCode: z.string(),
    recommendingUnitCode: z.string().nullable(),
    /** The city's working copy: only the city itself reads it. */
    draft: applicationContent.nullable(),
    submitted: applicationContent.nullable(),
    submittedAt: z.string().nullable(),
    /** The province's scores on the four conditions, and their weighted points. */
    provincialScores: z.record(z.string(), z.string()).nullable(),
    provincialPoints: z.string().nullable(),
    recommendationRank: z.number().int().nullable(),
    /** Why it was returned or declined. */
    decisionReason: z.string().nullable(),
    decidedAt: z.string().nullable(),
    /** The indicator table's columns for the plan's period. */
    indicatorColumns: z.array(
      z
        .object({
          key: z.string(),
          year: z.number().int(),
          kind: z.enum(["actual", "target"]),
          required: z.boolean(),
        })
        .meta({ id: "PilotIndicatorColumn" }),
    ),
    version: z.number().int(),
  })
  .meta({ id: "PilotApplication" });
export type ApplicationResponse = z.infer<typeof applicationResponse>;

export const indicatorUploadResponse = z.object({ rows: z.number().int(), application: applicationResponse });
