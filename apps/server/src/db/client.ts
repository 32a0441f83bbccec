import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { copyTemplateTo, pgliteTemplate } from "./pglite-template";
import * as schema from "./schema";

type Schema = typeof schema;
// Both drivers produce the same pg-core database; code above this file never knows which.
// biome-ignore lint/suspicious/noExplicitAny: the driver's query-result type differs per driver
export type Database = PgDatabase<any, Schema>;
// biome-ignore lint/suspicious/noExplicitAny: as above
export type Transaction = PgTransaction<any, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Database | Transaction;

export type DatabaseKind = "pglite" | "postgresql";

export interface DatabaseHandle {
  kind: DatabaseKind;
  db: Database;
  /** Applies the committed SQL migrations. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));
// Any constant works; it only has to be the same for every instance of this app.
const MIGRATION_LOCK_KEY = 724_163_001;

/**
 * Opens the database named by `url`: a postgres:// URL selects a real server; anything
 * else is a PGlite data directory (or "memory://" for a throwaway one).
 */
export async function openDatabase(url: string): Promise<DatabaseHandle> {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DB_POOL_SIZE ?? 10) });
    // An idle connection the server ends (a restart, an administrator, a database dropped while the pool
    // closes) is an 'error' event on the pool; unheard, it would kill the process. The pool drops it.
    pool.on("error", (error) => console.warn(`PostgreSQL closed an idle connection: ${error.message}`));
    const db = drizzlePostgres(pool, { schema });
    return {
      kind: "postgresql",
      db,
      // Several app instances may start at once: migrate under a transaction-scoped advisory lock.
      migrate: () =>
        db.transaction(async (tx) => {
          await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
          await migratePostgres(tx as unknown as typeof db, { migrationsFolder });
        }),
      close: () => pool.end(),
    };
  }
  const inMemory = url.startsWith("memory://");
  if (!inMemory) mkdirSync(url, { recursive: true });
  const fresh = inMemory || !existsSync(join(url, "PG_VERSION"));
  // A new data directory starts as a copy of the template directory; in memory, from its archive.
  const copied = fresh && !inMemory && copyTemplateTo(url);
  const template = fresh && !copied ? pgliteTemplate() : undefined;
  const client = await PGlite.create(url, template ? { loadDataDir: template } : {});
  const db = drizzlePglite(client, { schema });
  return {
    kind: "pglite",
    db,
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  };
}
