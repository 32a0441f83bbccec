import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { type DatabaseHandle, migrationsFolder, openDatabase } from "../db/client";
import { forgetOfficialCalendar } from "../modules/calendar/calendar.service";

/**
 * The database kind the server tests run against, chosen by scripts/test.mjs:
 * "pglite" (in memory) or "postgres" (a throwaway database on TEST_DATABASE_URL's server).
 */
export const TEST_DATABASE_KIND = process.env.CHANRONG_TEST_DB === "postgres" ? "postgres" : "pglite";

/** A role that may CREATE DATABASE; .ci/run creates exactly this one. */
export const DEFAULT_TEST_DATABASE_URL = "postgres://chanrong:chanrong@127.0.0.1:5432/chanrong";

/**
 * PGlite clusters this worker opened that no test file holds now, emptied. Opening one costs ~2 s of
 * CPU (unpacking the template, starting PostgreSQL in WebAssembly), emptying one ~50 ms, and the
 * server project's files share a worker's modules (vitest.config.ts), so a worker opens one and
 * hands it from file to file.
 */
const idlePgliteClusters: DatabaseHandle[] = [];

/** A fresh, migrated database for one test file; `close` drops it (or empties it for the next file). */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  // The calendar an earlier file cached (and perhaps extended) came from that file's database.
  forgetOfficialCalendar();
  if (TEST_DATABASE_KIND === "pglite") return takePgliteCluster();
  const throwaway = await createThrowawayPostgres({ migrated: true });
  const handle = await openDatabase(throwaway.url);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await throwaway.drop();
    },
  };
}

async function takePgliteCluster(): Promise<DatabaseHandle> {
  let cluster = idlePgliteClusters.pop();
  if (!cluster) {
    cluster = await openDatabase("memory://");
    await cluster.migrate();
  }
  const taken = cluster;
  let returned = false;
  return {
    ...taken,
    close: async () => {
      if (returned) return;
      returned = true;
      await emptyDatabase(taken);
      idlePgliteClusters.push(taken);
    },
  };
}

/**
 * Back to the state just after migrating: every table empty (the migrations insert no rows) and every
 * id sequence restarted, so the next file sees what a new cluster would show it.
 */
async function emptyDatabase({ db }: DatabaseHandle): Promise<void> {
  await db.execute(sql`
    do $$ begin
      execute (
        select 'truncate ' || string_agg(format('%I.%I', schemaname, tablename), ', ') || ' restart identity cascade'
        from pg_tables where schemaname = 'public'
      );
    end $$`);
}

/**
 * A database on TEST_DATABASE_URL's server, by URL, for tests that hand it to another process (the
 * crash test's server): empty, or with `migrated` a copy of the migrated template; `drop` removes it
 * even with connections left open.
 */
export async function createThrowawayPostgres(
  options: { migrated?: boolean } = {},
): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = new URL(process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL);
  const name = `chanrong_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    const template = options.migrated ? await migratedPostgresTemplate(admin, adminUrl) : "template1";
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(adminUrl, name);
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

function databaseUrl(serverUrl: URL, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

// Any constant works; it only has to be the same for every test process.
const TEMPLATE_LOCK_KEY = 724_163_002;

/**
 * The name of a database on the server holding every migration, made once per set of migrations (named
 * by their hash, so an edited migration makes a new one) and copied for each test file: copying a
 * database costs a fraction of migrating one. Built under another name and renamed, under a lock, so
 * concurrent test processes never copy half of it.
 */
async function migratedPostgresTemplate(admin: pg.Client, serverUrl: URL): Promise<string> {
  const name = `chanrong_template_${migrationsHash()}`;
  await admin.query("select pg_advisory_lock($1)", [TEMPLATE_LOCK_KEY]);
  try {
    const found = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) {
      const building = `${name}_building`;
      await admin.query(`drop database if exists ${building} with (force)`);
      await admin.query(`create database ${building}`);
      const handle = await openDatabase(databaseUrl(serverUrl, building));
      await handle.migrate();
      await handle.close();
      await admin.query(`alter database ${building} rename to ${name}`);
    }
  } finally {
    await admin.query("select pg_advisory_unlock($1)", [TEMPLATE_LOCK_KEY]);
  }
  return name;
}

function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(migrationsFolder, { recursive: true, encoding: "utf8" }).sort()) {
    if (file.endsWith(".sql") || file.endsWith(".json"))
      hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  }
  return hash.digest("hex").slice(0, 12);
}
