import { randomBytes } from "node:crypto";
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "../db/client";

/**
 * The database kind the server tests run against, chosen by scripts/test.mjs:
 * "pglite" (in memory) or "postgres" (a throwaway database on TEST_DATABASE_URL's server).
 */
export const TEST_DATABASE_KIND = process.env.CHANRONG_TEST_DB === "postgres" ? "postgres" : "pglite";

/** A role that may CREATE DATABASE; .ci/run creates exactly this one. */
export const DEFAULT_TEST_DATABASE_URL = "postgres://chanrong:chanrong@127.0.0.1:5432/chanrong";

/** A fresh, migrated database for one test file; `close` drops it. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (TEST_DATABASE_KIND === "pglite") {
    const handle = await openDatabase("memory://");
    await handle.migrate();
    return handle;
  }
  const throwaway = await createThrowawayPostgres();
  const handle = await openDatabase(throwaway.url);
  await handle.migrate();
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await throwaway.drop();
    },
  };
}

/**
 * An empty database on TEST_DATABASE_URL's server, by URL, for tests that hand it to another
 * process (the crash test's server); `drop` removes it even with connections left open.
 */
export async function createThrowawayPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = new URL(process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL);
  const name = `chanrong_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: adminUrl.toString() });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
