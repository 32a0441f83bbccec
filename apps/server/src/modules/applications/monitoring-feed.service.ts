import type { Executor } from "../../db/client";
import * as repo from "./monitoring-feed.repository";

/**
 * The loan programmes' feed to monitoring (issue 15): the banks' review times and the subsidised
 * loans they disbursed. Monitoring checks who may read them before it calls.
 */
export const bankReviewFacts = (db: Executor, bankOrgIds: string[], from: string, to: string) =>
  repo.bankReviewFacts(db, bankOrgIds, from, to);

/** Subsidised loans disbursed in the period: how many loans and how much. */
export async function subsidisedLoansDisbursed(db: Executor, bankOrgIds: string[], from: string, to: string) {
  const rows = await repo.disbursementsOf(db, bankOrgIds, from, to);
  return {
    loans: new Set(rows.map((row) => row.applicationId)).size,
    amountFen: rows.reduce((sum, row) => sum + row.amountFen, 0n),
  };
}
