import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import {
  organisations,
  pilotApplications,
  pilotBatches,
  pilotListDecisions,
  pilotReviews,
  pilotSelections,
  users,
} from "../../../db/schema";

// The SQL of the proposed list, the departments' decisions and publication.

export async function listDecisions(executor: Executor, batchId: string) {
  return executor
    .select({
      department: pilotListDecisions.department,
      decision: pilotListDecisions.decision,
      opinion: pilotListDecisions.opinion,
      listVersion: pilotListDecisions.listVersion,
      decidedBy: users.displayName,
      decidedOn: pilotListDecisions.decidedOn,
      decidedAt: pilotListDecisions.decidedAt,
      voidedAt: pilotListDecisions.voidedAt,
    })
    .from(pilotListDecisions)
    .innerJoin(users, eq(users.id, pilotListDecisions.decidedBy))
    .where(eq(pilotListDecisions.batchId, batchId))
    .orderBy(asc(pilotListDecisions.decidedAt), asc(pilotListDecisions.department));
}

export async function insertDecision(executor: Executor, values: typeof pilotListDecisions.$inferInsert) {
  await executor.insert(pilotListDecisions).values(values);
}

/** Voids every live decision of the batch: the list they were taken on no longer exists. */
export async function voidDecisions(executor: Executor, batchId: string): Promise<void> {
  await executor
    .update(pilotListDecisions)
    .set({ voidedAt: sql`now()` })
    .where(and(eq(pilotListDecisions.batchId, batchId), isNull(pilotListDecisions.voidedAt)));
}

export async function setStatuses(executor: Executor, ids: string[], status: string): Promise<void> {
  if (ids.length === 0) return;
  await executor
    .update(pilotApplications)
    .set({ status, version: sql`${pilotApplications.version} + 1` })
    .where(inArray(pilotApplications.id, ids));
}

export async function insertSelections(executor: Executor, rows: (typeof pilotSelections.$inferInsert)[]) {
  if (rows.length > 0) await executor.insert(pilotSelections).values(rows);
}

/** Every published pilot with its batch and city, for the public list. */
export async function listPublishedPilots(executor: Executor) {
  return executor
    .select({
      batchNumber: pilotBatches.number,
      batchName: pilotBatches.name,
      documentNumber: pilotBatches.documentNumber,
      publishedOn: pilotReviews.publishedOn,
      city: organisations.name,
      regionCode: pilotApplications.regionCode,
      planPeriodStart: pilotSelections.planPeriodStart,
      planPeriodEnd: pilotSelections.planPeriodEnd,
    })
    .from(pilotSelections)
    .innerJoin(pilotBatches, eq(pilotBatches.id, pilotSelections.batchId))
    .innerJoin(pilotReviews, eq(pilotReviews.batchId, pilotSelections.batchId))
    .innerJoin(pilotApplications, eq(pilotApplications.id, pilotSelections.applicationId))
    .innerJoin(organisations, eq(organisations.id, pilotApplications.applicantOrgId))
    .orderBy(sql`${pilotBatches.number} desc`, asc(pilotSelections.listPosition));
}
