import type { DateRange } from "@chanrong/domain";
import { and, asc, desc, eq, gte, inArray, isNotNull, lt, ne, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import {
  defaultCases,
  enterprises,
  fundPayments,
  funds,
  guaranteeFeeReceipts,
  loanApplications,
  organisations,
  programmes,
  users,
} from "../../db/schema";

type FundRow = typeof funds.$inferSelect;
export type FeeReceiptRow = typeof guaranteeFeeReceipts.$inferSelect;
export type BatchRow = typeof fundPayments.$inferSelect;

/** The fund that pays for a programme's loans, if there is one. */
export async function fundOfProgrammeId(executor: Executor, programmeId: string): Promise<FundRow | null> {
  const [row] = await executor
    .select({ fund: funds })
    .from(funds)
    .innerJoin(programmes, sql`${programmes.code} = any(${funds.programmeCodes})`)
    .where(eq(programmes.id, programmeId));
  return row?.fund ?? null;
}

/** Holds the fund's row until the transaction ends: fee-subsidy batches of one fund wait for each other. */
export async function lockFund(executor: Executor, fundId: string): Promise<void> {
  await executor.select({ id: funds.id }).from(funds).where(eq(funds.id, fundId)).for("update");
}

/** The years of the fund's fee-subsidy payments that are not cancelled. */
export async function batchedYears(executor: Executor, fundId: string): Promise<number[]> {
  const rows = await executor
    .selectDistinct({ year: fundPayments.year })
    .from(fundPayments)
    .where(
      and(
        eq(fundPayments.fundId, fundId),
        eq(fundPayments.kind, "FEE_SUBSIDY"),
        ne(fundPayments.status, "CANCELLED"),
      ),
    );
  return rows.flatMap((row) => (row.year === null ? [] : [row.year]));
}

/** The year's fee-subsidy payment that is not cancelled (the newest, should there be several). */
export async function liveBatch(executor: Executor, fundId: string, year: number): Promise<BatchRow | null> {
  const [row] = await executor
    .select()
    .from(fundPayments)
    .where(
      and(
        eq(fundPayments.fundId, fundId),
        eq(fundPayments.kind, "FEE_SUBSIDY"),
        eq(fundPayments.year, year),
        ne(fundPayments.status, "CANCELLED"),
      ),
    )
    .orderBy(desc(fundPayments.createdAt))
    .limit(1);
  return row ?? null;
}

/** The fees recorded on a guarantee, oldest first, with the username of whoever recorded each. */
export async function listReceipts(executor: Executor, applicationId: string) {
  return executor
    .select({ receipt: guaranteeFeeReceipts, recordedBy: users.username })
    .from(guaranteeFeeReceipts)
    .innerJoin(users, eq(users.id, guaranteeFeeReceipts.recordedBy))
    .where(eq(guaranteeFeeReceipts.applicationId, applicationId))
    .orderBy(asc(guaranteeFeeReceipts.receivedOn), asc(guaranteeFeeReceipts.id));
}

/** One receipt of a guarantee, with the organisation of whoever recorded it. */
export async function findReceipt(executor: Executor, applicationId: string, receiptId: number) {
  const [row] = await executor
    .select({ receipt: guaranteeFeeReceipts, recorderOrgId: users.orgId })
    .from(guaranteeFeeReceipts)
    .innerJoin(users, eq(users.id, guaranteeFeeReceipts.recordedBy))
    .where(
      and(eq(guaranteeFeeReceipts.id, receiptId), eq(guaranteeFeeReceipts.applicationId, applicationId)),
    );
  return row ?? null;
}

/** Whether a receipt already has its reversal. */
export async function isReversed(executor: Executor, receiptId: number): Promise<boolean> {
  const [row] = await executor
    .select({ id: guaranteeFeeReceipts.id })
    .from(guaranteeFeeReceipts)
    .where(eq(guaranteeFeeReceipts.reverses, receiptId));
  return Boolean(row);
}

/** Inserts a receipt or a reversal (a reversal of a reversed receipt fails on its unique index). */
export async function insertReceipt(
  executor: Executor,
  values: typeof guaranteeFeeReceipts.$inferInsert,
): Promise<FeeReceiptRow> {
  const [row] = await executor.insert(guaranteeFeeReceipts).values(values).returning();
  if (!row) throw new Error("fee receipt insert returned nothing");
  return row;
}

export async function organisationName(executor: Executor, orgId: string): Promise<string | null> {
  const [row] = await executor
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return row?.name ?? null;
}

/** The guarantees a fund pays the fee subsidy of: its guarantor's, under its programmes, in `statuses`. */
export interface GuaranteesOfFund {
  guarantorOrgId: string;
  programmeCodes: readonly string[];
  statuses: readonly string[];
}

const ofFund = (of: GuaranteesOfFund) =>
  and(
    eq(loanApplications.guarantorOrgId, of.guarantorOrgId),
    inArray(programmes.code, [...of.programmeCodes]),
    inArray(loanApplications.status, [...of.statuses]),
  );

/** The guarantees with the names shown beside them, by enterprise name. */
export async function guarantees(executor: Executor, of: GuaranteesOfFund) {
  return executor
    .select({
      id: loanApplications.id,
      programmeId: loanApplications.programmeId,
      programmeVersion: loanApplications.programmeVersion,
      programmeCode: programmes.code,
      amountFen: loanApplications.amountFen,
      status: loanApplications.status,
      enterpriseName: enterprises.name,
      bankName: organisations.name,
    })
    .from(loanApplications)
    .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
    .innerJoin(enterprises, eq(enterprises.id, loanApplications.enterpriseId))
    .innerJoin(organisations, eq(organisations.id, loanApplications.bankOrgId))
    .where(ofFund(of))
    .orderBy(asc(enterprises.name), asc(loanApplications.id));
}

/**
 * The fees charged on each guarantee within `window`, net of reversals (a reversal carries the
 * negated amount), with the rates of the receipts still standing.
 */
export async function feesWithin(executor: Executor, of: GuaranteesOfFund, window: DateRange) {
  const fees = await executor
    .select({
      applicationId: guaranteeFeeReceipts.applicationId,
      fen: sql<string>`sum(${guaranteeFeeReceipts.amountFen})::text`,
      rates: sql<string[] | null>`array_agg(distinct ${guaranteeFeeReceipts.feeRate}::text) filter (
        where ${guaranteeFeeReceipts.reverses} is null and ${guaranteeFeeReceipts.feeRate} is not null
        and not exists (select 1 from ${guaranteeFeeReceipts} as "reversal" where "reversal"."reverses" = ${guaranteeFeeReceipts.id}))`,
    })
    .from(guaranteeFeeReceipts)
    .innerJoin(loanApplications, eq(loanApplications.id, guaranteeFeeReceipts.applicationId))
    .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
    .where(
      and(
        ofFund(of),
        gte(guaranteeFeeReceipts.receivedOn, window.from),
        lt(guaranteeFeeReceipts.receivedOn, window.to),
      ),
    )
    .groupBy(guaranteeFeeReceipts.applicationId);
  return new Map(
    fees.map((fee) => [fee.applicationId, { chargedFen: BigInt(fee.fen), rates: fee.rates ?? [] }]),
  );
}

/** The day each of the fund's compensated guarantees was compensated (代偿). */
export async function compensatedOn(executor: Executor, fundId: string) {
  const rows = await executor
    .select({ applicationId: defaultCases.applicationId, on: defaultCases.compensatedOn })
    .from(defaultCases)
    .where(and(eq(defaultCases.fundId, fundId), isNotNull(defaultCases.compensatedOn)));
  return new Map(rows.map((row) => [row.applicationId, row.on ?? undefined]));
}
