import type { LoanEvent, LoanEventType } from "@chanrong/domain";
import { asc, eq, sql } from "drizzle-orm";
import { anyOf } from "../../db/any-of";
import type { Executor } from "../../db/client";
import { loanApplications, loanEvents, users } from "../../db/schema";

/**
 * Locks the application row so events of one loan are checked and written one at a time, and
 * returns it as it is now.
 */
export async function lockApplication(executor: Executor, id: string) {
  const [row] = await executor
    .select()
    .from(loanApplications)
    .where(eq(loanApplications.id, id))
    .for("update");
  if (!row) throw new Error(`application ${id} vanished`);
  return row;
}

/** The loan's events in the order recorded, each with its number within the loan (1, 2, 3 …). */
export async function listLoanEvents(executor: Executor, applicationId: string) {
  return executor
    .select({
      id: loanEvents.id,
      number: sql<number>`(row_number() over (order by ${loanEvents.id}))::int`,
      type: loanEvents.type,
      occurredOn: loanEvents.occurredOn,
      amountFen: loanEvents.amountFen,
      reverses: loanEvents.reverses,
      note: loanEvents.note,
      recordedAt: loanEvents.recordedAt,
      recordedBy: users.username,
      viaApi: sql<boolean>`${loanEvents.apiKeyId} is not null`,
    })
    .from(loanEvents)
    .innerJoin(users, eq(users.id, loanEvents.recordedBy))
    .where(eq(loanEvents.applicationId, applicationId))
    .orderBy(loanEvents.id);
}

/**
 * Every event of many loans, in the order recorded, with what their positions are derived from (in one
 * query; a yearly batch reads tens of thousands).
 */
export async function loanEventsOf(executor: Executor, applicationIds: readonly string[]) {
  return executor
    .select({
      id: loanEvents.id,
      applicationId: loanEvents.applicationId,
      type: loanEvents.type,
      occurredOn: loanEvents.occurredOn,
      amountFen: loanEvents.amountFen,
      reverses: loanEvents.reverses,
    })
    .from(loanEvents)
    .where(anyOf(loanEvents.applicationId, applicationIds, "uuid"))
    .orderBy(asc(loanEvents.id));
}

export async function insertLoanEvent(executor: Executor, values: typeof loanEvents.$inferInsert) {
  const [row] = await executor.insert(loanEvents).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** A stored event as the domain reads it. */
export const toLoanEvent = (
  row: Pick<typeof loanEvents.$inferSelect, "id" | "type" | "occurredOn" | "amountFen" | "reverses">,
): LoanEvent => ({
  id: String(row.id),
  type: row.type as LoanEventType,
  date: row.occurredOn,
  amountFen: row.amountFen,
  reverses: row.reverses === null ? null : String(row.reverses),
});
