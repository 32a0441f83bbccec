import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { scorecardPublications, users } from "../../../db/schema";

// The SQL of published scorecards: frozen copies, one per region and month.

export async function findPublication(executor: Executor, regionCode: string, month: string) {
  const [row] = await executor
    .select({ publication: scorecardPublications, publishedByName: users.displayName })
    .from(scorecardPublications)
    .innerJoin(users, eq(users.id, scorecardPublications.publishedBy))
    .where(and(eq(scorecardPublications.regionCode, regionCode), eq(scorecardPublications.month, month)));
  return row ?? null;
}

/** The months a region has published, newest first. */
export async function publishedMonths(executor: Executor, regionCode: string) {
  const rows = await executor
    .select({ month: scorecardPublications.month })
    .from(scorecardPublications)
    .where(eq(scorecardPublications.regionCode, regionCode))
    .orderBy(desc(scorecardPublications.month));
  return rows.map((row) => row.month);
}

/** Null when the month is already published (the unique index). */
export async function insertPublication(
  executor: Executor,
  values: { regionCode: string; month: string; scorecard: unknown; publishedBy: string; publishedOn: string },
) {
  const [row] = await executor.insert(scorecardPublications).values(values).onConflictDoNothing().returning();
  return row ?? null;
}
