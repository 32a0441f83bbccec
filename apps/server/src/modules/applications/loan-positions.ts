import {
  type LoanPosition,
  loanPosition,
  type ProgrammeConfig,
  programmeConfigFromWire,
} from "@chanrong/domain";
import { asc } from "drizzle-orm";
import { anyOf } from "../../db/any-of";
import type { Executor } from "../../db/client";
import { loanEvents } from "../../db/schema";
import { findVersion } from "../programmes/programmes.repository";
import { toLoanEvent } from "./servicing.repository";

/** Many loans' positions from their events, in one query instead of one per loan. */
export async function positionsOf(
  executor: Executor,
  applicationIds: readonly string[],
): Promise<Map<string, LoanPosition>> {
  const byLoan = new Map<string, ReturnType<typeof toLoanEvent>[]>();
  const rows = await executor
    .select()
    .from(loanEvents)
    .where(anyOf(loanEvents.applicationId, applicationIds, "uuid"))
    .orderBy(asc(loanEvents.id));
  for (const row of rows) {
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
      config = findVersion(executor, programmeId, version).then((row) => {
        if (!row) throw new Error(`programme ${programmeId} has no version ${version}`);
        return programmeConfigFromWire(row.config);
      });
      cache.set(key, config);
    }
    return config;
  };
}
