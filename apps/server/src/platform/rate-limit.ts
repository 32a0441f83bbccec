import { lte, sql } from "drizzle-orm";
import { rateLimitBuckets } from "../db/schema";
import type { Job } from "./jobs";

/**
 * Deletes the counters whose window has passed: they count nothing (the next request starts a new
 * window), and without this every address and every name tried at sign-in kept a row for ever.
 */
export const expiredCounterPurge: Job = {
  name: "expired-counter-purge",
  runKey: (now) => now.toISOString().slice(0, 13),
  async run(db) {
    await db.delete(rateLimitBuckets).where(lte(rateLimitBuckets.resetAt, sql`now()`));
  },
};
