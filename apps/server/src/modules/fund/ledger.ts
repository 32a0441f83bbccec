import { createHash } from "node:crypto";
import {
  balanceOf,
  FUND_ACCOUNT_LABELS,
  type FundAccountKind,
  formatYuan,
  NORMAL_SIDE,
  type PostingKind,
  validateTransfers,
} from "@chanrong/domain";
import { and, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { fundAccounts, fundPostings, fundTransfers } from "../../db/schema";
import { pgErrorCode } from "../../platform/db-errors";
import { AppError } from "../../platform/errors";

/** An account named by what it is: a kind, and for a payable its beneficiary. */
export interface AccountRef {
  kind: FundAccountKind;
  beneficiary?: { orgId?: string; enterpriseId?: string; name: string };
}

export interface LegInput {
  debit: AccountRef;
  credit: AccountRef;
  amountFen: bigint;
}

export interface PostingInput {
  fundId: string;
  idempotencyKey: string;
  kind: PostingKind;
  effectiveOn: string;
  memo: string;
  legs: readonly LegInput[];
  paymentId?: string;
  paymentLineId?: string;
  recoveryId?: string;
  reverses?: number;
  recordedBy: { userId: string; orgId: string };
}

export interface PostingResult {
  postingId: number;
  /** True when the key had been used before with the same fields: nothing new was posted. */
  replayed: boolean;
}

function accountName(ref: AccountRef): string {
  const label = FUND_ACCOUNT_LABELS[ref.kind];
  return ref.beneficiary ? `${label}—${ref.beneficiary.name}` : label;
}

/** Finds or opens the account; opening is idempotent under concurrency (unique identity index). */
async function accountId(tx: Executor, fundId: string, ref: AccountRef): Promise<string> {
  const orgId = ref.beneficiary?.orgId ?? null;
  const enterpriseId = ref.beneficiary?.enterpriseId ?? null;
  const find = () =>
    tx
      .select({ id: fundAccounts.id })
      .from(fundAccounts)
      .where(
        and(
          eq(fundAccounts.fundId, fundId),
          eq(fundAccounts.kind, ref.kind),
          sql`coalesce(${fundAccounts.beneficiaryOrgId}, ${fundAccounts.beneficiaryEnterpriseId}) is not distinct from ${orgId ?? enterpriseId}::uuid`,
        ),
      );
  const [existing] = await find();
  if (existing) return existing.id;
  await tx
    .insert(fundAccounts)
    .values({
      fundId,
      kind: ref.kind,
      normalSide: NORMAL_SIDE[ref.kind],
      beneficiaryOrgId: orgId,
      beneficiaryEnterpriseId: enterpriseId,
      name: accountName(ref),
    })
    .onConflictDoNothing();
  const [created] = await find();
  if (!created) throw new Error(`fund account ${ref.kind} could not be opened`);
  return created.id;
}

function refKey(ref: AccountRef): string {
  return `${ref.kind}:${ref.beneficiary?.orgId ?? ref.beneficiary?.enterpriseId ?? ""}`;
}

/** What a retry must repeat exactly for its key to be honoured. */
function requestHash(input: PostingInput): string {
  const fields = {
    kind: input.kind,
    effectiveOn: input.effectiveOn,
    memo: input.memo,
    reverses: input.reverses ?? null,
    legs: input.legs.map((leg) => [refKey(leg.debit), refKey(leg.credit), leg.amountFen.toString()]),
  };
  return createHash("sha256").update(JSON.stringify(fields)).digest("hex");
}

/**
 * Posts all legs in the caller's transaction, once per idempotency key. The same key with the same
 * fields returns the first posting; with other fields it is refused (409). An overdraft is refused
 * by the database's balance constraint and surfaces here as a 409 naming the account — the whole
 * transaction is then rolled back by the caller.
 */
export async function post(tx: Transaction, input: PostingInput): Promise<PostingResult> {
  validateTransfers(
    input.legs.map((leg) => ({
      debit: refKey(leg.debit),
      credit: refKey(leg.credit),
      amountFen: leg.amountFen,
    })),
  );
  const hash = requestHash(input);
  const [inserted] = await tx
    .insert(fundPostings)
    .values({
      fundId: input.fundId,
      idempotencyKey: input.idempotencyKey,
      requestHash: hash,
      kind: input.kind,
      effectiveOn: input.effectiveOn,
      memo: input.memo,
      paymentId: input.paymentId ?? null,
      paymentLineId: input.paymentLineId ?? null,
      recoveryId: input.recoveryId ?? null,
      reverses: input.reverses ?? null,
      recordedBy: input.recordedBy.userId,
      recordedByOrg: input.recordedBy.orgId,
    })
    .onConflictDoNothing({ target: [fundPostings.fundId, fundPostings.idempotencyKey] })
    .returning({ id: fundPostings.id });
  if (!inserted) return replay(tx, input.fundId, input.idempotencyKey, hash);

  for (const leg of input.legs) {
    const debitAccountId = await accountId(tx, input.fundId, leg.debit);
    const creditAccountId = await accountId(tx, input.fundId, leg.credit);
    try {
      await tx
        .insert(fundTransfers)
        .values({ postingId: inserted.id, debitAccountId, creditAccountId, amountFen: leg.amountFen });
    } catch (error) {
      if (pgErrorCode(error) !== "23514") throw error;
      throw insufficientBalance(leg.credit, leg.amountFen);
    }
  }
  return { postingId: inserted.id, replayed: false };
}

async function replay(tx: Executor, fundId: string, key: string, hash: string): Promise<PostingResult> {
  const [first] = await tx
    .select({ id: fundPostings.id, requestHash: fundPostings.requestHash })
    .from(fundPostings)
    .where(and(eq(fundPostings.fundId, fundId), eq(fundPostings.idempotencyKey, key)));
  if (!first) throw new Error(`posting ${key} vanished`);
  if (first.requestHash !== hash) {
    throw new AppError(
      "conflict",
      `幂等键"${key}"已用于另一笔不同内容的记账 (idempotency key reused with different fields)`,
      [{ field: "idempotencyKey", rule: "idempotency-key-reused", message: "幂等键已被其他请求使用" }],
    );
  }
  return { postingId: first.id, replayed: true };
}

/** The refusal of an overdraft (the transaction is aborted, so nothing more can be read in it). */
function insufficientBalance(account: AccountRef, neededFen: bigint): AppError {
  const message =
    `${accountName(account)}余额不足,本笔需${formatYuan(neededFen)}元 ` +
    `(insufficient balance in ${account.kind} for ${formatYuan(neededFen)})`;
  return new AppError("conflict", message, [{ field: "amount", rule: "insufficient-balance", message }]);
}

export interface AccountBalance {
  id: string;
  kind: FundAccountKind;
  name: string;
  beneficiaryOrgId: string | null;
  beneficiaryEnterpriseId: string | null;
  debitsFen: bigint;
  creditsFen: bigint;
  balanceFen: bigint;
}

/** Every account of the fund with its totals and balance on its normal side. */
export async function accountBalances(db: Executor, fundId: string): Promise<AccountBalance[]> {
  const rows = await db.select().from(fundAccounts).where(eq(fundAccounts.fundId, fundId));
  return rows
    .map((row) => {
      const kind = row.kind as FundAccountKind;
      return {
        id: row.id,
        kind,
        name: row.name,
        beneficiaryOrgId: row.beneficiaryOrgId,
        beneficiaryEnterpriseId: row.beneficiaryEnterpriseId,
        debitsFen: row.debitsFen,
        creditsFen: row.creditsFen,
        balanceFen: balanceOf(kind, row),
      };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}

/** The fund's cash: what a payment can draw on now. */
export async function cashBalance(db: Executor, fundId: string): Promise<bigint> {
  const cash = (await accountBalances(db, fundId)).find((account) => account.kind === "FUND_CASH");
  return cash?.balanceFen ?? 0n;
}
