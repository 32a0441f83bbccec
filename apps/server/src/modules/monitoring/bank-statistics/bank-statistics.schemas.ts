import { MANUFACTURING_FIGURES, MONTH_PATTERN, SUBMISSION_TIMELINESS } from "@chanrong/domain";
import { z } from "zod";
import { correctionReason, text } from "../../../platform/http";
import { schemaMessage } from "../../../platform/language";

// ---- Requests ----

/** Amounts are checked by the domain (parseBankStatistics), which names every issue at once. */
const amount = z.string().max(30);

const figuresShape = Object.fromEntries(MANUFACTURING_FIGURES.map((figure) => [figure, amount])) as Record<
  (typeof MANUFACTURING_FIGURES)[number],
  typeof amount
>;

export const month = z
  .string()
  .regex(MONTH_PATTERN, schemaMessage({ zh: "月份应为YYYY-MM", en: "A month as YYYY-MM" }));

const MAX_ROWS = 200;

export const statisticsInput = z
  .object({
    month: z.string().max(10),
    allLoansBalance: amount,
    manufacturing: z.object(figuresShape).strict(),
    byCluster: z.array(z.object({ cluster: text({ max: 40 }), ...figuresShape }).strict()).max(MAX_ROWS),
    byDistrict: z.array(z.object({ district: text({ max: 6 }), ...figuresShape }).strict()).max(MAX_ROWS),
    /** Required for a correction of a month already submitted. */
    reason: correctionReason.optional(),
  })
  .strict();
export type StatisticsInput = z.infer<typeof statisticsInput>;

export const statisticsQuery = z.object({ month: month.optional() }).strict();
export type StatisticsQuery = z.infer<typeof statisticsQuery>;

export const timelinessQuery = z.object({ month }).strict();

export const templateQuery = z.object({ month }).strict();

// ---- Responses ----

/** The manufacturing loan figures a bank reports for a month, in yuan. */
export const figures = z
  .object(
    Object.fromEntries(MANUFACTURING_FIGURES.map((figure) => [figure, z.string()])) as Record<
      (typeof MANUFACTURING_FIGURES)[number],
      z.ZodString
    >,
  )
  .meta({ id: "ManufacturingFigures" });

export const submissionResponse = z.object({
  id: z.uuid(),
  bankOrgId: z.uuid(),
  bankName: z.string(),
  regionCode: z.string(),
  month: z.string(),
  version: z.number().int(),
  live: z.boolean(),
  allLoansBalance: z.string(),
  manufacturing: figures,
  reason: z.string().nullable(),
  channel: z.enum(["FORM", "API", "EXCEL"]),
  submittedByName: z.string(),
  submittedOn: z.string(),
  createdAt: z.date(),
  /** The month's due date, and whether its first version came by it (corrections do not count). */
  dueOn: z.string(),
  timeliness: z.enum(SUBMISSION_TIMELINESS),
  daysLate: z.number().int(),
});

export const submissionDetail = submissionResponse
  .extend({
    byCluster: z.array(figures.extend({ cluster: z.string() })),
    byDistrict: z.array(figures.extend({ district: z.string() })),
    /** Every version of the month, oldest first, with the reason each correction gave. */
    versions: z.array(
      z.object({
        id: z.uuid(),
        version: z.number().int(),
        live: z.boolean(),
        reason: z.string().nullable(),
        submittedByName: z.string(),
        submittedOn: z.string(),
      }),
    ),
  })
  .meta({ id: "BankStatisticsSubmissionDetail" });

export const timelinessResponse = z.object({
  month: z.string(),
  dueOn: z.string(),
  banks: z.array(
    z.object({
      bankOrgId: z.uuid(),
      bankName: z.string(),
      status: z.enum(SUBMISSION_TIMELINESS),
      daysLate: z.number().int(),
      liveVersion: z.number().int().nullable(),
    }),
  ),
});
