import { type LoanEvent, type LoanPosition, loanPosition, type ProgrammeConfig } from "@chanrong/domain";
import type { Executor } from "../../db/client";
import { findVersionConfig } from "../programmes/programmes.service";
import { loanEventsOf, toLoanEvent } from "./servicing.repository";

/** Loans whose events are read in one query: a year's batch is read in a few, never one per loan. */
const LOANS_PER_READ = 5_000;

/**
 * Many loans' positions from their events, a query per chunk of loans: each chunk's events are
 * decoded and dropped before the next is read, so a yearly batch never holds every event at once.
 */
export async function positionsOf(
  executor: Executor,
  applicationIds: readonly string[],
): Promise<Map<string, LoanPosition>> {
  const positions = new Map<string, LoanPosition>();
  for (let start = 0; start < applicationIds.length; start += LOANS_PER_READ) {
    const chunk = applicationIds.slice(start, start + LOANS_PER_READ);
    const byLoan = new Map<string, LoanEvent[]>();
    for (const row of await loanEventsOf(executor, chunk)) {
      const events = byLoan.get(row.applicationId) ?? [];
      events.push(toLoanEvent(row));
      byLoan.set(row.applicationId, events);
    }
    for (const id of chunk) positions.set(id, loanPosition(byLoan.get(id) ?? []));
  }
  return positions;
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
