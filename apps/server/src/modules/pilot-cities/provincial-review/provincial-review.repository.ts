import { and, count, eq, inArray, isNotNull } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import {
  organisations,
  pilotApplications,
  pilotProvincialOpinions,
  pilotRecommendingUnits,
} from "../../../db/schema";

// The SQL of the provincial review; the rules are the service's.

export type OpinionRow = typeof pilotProvincialOpinions.$inferSelect;
export type UnitRow = typeof pilotRecommendingUnits.$inferSelect;

/** A department's opinion, replacing its earlier one on the same application. */
export async function upsertOpinion(executor: Executor, values: typeof pilotProvincialOpinions.$inferInsert) {
  await executor
    .insert(pilotProvincialOpinions)
    .values(values)
    .onConflictDoUpdate({
      target: [pilotProvincialOpinions.applicationId, pilotProvincialOpinions.department],
      set: {
        orgId: values.orgId,
        agrees: values.agrees,
        opinion: values.opinion,
        recordedBy: values.recordedBy,
        recordedAt: new Date(),
      },
    });
}

export async function listOpinions(executor: Executor, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return executor
    .select({ opinion: pilotProvincialOpinions, orgName: organisations.name })
    .from(pilotProvincialOpinions)
    .innerJoin(organisations, eq(organisations.id, pilotProvincialOpinions.orgId))
    .where(inArray(pilotProvincialOpinions.applicationId, applicationIds));
}

/** A resubmitted application is a new text: the departments give their opinions on it afresh. */
export async function deleteOpinions(executor: Executor, applicationId: string) {
  await executor
    .delete(pilotProvincialOpinions)
    .where(eq(pilotProvincialOpinions.applicationId, applicationId));
}

const unitKey = (batchId: string, unitCode: string) =>
  and(eq(pilotRecommendingUnits.batchId, batchId), eq(pilotRecommendingUnits.unitCode, unitCode));

export async function findUnit(
  executor: Executor,
  batchId: string,
  unitCode: string,
): Promise<UnitRow | null> {
  const [row] = await executor.select().from(pilotRecommendingUnits).where(unitKey(batchId, unitCode));
  return row ?? null;
}

/**
 * The unit's row locked until the transaction ends: every recommendation and the confirmation of a
 * unit take it first, so two officials at once are served one after the other and the count each
 * reads is the count that holds.
 */
export async function lockUnit(
  executor: Executor,
  batchId: string,
  unitCode: string,
): Promise<UnitRow | null> {
  const [row] = await executor
    .select()
    .from(pilotRecommendingUnits)
    .where(unitKey(batchId, unitCode))
    .for("update");
  return row ?? null;
}

/** How many of the unit's applications it has recommended so far. */
export async function countRecommended(
  executor: Executor,
  batchId: string,
  unitCode: string,
): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(pilotApplications)
    .where(
      and(
        eq(pilotApplications.batchId, batchId),
        eq(pilotApplications.recommendingUnitCode, unitCode),
        isNotNull(pilotApplications.recommendationRank),
      ),
    );
  return row?.n ?? 0;
}

export async function updateUnit(
  executor: Executor,
  unit: UnitRow,
  values: Pick<UnitRow, "confirmedOn" | "confirmedBy" | "jointDocument">,
) {
  await executor
    .update(pilotRecommendingUnits)
    .set({ ...values, version: unit.version + 1 })
    .where(unitKey(unit.batchId, unit.unitCode));
}
