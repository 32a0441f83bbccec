import { QUARTERLY_FIGURES } from "@chanrong/domain";
import { z } from "zod";
import { correctionReason, yuanString } from "../../../platform/http";

/** The quarter, figure and value are checked by the domain (parseQuarterlyFigure), every issue at once. */
export const figureInput = z
  .object({
    quarter: z.string().max(10),
    figure: z.string().max(40),
    /** Yuan, for the money figures. */
    amount: yuanString.optional(),
    /** Enterprises, for the counts. */
    count: z.number().int().min(0).max(100_000).optional(),
    /** Required when the quarter's figure is already entered. */
    reason: correctionReason.optional(),
  })
  .strict();
export type FigureInput = z.infer<typeof figureInput>;

export const regionCode = z.string().regex(/^\d{6}$/);

export const figureQuery = z
  .object({
    regionCode: regionCode.optional(),
    quarter: z
      .string()
      .regex(/^[1-9]\d{3}-Q[1-4]$/)
      .optional(),
  })
  .strict();
export type FigureQuery = z.infer<typeof figureQuery>;

export const figureResponse = z
  .object({
    id: z.uuid(),
    regionCode: z.string(),
    quarter: z.string(),
    figure: z.enum(QUARTERLY_FIGURES),
    amount: z.string().nullable(),
    count: z.number().int().nullable(),
    version: z.number().int(),
    live: z.boolean(),
    reason: z.string().nullable(),
    enteredByOrgName: z.string(),
    enteredByName: z.string(),
    enteredOn: z.string(),
    createdAt: z.date(),
  })
  .meta({ id: "QuarterlyFigure" });

export const figureDetail = figureResponse
  .extend({ versions: z.array(figureResponse) })
  .meta({ id: "QuarterlyFigureDetail" });
