import { type LoanPosition, loanPosition, type ProgrammeConfig } from "@chanrong/domain";
import type { Executor } from "../../db/client";
import { findVersionConfig } from "../programmes/programmes.service";
import { loanEventsOf, toLoanEvent } from "./servicing.repository";

/** Many loans' positions from their events, in one query instead of one per loan. */
export async function positionsOf(
  executor: Executor,
  applicationIds: readonly string[],
): Promise<Map<string, LoanPosition>> {
  const byLoan = new Map<string, ReturnType<typeof toLoanEvent>[]>();
  for (const row of await loanEventsOf(executor, applicationIds)) {
    const events = byLoan.get(row.applicationId) ?? [];
    events.push(toLoanEvent(row));
    byLoan.set(row.applicationId, events);
  }
  return new Map(applicationIds.map((id) => [id, loanPosition(byLoan.get(id) ?? [])]));
}

/** The position of one loan, e.g. under the row lock taken before a claim or compensation. */
export async function positionOf(executor: Executor, applicationId: string): Promise<LoanPosition> {
  const positions = await positionsOf(executor, [applicationId]);
  return positions.get(applicationId) ?? loanPosition([]);
}

/**
 * The configuration each loan is judged by (the programme version it started under), read once per
 * version however many loans share it.
 */
export function programmeConfigs(executor: Executor) {
  const cache = new Map<string, Promise<ProgrammeConfig>>();
  return (programmeId: string, version: number): Promise<ProgrammeConfig> => {
    const key = `${programmeId}:${version}`;
    let config = cache.get(key);
    if (!config) {
      config = findVersionConfig(executor, programmeId, version).then((found) => {
        if (!found) throw new Error(`programme ${programmeId} has no version ${version}`);
        return found;
      });
      cache.set(key, config);
    }
    return config;
  };
}
