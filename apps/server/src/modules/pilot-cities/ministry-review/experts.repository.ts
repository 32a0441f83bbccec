import { asc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { organisations, pilotExperts } from "../../../db/schema";

// The SQL of the expert pool: every EXPERT organisation, with its pool entry when it has one.

export interface ExpertRow {
  orgId: string;
  name: string;
  regionCode: string;
  fields: unknown;
  conflicts: unknown;
  /** An expert without an entry is in the pool, active, with nothing declared. */
  active: boolean;
  version: number;
}

const columns = {
  orgId: organisations.id,
  name: organisations.name,
  regionCode: organisations.regionCode,
  fields: sql<unknown>`coalesce(${pilotExperts.fields}, '[]'::jsonb)`,
  conflicts: sql<unknown>`coalesce(${pilotExperts.conflicts}, '[]'::jsonb)`,
  active: sql<boolean>`coalesce(${pilotExperts.active}, true)`,
  version: sql<number>`coalesce(${pilotExperts.version}, 0)`,
};

export async function listExperts(executor: Executor): Promise<ExpertRow[]> {
  return executor
    .select(columns)
    .from(organisations)
    .leftJoin(pilotExperts, eq(pilotExperts.orgId, organisations.id))
    .where(eq(organisations.type, "EXPERT"))
    .orderBy(asc(organisations.regionCode), asc(organisations.name));
}

export async function findExpert(executor: Executor, orgId: string): Promise<ExpertRow | null> {
  const [row] = await executor
    .select(columns)
    .from(organisations)
    .leftJoin(pilotExperts, eq(pilotExperts.orgId, organisations.id))
    .where(sql`${organisations.id} = ${orgId} AND ${organisations.type} = 'EXPERT'`);
  return row ?? null;
}

export async function saveExpert(
  executor: Executor,
  values: { orgId: string; fields: string[]; conflicts: unknown[]; active: boolean; updatedBy: string },
): Promise<void> {
  await executor
    .insert(pilotExperts)
    .values(values)
    .onConflictDoUpdate({
      target: pilotExperts.orgId,
      set: {
        fields: values.fields,
        conflicts: values.conflicts,
        active: values.active,
        updatedBy: values.updatedBy,
        updatedAt: sql`now()`,
        version: sql`${pilotExperts.version} + 1`,
      },
    });
}
