import { and, asc, desc, eq, inArray, like, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import {
  organisations,
  pilotApplications,
  pilotBatches,
  pilotProgressReports,
  pilotRenewalDecisions,
  regions,
} from "../../db/schema";

// The SQL of pilots (SELECTED applications of any batch), their renewals and yearly reports; who may
// see or change what is the services' to decide.

/** Which pilots a caller may see, decided by the service. */
export type PilotScope =
  | { kind: "all" }
  | { kind: "region"; prefix: string }
  | { kind: "org"; orgId: string }
  | { kind: "none" };

function scopeCondition(scope: PilotScope): SQL | undefined {
  switch (scope.kind) {
    case "all":
      return undefined;
    case "region":
      return like(pilotApplications.regionCode, `${scope.prefix}%`);
    case "org":
      return eq(pilotApplications.applicantOrgId, scope.orgId);
    case "none":
      return sql`false`;
  }
}

const province = alias(regions, "province");

const applicationColumns = {
  id: pilotApplications.id,
  kind: pilotApplications.kind,
  status: pilotApplications.status,
  applicantOrgId: pilotApplications.applicantOrgId,
  applicantName: organisations.name,
  regionCode: pilotApplications.regionCode,
  regionName: regions.name,
  regionNameEn: regions.nameEn,
  provinceName: province.name,
  provinceNameEn: province.nameEn,
  submitted: pilotApplications.submitted,
  submittedAt: pilotApplications.submittedAt,
  version: pilotApplications.version,
  batchId: pilotBatches.id,
  batchNumber: pilotBatches.number,
  batchName: pilotBatches.name,
  batchProgressReportDue: pilotBatches.progressReportDue,
  batchOpensOn: pilotBatches.opensOn,
  batchApplicationDeadline: pilotBatches.applicationDeadline,
  batchProvincialDeadline: pilotBatches.provincialDeadline,
  batchTimeZone: pilotBatches.timeZone,
  indicatorTemplate: pilotBatches.indicatorTemplate,
  decision: pilotRenewalDecisions.decision,
  decisionPeriodStart: pilotRenewalDecisions.periodStart,
  decisionPeriodEnd: pilotRenewalDecisions.periodEnd,
  decisionReason: pilotRenewalDecisions.reason,
  decidedAt: pilotRenewalDecisions.decidedAt,
  previousApplicationId: pilotRenewalDecisions.previousApplicationId,
};

export type ApplicationRow = Awaited<ReturnType<typeof selectApplications>>[number];

function selectApplications(executor: Executor, where: SQL | undefined) {
  return executor
    .select(applicationColumns)
    .from(pilotApplications)
    .innerJoin(pilotBatches, eq(pilotBatches.id, pilotApplications.batchId))
    .innerJoin(organisations, eq(organisations.id, pilotApplications.applicantOrgId))
    .innerJoin(regions, eq(regions.code, pilotApplications.regionCode))
    .leftJoin(province, eq(province.code, sql`substr(${pilotApplications.regionCode}, 1, 2) || '0000'`))
    .leftJoin(pilotRenewalDecisions, eq(pilotRenewalDecisions.applicationId, pilotApplications.id))
    .where(where)
    .orderBy(asc(pilotApplications.regionCode), asc(pilotBatches.number));
}

/** The pilots the scope covers: SELECTED applications, a city's terms in batch order. */
export function listPilots(executor: Executor, scope: PilotScope) {
  return selectApplications(executor, and(eq(pilotApplications.status, "SELECTED"), scopeCondition(scope)));
}

export async function findApplication(executor: Executor, id: string): Promise<ApplicationRow | null> {
  const [row] = await selectApplications(executor, eq(pilotApplications.id, id));
  return row ?? null;
}

/** The renewal applications the scope covers, newest batch first. */
export async function listRenewals(executor: Executor, scope: PilotScope) {
  const rows = await selectApplications(
    executor,
    and(
      eq(pilotApplications.kind, "RENEWAL"),
      inArray(pilotApplications.status, ["AT_MINISTRY", "SELECTED", "NOT_SELECTED"]),
      scopeCondition(scope),
    ),
  );
  return rows.sort((a, b) => b.batchNumber - a.batchNumber);
}

export type ApplicationValues = Omit<typeof pilotApplications.$inferInsert, "id" | "createdAt" | "version">;

/**
 * Records an application as it stands: a renewal on submission, or (demo and tests) an earlier
 * batch's pilot that predates the platform, imported as history.
 */
export async function insertRecordedApplication(executor: Executor, values: ApplicationValues) {
  const [row] = await executor
    .insert(pilotApplications)
    .values(values)
    .returning({ id: pilotApplications.id });
  if (!row) throw new Error("insert returned no application");
  return row.id;
}

/** Moves an application on if it is still at `version` (false if someone else moved it first). */
export async function updateApplicationStatus(
  executor: Executor,
  id: string,
  version: number,
  status: string,
) {
  const rows = await executor
    .update(pilotApplications)
    .set({ status, version: version + 1 })
    .where(and(eq(pilotApplications.id, id), eq(pilotApplications.version, version)))
    .returning({ id: pilotApplications.id });
  return rows.length === 1;
}

export async function insertRenewalDecision(
  executor: Executor,
  values: typeof pilotRenewalDecisions.$inferInsert,
): Promise<void> {
  await executor.insert(pilotRenewalDecisions).values(values);
}

/** The batch applications are open in on `day` (opened, application deadline not passed), if any. */
export async function findBatchOpenOn(executor: Executor, day: string) {
  const [row] = await executor
    .select()
    .from(pilotBatches)
    .where(sql`${pilotBatches.opensOn} <= ${day} and ${day} <= ${pilotBatches.applicationDeadline}`)
    .orderBy(desc(pilotBatches.number))
    .limit(1);
  return row ?? null;
}

export type ReportRow = typeof pilotProgressReports.$inferSelect;

/** Every version of the reports on these pilot terms, by year then version. */
export async function listReports(
  executor: Executor,
  applicationIds: readonly string[],
): Promise<ReportRow[]> {
  if (applicationIds.length === 0) return [];
  return executor
    .select()
    .from(pilotProgressReports)
    .where(inArray(pilotProgressReports.applicationId, [...applicationIds]))
    .orderBy(
      asc(pilotProgressReports.applicationId),
      asc(pilotProgressReports.year),
      asc(pilotProgressReports.version),
    );
}

export async function insertReport(
  executor: Executor,
  values: Omit<typeof pilotProgressReports.$inferInsert, "id" | "submittedAt">,
): Promise<ReportRow> {
  const [row] = await executor.insert(pilotProgressReports).values(values).returning();
  if (!row) throw new Error("insert returned no report");
  return row;
}
