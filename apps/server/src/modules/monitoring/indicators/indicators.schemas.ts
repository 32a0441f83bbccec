import { INDICATOR_CODES, MONTH_PATTERN } from "@chanrong/domain";
import { z } from "zod";
import { schemaMessage } from "../../../platform/language";
import { term } from "../../../platform/responses";
import { regionCode } from "../quarterly-figures/quarterly-figures.schemas";
import { targetsOutSchema } from "../targets/targets.schemas";

export const monthParam = z
  .string()
  .regex(MONTH_PATTERN, schemaMessage({ zh: "月份应为YYYY-MM", en: "A month as YYYY-MM" }));

export const regionMonthQuery = z
  .object({ regionCode: regionCode.optional(), month: monthParam.optional() })
  .strict();

const point = z.object({ month: z.string(), value: z.string() });

/** Where an indicator heads: a straight line through two months, and whether it meets the target in time. */
export const indicatorProjection = z
  .object({
    method: z.literal("straight-line"),
    from: point,
    to: point,
    perMonth: z.string(),
    targetMonth: z.string(),
    projected: z.string(),
    meetsTarget: z.boolean(),
  })
  .meta({ id: "IndicatorProjection" });

/** How an indicator's value was computed: the formula, its inputs, the computation and the rounding. */
export const indicatorWorking = z
  .object({
    formula: term,
    inputs: z.array(z.object({ name: term, month: z.string(), value: z.string() })),
    computation: z.string(),
    rounding: z.enum(["ratio-half-up-6-places", "half-up-once-to-fen", "whole-count-down"]),
  })
  .meta({ id: "IndicatorWorking" });

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
  projection: indicatorProjection.nullable(),
  working: indicatorWorking.nullable(),
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
