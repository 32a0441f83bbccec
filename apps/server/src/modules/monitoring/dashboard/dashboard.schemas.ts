import { INDICATOR_CODES, STATISTICS_CLUSTER_CODES } from "@chanrong/domain";
import { z } from "zod";
import { schemaMessage } from "../../../platform/language";
import { term } from "../../../platform/responses";
import { figures, month } from "../bank-statistics/bank-statistics.schemas";
import { indicatorProjection, indicatorWorking } from "../indicators/indicators.schemas";

// ---- Requests ----

const regionCode = z
  .string()
  .regex(/^\d{6}$/, schemaMessage({ zh: "地区代码应为6位数字", en: "A region code of 6 digits" }));

/** The region, months and one drill-down: a district or a cluster, and/or one bank. */
export const dashboardQuery = z
  .object({
    regionCode: regionCode.optional(),
    from: month.optional(),
    to: month.optional(),
    district: regionCode.optional(),
    cluster: z.enum(STATISTICS_CLUSTER_CODES as [string, ...string[]]).optional(),
    bankOrgId: z.uuid().optional(),
  })
  .strict();
export type DashboardQuery = z.infer<typeof dashboardQuery>;

export const DASHBOARD_TABLES = ["trend", "share", "growth", "districts", "clusters", "banks"] as const;

export const dashboardExportQuery = dashboardQuery.extend({ table: z.enum(DASHBOARD_TABLES) }).strict();

export const briefingQuery = z.object({ regionCode: regionCode.optional(), month }).strict();

// ---- Responses ----

const yuan = z.string();
const ratio = z.string().nullable();

/** An indicator as the domain computes it, with its working and projection. */
export const indicatorResponse = z.object({
  code: z.enum(INDICATOR_CODES),
  asOf: z.string(),
  unit: z.enum(["ratio", "yuan", "count"]),
  value: z.string().nullable(),
  target: z.object({
    rule: z.enum(["AT_LEAST", "AT_LEAST_ALL_LOANS_GROWTH", "RISING"]),
    value: z.string().nullable(),
    by: z.string(),
  }),
  met: z.boolean().nullable(),
  progress: z.string().nullable(),
  projection: indicatorProjection.nullable(),
  working: indicatorWorking.nullable(),
  missing: term.optional(),
});

const part = figures
  .extend({
    key: z.string(),
    name: term,
    shareOfManufacturing: ratio,
    growth: ratio,
  })
  .meta({ id: "ManufacturingLoanBreakdown" });

export const dashboardResponse = z.object({
  region: z.object({ code: z.string(), name: term }),
  from: z.string(),
  to: z.string(),
  filter: z.object({
    district: z.string().nullable(),
    cluster: z.string().nullable(),
    bankOrgId: z.string().nullable(),
    bankName: z.string().nullable(),
  }),
  target: z.object({ manufacturingShare: z.string(), by: z.string() }),
  series: z.array(
    z.object({
      month: z.string(),
      /** Banks whose live statistics make the month. */
      banks: z.number().int(),
      /** Null for a district or cluster: banks report all loans for their whole book only. */
      allLoans: yuan.nullable(),
      figures: figures.nullable(),
      share: ratio,
      growth: ratio,
      allLoansGrowth: ratio,
    }),
  ),
  indicators: z.array(indicatorResponse),
  byDistrict: z.array(part),
  byCluster: z.array(part),
  banks: z.array(
    z.object({
      bankOrgId: z.string(),
      bankName: z.string(),
      allLoans: yuan.nullable(),
      balance: yuan,
      share: ratio,
      growth: ratio,
      shareRank: z.number().int().nullable(),
      growthRank: z.number().int().nullable(),
    }),
  ),
  /** The month shown: how many of the region's reporting banks have submitted it, and who has not (null in a bank's view). */
  reporting: z
    .object({
      month: z.string(),
      expected: z.number().int(),
      reported: z.number().int(),
      missing: z.array(z.string()),
    })
    .nullable(),
});
