import type { Executor } from "../../db/client";
import * as repo from "./monitoring-feed.repository";

/** The fund's feed to monitoring: incentive rewards paid in the region in the period (access checked by monitoring). */
export async function incentivesPaid(db: Executor, prefix: string, from: string, to: string) {
  const lines = await repo.incentiveLinesPaid(db, prefix, from, to);
  return { payments: lines.length, amountFen: lines.reduce((sum, line) => sum + line.amountFen, 0n) };
}
