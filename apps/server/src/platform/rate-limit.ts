import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import { lte, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { rateLimitBuckets } from "../db/schema";
import type { Job } from "./jobs";

/**
 * A fixed-window rate-limit store in the database, so that every app instance behind a
 * load balancer counts against the same limit.
 */
export function databaseRateLimitStore(db: Database, namespace = "global"): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    constructor(
      _options?: unknown,
      private readonly prefix = namespace,
    ) {}

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      const expired = sql`${rateLimitBuckets.resetAt} <= now()`;
      db.insert(rateLimitBuckets)
        .values({
          key: `${this.prefix}:${key}`,
          count: 1,
          resetAt: sql`now() + make_interval(secs => ${timeWindow / 1000})`,
        })
        .onConflictDoUpdate({
          target: rateLimitBuckets.key,
          set: {
            count: sql`case when ${expired} then 1 else ${rateLimitBuckets.count} + 1 end`,
            resetAt: sql`case when ${expired} then now() + make_interval(secs => ${timeWindow / 1000}) else ${rateLimitBuckets.resetAt} end`,
          },
        })
        .returning({ count: rateLimitBuckets.count, resetAt: rateLimitBuckets.resetAt })
        .then(([row]) => {
          if (!row) throw new Error("rate-limit upsert returned no row");
          callback(null, { current: row.count, ttl: Math.max(0, row.resetAt.getTime() - Date.now()) });
        })
        .catch((error: Error) => callback(error));
    }

    child(routeOptions: { path: string }): FastifyRateLimitStore {
      return new DatabaseStore(undefined, `${this.prefix}:${routeOptions.path}`);
    }
  }
  return DatabaseStore;
}

/**
 * Deletes the counters whose window has passed: they count nothing (the next request starts a new
 * window), and without this every client address and every name guessed at sign-in kept a row for ever.
 */
export const expiredCounterPurge: Job = {
  name: "expired-counter-purge",
  runKey: (now) => now.toISOString().slice(0, 13),
  async run(db) {
    await db.delete(rateLimitBuckets).where(lte(rateLimitBuckets.resetAt, sql`now()`));
  },
};
