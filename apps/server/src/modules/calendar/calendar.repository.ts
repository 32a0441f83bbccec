import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { officialCalendarYears, users } from "../../db/schema";

export type CalendarYearRow = typeof officialCalendarYears.$inferSelect;
type CalendarYearValues = Omit<typeof officialCalendarYears.$inferInsert, "version" | "enteredAt">;

export function listYears(executor: Executor) {
  return executor
    .select({ row: officialCalendarYears, enteredByName: users.displayName })
    .from(officialCalendarYears)
    .leftJoin(users, eq(users.id, officialCalendarYears.enteredBy))
    .orderBy(asc(officialCalendarYears.year));
}

export async function findYear(executor: Executor, year: number): Promise<CalendarYearRow | null> {
  const [row] = await executor
    .select()
    .from(officialCalendarYears)
    .where(eq(officialCalendarYears.year, year));
  return row ?? null;
}

/** Inserts the years not there yet; the others stay as they are (two instances may start together). */
export async function insertMissingYears(executor: Executor, rows: CalendarYearValues[]): Promise<void> {
  await executor.insert(officialCalendarYears).values(rows).onConflictDoNothing();
}

/** A year entered for the first time; null when another admin entered it first. */
export async function insertYear(
  executor: Executor,
  values: CalendarYearValues,
): Promise<CalendarYearRow | null> {
  const [row] = await executor.insert(officialCalendarYears).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/** Replaces a year at version `expected`; null when another admin replaced it first. */
export async function replaceYear(
  executor: Executor,
  expected: number,
  values: CalendarYearValues,
): Promise<CalendarYearRow | null> {
  const [row] = await executor
    .update(officialCalendarYears)
    .set({ ...values, enteredAt: sql`now()`, version: sql`${officialCalendarYears.version} + 1` })
    .where(and(eq(officialCalendarYears.year, values.year), eq(officialCalendarYears.version, expected)))
    .returning();
  return row ?? null;
}
