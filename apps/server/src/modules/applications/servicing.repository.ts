import type { LoanEvent, LoanEventType } from "@chanrong/domain";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { loanApplications, loanEvents, users } from "../../db/schema";

/** Locks the application row so events of one loan are checked and written one at a time. */
export async function lockApplication(executor: Executor, id: string) {
  await executor.execute(
    sql`select 1 from ${loanApplications} where ${loanApplications.id} = ${id} for update`,
  );
}

export async function listLoanEvents(executor: Executor, applicationId: string) {
  return executor
    .select({
      id: loanEvents.id,
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

export async function insertLoanEvent(executor: Executor, values: typeof loanEvents.$inferInsert) {
  const [row] = await executor.insert(loanEvents).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** A stored event as the domain reads it. */
export const toLoanEvent = (row: Awaited<ReturnType<typeof listLoanEvents>>[number]): LoanEvent => ({
  id: String(row.id),
  type: row.type as LoanEventType,
  date: row.occurredOn,
  amountFen: row.amountFen,
  reverses: row.reverses === null ? null : String(row.reverses),
});
