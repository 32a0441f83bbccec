import { and, asc, desc, eq, like } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { organisations, quarterlyFigures, users } from "../../../db/schema";

// The SQL of departments' quarterly figures. Which regions a caller reads is decided by the service.

export type FigureRow = typeof quarterlyFigures.$inferSelect;
export type FigureValues = Omit<typeof quarterlyFigures.$inferInsert, "id" | "createdAt" | "live">;

const withNames = {
  figure: quarterlyFigures,
  enteredByOrgName: organisations.name,
  enteredByName: users.displayName,
};

function selectWithNames(executor: Executor) {
  return executor
    .select(withNames)
    .from(quarterlyFigures)
    .innerJoin(organisations, eq(organisations.id, quarterlyFigures.enteredByOrg))
    .innerJoin(users, eq(users.id, quarterlyFigures.enteredBy));
}

/** The live figures of the regions under `prefix`, optionally one quarter's, oldest quarter first. */
export async function listLive(executor: Executor, prefix: string, quarter?: string) {
  return selectWithNames(executor)
    .where(
      and(
        like(quarterlyFigures.regionCode, `${prefix}%`),
        eq(quarterlyFigures.live, true),
        quarter ? eq(quarterlyFigures.quarter, quarter) : undefined,
      ),
    )
    .orderBy(asc(quarterlyFigures.quarter), asc(quarterlyFigures.figure), asc(quarterlyFigures.regionCode));
}

export async function findFigure(executor: Executor, id: string) {
  const [row] = await selectWithNames(executor).where(eq(quarterlyFigures.id, id));
  return row ?? null;
}

/** Every version of a region's figure for a quarter, newest first: the corrections with their reasons. */
export async function listVersions(
  executor: Executor,
  key: Pick<FigureRow, "regionCode" | "quarter" | "figure">,
) {
  return selectWithNames(executor)
    .where(
      and(
        eq(quarterlyFigures.regionCode, key.regionCode),
        eq(quarterlyFigures.quarter, key.quarter),
        eq(quarterlyFigures.figure, key.figure),
      ),
    )
    .orderBy(desc(quarterlyFigures.version));
}

/** The live version of a region's figure for a quarter, held for the correction that replaces it. */
export async function lockLive(
  executor: Executor,
  key: Pick<FigureRow, "regionCode" | "quarter" | "figure">,
) {
  const [row] = await executor
    .select()
    .from(quarterlyFigures)
    .where(
      and(
        eq(quarterlyFigures.regionCode, key.regionCode),
        eq(quarterlyFigures.quarter, key.quarter),
        eq(quarterlyFigures.figure, key.figure),
        eq(quarterlyFigures.live, true),
      ),
    )
    .for("update");
  return row ?? null;
}

export async function retire(executor: Executor, id: string): Promise<void> {
  await executor.update(quarterlyFigures).set({ live: false }).where(eq(quarterlyFigures.id, id));
}

/** Null when another version was inserted first (the unique indexes): the service answers a conflict. */
export async function insertFigure(executor: Executor, values: FigureValues): Promise<FigureRow | null> {
  const [row] = await executor.insert(quarterlyFigures).values(values).onConflictDoNothing().returning();
  return row ?? null;
}
