import { reversalOf } from "@chanrong/domain";
import type { Executor, Transaction } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { pgErrorCode } from "../../platform/db-errors";
import { AppError } from "../../platform/errors";
import * as repo from "./ledger.repository";
import { type AccountRef, type LegInput, type PostingResult, post } from "./ledger.service";

/**
 * Corrections of insert-only records (ledger postings, fee receipts, recoveries): a new row that
 * names the one it undoes, at most one per row (a unique index on `reverses`).
 */

/** 409 when the row already has its reversal. */
export function alreadyReversed(what: string): AppError {
  const message = { zh: `该${what}已冲正,不能重复冲正`, en: "It has already been reversed" };
  return new AppError("conflict", message, [{ field: "reverses", rule: "already-reversed", message }]);
}

/** 409 when asked to reverse a reversal: record the original again instead. */
export function reversalNotReversible(what: string): AppError {
  const message = {
    zh: `冲正记录不能再冲正,如需恢复请重新登记${what}`,
    en: "A reversal cannot itself be reversed",
  };
  return new AppError("conflict", message, [{ field: "reverses", rule: "is-reversal", message }]);
}

/** The unique index on `reverses` refused a second reversal made at the same moment. */
export function refuseSecondReversal(constraint: string, what: string) {
  return (error: unknown): never => {
    const cause = (error as { cause?: { constraint?: string }; constraint?: string }).cause ?? error;
    if (pgErrorCode(error) === "23505" && (cause as { constraint?: string }).constraint === constraint) {
      throw alreadyReversed(what);
    }
    throw error;
  };
}

/** A posting's legs with their accounts named as the ledger names them, ready to be reversed. */
async function postingLegs(tx: Executor, postingId: number): Promise<LegInput[]> {
  const transfers = await repo.transfersOfPosting(tx, postingId);
  const ids = [...new Set(transfers.flatMap((t) => [t.debitAccountId, t.creditAccountId]))];
  const accounts = new Map((await repo.accountsByIds(tx, ids)).map((account) => [account.id, account]));
  const refFor = (accountId: string): AccountRef => {
    const account = accounts.get(accountId);
    if (!account) throw new Error(`fund account ${accountId} missing`);
    const id = account.beneficiaryOrgId ?? account.beneficiaryEnterpriseId;
    return {
      kind: account.kind as AccountRef["kind"],
      ...(id
        ? {
            beneficiary: {
              name: account.name,
              ...(account.beneficiaryOrgId ? { orgId: account.beneficiaryOrgId } : { enterpriseId: id }),
            },
          }
        : {}),
    };
  };
  return transfers.map((transfer) => ({
    debit: refFor(transfer.debitAccountId),
    credit: refFor(transfer.creditAccountId),
    amountFen: transfer.amountFen,
  }));
}

export interface PostingReversal {
  fundId: string;
  postingId: number;
  idempotencyKey: string;
  effectiveOn: string;
  reason: string;
  /** The correction the reversal belongs to, when it undoes a recovery. */
  recoveryId?: string;
}

/**
 * Posts the reversal of a posting — every leg swapped — in the caller's transaction. A second
 * reversal of the same posting is a 409 (already-reversed); spending since then makes the swap
 * overdraw an account, which the ledger refuses (insufficient-balance).
 */
export async function postReversal(
  tx: Transaction,
  actor: Actor,
  reversal: PostingReversal,
): Promise<PostingResult> {
  return post(tx, {
    fundId: reversal.fundId,
    idempotencyKey: reversal.idempotencyKey,
    kind: "REVERSAL",
    effectiveOn: reversal.effectiveOn,
    memo: `冲正第${reversal.postingId}号记账:${reversal.reason}`,
    legs: reversalOf(await postingLegs(tx, reversal.postingId)),
    reverses: reversal.postingId,
    ...(reversal.recoveryId && { recoveryId: reversal.recoveryId }),
    recordedBy: actor,
  }).catch(refuseSecondReversal("fund_postings_reverses_key", "记账"));
}
