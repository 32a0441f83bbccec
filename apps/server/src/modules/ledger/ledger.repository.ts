import { and, asc, between, count, desc, eq, inArray, lte, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { anyOf } from "../../db/any-of";
import type { Executor } from "../../db/client";
import {
  fundAccounts,
  fundPaymentLines,
  fundPayments,
  fundPostings,
  funds,
  fundTransfers,
  organisations,
  recoveries,
  users,
} from "../../db/schema";
import { type FundScope, fundScopeCondition } from "../../db/scopes";
import { insertUnnest, rowsOf } from "../../db/unnest";
import { pgErrorCode, pgErrorDetail } from "../../platform/db-errors";

// The ledger's SQL: funds, their accounts, postings and transfers. No rules here: the services decide
// what to post, who may see what (a FundScope) and what a refusal means.

export type FundRow = typeof funds.$inferSelect;
export type FundAccountRow = typeof fundAccounts.$inferSelect;
export type PostingRow = typeof fundPostings.$inferSelect;

/* ------------------------------------------------------------------------------------------------
 * Funds
 * ---------------------------------------------------------------------------------------------- */

/** The fund if it is within `scope`. */
export async function findFund(db: Executor, scope: FundScope, fundId: string): Promise<FundRow | null> {
  const [fund] = await db
    .select()
    .from(funds)
    .where(and(eq(funds.id, fundId), fundScopeCondition(scope)));
  return fund ?? null;
}

/** The fund whose programmes include `programmeCode`. */
export async function findFundOfProgramme(db: Executor, programmeCode: string): Promise<FundRow | null> {
  const [fund] = await db.select().from(funds).where(sql`${programmeCode} = any(${funds.programmeCodes})`);
  return fund ?? null;
}

/** The funds within `scope`, by code. */
export function listFunds(db: Executor, scope: FundScope): Promise<FundRow[]> {
  return db.select().from(funds).where(fundScopeCondition(scope)).orderBy(funds.code);
}

/* ------------------------------------------------------------------------------------------------
 * Accounts
 * ---------------------------------------------------------------------------------------------- */

/** Every account of the fund, with its trigger-kept totals. */
export function accountsOfFund(db: Executor, fundId: string): Promise<FundAccountRow[]> {
  return db.select().from(fundAccounts).where(eq(fundAccounts.fundId, fundId));
}

/** The accounts with these ids. */
export async function accountsByIds(db: Executor, ids: readonly string[]): Promise<FundAccountRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(fundAccounts)
    .where(inArray(fundAccounts.id, [...ids]));
}

/** The id of the fund's cash account, if it has been opened. */
export async function cashAccountId(db: Executor, fundId: string): Promise<string | null> {
  const [cash] = await db
    .select({ id: fundAccounts.id })
    .from(fundAccounts)
    .where(and(eq(fundAccounts.fundId, fundId), eq(fundAccounts.kind, "FUND_CASH")));
  return cash?.id ?? null;
}

const ownerColumn = sql`coalesce(${fundAccounts.beneficiaryOrgId}, ${fundAccounts.beneficiaryEnterpriseId})`;

/**
 * The fund's accounts of these kinds that belong to nobody (the fund's own) or to one of `owners`,
 * each with its owner (the beneficiary's organisation or enterprise).
 */
export function findAccounts(
  tx: Executor,
  fundId: string,
  kinds: readonly string[],
  owners: readonly string[],
): Promise<{ id: string; kind: string; owner: string | null }[]> {
  return tx
    .select({ id: fundAccounts.id, kind: fundAccounts.kind, owner: sql<string | null>`${ownerColumn}` })
    .from(fundAccounts)
    .where(
      and(
        eq(fundAccounts.fundId, fundId),
        anyOf(fundAccounts.kind, [...new Set(kinds)], "text"),
        // Equality and IS NULL, not IS NOT DISTINCT FROM, so the identity index serves both.
        or(sql`${ownerColumn} is null`, anyOf(ownerColumn, owners, "uuid")),
      ),
    );
}

export interface NewAccount {
  kind: string;
  normalSide: string;
  beneficiaryOrgId: string | null;
  beneficiaryEnterpriseId: string | null;
  name: string;
}

/** Opens the accounts; one opened meanwhile by someone else is left as it is (the identity index). */
export async function openAccounts(tx: Executor, fundId: string, accounts: readonly NewAccount[]) {
  const rows = accounts.map((account) => ({ fundId, ...account }));
  await tx.execute(
    sql`${insertUnnest(fundAccounts, rows, {
      fundId: "uuid",
      kind: "text",
      normalSide: "text",
      beneficiaryOrgId: "uuid",
      beneficiaryEnterpriseId: "uuid",
      name: "text",
    })} on conflict do nothing`,
  );
}

/* ------------------------------------------------------------------------------------------------
 * Postings and transfers
 * ---------------------------------------------------------------------------------------------- */

export type NewPosting = Omit<typeof fundPostings.$inferInsert, "id" | "recordedAt">;

/**
 * Inserts the postings whose key the fund has not used yet, and returns the ids of those inserted
 * by key (a key used before inserts nothing).
 */
export async function insertPostings(tx: Executor, postings: readonly NewPosting[]) {
  const inserted = await tx.execute(
    sql`${insertUnnest(fundPostings, postings, {
      fundId: "uuid",
      idempotencyKey: "text",
      requestHash: "text",
      kind: "text",
      effectiveOn: "date",
      memo: "text",
      paymentId: "uuid",
      paymentLineId: "uuid",
      recoveryId: "uuid",
      reverses: "bigint",
      recordedBy: "uuid",
      recordedByOrg: "uuid",
    })} on conflict (${sql.identifier(fundPostings.fundId.name)}, ${sql.identifier(fundPostings.idempotencyKey.name)}) do nothing
    returning ${sql.identifier(fundPostings.id.name)} as id, ${sql.identifier(fundPostings.idempotencyKey.name)} as key`,
  );
  // bigserial comes back as text from node-postgres.
  return new Map(
    rowsOf<{ id: string | number; key: string }>(inserted).map((row) => [row.key, Number(row.id)]),
  );
}

/** The postings made under these keys, with the hash of the request that made each. */
export function postingsByKeys(tx: Executor, fundId: string, keys: readonly string[]) {
  return tx
    .select({ id: fundPostings.id, key: fundPostings.idempotencyKey, requestHash: fundPostings.requestHash })
    .from(fundPostings)
    .where(and(eq(fundPostings.fundId, fundId), anyOf(fundPostings.idempotencyKey, keys, "text")));
}

export interface NewTransfer {
  postingId: number;
  debitAccountId: string;
  creditAccountId: string;
  amountFen: bigint;
}

/**
 * Inserts the transfers. When an account's balance constraint refuses them (an overdraft), the
 * transaction is aborted and this answers `{ overdrawn }` with the failing account's id if the
 * database named it; otherwise null.
 */
export async function insertTransfers(
  tx: Executor,
  transfers: readonly NewTransfer[],
): Promise<{ overdrawn: string | undefined } | null> {
  try {
    await tx.execute(
      insertUnnest(fundTransfers, transfers, {
        postingId: "bigint",
        debitAccountId: "uuid",
        creditAccountId: "uuid",
        amountFen: "bigint",
      }),
    );
    return null;
  } catch (error) {
    if (pgErrorCode(error) !== "23514") throw error;
    // "Failing row contains (<account id>, …)"
    const failing = pgErrorDetail(error)?.match(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
    )?.[0];
    return { overdrawn: failing };
  }
}

export async function findPosting(db: Executor, postingId: number): Promise<PostingRow | null> {
  const [posting] = await db.select().from(fundPostings).where(eq(fundPostings.id, postingId));
  return posting ?? null;
}

/** A posting's transfers, as recorded. */
export function transfersOfPosting(tx: Executor, postingId: number) {
  return tx.select().from(fundTransfers).where(eq(fundTransfers.postingId, postingId));
}

/** One page of a fund's posting ids (optionally of one kind), newest first, and how many there are. */
export async function pageOfPostingIds(
  db: Executor,
  fundId: string,
  filter: { kind?: string; limit: number; offset: number },
): Promise<{ ids: number[]; total: number }> {
  const where = and(
    eq(fundPostings.fundId, fundId),
    filter.kind ? eq(fundPostings.kind, filter.kind) : undefined,
  );
  const [ids, [total]] = await Promise.all([
    db
      .select({ id: fundPostings.id })
      .from(fundPostings)
      .where(where)
      .orderBy(desc(fundPostings.effectiveOn), desc(fundPostings.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(fundPostings).where(where),
  ]);
  return { ids: ids.map((row) => row.id), total: total?.n ?? 0 };
}

const debitAccount = alias(fundAccounts, "debit_account");
const creditAccount = alias(fundAccounts, "credit_account");

/**
 * What a statement shows of these postings: each posting with who recorded it and the decision
 * behind it (payment, line, recovery), the reversals of any of them, and their transfers with the
 * accounts named, in ledger order.
 */
export async function postingDetails(db: Executor, ids: readonly number[]) {
  const [postings, reversals, legs] = await Promise.all([
    db
      .select({
        posting: fundPostings,
        recordedByName: users.displayName,
        recordedByOrgName: organisations.name,
        paymentTitle: fundPayments.title,
        paymentTitleEn: fundPayments.titleEn,
        paymentKind: fundPayments.kind,
        lineNo: fundPaymentLines.lineNo,
        beneficiary: fundPaymentLines.beneficiaryName,
        transferReference: fundPaymentLines.transferReference,
        payeeAccountName: fundPaymentLines.payeeAccountName,
        payeeBankName: fundPaymentLines.payeeBankName,
        payeeAccountNo: fundPaymentLines.payeeAccountNo,
        recoveredOn: recoveries.recoveredOn,
        recoveredFen: recoveries.amountFen,
      })
      .from(fundPostings)
      .innerJoin(users, eq(users.id, fundPostings.recordedBy))
      .innerJoin(organisations, eq(organisations.id, fundPostings.recordedByOrg))
      .leftJoin(fundPayments, eq(fundPayments.id, fundPostings.paymentId))
      .leftJoin(fundPaymentLines, eq(fundPaymentLines.id, fundPostings.paymentLineId))
      .leftJoin(recoveries, eq(recoveries.id, fundPostings.recoveryId))
      .where(inArray(fundPostings.id, [...ids])),
    db
      .select({ id: fundPostings.id, reverses: fundPostings.reverses })
      .from(fundPostings)
      .where(inArray(fundPostings.reverses, [...ids])),
    db
      .select({
        postingId: fundTransfers.postingId,
        amountFen: fundTransfers.amountFen,
        debitName: debitAccount.name,
        debitKind: debitAccount.kind,
        creditName: creditAccount.name,
        creditKind: creditAccount.kind,
      })
      .from(fundTransfers)
      .innerJoin(debitAccount, eq(debitAccount.id, fundTransfers.debitAccountId))
      .innerJoin(creditAccount, eq(creditAccount.id, fundTransfers.creditAccountId))
      .where(inArray(fundTransfers.postingId, [...ids]))
      .orderBy(asc(fundTransfers.id)),
  ]);
  return { postings, reversals, legs };
}

/* ------------------------------------------------------------------------------------------------
 * Sums over the transfers (the statement and the reports)
 * ---------------------------------------------------------------------------------------------- */

export interface SideTotals {
  before: bigint;
  during: bigint;
  all: bigint;
}

/** Per account and side: what the transfers moved before the period, in it, and ever. */
export async function transferTotals(db: Executor, fundId: string, period: { from: string; to: string }) {
  const side = (column: typeof fundTransfers.debitAccountId | typeof fundTransfers.creditAccountId) =>
    db
      .select({
        accountId: column,
        before: sql<string>`coalesce(sum(${fundTransfers.amountFen}) filter (where ${fundPostings.effectiveOn} < ${period.from}), 0)::text`,
        during: sql<string>`coalesce(sum(${fundTransfers.amountFen}) filter (where ${fundPostings.effectiveOn} between ${period.from} and ${period.to}), 0)::text`,
        all: sql<string>`sum(${fundTransfers.amountFen})::text`,
      })
      .from(fundTransfers)
      .innerJoin(fundPostings, eq(fundPostings.id, fundTransfers.postingId))
      .where(eq(fundPostings.fundId, fundId))
      .groupBy(column);
  const [debits, credits] = await Promise.all([
    side(fundTransfers.debitAccountId),
    side(fundTransfers.creditAccountId),
  ]);
  const toMap = (rows: Awaited<ReturnType<typeof side>>) =>
    new Map(
      rows.map((row): [string, SideTotals] => [
        row.accountId,
        { before: BigInt(row.before), during: BigInt(row.during), all: BigInt(row.all) },
      ]),
    );
  return { debits: toMap(debits), credits: toMap(credits) };
}

/** Each posting of the period with what it moved in and out of the cash account, in ledger order. */
export async function cashMovements(
  db: Executor,
  fundId: string,
  cashAccountId: string | null,
  period: { from: string; to: string },
) {
  const rows = await db
    .select({
      id: fundPostings.id,
      cashIn: sql<string>`coalesce(sum(${fundTransfers.amountFen}) filter (where ${fundTransfers.debitAccountId} = ${cashAccountId}), 0)::text`,
      cashOut: sql<string>`coalesce(sum(${fundTransfers.amountFen}) filter (where ${fundTransfers.creditAccountId} = ${cashAccountId}), 0)::text`,
    })
    .from(fundPostings)
    .innerJoin(fundTransfers, eq(fundTransfers.postingId, fundPostings.id))
    .where(and(eq(fundPostings.fundId, fundId), between(fundPostings.effectiveOn, period.from, period.to)))
    .groupBy(fundPostings.id, fundPostings.effectiveOn)
    .orderBy(asc(fundPostings.effectiveOn), asc(fundPostings.id));
  return rows.map((row) => ({ id: row.id, cashIn: BigInt(row.cashIn), cashOut: BigInt(row.cashOut) }));
}

/** The net movement of an account per day with postings, up to and including `last`, by date. */
export async function dailyNet(db: Executor, fundId: string, accountId: string, last: string) {
  const rows = await db
    .select({
      date: fundPostings.effectiveOn,
      net: sql<string>`(coalesce(sum(${fundTransfers.amountFen}) filter (where ${fundTransfers.debitAccountId} = ${accountId}), 0) - coalesce(sum(${fundTransfers.amountFen}) filter (where ${fundTransfers.creditAccountId} = ${accountId}), 0))::text`,
    })
    .from(fundPostings)
    .innerJoin(fundTransfers, eq(fundTransfers.postingId, fundPostings.id))
    .where(and(eq(fundPostings.fundId, fundId), lte(fundPostings.effectiveOn, last)))
    .groupBy(fundPostings.effectiveOn)
    .orderBy(asc(fundPostings.effectiveOn));
  return rows.map((row) => ({ date: row.date, netFen: BigInt(row.net) }));
}
