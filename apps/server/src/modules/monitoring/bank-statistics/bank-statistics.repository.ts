import { and, asc, desc, eq, inArray, like, min, type SQL } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { bankStatisticsLines, bankStatisticsSubmissions, organisations, users } from "../../../db/schema";

// The SQL of bank statistics. Who reads which submissions is decided by the service as a StatisticsScope.

export type SubmissionRow = typeof bankStatisticsSubmissions.$inferSelect;
export type SubmissionValues = Omit<
  typeof bankStatisticsSubmissions.$inferInsert,
  "id" | "createdAt" | "live"
>;
export type LineValues = Omit<typeof bankStatisticsLines.$inferInsert, "submissionId">;

/** One bank's own submissions, or those of every bank in a region (by code prefix). */
export type StatisticsScope = { kind: "bank"; bankOrgId: string } | { kind: "region"; prefix: string };

function scopeCondition(scope: StatisticsScope): SQL {
  return scope.kind === "bank"
    ? eq(bankStatisticsSubmissions.bankOrgId, scope.bankOrgId)
    : like(bankStatisticsSubmissions.regionCode, `${scope.prefix}%`);
}

const withNames = {
  submission: bankStatisticsSubmissions,
  bankName: organisations.name,
  submittedByName: users.displayName,
};

function selectWithNames(executor: Executor) {
  return executor
    .select(withNames)
    .from(bankStatisticsSubmissions)
    .innerJoin(organisations, eq(organisations.id, bankStatisticsSubmissions.bankOrgId))
    .innerJoin(users, eq(users.id, bankStatisticsSubmissions.submittedBy));
}

/** The live submissions in scope, for one month or all, newest month first. */
export async function listLive(executor: Executor, scope: StatisticsScope, month?: string) {
  return selectWithNames(executor)
    .where(
      and(
        scopeCondition(scope),
        eq(bankStatisticsSubmissions.live, true),
        month ? eq(bankStatisticsSubmissions.month, month) : undefined,
      ),
    )
    .orderBy(desc(bankStatisticsSubmissions.month), asc(organisations.name));
}

export async function findSubmission(executor: Executor, id: string) {
  const [row] = await selectWithNames(executor).where(eq(bankStatisticsSubmissions.id, id));
  return row ?? null;
}

/** Every version of a bank's month, oldest first: the corrections with their reasons. */
export async function listVersions(executor: Executor, bankOrgId: string, month: string) {
  return selectWithNames(executor)
    .where(
      and(eq(bankStatisticsSubmissions.bankOrgId, bankOrgId), eq(bankStatisticsSubmissions.month, month)),
    )
    .orderBy(asc(bankStatisticsSubmissions.version));
}

/** The live version of a bank's month, held for the correction that replaces it. */
export async function lockLive(executor: Executor, bankOrgId: string, month: string) {
  const [row] = await executor
    .select()
    .from(bankStatisticsSubmissions)
    .where(
      and(
        eq(bankStatisticsSubmissions.bankOrgId, bankOrgId),
        eq(bankStatisticsSubmissions.month, month),
        eq(bankStatisticsSubmissions.live, true),
      ),
    )
    .for("update");
  return row ?? null;
}

export async function retire(executor: Executor, id: string): Promise<void> {
  await executor
    .update(bankStatisticsSubmissions)
    .set({ live: false })
    .where(eq(bankStatisticsSubmissions.id, id));
}

/**
 * Inserts a version with its lines; null when another version of the month was inserted first (the
 * unique version and live indexes), which the service answers as a conflict.
 */
export async function insertSubmission(
  executor: Executor,
  values: SubmissionValues,
  lines: readonly LineValues[],
): Promise<SubmissionRow | null> {
  const [row] = await executor
    .insert(bankStatisticsSubmissions)
    .values(values)
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  await executor.insert(bankStatisticsLines).values(lines.map((line) => ({ ...line, submissionId: row.id })));
  return row;
}

export async function linesOf(executor: Executor, submissionIds: string[]) {
  if (submissionIds.length === 0) return [];
  return executor
    .select()
    .from(bankStatisticsLines)
    .where(inArray(bankStatisticsLines.submissionId, submissionIds))
    .orderBy(asc(bankStatisticsLines.dimension), asc(bankStatisticsLines.key));
}

/** The business date of each bank's first version of a month: lateness is judged on it. */
export async function firstSubmittedOn(executor: Executor, bankOrgIds: string[], month: string) {
  if (bankOrgIds.length === 0) return [];
  return executor
    .select({
      bankOrgId: bankStatisticsSubmissions.bankOrgId,
      firstOn: min(bankStatisticsSubmissions.submittedOn),
    })
    .from(bankStatisticsSubmissions)
    .where(
      and(
        inArray(bankStatisticsSubmissions.bankOrgId, bankOrgIds),
        eq(bankStatisticsSubmissions.month, month),
      ),
    )
    .groupBy(bankStatisticsSubmissions.bankOrgId);
}

/** When each first version in scope came (for one month or all): a month's lateness is judged on it. */
export async function firstVersionsOn(executor: Executor, scope: StatisticsScope, month?: string) {
  return executor
    .select({
      bankOrgId: bankStatisticsSubmissions.bankOrgId,
      month: bankStatisticsSubmissions.month,
      submittedOn: bankStatisticsSubmissions.submittedOn,
    })
    .from(bankStatisticsSubmissions)
    .where(
      and(
        scopeCondition(scope),
        eq(bankStatisticsSubmissions.version, 1),
        month ? eq(bankStatisticsSubmissions.month, month) : undefined,
      ),
    );
}
