import { MONTH_PATTERN } from "@chanrong/domain";
import { z } from "zod";
import { text } from "../../platform/http";
import { schemaMessage } from "../../platform/language";

/* Requests ---------------------------------------------------------------------------------------- */

export const monthlyQuery = z
  .object({
    programme: text({ max: 40 }),
    month: z
      .string()
      .regex(MONTH_PATTERN, schemaMessage({ zh: "月份须为 YYYY-MM", en: "Month must be YYYY-MM" })),
  })
  .strict();

/* Responses --------------------------------------------------------------------------------------- */

/** A figure that counts cases: in the month, and from the programme's start to the month's end. */
const countTally = z
  .object({ inMonth: z.number().int(), cumulative: z.number().int() })
  .meta({ id: "CountTally" });
/** A figure that sums money (yuan strings): in the month, and to its end. */
const moneyTally = z.object({ inMonth: z.string(), cumulative: z.string() }).meta({ id: "MoneyTally" });

/** One line of the report (an organisation's, or the programme's total). */
const reportFigures = z.object({
  applications: countTally,
  approvals: countTally,
  disbursed: moneyTally,
  interestSubsidy: moneyTally,
  feeSubsidy: moneyTally,
  defaults: countTally,
  defaultLoss: moneyTally,
  compensation: moneyTally,
  recoveries: moneyTally,
  outstanding: z.string().describe("Outstanding principal at the month's end"),
  loansOutstanding: z.number().int(),
});

const organisationLine = reportFigures
  .extend({ orgId: z.string(), name: z.string() })
  .meta({ id: "ProgrammeReportLine" });

export const programmeMonthlyResponse = z.object({
  programme: z.object({ code: z.string(), name: z.string(), regionCode: z.string() }),
  month: z.string(),
  from: z.string().describe("The month's first day"),
  to: z.string().describe("The month's last day (counted)"),
  fund: z.object({ id: z.string(), code: z.string(), name: z.string(), cashBalance: z.string() }).nullable(),
  total: reportFigures,
  byBank: z.array(organisationLine),
  byGuarantor: z.array(organisationLine),
  trend: z
    .array(
      z.object({
        month: z.string(),
        disbursed: z.string(),
        outstanding: z.string(),
        interestSubsidy: z.string(),
        feeSubsidy: z.string(),
        compensation: z.string(),
        recoveries: z.string(),
        cashBalance: z
          .string()
          .nullable()
          .describe("The fund's cash at the month's end; null when no fund pays for the programme"),
      }),
    )
    .describe("The twelve months ending with the report's, oldest first"),
});

export type ProgrammeMonthly = z.infer<typeof programmeMonthlyResponse>;
export type ReportLine = z.infer<typeof reportFigures>;
export type OrganisationLine = z.infer<typeof organisationLine>;
