import type { InstitutionRecord } from "@chanrong/domain";
import type { Executor } from "../../db/client";
import * as repo from "./demands.repository";

/*
 * What matching reads of the marketplace, read-only. Who may see what stays with the callers: matching
 * asks for the caller's own institution's pushes, and for records that only weigh a score.
 */

export type OpenDemandQuery = repo.OpenDemandQuery;

/** The demands pushed to an institution that it may still claim, cut down in SQL by exact conditions. */
export function openDemandsPushedTo(executor: Executor, query: OpenDemandQuery) {
  return repo.openDemandsPushedTo(executor, query);
}

/** Each institution's decided and funded claims: the track record matching weighs. */
export async function institutionRecords(
  executor: Executor,
  orgIds: readonly string[],
): Promise<Map<string, InstitutionRecord>> {
  const rows = await repo.claimOutcomes(executor, [...new Set(orgIds)]);
  return new Map(
    rows.map((row) => [row.orgId, { decided: Number(row.decided), funded: Number(row.funded) }]),
  );
}
