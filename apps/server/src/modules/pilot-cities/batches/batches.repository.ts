import { asc, desc, eq } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { pilotBatches, pilotRecommendingUnits } from "../../../db/schema";

// The SQL of pilot-city batches; who may open or read them is the service's to decide.

export type BatchRow = typeof pilotBatches.$inferSelect;
export type BatchValues = Omit<typeof pilotBatches.$inferInsert, "id" | "createdAt" | "version">;
export type UnitValues = Omit<typeof pilotRecommendingUnits.$inferInsert, "batchId" | "version">;

export async function insertBatch(executor: Executor, values: BatchValues): Promise<BatchRow> {
  const [row] = await executor.insert(pilotBatches).values(values).returning();
  if (!row) throw new Error("insert returned no batch");
  return row;
}

export async function insertUnits(executor: Executor, batchId: string, units: UnitValues[]): Promise<void> {
  await executor.insert(pilotRecommendingUnits).values(units.map((unit) => ({ ...unit, batchId })));
}

export async function listBatches(executor: Executor): Promise<BatchRow[]> {
  return executor.select().from(pilotBatches).orderBy(desc(pilotBatches.number));
}

export async function findBatch(executor: Executor, id: string): Promise<BatchRow | null> {
  const [row] = await executor.select().from(pilotBatches).where(eq(pilotBatches.id, id));
  return row ?? null;
}

export async function listUnits(executor: Executor, batchId: string) {
  return executor
    .select()
    .from(pilotRecommendingUnits)
    .where(eq(pilotRecommendingUnits.batchId, batchId))
    .orderBy(asc(pilotRecommendingUnits.unitCode));
}
