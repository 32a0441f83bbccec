import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "./client";
import journal from "./migrations/meta/_journal.json" with { type: "json" };

/** The tag of the latest applied migration, e.g. "0000_foundation". */
export async function currentMigration(handle: DatabaseHandle): Promise<string | null> {
  const result = await handle.db.execute<{ created_at: string }>(
    sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  const latest = Number(result.rows[0]?.created_at ?? Number.NaN);
  return journal.entries.find((entry) => entry.when === latest)?.tag ?? null;
}
