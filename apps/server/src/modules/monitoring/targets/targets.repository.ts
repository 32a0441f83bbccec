import { and, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { monitoringSettings, users } from "../../../db/schema";

// The SQL of a region's monitoring settings (targets, scorecard weights), kept as versions.

export type SettingsKind = "TARGETS" | "SCORECARD";

/** The latest version of each of the regions' settings of a kind. */
export async function latestSettings(executor: Executor, kind: SettingsKind, regionCodes: string[]) {
  if (regionCodes.length === 0) return [];
  const rows = await executor
    .select({ settings: monitoringSettings, savedByName: users.displayName })
    .from(monitoringSettings)
    .innerJoin(users, eq(users.id, monitoringSettings.savedBy))
    .where(and(eq(monitoringSettings.kind, kind), inArray(monitoringSettings.regionCode, regionCodes)))
    .orderBy(desc(monitoringSettings.version));
  return regionCodes.flatMap((code) => {
    const found = rows.find((row) => row.settings.regionCode === code);
    return found ? [found] : [];
  });
}

/** Null when that version was saved first by someone else (the unique index): a stale edit. */
export async function insertSettings(
  executor: Executor,
  values: { kind: SettingsKind; regionCode: string; version: number; settings: unknown; savedBy: string },
) {
  const [row] = await executor.insert(monitoringSettings).values(values).onConflictDoNothing().returning();
  return row ?? null;
}
