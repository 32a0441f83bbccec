import { and, asc, eq, ilike, like, or, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client";
import {
  enterprises,
  listingPipelineEntries,
  listingPipelineHistory,
  organisations,
  users,
} from "../../db/schema";

// The SQL of the listing pipeline. Who sees which entries is decided by the service as a PipelineScope.

export type EntryRow = typeof listingPipelineEntries.$inferSelect;
export type EntryValues = Omit<typeof listingPipelineEntries.$inferInsert, "id" | "createdAt" | "version">;
export type HistoryValues = Omit<typeof listingPipelineHistory.$inferInsert, "id" | "createdAt">;

/** A region's entries (bureaus and the levels above), or one enterprise's own. */
export type PipelineScope = { kind: "region"; prefix: string } | { kind: "enterprise"; enterpriseId: string };

function scopeCondition(scope: PipelineScope): SQL {
  return scope.kind === "region"
    ? like(listingPipelineEntries.regionCode, `${scope.prefix}%`)
    : eq(listingPipelineEntries.enterpriseId, scope.enterpriseId);
}

const withEnterprise = {
  entry: listingPipelineEntries,
  enterpriseName: enterprises.name,
  uscc: enterprises.uscc,
};

export async function listEntries(
  executor: Executor,
  scope: PipelineScope,
  filter: { stage?: string; board?: string; q?: string },
) {
  const conditions = [
    scopeCondition(scope),
    filter.stage ? eq(listingPipelineEntries.stage, filter.stage) : undefined,
    filter.board ? eq(listingPipelineEntries.board, filter.board) : undefined,
    filter.q ? or(ilike(enterprises.name, `%${filter.q}%`), eq(enterprises.uscc, filter.q)) : undefined,
  ];
  return executor
    .select(withEnterprise)
    .from(listingPipelineEntries)
    .innerJoin(enterprises, eq(enterprises.id, listingPipelineEntries.enterpriseId))
    .where(and(...conditions))
    .orderBy(asc(listingPipelineEntries.regionCode), asc(enterprises.name));
}

/** Stage and board of every entry in scope: what the funnel counts. */
export async function stagesInScope(executor: Executor, scope: PipelineScope) {
  return executor
    .select({ stage: listingPipelineEntries.stage, board: listingPipelineEntries.board })
    .from(listingPipelineEntries)
    .where(scopeCondition(scope));
}

/** An entry with its enterprise; `lock` holds the row for the step that changes it. */
export async function findEntry(executor: Executor, id: string, { lock = false } = {}) {
  const query = executor
    .select(withEnterprise)
    .from(listingPipelineEntries)
    .innerJoin(enterprises, eq(enterprises.id, listingPipelineEntries.enterpriseId))
    .where(eq(listingPipelineEntries.id, id));
  const [row] = await (lock ? query.for("update", { of: listingPipelineEntries }) : query);
  return row ?? null;
}

/** Inserts an entry, or returns null when the enterprise is already in the pool (unique enterprise). */
export async function insertEntry(executor: Executor, values: EntryValues): Promise<EntryRow | null> {
  const [row] = await executor
    .insert(listingPipelineEntries)
    .values(values)
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** Changes an entry if it is still at `version`; null when someone changed it first. */
export async function updateEntry(
  executor: Executor,
  id: string,
  version: number,
  values: Partial<EntryValues>,
): Promise<EntryRow | null> {
  const [row] = await executor
    .update(listingPipelineEntries)
    .set({ ...values, version: version + 1 })
    .where(and(eq(listingPipelineEntries.id, id), eq(listingPipelineEntries.version, version)))
    .returning();
  return row ?? null;
}

export async function insertHistory(executor: Executor, values: HistoryValues): Promise<void> {
  await executor.insert(listingPipelineHistory).values(values);
}

export async function listHistory(executor: Executor, entryId: string) {
  return executor
    .select({
      history: listingPipelineHistory,
      actorName: users.displayName,
      actorOrgName: organisations.name,
    })
    .from(listingPipelineHistory)
    .innerJoin(users, eq(users.id, listingPipelineHistory.actorUserId))
    .innerJoin(organisations, eq(organisations.id, listingPipelineHistory.actorOrgId))
    .where(eq(listingPipelineHistory.entryId, entryId))
    .orderBy(asc(listingPipelineHistory.id));
}

/** For monitoring: the days the region's entries joined the pool (entries stay in it once joined). */
export async function joinedDays(executor: Executor, prefix: string) {
  const rows = await executor
    .select({ joinedOn: listingPipelineEntries.joinedOn })
    .from(listingPipelineEntries)
    .where(like(listingPipelineEntries.regionCode, `${prefix}%`));
  return rows.map((row) => row.joinedOn);
}
