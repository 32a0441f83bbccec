import {
  and,
  arrayContains,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lte,
  ne,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Executor } from "../../db/client";
import {
  applicationClocks,
  applicationContracts,
  applicationEvents,
  enterprises,
  loanApplications,
  organisations,
  programmes,
  users,
} from "../../db/schema";
import { type ApplicationScope, scopeCondition } from "../../db/scopes";
import type { StepDetails } from "./applications.schemas";

export type ApplicationRow = typeof loanApplications.$inferSelect;

export interface ApplicationFilter {
  /** Only those waiting for this organisation type. */
  heldBy?: string;
  status?: string;
  /** Enterprises registered in a district whose code starts with this (a city's prefix covers its districts). */
  districtPrefix?: string;
  bankOrgId?: string;
  /** Submitted on or after / on or before these days. */
  submittedFrom?: string;
  submittedTo?: string;
}

function filterConditions(filter: ApplicationFilter): (SQL | undefined)[] {
  return [
    filter.heldBy ? arrayContains(loanApplications.holders, [filter.heldBy]) : undefined,
    filter.status ? eq(loanApplications.status, filter.status) : undefined,
    filter.districtPrefix === undefined
      ? undefined
      : sql`exists (select 1 from ${enterprises} where ${enterprises.id} = ${loanApplications.enterpriseId}
          and ${enterprises.districtCode} like ${`${filter.districtPrefix}%`})`,
    filter.bankOrgId ? eq(loanApplications.bankOrgId, filter.bankOrgId) : undefined,
    filter.submittedFrom ? gte(loanApplications.submittedOn, filter.submittedFrom) : undefined,
    filter.submittedTo ? lte(loanApplications.submittedOn, filter.submittedTo) : undefined,
  ];
}

const listColumns = {
  id: loanApplications.id,
  status: loanApplications.status,
  bankReview: loanApplications.bankReview,
  guarantorReview: loanApplications.guarantorReview,
  holders: loanApplications.holders,
  heldSince: loanApplications.heldSince,
  amountFen: loanApplications.amountFen,
  termMonths: loanApplications.termMonths,
  submittedOn: loanApplications.submittedOn,
  version: loanApplications.version,
  enterpriseId: loanApplications.enterpriseId,
  enterpriseName: enterprises.name,
  programmeCode: programmes.code,
  programmeName: programmes.name,
  bankOrgId: loanApplications.bankOrgId,
  guarantorOrgId: loanApplications.guarantorOrgId,
  // The earliest due date among the clocks still running: what makes the item late.
  nextDueOn: sql<string | null>`(select min(${applicationClocks.dueOn}) from ${applicationClocks}
    where ${applicationClocks.applicationId} = ${loanApplications.id} and ${applicationClocks.stoppedAt} is null)`,
};

/**
 * Newest holding first, spelled exactly as the worklist indexes are ordered (`held_since DESC NULLS
 * LAST`; the column is never null). A bare `desc` means NULLS FIRST, which the index cannot give.
 */
const NEWEST_HOLDING_FIRST = sql`${loanApplications.heldSince} desc nulls last`;

/**
 * One page, newest holding first, and the total. The page's ids are picked from loan_applications
 * alone and only those rows are joined, so a worklist reads its partial index in order and stops at
 * the page (loan_applications_bank_worklist_idx) instead of joining and sorting all the caller's rows.
 */
export async function listApplications(
  executor: Executor,
  scope: ApplicationScope,
  filter: ApplicationFilter,
  page: { offset: number; limit: number },
) {
  const where = and(scopeCondition(scope), ...filterConditions(filter));
  const pageIds = executor
    .select({ id: loanApplications.id, heldSince: loanApplications.heldSince })
    .from(loanApplications)
    .where(where)
    .orderBy(NEWEST_HOLDING_FIRST)
    .limit(page.limit)
    .offset(page.offset)
    .as("page_ids");
  const [items, [total]] = await Promise.all([
    executor
      .select(listColumns)
      .from(pageIds)
      .innerJoin(loanApplications, eq(loanApplications.id, pageIds.id))
      .innerJoin(enterprises, eq(enterprises.id, loanApplications.enterpriseId))
      .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
      .orderBy(desc(pageIds.heldSince)),
    executor.select({ value: count() }).from(loanApplications).where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}

export async function findApplication(executor: Executor, id: string) {
  const [row] = await executor.select().from(loanApplications).where(eq(loanApplications.id, id));
  return row ?? null;
}

export async function isInScope(executor: Executor, id: string, scope: ApplicationScope) {
  const [row] = await executor
    .select({ id: loanApplications.id })
    .from(loanApplications)
    .where(and(eq(loanApplications.id, id), scopeCondition(scope)));
  return Boolean(row);
}

export async function insertApplication(executor: Executor, values: typeof loanApplications.$inferInsert) {
  const [row] = await executor.insert(loanApplications).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Moves the application on only if it still has `version`; null means someone acted first. */
export async function updateState(
  executor: Executor,
  id: string,
  version: number,
  values: Partial<typeof loanApplications.$inferInsert>,
): Promise<ApplicationRow | null> {
  const [row] = await executor
    .update(loanApplications)
    .set({ ...values, version: sql`${loanApplications.version} + 1` })
    .where(and(eq(loanApplications.id, id), eq(loanApplications.version, version)))
    .returning();
  return row ?? null;
}

export async function insertEvent(executor: Executor, values: typeof applicationEvents.$inferInsert) {
  await executor.insert(applicationEvents).values(values);
}

/** The history, oldest first; `details` is the JSON object the step was written with (null on imported loans). */
export async function listEvents(executor: Executor, applicationId: string) {
  const rows = await executor
    .select({
      id: applicationEvents.id,
      action: applicationEvents.action,
      fromStatus: applicationEvents.fromStatus,
      toStatus: applicationEvents.toStatus,
      opinion: applicationEvents.opinion,
      reason: applicationEvents.reason,
      details: applicationEvents.details,
      at: applicationEvents.at,
      businessDate: applicationEvents.businessDate,
      actorUsername: users.username,
      actorName: users.displayName,
      actorOrgName: organisations.name,
      actorOrgType: organisations.type,
    })
    .from(applicationEvents)
    .innerJoin(users, eq(users.id, applicationEvents.actorUserId))
    .innerJoin(organisations, eq(organisations.id, applicationEvents.actorOrgId))
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(applicationEvents.id);
  return rows.map((row) => ({ ...row, details: row.details as StepDetails | null }));
}

export async function startClocks(executor: Executor, rows: (typeof applicationClocks.$inferInsert)[]) {
  if (rows.length) await executor.insert(applicationClocks).values(rows);
}

export async function stopClocks(executor: Executor, applicationId: string, clocks: string[]) {
  if (clocks.length === 0) return;
  await executor
    .update(applicationClocks)
    .set({ stoppedAt: sql`now()` })
    .where(
      and(
        eq(applicationClocks.applicationId, applicationId),
        inArray(applicationClocks.clock, clocks),
        isNull(applicationClocks.stoppedAt),
      ),
    );
}

export async function listClocks(executor: Executor, applicationId: string) {
  return executor
    .select()
    .from(applicationClocks)
    .where(eq(applicationClocks.applicationId, applicationId))
    .orderBy(applicationClocks.id);
}

export async function insertContracts(
  executor: Executor,
  rows: (typeof applicationContracts.$inferInsert)[],
) {
  await executor.insert(applicationContracts).values(rows);
}

export async function listContracts(executor: Executor, applicationId: string) {
  return executor
    .select()
    .from(applicationContracts)
    .where(eq(applicationContracts.applicationId, applicationId))
    .orderBy(applicationContracts.kind);
}

/** Status and amount of each of the enterprise's applications under a programme, but one. */
export async function programmeLoansOf(
  executor: Executor,
  enterpriseId: string,
  programmeId: string,
  excludeId: string | null,
) {
  return executor
    .select({ status: loanApplications.status, amountFen: loanApplications.amountFen })
    .from(loanApplications)
    .where(
      and(
        eq(loanApplications.enterpriseId, enterpriseId),
        eq(loanApplications.programmeId, programmeId),
        excludeId ? ne(loanApplications.id, excludeId) : undefined,
      ),
    );
}

/** Locks the enterprise's row, so that steps weighing its programme loans take turns. */
export async function lockEnterpriseLoans(executor: Executor, enterpriseId: string) {
  await executor
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(eq(enterprises.id, enterpriseId))
    .for("no key update");
}

/** Clocks still running, with who holds each (the bank or the guarantor of the application). */
export async function listRunningClocks(executor: Executor) {
  return executor
    .select({
      clockId: applicationClocks.id,
      clock: applicationClocks.clock,
      dueOn: applicationClocks.dueOn,
      applicationId: loanApplications.id,
      bankOrgId: loanApplications.bankOrgId,
      guarantorOrgId: loanApplications.guarantorOrgId,
      enterpriseName: enterprises.name,
    })
    .from(applicationClocks)
    .innerJoin(loanApplications, eq(loanApplications.id, applicationClocks.applicationId))
    .innerJoin(enterprises, eq(enterprises.id, loanApplications.enterpriseId))
    .where(isNull(applicationClocks.stoppedAt));
}
