import { and, asc, eq, inArray, isNotNull, type SQL } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { organisations, pilotApplications, pilotBatches, regions } from "../../../db/schema";

// The SQL of pilot applications; who may see or change one is the service's to decide.

export type ApplicationRow = typeof pilotApplications.$inferSelect;
export type ApplicationValues = Omit<typeof pilotApplications.$inferInsert, "id" | "createdAt" | "version">;

/** Which applications a reader sees, as data: a city its own, a province what its unit received. */
export type ApplicationScope =
  | { kind: "applicant"; orgId: string }
  | { kind: "unit"; unitCode: string }
  | { kind: "statuses"; statuses: readonly string[] };

function scopeCondition(scope: ApplicationScope): SQL | undefined {
  switch (scope.kind) {
    case "applicant":
      return eq(pilotApplications.applicantOrgId, scope.orgId);
    case "unit":
      // A province reads what was submitted to it, never a city's draft in progress.
      return and(
        eq(pilotApplications.recommendingUnitCode, scope.unitCode),
        isNotNull(pilotApplications.submitted),
      );
    case "statuses":
      return inArray(pilotApplications.status, [...scope.statuses]);
  }
}

const withApplicant = {
  application: pilotApplications,
  applicantName: organisations.name,
  batchName: pilotBatches.name,
};

export type ApplicationWithNames = { application: ApplicationRow; applicantName: string; batchName: string };

export async function listApplications(
  executor: Executor,
  scope: ApplicationScope,
  batchId?: string,
): Promise<ApplicationWithNames[]> {
  return executor
    .select(withApplicant)
    .from(pilotApplications)
    .innerJoin(organisations, eq(organisations.id, pilotApplications.applicantOrgId))
    .innerJoin(pilotBatches, eq(pilotBatches.id, pilotApplications.batchId))
    .where(and(scopeCondition(scope), batchId ? eq(pilotApplications.batchId, batchId) : undefined))
    .orderBy(asc(pilotApplications.recommendationRank), asc(pilotApplications.createdAt));
}

export async function findApplication(
  executor: Executor,
  scope: ApplicationScope,
  id: string,
): Promise<ApplicationWithNames | null> {
  const [row] = await executor
    .select(withApplicant)
    .from(pilotApplications)
    .innerJoin(organisations, eq(organisations.id, pilotApplications.applicantOrgId))
    .innerJoin(pilotBatches, eq(pilotBatches.id, pilotApplications.batchId))
    .where(and(eq(pilotApplications.id, id), scopeCondition(scope)));
  return row ?? null;
}

/** The row locked for a change: two edits of one application queue behind each other. */
export async function lockApplication(executor: Executor, id: string): Promise<ApplicationRow | null> {
  const [row] = await executor
    .select()
    .from(pilotApplications)
    .where(eq(pilotApplications.id, id))
    .for("update");
  return row ?? null;
}

export async function insertApplication(
  executor: Executor,
  values: ApplicationValues,
): Promise<ApplicationRow> {
  const [row] = await executor.insert(pilotApplications).values(values).returning();
  if (!row) throw new Error("insert returned no application");
  return row;
}

export async function updateApplication(
  executor: Executor,
  row: ApplicationRow,
  values: Partial<ApplicationValues>,
): Promise<ApplicationRow> {
  const [updated] = await executor
    .update(pilotApplications)
    .set({ ...values, version: row.version + 1 })
    .where(eq(pilotApplications.id, row.id))
    .returning();
  if (!updated) throw new Error("update returned no application");
  return updated;
}

export async function regionOf(executor: Executor, code: string) {
  const [row] = await executor.select().from(regions).where(eq(regions.code, code));
  return row ?? null;
}
