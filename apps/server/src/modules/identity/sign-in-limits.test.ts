import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, count, eq, like, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app";
import { type DatabaseHandle, openDatabase } from "../../db/client";
import { auditLog, rateLimitBuckets } from "../../db/schema";
import { DEMO_PASSWORD } from "../../demo/organisations";
import { seedBaseline } from "../../demo/seed";
import { SIGN_IN_POLICY } from "../../platform/auth/policy";
import { localDirectoryStorage } from "../../platform/files/storage";
import { runOnce } from "../../platform/jobs";
import { expiredCounterPurge } from "../../platform/rate-limit";
import { createTestDatabase, createThrowawayPostgres, TEST_DATABASE_KIND } from "../../testing/test-database";

const ATTEMPTS = 40;

/**
 * Two app instances on one database: on PostgreSQL each with its own connection pool, as two
 * processes behind a load balancer would be; PGlite has one connection, which both share.
 */
async function twoInstances(): Promise<{
  apps: FastifyInstance[];
  database: DatabaseHandle;
  close(): Promise<void>;
}> {
  const storage = localDirectoryStorage(mkdtempSync(join(tmpdir(), "chanrong-files-")));
  if (TEST_DATABASE_KIND === "pglite") {
    const database = await createTestDatabase();
    const apps = [await buildApp({ database, storage }), await buildApp({ database, storage })];
    return { apps, database, close: async () => closeAll(apps, [database]) };
  }
  const throwaway = await createThrowawayPostgres();
  const handles = [await openDatabase(throwaway.url), await openDatabase(throwaway.url)];
  await handles[0]?.migrate();
  const apps = await Promise.all(handles.map((database) => buildApp({ database, storage })));
  const database = handles[0] as DatabaseHandle;
  return {
    apps,
    database,
    close: async () => {
      await closeAll(apps, handles);
      await throwaway.drop();
    },
  };
}

async function closeAll(apps: FastifyInstance[], handles: DatabaseHandle[]) {
  for (const app of apps) await app.close();
  for (const handle of handles) await handle.close();
}

describe(`sign-in limits hold under concurrency, across two instances (${TEST_DATABASE_KIND})`, () => {
  let instances: Awaited<ReturnType<typeof twoInstances>>;
  const signIn = (i: number, username: string, password: string, remoteAddress = `10.0.${i % 250}.1`) =>
    (instances.apps[i % 2] as FastifyInstance).inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { username, password },
      remoteAddress,
    });
  const failedChecks = async (username: string) => {
    const [row] = await instances.database.db
      .select({ value: count() })
      .from(auditLog)
      .where(and(eq(auditLog.actorUsername, username), eq(auditLog.action, "auth.sign-in.failed")));
    return row?.value ?? 0;
  };

  beforeAll(async () => {
    instances = await twoInstances();
    await seedBaseline(instances.database.db);
  });
  afterAll(async () => instances?.close());

  it.each([
    ["an account", "icbc.operator", DEMO_PASSWORD],
    ["a name no account has", "icbc.nobody", DEMO_PASSWORD],
  ])(
    `checks at most 5 of ${ATTEMPTS} concurrent wrong passwords for %s, then refuses even the right one`,
    async (_what, username, rightPassword) => {
      const answers = await Promise.all(
        Array.from({ length: ATTEMPTS }, (_, i) => signIn(i, username, `wrong-${i}`)),
      );
      const statuses = answers.map((a) => a.statusCode);
      const checked = statuses.filter((s) => s !== 423);
      console.info(
        `${username}: ${checked.length} of ${ATTEMPTS} concurrent attempts checked, ${statuses.length - checked.length} answered 423`,
      );
      // Every answer is a wrong-password 401 or a lock 423; the 401s are the passwords checked.
      expect(statuses.every((s) => s === 401 || s === 423)).toBe(true);
      expect(checked.length).toBe(SIGN_IN_POLICY.perAccount.max);
      expect(await failedChecks(username)).toBe(checked.length);
      const right = await signIn(ATTEMPTS, username, rightPassword);
      expect(right.statusCode).toBe(423);
      expect(right.json().code).toBe("locked");
    },
  );

  it("answers a name no account has exactly as it answers an account, attempt by attempt", async () => {
    const run = async (username: string) => {
      const answers = [];
      for (let i = 0; i < 7; i++) {
        const response = await signIn(i, username, "wrong-password");
        answers.push({ status: response.statusCode, detail: response.json().detail as string });
      }
      return answers;
    };
    const known = await run("czj.operator");
    expect(known.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 423, 423]);
    expect(await run("czj.nobody")).toEqual(known);
  });

  it(`holds an address after ${SIGN_IN_POLICY.perAddress.max} failures on any accounts, and counts no successes`, async () => {
    const address = "192.0.2.7";
    // Successes from a shared address (one office behind NAT) never use up its allowance.
    for (let i = 0; i < SIGN_IN_POLICY.perAddress.max + 5; i++) {
      expect((await signIn(i, "jxj.operator", DEMO_PASSWORD, address)).statusCode).toBe(200);
    }
    // Spraying one guess at each of many names, concurrently, across both instances.
    const sprayed = await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, i) => signIn(i, `spray.${i}`, "Chanrong2025", address)),
    );
    const statuses = sprayed.map((a) => a.statusCode);
    console.info(
      `address: ${statuses.filter((s) => s === 401).length} of ${ATTEMPTS} sprayed guesses checked`,
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(SIGN_IN_POLICY.perAddress.max);
    expect(statuses.filter((s) => s === 429)).toHaveLength(ATTEMPTS - SIGN_IN_POLICY.perAddress.max);
    const held = await signIn(0, "jxj.operator", DEMO_PASSWORD, address);
    expect(held.statusCode).toBe(429);
    expect(held.headers["content-type"]).toContain("application/problem+json");
    // Another address is not held.
    expect((await signIn(0, "jxj.operator", DEMO_PASSWORD, "192.0.2.8")).statusCode).toBe(200);
  });

  it("forgets the counters whose window has passed, and only those", async () => {
    const { db } = instances.database;
    const keys = async () => (await db.select({ key: rateLimitBuckets.key }).from(rateLimitBuckets)).length;
    const before = await keys();
    const expired = await db
      .update(rateLimitBuckets)
      .set({ resetAt: sql`now() - interval '1 second'` })
      .where(like(rateLimitBuckets.key, "sign-in:name:spray.%"))
      .returning({ key: rateLimitBuckets.key });
    expect(expired).toHaveLength(SIGN_IN_POLICY.perAddress.max);
    expect(await runOnce(db, expiredCounterPurge)).toBe(true);
    expect(await keys()).toBe(before - expired.length);
    const held = await signIn(0, "jxj.operator", DEMO_PASSWORD, "192.0.2.7");
    expect(held.statusCode).toBe(429);
  });
});
