import {
  type LoanPosition,
  loanPosition,
  type ProgrammeConfig,
  programmeConfigFromWire,
} from "@chanrong/domain";
import { asc, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { loanEvents } from "../../db/schema";
import { toLoanEvent } from "../applications/servicing.repository";
import { findVersion } from "../programmes/programmes.repository";

// Well under PostgreSQL's limit of 65,535 bind parameters per statement.
const IDS_PER_QUERY = 5000;

/** Many loans' positions from their events, read a slice at a time instead of one query per loan. */
export async function positionsOf(
  executor: Executor,
  applicationIds: readonly string[],
): Promise<Map<string, LoanPosition>> {
  const byLoan = new Map<string, ReturnType<typeof toLoanEvent>[]>();
  for (let start = 0; start < applicationIds.length; start += IDS_PER_QUERY) {
    const rows = await executor
      .select()
      .from(loanEvents)
      .where(inArray(loanEvents.applicationId, applicationIds.slice(start, start + IDS_PER_QUERY)))
      .orderBy(asc(loanEvents.id));
    for (const row of rows) {
      const events = byLoan.get(row.applicationId) ?? [];
      events.push(toLoanEvent(row));
      byLoan.set(row.applicationId, events);
    }
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
      config = findVersion(executor, programmeId, version).then((row) => {
        if (!row) throw new Error(`programme ${programmeId} has no version ${version}`);
        return programmeConfigFromWire(row.config);
      });
      cache.set(key, config);
    }
    return config;
  };
}
