import { z } from "zod";
import { isoDate, text, versionField } from "../../../platform/http";
import { term } from "../../../platform/responses";
import { indicatorRow, pilotParty } from "../progress/progress-reports.schemas";

// ---- Requests ----

export const renewalInput = z
  .object({
    plan: z
      .object({
        periodStart: isoDate,
        periodEnd: isoDate,
        /** The outline's sections by code (e.g. "1.1"), each the plan's text. */
        sections: z.record(z.string().max(10), z.string().max(20_000)),
      })
      .strict(),
    /** The indicator table in the batch template's shape, targets for each year of the new period. */
    indicators: z.array(indicatorRow).max(100),
  })
  .strict();

const reason = text({ max: 500, multiline: true });

export const renewalDecisionInput = z.discriminatedUnion("decision", [
  z
    .object({
      decision: z.literal("EXTEND"),
      version: versionField,
      periodStart: isoDate,
      periodEnd: isoDate,
      reason: reason.optional(),
    })
    .strict(),
  z.object({ decision: z.literal("DECLINE"), version: versionField, reason }).strict(),
]);

// ---- Responses ----

export const renewalDetail = z
  .object({
    id: z.string(),
    status: z.enum(["AT_MINISTRY", "SELECTED", "NOT_SELECTED"]),
    version: z.number().int(),
    ...pilotParty,
    /** The pilot term it renews. */
    renews: z.string().nullable(),
    plan: z.object({
      periodStart: z.string(),
      periodEnd: z.string(),
      sections: z.record(z.string(), z.string()),
    }),
    indicators: z.record(z.string(), z.record(z.string(), z.string())),
    submittedAt: z.string().nullable(),
    decision: z
      .object({
        decision: z.enum(["EXTENDED", "DECLINED"]),
        periodStart: z.string().nullable(),
        periodEnd: z.string().nullable(),
        reason: z.string().nullable(),
        decidedAt: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: "PilotRenewal" });

export const renewalEligibility = z.object({
  batchId: z.string().nullable(),
  batchNumber: z.number().int().nullable(),
  pilotId: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  /** Why the city may not renew today; null when it may. */
  refusal: term.nullable(),
});
