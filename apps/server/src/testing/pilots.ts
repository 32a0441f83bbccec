import {
  type FilledIndicatorRow,
  PILOT_BASE_CODES,
  PILOT_INDICATORS,
  PILOT_RUBRIC,
  PILOT_STRATEGY_CODES,
  PLAN_OUTLINE,
  type PlanPeriod,
  planYears,
} from "@chanrong/domain";
import { Decimal } from "decimal.js";
import { eq } from "drizzle-orm";
import type { Executor } from "../db/client";
import { pilotBatches } from "../db/schema";
import { insertBatch } from "../modules/pilot-cities/batches/batches.repository";
import { insertRecordedApplication } from "../modules/pilot-cities/pilots.repository";

// Pilots of batches that predate the platform, recorded as imported history for tests and the demo.

/** A mid-sized city's figures in the template's units (亿元, 家, %, 万元). */
const BASE: Record<string, string> = {
  I01: "2012.7",
  I02: "780.4",
  I03: "31.2",
  I04: "1050",
  I05: "320",
  I06: "45",
  F01: "512.35",
  F02: "268.1",
  F03: "8.6",
  F04: "301.5",
  F05: "120.8",
  F06: "1.62",
  C01: "9",
  C02: "86.4",
  C03: "58.2",
  C04: "150",
  C05: "3000",
  C06: "2300",
};

/**
 * Every indicator of the template for `columns` ("2017", "target-2019"), growing 5% a column from the
 * base and scaled by `scale` (a target a little above what was reached, say), at each row's precision.
 */
export function indicatorRows(columns: readonly string[], scale = "1"): FilledIndicatorRow[] {
  return PILOT_INDICATORS.map((indicator) => ({
    code: indicator.code,
    values: Object.fromEntries(
      columns.map((key, index) => [
        key,
        new Decimal(BASE[indicator.code] ?? "1")
          .times(new Decimal("1.05").pow(index))
          .times(scale)
          .toDecimalPlaces(indicator.maxDecimals, Decimal.ROUND_HALF_UP)
          .toString(),
      ]),
    ),
  }));
}

/** The rows as the frozen copy stores them: { code: { column: value } }. */
export const tableValues = (rows: readonly FilledIndicatorRow[]) =>
  Object.fromEntries(rows.map((row) => [row.code, row.values as Record<string, string>]));

/** Targets for each year of a plan period (target-YYYY). */
export const targetRows = (period: PlanPeriod, scale = "1") =>
  indicatorRows(
    planYears(period).map((year) => `target-${year}`),
    scale,
  );

/**
 * A renewal's or application's table: the template's actual years at the base figures, then the
 * plan's targets at `targetScale` of them.
 */
export function applicationRows(actualYears: readonly number[], period: PlanPeriod, targetScale: string) {
  const targets = targetRows(period, targetScale);
  return indicatorRows(actualYears.map(String)).map((row, index) => ({
    ...row,
    values: { ...row.values, ...targets[index]?.values },
  }));
}

/** Each required section of the outline filled with a line of text. */
export const planSections = (text: string): Record<string, string> =>
  Object.fromEntries(
    PLAN_OUTLINE.flatMap((section) => [section, ...(section.children ?? [])]).map((section) => [
      section.code,
      `${section.title.zh}:${text}`,
    ]),
  );

/** The first batch (2016, 第1批), as it was: recorded once, returned when already there. */
export async function recordFirstBatch(executor: Executor, openedBy: string): Promise<string> {
  const [existing] = await executor.select().from(pilotBatches).where(eq(pilotBatches.number, 1));
  if (existing) return existing.id;
  const batch = await insertBatch(executor, {
    number: 1,
    name: "第一批产融合作试点城市",
    // The notice predates the platform; its number is not in the imported record.
    documentNumber: "2016年第一批(历史档案导入)",
    opensOn: "2016-05-10",
    applicationDeadline: "2016-06-30",
    provincialDeadline: "2016-07-15",
    timeZone: "Asia/Shanghai",
    reviewersPerApplication: 2,
    outline: PLAN_OUTLINE,
    indicatorTemplate: { indicators: PILOT_INDICATORS, actualYears: [2013, 2014, 2015] },
    rubric: PILOT_RUBRIC,
    strategies: PILOT_STRATEGY_CODES,
    bases: PILOT_BASE_CODES,
    openedBy,
  });
  return batch.id;
}

/** A city selected in an earlier batch, with its plan period and targets, recorded as history. */
export async function recordPilot(
  executor: Executor,
  pilot: { batchId: string; orgId: string; regionCode: string; unitCode: string; period: PlanPeriod },
): Promise<string> {
  const copy = {
    plan: {
      periodStart: pilot.period.from,
      periodEnd: pilot.period.to,
      sections: planSections("(历史档案导入)"),
    },
    indicators: tableValues(targetRows(pilot.period, "1.1")),
    strategies: [],
    bases: [],
    documents: [],
  };
  return insertRecordedApplication(executor, {
    batchId: pilot.batchId,
    kind: "NEW",
    applicantOrgId: pilot.orgId,
    regionCode: pilot.regionCode,
    recommendingUnitCode: pilot.unitCode,
    status: "SELECTED",
    draft: copy,
    submitted: copy,
    submittedAt: new Date(`${pilot.period.from.slice(0, 4)}-01-01T00:00:00Z`),
  });
}
