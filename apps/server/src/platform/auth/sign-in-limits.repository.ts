import { and, eq, gt, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { rateLimitBuckets as buckets } from "../../db/schema";

/** At most `max` attempts in `minutes`; the attempt that reaches `max` holds the key for `minutes` more. */
export interface AttemptLimit {
  max: number;
  minutes: number;
}

/** A known account is counted by its id; a name no account has, by the name itself. */
export const accountKey = (userId: string | null, username: string) =>
  userId ? `sign-in:user:${userId}` : `sign-in:name:${username.toLowerCase()}`;

export const addressKey = (ip: string | null) => `sign-in:address:${ip ?? "unknown"}`;

/** The SQL for `accountKey` of a users row, to read its lock beside the user. */
export const accountKeyOfUser = (userId: unknown) => sql`'sign-in:user:' || ${userId}`;

/**
 * Takes one attempt from `key`'s allowance in a single upsert, before the password is checked,
 * so that concurrent attempts on any number of instances can never check more than `max`.
 * `taken` false means the key is held until `lockedUntil`; when taken, `lockedUntil` is set
 * if this attempt was the one that reached the limit.
 */
export async function takeAttempt(
  executor: Executor,
  key: string,
  limit: AttemptLimit,
): Promise<{ taken: true; lockedUntil: Date | null } | { taken: false; lockedUntil: Date }> {
  const expired = sql`${buckets.resetAt} <= now()`;
  const window = sql`now() + make_interval(mins => ${limit.minutes})`;
  const [row] = await executor
    .insert(buckets)
    .values({ key, count: 1, resetAt: window })
    .onConflictDoUpdate({
      target: buckets.key,
      set: {
        count: sql`case when ${expired} then 1 else ${buckets.count} + 1 end`,
        resetAt: sql`case when ${expired} or ${buckets.count} + 1 >= ${limit.max} then ${window} else ${buckets.resetAt} end`,
      },
      setWhere: sql`${expired} or ${buckets.count} < ${limit.max}`,
    })
    .returning({ count: buckets.count, resetAt: buckets.resetAt });
  if (row) return { taken: true, lockedUntil: row.count >= limit.max ? row.resetAt : null };
  const [held] = await executor
    .select({ resetAt: buckets.resetAt })
    .from(buckets)
    .where(eq(buckets.key, key));
  return { taken: false, lockedUntil: held?.resetAt ?? new Date() };
}

/** Gives back an attempt that turned out not to be a failure (it also lifts a hold it caused). */
export async function returnAttempt(executor: Executor, key: string): Promise<void> {
  await executor
    .update(buckets)
    .set({ count: sql`${buckets.count} - 1` })
    .where(and(eq(buckets.key, key), gt(buckets.resetAt, sql`now()`), gt(buckets.count, 0)));
}

/** Forgets every attempt on `key`, lifting its hold. */
export async function clearAttempts(executor: Executor, key: string): Promise<void> {
  await executor.delete(buckets).where(eq(buckets.key, key));
}
