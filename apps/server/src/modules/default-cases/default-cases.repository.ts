import type { DefaultCaseAction, DefaultCaseStatus } from "@chanrong/domain";
import { and, asc, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor, Transaction } from "../../db/client";
import {
  defaultCaseEvents,
  defaultCases,
  enterprises,
  fundPayments,
  fundPostings,
  funds,
  loanApplications,
  organisations,
  programmes,
  recoveries,
  users,
} from "../../db/schema";
import { type ApplicationScope, scopeCondition } from "../../db/scopes";

// The SQL of default cases, their history and their recoveries. Who sees which case is decided by
// the service as an ApplicationScope; it becomes SQL here through db/scopes.ts.

export type DefaultCaseRecord = typeof defaultCases.$inferSelect;
export type RecoveryRecord = typeof recoveries.$inferSelect;

const bank = alias(organisations, "bank");
const guarantor = alias(organisations, "guarantor");

const caseColumns = {
  defaultCase: defaultCases,
  application: loanApplications,
  programmeCode: programmes.code,
  programmeName: programmes.name,
  enterpriseName: enterprises.name,
  bankName: bank.name,
  guarantorName: guarantor.name,
  paymentStatus: fundPayments.status,
  recoveredFen: sql<string>`(select coalesce(sum(${recoveries.amountFen}), 0)::text from ${recoveries}
    where ${recoveries.defaultCaseId} = ${defaultCases.id})`,
};

function casesQuery(db: Executor, scope: ApplicationScope, ...conditions: (SQL | undefined)[]) {
  return db
    .select(caseColumns)
    .from(defaultCases)
    .innerJoin(loanApplications, eq(loanApplications.id, defaultCases.applicationId))
    .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
    .innerJoin(enterprises, eq(enterprises.id, loanApplications.enterpriseId))
    .innerJoin(bank, eq(bank.id, loanApplications.bankOrgId))
    .innerJoin(guarantor, eq(guarantor.id, loanApplications.guarantorOrgId))
    .leftJoin(fundPayments, eq(fundPayments.id, defaultCases.paymentId))
    .where(and(scopeCondition(scope), ...conditions));
}

/** A case with its loan, the names around it, its payment's status and what it has recovered. */
export type CaseRow = Awaited<ReturnType<typeof casesQuery>>[number];

/** The case if it is in the scope, else null. */
export async function findCase(db: Executor, scope: ApplicationScope, id: string): Promise<CaseRow | null> {
  const [row] = await casesQuery(db, scope, eq(defaultCases.id, id));
  return row ?? null;
}

/** Which cases a list shows: of one status, and/or of any of several (none when the list is empty). */
export interface CaseStatusFilter {
  status?: DefaultCaseStatus;
  anyOf?: readonly DefaultCaseStatus[];
}

function statusCondition(filter: CaseStatusFilter): SQL | undefined {
  const anyOf =
    filter.anyOf && (filter.anyOf.length ? inArray(defaultCases.status, [...filter.anyOf]) : sql`false`);
  return and(filter.status ? eq(defaultCases.status, filter.status) : undefined, anyOf);
}

/** A page of the cases in the scope, newest first, and how many there are in all. */
export async function listCases(
  db: Executor,
  scope: ApplicationScope,
  filter: CaseStatusFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: CaseRow[]; total: number }> {
  const status = statusCondition(filter);
  const [rows, [total]] = await Promise.all([
    casesQuery(db, scope, status).orderBy(desc(defaultCases.createdAt)).limit(page.limit).offset(page.offset),
    db
      .select({ n: count() })
      .from(defaultCases)
      .innerJoin(loanApplications, eq(loanApplications.id, defaultCases.applicationId))
      .where(and(scopeCondition(scope), status)),
  ]);
  return { rows, total: total?.n ?? 0 };
}

const actorUser = alias(users, "actor_user");

/** The case's recoveries in order, each with its fund posting and, when corrected, its reversal. */
export async function recoveriesOf(db: Executor, caseId: string) {
  const rows = await db
    .select({ recovery: recoveries, recordedBy: users.username, postingId: fundPostings.id })
    .from(recoveries)
    .innerJoin(users, eq(users.id, recoveries.recordedBy))
    .leftJoin(fundPostings, eq(fundPostings.recoveryId, recoveries.id))
    .where(eq(recoveries.defaultCaseId, caseId))
    .orderBy(asc(recoveries.recoveredOn), asc(recoveries.recordedAt));
  const reversalOf = new Map(
    rows.flatMap((row) => (row.recovery.reverses ? [[row.recovery.reverses, row]] : [])),
  );
  return rows.map((row) => ({ ...row, reversal: reversalOf.get(row.recovery.id) ?? null }));
}

/** A step of a case's history, as recorded. */
export interface CaseHistoryEntry {
  id: number;
  action: DefaultCaseAction | "claim";
  fromStatus: DefaultCaseStatus | null;
  toStatus: DefaultCaseStatus;
  reason: string | null;
  businessDate: string;
  at: Date;
  actorName: string;
  actorOrgName: string;
}

/** The case's history: every step with who, which organisation, when (and on which business day), and why. */
export async function historyOf(db: Executor, caseId: string): Promise<CaseHistoryEntry[]> {
  const rows = await db
    .select({
      id: defaultCaseEvents.id,
      action: defaultCaseEvents.action,
      fromStatus: defaultCaseEvents.fromStatus,
      toStatus: defaultCaseEvents.toStatus,
      reason: defaultCaseEvents.reason,
      businessDate: defaultCaseEvents.businessDate,
      at: defaultCaseEvents.at,
      actorName: actorUser.displayName,
      actorOrgName: organisations.name,
    })
    .from(defaultCaseEvents)
    .innerJoin(actorUser, eq(actorUser.id, defaultCaseEvents.actorUserId))
    .innerJoin(organisations, eq(organisations.id, defaultCaseEvents.actorOrgId))
    .where(eq(defaultCaseEvents.defaultCaseId, caseId))
    .orderBy(asc(defaultCaseEvents.id));
  // Only the case's own steps and states are ever written to these columns.
  return rows as CaseHistoryEntry[];
}

/** The fund's payment of a case (its part of the compensation), if there is one. */
export async function findPayment(db: Executor, paymentId: string | null) {
  if (!paymentId) return null;
  const [row] = await db.select().from(fundPayments).where(eq(fundPayments.id, paymentId));
  return row ?? null;
}

/** The fund a case is compensated from. */
export async function findFund(db: Executor, fundId: string) {
  const [row] = await db.select().from(funds).where(eq(funds.id, fundId));
  return row ?? null;
}

/**
 * The bank's contracted or disbursed loans without a live claim (a withdrawn claim leaves the loan
 * free to be claimed on again), by enterprise name.
 */
export function unclaimedLoans(db: Executor, bankOrgId: string) {
  return db
    .select({
      id: loanApplications.id,
      programmeId: loanApplications.programmeId,
      programmeVersion: loanApplications.programmeVersion,
      programmeName: programmes.name,
      enterpriseName: enterprises.name,
      amountFen: loanApplications.amountFen,
    })
    .from(loanApplications)
    .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
    .innerJoin(enterprises, eq(enterprises.id, loanApplications.enterpriseId))
    .where(
      and(
        eq(loanApplications.bankOrgId, bankOrgId),
        inArray(loanApplications.status, ["CONTRACTED", "DISBURSED"]),
        sql`not exists (select 1 from ${defaultCases} where ${defaultCases.applicationId} = ${loanApplications.id} and ${defaultCases.status} <> 'WITHDRAWN')`,
      ),
    )
    .orderBy(asc(enterprises.name));
}

/** A loan with its programme's code, whoever lent it (the service decides who may claim on it). */
export async function findLoan(db: Executor, applicationId: string) {
  const [row] = await db
    .select({ application: loanApplications, programmeCode: programmes.code })
    .from(loanApplications)
    .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
    .where(eq(loanApplications.id, applicationId));
  return row ?? null;
}

/** Inserts a claim; rejects with the database's error on a second claim of the loan (the caller maps it). */
export async function insertCase(tx: Transaction, values: typeof defaultCases.$inferInsert): Promise<string> {
  const [row] = await tx.insert(defaultCases).values(values).returning({ id: defaultCases.id });
  if (!row) throw new Error("default case insert returned nothing");
  return row.id;
}

/** Locks the case row for the rest of the transaction; null when there is none. */
export async function lockCase(tx: Transaction, id: string): Promise<DefaultCaseRecord | null> {
  const [row] = await tx.select().from(defaultCases).where(eq(defaultCases.id, id)).for("update");
  return row ?? null;
}

/** Writes a step's changes to the case and moves its version on. */
export async function updateCase(
  tx: Transaction,
  id: string,
  values: Partial<
    Pick<DefaultCaseRecord, "status" | "scheme" | "compensatedOn" | "compensatedBy" | "working" | "paymentId">
  >,
): Promise<void> {
  await tx
    .update(defaultCases)
    .set({ ...values, version: sql`${defaultCases.version} + 1` })
    .where(eq(defaultCases.id, id));
}

/** Appends a step to the case's history. */
export async function insertCaseEvent(
  tx: Transaction,
  values: typeof defaultCaseEvents.$inferInsert,
): Promise<void> {
  await tx.insert(defaultCaseEvents).values(values);
}

/** The recovery a fund posting's idempotency key was used for, if any. */
export async function recoveryByPostingKey(tx: Transaction, fundId: string, idempotencyKey: string) {
  const [row] = await tx
    .select({ recovery: recoveries })
    .from(fundPostings)
    .innerJoin(recoveries, eq(recoveries.id, fundPostings.recoveryId))
    .where(and(eq(fundPostings.fundId, fundId), eq(fundPostings.idempotencyKey, idempotencyKey)));
  return row?.recovery ?? null;
}

/** What the case has recovered so far, net of reversals (a reversal carries the negated amount). */
export async function recoveredFen(tx: Transaction, caseId: string): Promise<bigint> {
  const [row] = await tx
    .select({ fen: sql<string>`coalesce(sum(${recoveries.amountFen}), 0)::text` })
    .from(recoveries)
    .where(eq(recoveries.defaultCaseId, caseId));
  return BigInt(row?.fen ?? "0");
}

/**
 * Inserts a recovery (or the reversal of one); a second reversal of the same recovery rejects with
 * the database's error on `recoveries_reverses_key` (the caller maps it).
 */
export async function insertRecovery(
  tx: Transaction,
  values: typeof recoveries.$inferInsert,
): Promise<RecoveryRecord> {
  const [row] = await tx.insert(recoveries).values(values).returning();
  if (!row) throw new Error("recovery insert returned nothing");
  return row;
}

/** A recovery of the case with the organisation of whoever recorded it. */
export async function findRecovery(tx: Transaction, caseId: string, recoveryId: string) {
  const [row] = await tx
    .select({ recovery: recoveries, recorderOrgId: users.orgId })
    .from(recoveries)
    .innerJoin(users, eq(users.id, recoveries.recordedBy))
    .where(and(eq(recoveries.id, recoveryId), eq(recoveries.defaultCaseId, caseId)));
  return row ?? null;
}

/** Whether the recovery already has its reversal. */
export async function hasReversal(tx: Transaction, recoveryId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: recoveries.id })
    .from(recoveries)
    .where(eq(recoveries.reverses, recoveryId));
  return Boolean(row);
}

/** The fund posting that put the fund's part of a recovery into fund cash, if there was one. */
export async function recoveryPosting(tx: Transaction, recoveryId: string): Promise<number | null> {
  const [row] = await tx
    .select({ id: fundPostings.id })
    .from(fundPostings)
    .where(and(eq(fundPostings.recoveryId, recoveryId), eq(fundPostings.kind, "RECOVERY")));
  return row?.id ?? null;
}

/** Whether a loan of the enterprise has a default case its bank has not withdrawn. */
export async function hasDefaultCase(executor: Executor, enterpriseId: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: defaultCases.id })
    .from(defaultCases)
    .innerJoin(loanApplications, eq(loanApplications.id, defaultCases.applicationId))
    .where(and(eq(loanApplications.enterpriseId, enterpriseId), sql`${defaultCases.status} <> 'WITHDRAWN'`))
    .limit(1);
  return Boolean(row);
}
