import { INDICATOR_CODES, MONTH_PATTERN } from "@chanrong/domain";
import { z } from "zod";
import { schemaMessage } from "../../../platform/language";
import { regionCode } from "../quarterly-figures/quarterly-figures.schemas";
import { targetsOutSchema } from "../targets/targets.schemas";

export const term = z.object({ zh: z.string(), en: z.string() });

export const monthParam = z
  .string()
  .regex(MONTH_PATTERN, schemaMessage({ zh: "月份应为YYYY-MM", en: "A month as YYYY-MM" }));

export const regionMonthQuery = z
  .object({ regionCode: regionCode.optional(), month: monthParam.optional() })
  .strict();

const indicator = z.object({
  code: z.enum(INDICATOR_CODES),
  name: term,
  asOf: z.string(),
  unit: z.enum(["ratio", "yuan", "count"]),
  value: z.string().nullable(),
  target: z.object({
    rule: z.enum(["AT_LEAST", "AT_LEAST_ALL_LOANS_GROWTH", "RISING"]),
    ruleName: term,
    value: z.string().nullable(),
    by: z.string(),
  }),
  met: z.boolean().nullable(),
  progress: z.string().nullable(),
  projection: z
    .object({
      method: z.literal("straight-line"),
      from: z.object({ month: z.string(), value: z.string() }),
      to: z.object({ month: z.string(), value: z.string() }),
      perMonth: z.string(),
      targetMonth: z.string(),
      projected: z.string(),
      meetsTarget: z.boolean(),
    })
    .nullable(),
  working: z
    .object({
      formula: term,
      inputs: z.array(z.object({ name: term, month: z.string(), value: z.string() })),
      computation: z.string(),
      rounding: z.enum(["ratio-half-up-6-places", "half-up-once-to-fen", "whole-count-down"]),
    })
    .nullable(),
  missing: term.nullable(),
});

export const indicatorsResponse = z.object({
  regionCode: z.string(),
  month: z.string(),
  targets: targetsOutSchema,
  indicators: z.array(indicator),
  /** What the platform's own modules fed in, from the year's start to the month's end. */
  feeds: z.object({
    from: z.string(),
    to: z.string(),
    enterprisesServed: z.object({
      events: z.number().int(),
      demands: z.number().int(),
      distinct: z.number().int(),
    }),
    subsidisedLoans: z.object({ loans: z.number().int(), amount: z.string() }),
    incentivesPaid: z.object({ payments: z.number().int(), amount: z.string() }),
    listingPipeline: z.number().int(),
  }),
});
