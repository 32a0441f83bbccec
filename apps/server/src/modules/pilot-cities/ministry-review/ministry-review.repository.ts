import { and, asc, eq, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import {
  organisations,
  pilotApplications,
  pilotRecommendingUnits,
  pilotReviewAssignments,
  pilotReviews,
} from "../../../db/schema";

// The SQL of the ministry's review: which applications it reviews, who reviews them, their sheets.

export type AssignmentRow = typeof pilotReviewAssignments.$inferSelect;
export type ReviewRow = typeof pilotReviews.$inferSelect;

/** Statuses an application the ministry reviewed can be in: under review, or decided by the list. */
const AT_OR_PAST_MINISTRY = ["AT_MINISTRY", "SELECTED", "NOT_SELECTED"];

const applicationColumns = {
  id: pilotApplications.id,
  batchId: pilotApplications.batchId,
  kind: pilotApplications.kind,
  status: pilotApplications.status,
  regionCode: pilotApplications.regionCode,
  applicantOrgId: pilotApplications.applicantOrgId,
  applicantName: organisations.name,
  recommendingUnitCode: pilotApplications.recommendingUnitCode,
  submitted: pilotApplications.submitted,
};
export type ReviewableApplication = {
  [K in keyof typeof applicationColumns]: (typeof pilotApplications.$inferSelect & {
    applicantName: string;
  })[K];
};

/**
 * The batch's applications at (or past) the ministry: a NEW one once its unit has confirmed its
 * list, a RENEWAL as soon as it is there.
 */
export async function listReviewable(executor: Executor, batchId: string): Promise<ReviewableApplication[]> {
  return executor
    .select(applicationColumns)
    .from(pilotApplications)
    .innerJoin(organisations, eq(organisations.id, pilotApplications.applicantOrgId))
    .leftJoin(
      pilotRecommendingUnits,
      and(
        eq(pilotRecommendingUnits.batchId, pilotApplications.batchId),
        eq(pilotRecommendingUnits.unitCode, pilotApplications.recommendingUnitCode),
      ),
    )
    .where(
      and(
        eq(pilotApplications.batchId, batchId),
        inArray(pilotApplications.status, AT_OR_PAST_MINISTRY),
        or(eq(pilotApplications.kind, "RENEWAL"), isNotNull(pilotRecommendingUnits.confirmedOn)),
      ),
    )
    .orderBy(asc(pilotApplications.regionCode), asc(pilotApplications.id));
}

export async function findReview(executor: Executor, batchId: string, lock = false): Promise<ReviewRow> {
  await executor.insert(pilotReviews).values({ batchId }).onConflictDoNothing();
  const query = executor.select().from(pilotReviews).where(eq(pilotReviews.batchId, batchId));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new Error(`no review row for ${batchId}`);
  return row;
}

export async function updateReview(
  executor: Executor,
  batchId: string,
  values: Partial<Omit<ReviewRow, "batchId" | "version">>,
): Promise<void> {
  await executor
    .update(pilotReviews)
    .set({ ...values, version: sql`${pilotReviews.version} + 1` })
    .where(eq(pilotReviews.batchId, batchId));
}

/** Live (not withdrawn) assignments, filtered by batch, application or expert. */
export async function listAssignments(
  executor: Executor,
  where: { batchId?: string; applicationId?: string; expertOrgId?: string },
): Promise<AssignmentRow[]> {
  return executor
    .select()
    .from(pilotReviewAssignments)
    .where(
      and(
        isNull(pilotReviewAssignments.withdrawnAt),
        where.batchId ? eq(pilotReviewAssignments.batchId, where.batchId) : undefined,
        where.applicationId ? eq(pilotReviewAssignments.applicationId, where.applicationId) : undefined,
        where.expertOrgId ? eq(pilotReviewAssignments.expertOrgId, where.expertOrgId) : undefined,
      ),
    )
    .orderBy(asc(pilotReviewAssignments.assignedAt), asc(pilotReviewAssignments.id));
}

export async function findAssignment(executor: Executor, id: string): Promise<AssignmentRow | null> {
  const [row] = await executor
    .select()
    .from(pilotReviewAssignments)
    .where(and(eq(pilotReviewAssignments.id, id), isNull(pilotReviewAssignments.withdrawnAt)));
  return row ?? null;
}

export async function insertAssignments(
  executor: Executor,
  rows: { batchId: string; applicationId: string; expertOrgId: string; assignedBy: string }[],
): Promise<void> {
  if (rows.length > 0) await executor.insert(pilotReviewAssignments).values(rows);
}

export async function withdrawAssignment(executor: Executor, id: string, reason: string): Promise<void> {
  await executor
    .update(pilotReviewAssignments)
    .set({
      withdrawnAt: sql`now()`,
      withdrawnReason: reason,
      version: sql`${pilotReviewAssignments.version} + 1`,
    })
    .where(eq(pilotReviewAssignments.id, id));
}

export async function saveSheet(
  executor: Executor,
  id: string,
  sheet: { scores: Record<string, string>; comments: string },
): Promise<void> {
  await executor
    .update(pilotReviewAssignments)
    .set({ ...sheet, scoredAt: sql`now()`, version: sql`${pilotReviewAssignments.version} + 1` })
    .where(eq(pilotReviewAssignments.id, id));
}

export async function findApplication(executor: Executor, id: string) {
  const [row] = await executor
    .select(applicationColumns)
    .from(pilotApplications)
    .innerJoin(organisations, eq(organisations.id, pilotApplications.applicantOrgId))
    .where(eq(pilotApplications.id, id));
  return row ?? null;
}

/** A recorded (paper-era) unit's list counts as confirmed on the day given, unless it already was. */
export async function confirmRecordedUnit(
  executor: Executor,
  batchId: string,
  unitCode: string,
  confirmedOn: string,
): Promise<void> {
  await executor
    .update(pilotRecommendingUnits)
    .set({ confirmedOn })
    .where(
      and(
        eq(pilotRecommendingUnits.batchId, batchId),
        eq(pilotRecommendingUnits.unitCode, unitCode),
        isNull(pilotRecommendingUnits.confirmedOn),
      ),
    );
}

export async function findApplicantOrg(executor: Executor, id: string) {
  const [row] = await executor
    .select({ id: organisations.id, regionCode: organisations.regionCode })
    .from(organisations)
    .where(and(eq(organisations.id, id), eq(organisations.type, "CITY_APPLICANT")));
  return row ?? null;
}
