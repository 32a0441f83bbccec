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
import type { Executor, Transaction } from "../../db/client";
import { AppError } from "../../platform/errors";
import * as repo from "./ledger.repository";

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

/** Whose account it is: the beneficiary of a payable, none for the fund's own accounts. */
function ownerOf(ref: AccountRef): string | null {
  return ref.beneficiary?.orgId ?? ref.beneficiary?.enterpriseId ?? null;
}

function refKey(ref: AccountRef): string {
  return `${ref.kind}:${ownerOf(ref) ?? ""}`;
}

/**
 * The ids of the named accounts by refKey, opening those that do not exist yet: three statements
 * however many accounts. Opening is idempotent under concurrency (the unique identity index).
 */
async function accountIds(
  tx: Executor,
  fundId: string,
  refs: readonly AccountRef[],
): Promise<Map<string, string>> {
  const wanted = new Map(refs.map((ref) => [refKey(ref), ref]));
  const kinds = refs.map((ref) => ref.kind);
  const owners = [...new Set(refs.map(ownerOf).filter((id) => id !== null))];
  const ids = new Map<string, string>();
  const find = async () => {
    for (const row of await repo.findAccounts(tx, fundId, kinds, owners)) {
      const key = `${row.kind}:${row.owner ?? ""}`;
      if (wanted.has(key)) ids.set(key, row.id);
    }
  };
  await find();
  const missing = [...wanted].filter(([key]) => !ids.has(key)).map(([, ref]) => ref);
  if (missing.length === 0) return ids;
  await repo.openAccounts(
    tx,
    fundId,
    missing.map((ref) => ({
      kind: ref.kind,
      normalSide: NORMAL_SIDE[ref.kind],
      beneficiaryOrgId: ref.beneficiary?.orgId ?? null,
      beneficiaryEnterpriseId: ref.beneficiary?.enterpriseId ?? null,
      name: accountName(ref),
    })),
  );
  await find();
  const unopened = missing.find((ref) => !ids.has(refKey(ref)));
  if (unopened) throw new Error(`fund account ${refKey(unopened)} could not be opened`);
  return ids;
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
  const [result] = await postAll(tx, [input]);
  if (!result) throw new Error("postAll returned nothing for one posting");
  return result;
}

/**
 * `post` for many postings of one fund at once, in a handful of statements: the postings in one
 * multi-row insert, their accounts looked up together, their transfers in one more. Results are in
 * the order of the inputs; all of them post or, on an overdraft, none.
 */
export async function postAll(tx: Transaction, inputs: readonly PostingInput[]): Promise<PostingResult[]> {
  const fundId = inputs[0]?.fundId;
  if (fundId === undefined) return [];
  if (inputs.some((input) => input.fundId !== fundId)) throw new Error("postAll posts to one fund at a time");
  // A key stands for one posting: twice in one call, the second would post its legs under the first.
  if (new Set(inputs.map((input) => input.idempotencyKey)).size !== inputs.length) {
    throw new Error("postAll takes each idempotency key once");
  }
  for (const input of inputs) {
    validateTransfers(
      input.legs.map((leg) => ({
        debit: refKey(leg.debit),
        credit: refKey(leg.credit),
        amountFen: leg.amountFen,
      })),
    );
  }
  const hashes = inputs.map(requestHash);

  const postedIds = await repo.insertPostings(
    tx,
    inputs.map((input, index) => ({
      fundId,
      idempotencyKey: input.idempotencyKey,
      requestHash: hashes[index] ?? "",
      kind: input.kind,
      effectiveOn: input.effectiveOn,
      memo: input.memo,
      paymentId: input.paymentId ?? null,
      paymentLineId: input.paymentLineId ?? null,
      recoveryId: input.recoveryId ?? null,
      reverses: input.reverses ?? null,
      recordedBy: input.recordedBy.userId,
      recordedByOrg: input.recordedBy.orgId,
    })),
  );
  const fresh = inputs.filter((input) => postedIds.has(input.idempotencyKey));
  const replayed = await replays(
    tx,
    fundId,
    inputs.flatMap((input, index) =>
      postedIds.has(input.idempotencyKey) ? [] : [{ key: input.idempotencyKey, hash: hashes[index] ?? "" }],
    ),
  );

  const legs = fresh.flatMap((input) =>
    input.legs.map((leg) => ({ ...leg, postingId: postedIds.get(input.idempotencyKey) ?? 0 })),
  );
  const accounts = await accountIds(
    tx,
    fundId,
    legs.flatMap((leg) => [leg.debit, leg.credit]),
  );
  const idOf = (ref: AccountRef) => accounts.get(refKey(ref)) ?? "";
  const refused = await repo.insertTransfers(
    tx,
    legs.map((leg) => ({
      postingId: leg.postingId,
      debitAccountId: idOf(leg.debit),
      creditAccountId: idOf(leg.credit),
      amountFen: leg.amountFen,
    })),
  );
  if (refused) throw overdraft(refused.overdrawn, legs, idOf);
  return inputs.map((input) => {
    const postingId = postedIds.get(input.idempotencyKey);
    if (postingId !== undefined) return { postingId, replayed: false };
    const first = replayed.get(input.idempotencyKey);
    if (first === undefined) throw new Error(`posting ${input.idempotencyKey} vanished`);
    return { postingId: first, replayed: true };
  });
}

/** The first postings of keys used before, by key; a key used with other fields is refused (409). */
async function replays(
  tx: Executor,
  fundId: string,
  repeated: readonly { key: string; hash: string }[],
): Promise<Map<string, number>> {
  if (repeated.length === 0) return new Map();
  const firsts = await repo.postingsByKeys(
    tx,
    fundId,
    repeated.map(({ key }) => key),
  );
  const byKey = new Map(firsts.map((first) => [first.key, first]));
  for (const { key, hash } of repeated) {
    if (byKey.get(key)?.requestHash === hash) continue;
    throw new AppError(
      "conflict",
      {
        zh: `幂等键"${key}"已用于另一笔不同内容的记账`,
        en: `Idempotency key "${key}" was used for a posting with other fields`,
      },
      [
        {
          field: "idempotencyKey",
          rule: "idempotency-key-reused",
          message: { zh: "幂等键已被其他请求使用", en: "Idempotency key already used" },
        },
      ],
    );
  }
  return new Map(firsts.map((first) => [first.key, first.id]));
}

/**
 * The refusal of an overdraft (the transaction is aborted, so nothing more can be read in it). The
 * database names the failing account (`failingId`); the amount needed is what these legs take out of it.
 */
function overdraft(
  failingId: string | undefined,
  legs: readonly LegInput[],
  idOf: (ref: AccountRef) => string,
): AppError {
  const decreases = (ref: AccountRef, side: "debit" | "credit") =>
    NORMAL_SIDE[ref.kind] !== side && (failingId === undefined || idOf(ref) === failingId);
  const drawn = legs.flatMap((leg) => [
    ...(decreases(leg.debit, "debit") ? [{ account: leg.debit, amountFen: leg.amountFen }] : []),
    ...(decreases(leg.credit, "credit") ? [{ account: leg.credit, amountFen: leg.amountFen }] : []),
  ]);
  const account = drawn[0]?.account ?? { kind: "FUND_CASH" };
  const neededFen = drawn
    .filter((leg) => refKey(leg.account) === refKey(account))
    .reduce((total, leg) => total + leg.amountFen, 0n);
  const message = {
    zh: `${accountName(account)}余额不足,本笔需${formatYuan(neededFen)}元`,
    en: `Insufficient balance in ${account.kind} for ${formatYuan(neededFen)}`,
  };
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
  const rows = await repo.accountsOfFund(db, fundId);
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
