import { and, eq, sql } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import type { Database } from "../db/client";
import { jobRuns } from "../db/schema";

export interface Job {
  name: string;
  /** The period a run covers, e.g. "2026-11-22T07" for an hourly job: one run per key, ever. */
  runKey(now: Date): string;
  run(db: Database, now: Date): Promise<void>;
}

/** A claimed run not finished after this long is presumed dead and may be taken over. */
const STALE_CLAIM_MINUTES = 10;

/**
 * Runs `job` for the current period unless some instance already has: the claim is an upsert
 * that only one instance can win, and that can take over a claim whose instance died. The
 * work itself is idempotent, so a taken-over run never does anything twice.
 */
export async function runOnce(db: Database, job: Job, now = new Date()): Promise<boolean> {
  const runKey = job.runKey(now);
  const claimed = await db
    .insert(jobRuns)
    .values({ job: job.name, runKey })
    .onConflictDoUpdate({
      target: [jobRuns.job, jobRuns.runKey],
      set: { claimedAt: sql`now()` },
      setWhere: sql`${jobRuns.finishedAt} is null and ${jobRuns.claimedAt} < now() - make_interval(mins => ${STALE_CLAIM_MINUTES})`,
    })
    .returning({ job: jobRuns.job });
  if (claimed.length === 0) return false;
  await job.run(db, now);
  await db
    .update(jobRuns)
    .set({ finishedAt: sql`now()` })
    .where(and(eq(jobRuns.job, job.name), eq(jobRuns.runKey, runKey)));
  return true;
}

/** The in-process runner every instance starts; the claim makes the instances agree. */
export function startJobs(db: Database, jobs: Job[], log: FastifyBaseLogger, everyMs = 60_000): () => void {
  const tick = () => {
    for (const job of jobs) {
      runOnce(db, job).catch((error) => log.error({ err: error, job: job.name }, "job failed"));
    }
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return () => clearInterval(timer);
}
