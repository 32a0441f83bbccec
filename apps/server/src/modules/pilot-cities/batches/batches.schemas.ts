import { DEFAULT_BATCH_TIME_ZONE, DEFAULT_REPORT_DUE_MONTH_DAY } from "@chanrong/domain";
import { z } from "zod";
import { isoDate, text } from "../../../platform/http";
import { term } from "../../../platform/responses";

// ---- Requests ----

export const batchInput = z
  .object({
    /** 第N批. */
    number: z.number().int().min(1).max(99),
    name: text({ max: 100 }),
    documentNumber: text({ max: 100 }),
    opensOn: isoDate,
    applicationDeadline: isoDate,
    provincialDeadline: isoDate,
    timeZone: text({ max: 64 }).default(DEFAULT_BATCH_TIME_ZONE),
    /** The day ("MM-DD") each plan year's progress report is due, in the year after it. */
    progressReportDue: text({ max: 5 }).default(DEFAULT_REPORT_DUE_MONTH_DAY),
    reviewersPerApplication: z.number().int().min(1).max(15).default(2),
  })
  .strict();
export type BatchInput = z.infer<typeof batchInput>;

// ---- Responses ----

const coded = z.object({ code: z.string(), name: term });

/** How a pilot application is scored: the criteria with their weights, the scale, the pass mark. */
export const rubric = z
  .object({
    criteria: z.array(
      z.object({ code: z.string(), name: term, weight: z.string(), minimum: z.string().optional() }),
    ),
    scaleMax: z.string(),
    scaleDecimals: z.number().int(),
    passMark: z.string(),
  })
  .meta({ id: "PilotRubric" });

export const batchSummary = z.object({
  id: z.uuid(),
  number: z.number().int(),
  name: z.string(),
  documentNumber: z.string(),
  opensOn: z.string(),
  applicationDeadline: z.string(),
  provincialDeadline: z.string(),
  timeZone: z.string(),
  progressReportDue: z.string(),
  phase: z.enum(["UPCOMING", "APPLYING", "RECOMMENDING", "CLOSED"]),
});

export const batchDetail = batchSummary
  .extend({
    reviewersPerApplication: z.number().int(),
    /** The outline of 附件1, flattened: a sub-section names its parent. */
    outline: z.array(
      z.object({
        code: z.string(),
        parentCode: z.string().nullable(),
        title: term,
        guidance: term,
        required: z.boolean(),
      }),
    ),
    indicatorTemplate: z.object({
      actualYears: z.array(z.number().int()),
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
          notes: z.string(),
        }),
      ),
    }),
    rubric,
    /** The four conditions of §二, which the rubric's first criteria score. */
    conditions: z.array(z.object({ code: z.string(), clause: z.string(), name: term, text: z.string() })),
    strategies: z.array(coded),
    bases: z.array(coded),
    recommendingUnits: z.array(
      z.object({
        code: z.string(),
        kind: z.string(),
        name: term,
        quota: z.number().int(),
        confirmedOn: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "PilotBatch" });
