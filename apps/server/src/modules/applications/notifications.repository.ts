import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { notifications } from "../../db/schema";

/** Inserts reminders; one per clock and kind ever, so repeating a run adds nothing. */
export async function insertNotifications(executor: Executor, rows: (typeof notifications.$inferInsert)[]) {
  if (rows.length === 0) return 0;
  const inserted = await executor
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return inserted.length;
}

export async function listNotifications(executor: Executor, orgId: string, limit: number) {
  return executor
    .select()
    .from(notifications)
    .where(eq(notifications.orgId, orgId))
    .orderBy(sql`${notifications.readAt} is not null`, desc(notifications.createdAt))
    .limit(limit);
}

export async function markRead(executor: Executor, id: string, orgId: string) {
  const [row] = await executor
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.id, id), eq(notifications.orgId, orgId), isNull(notifications.readAt)))
    .returning();
  return row ?? null;
}
