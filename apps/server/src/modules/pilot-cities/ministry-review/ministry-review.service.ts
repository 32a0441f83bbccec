import {
  type AggregationSettings,
  aggregateScores,
  assignReviewers,
  DEFAULT_AGGREGATION,
  type ReviewerCandidate,
  type Rubric,
  rankScores,
  reviewerExclusion,
  type ScoreSheet,
  scoreSheetIssues,
  sheetTotal,
  type Term,
  throwIfIssues,
  visibleSheets,
} from "@chanrong/domain";
import type { Database, Executor } from "../../../db/client";
import { requireOrgType } from "../../../platform/access";
import type { Actor } from "../../../platform/actor";
import { recordAudit } from "../../../platform/audit";
import { today } from "../../../platform/clock";
import { AppError } from "../../../platform/errors";
import * as batches from "../batches/batches.repository";
import {
  activeCandidates,
  addConflict,
  expertNames,
  provinceName,
  requireReviewOffice,
} from "./experts.service";
import * as repo from "./ministry-review.repository";
import type { ReviewersInput, SheetInput } from "./ministry-review.schemas";

const BATCH: Term = { zh: "试点城市申报批次", en: "Pilot-city batch" };
const APPLICATION: Term = { zh: "试点城市申报", en: "Pilot-city application" };
const TASK: Term = { zh: "评审任务", en: "Review assignment" };

export async function batchOf(executor: Executor, batchId: string) {
  const batch = await batches.findBatch(executor, batchId);
  if (!batch) throw AppError.notFound(BATCH);
  return batch;
}

/** The rubric frozen in the batch, and how it aggregates (the domain's default unless the rubric says). */
export function rubricOf(batch: { rubric: unknown }): { rubric: Rubric; settings: AggregationSettings } {
  const rubric = batch.rubric as Rubric & Partial<AggregationSettings>;
  return {
    rubric,
    settings: {
      aggregation: rubric.aggregation ?? DEFAULT_AGGREGATION.aggregation,
      outlierPoints: rubric.outlierPoints ?? DEFAULT_AGGREGATION.outlierPoints,
    },
  };
}

const scoringClosed = () =>
  new AppError("conflict", { zh: "评分已结束,不能再调整", en: "Scoring is closed" }, [
    { field: "batch", rule: "scoring-closed", message: { zh: "评分已结束", en: "Scoring is closed" } },
  ]);

/** Candidates carrying the load they already have in the batch, so new work goes to the least loaded. */
async function loadedCandidates(executor: Executor, batchId: string): Promise<ReviewerCandidate[]> {
  const live = await repo.listAssignments(executor, { batchId });
  return (await activeCandidates(executor)).map((candidate) => ({
    ...candidate,
    load: live.filter((a) => a.expertOrgId === candidate.id).length,
  }));
}

/** The ministry's view: each reviewable application, its reviewers and their totals, and who is excluded why. */
export async function reviewOverview(
  db: Database,
  actor: Actor,
  batchId: string,
  shortages: ShortageView[] = [],
) {
  // Every role of 工信部 reads it: its reviewers approve and publish the list from it.
  requireReviewOffice(actor, ["operator", "reviewer", "admin"]);
  const batch = await batchOf(db, batchId);
  const { rubric } = rubricOf(batch);
  const [review, applications, live, candidates, names] = await Promise.all([
    repo.findReview(db, batchId),
    repo.listReviewable(db, batchId),
    repo.listAssignments(db, { batchId }),
    activeCandidates(db),
    expertNames(db),
  ]);
  return {
    batchId,
    reviewersPerApplication: batch.reviewersPerApplication,
    scoringClosedOn: review.scoringClosedOn,
    applications: applications.map((application) => ({
      id: application.id,
      applicantName: application.applicantName,
      regionCode: application.regionCode,
      province: provinceName(application.regionCode),
      kind: application.kind,
      status: application.status,
      reviewers: live
        .filter((a) => a.applicationId === application.id)
        .map((a) => ({
          assignmentId: a.id,
          expertId: a.expertOrgId,
          expertName: names.get(a.expertOrgId) ?? "",
          total: a.scores ? sheetTotal(rubric, sheetOf(a)) : null,
        })),
      exclusions: candidates.flatMap((candidate) => {
        const excluded = reviewerExclusion(candidate, application);
        return excluded
          ? [
              {
                expertId: candidate.id,
                expertName: candidate.name,
                reason: excluded.reason,
                message: excluded.message,
              },
            ]
          : [];
      }),
    })),
    shortages,
  };
}

type ShortageView = { applicationId: string; message: Term };

const sheetOf = (a: repo.AssignmentRow): ScoreSheet => ({
  reviewerId: a.expertOrgId,
  scores: (a.scores ?? {}) as Record<string, string>,
});

/**
 * Assigns reviewers to every reviewable application that has none yet, by the domain's rule: no one
 * from the applicant's province or with a declared conflict, N each, the least loaded first.
 */
export async function assignAll(db: Database, actor: Actor, batchId: string, ip: string | null) {
  requireReviewOffice(actor);
  const batch = await batchOf(db, batchId);
  const shortages = await db.transaction(async (tx) => {
    if ((await repo.findReview(tx, batchId, true)).scoringClosedOn) throw scoringClosed();
    const live = await repo.listAssignments(tx, { batchId });
    const unassigned = (await repo.listReviewable(tx, batchId)).filter(
      (application) =>
        application.status === "AT_MINISTRY" && !live.some((a) => a.applicationId === application.id),
    );
    const plan = assignReviewers(
      await loadedCandidates(tx, batchId),
      unassigned,
      batch.reviewersPerApplication,
    );
    await repo.insertAssignments(
      tx,
      Object.entries(plan.assignments).flatMap(([applicationId, expertIds]) =>
        expertIds.map((expertOrgId) => ({ batchId, applicationId, expertOrgId, assignedBy: actor.userId })),
      ),
    );
    await recordAudit(tx, {
      actor,
      action: "pilot-review.assign",
      entityType: "pilot-batch",
      entityId: batchId,
      after: plan.assignments,
      ip,
    });
    return plan.shortages.map((s) => ({ applicationId: String(s.path[1]), message: s.message }));
  });
  return reviewOverview(db, actor, batchId, shortages);
}

/**
 * The ministry sets an application's reviewers by hand: refused, naming the expert, when one may not
 * review it (same province, declared conflict) or is not in the active pool; those removed are withdrawn.
 */
export async function setReviewers(
  db: Database,
  actor: Actor,
  applicationId: string,
  input: ReviewersInput,
  ip: string | null,
) {
  requireReviewOffice(actor);
  const application = await repo.findApplication(db, applicationId);
  if (!application) throw AppError.notFound(APPLICATION);
  const batchId = application.batchId;
  await db.transaction(async (tx) => {
    if ((await repo.findReview(tx, batchId, true)).scoringClosedOn) throw scoringClosed();
    const reviewable = await repo.listReviewable(tx, batchId);
    if (!reviewable.some((a) => a.id === applicationId && a.status === "AT_MINISTRY")) {
      throw AppError.validation("applicationId", "not-reviewable", {
        zh: "该申报尚未进入部级评审(推荐单位未确认名单)",
        en: "The application is not under ministry review (its unit has not confirmed)",
      });
    }
    const candidates = await activeCandidates(tx);
    const batch = await batchOf(tx, batchId);
    if (
      input.expertIds.length > batch.reviewersPerApplication ||
      new Set(input.expertIds).size !== input.expertIds.length
    ) {
      throw AppError.validation("expertIds", "reviewer-count", {
        zh: `每份申报最多${batch.reviewersPerApplication}名不重复的评审专家`,
        en: `At most ${batch.reviewersPerApplication} distinct reviewers per application`,
      });
    }
    input.expertIds.forEach((expertId, index) => {
      const candidate = candidates.find((c) => c.id === expertId);
      if (!candidate) {
        throw AppError.validation(`expertIds.${index}`, "not-in-pool", {
          zh: "该专家不在评审专家库中或已停用",
          en: "Not an active expert of the pool",
        });
      }
      const excluded = reviewerExclusion(candidate, application);
      if (excluded) throw AppError.validation(`expertIds.${index}`, excluded.reason, excluded.message);
    });
    const live = await repo.listAssignments(tx, { applicationId });
    for (const assignment of live.filter((a) => !input.expertIds.includes(a.expertOrgId))) {
      await repo.withdrawAssignment(tx, assignment.id, input.reason);
    }
    await repo.insertAssignments(
      tx,
      input.expertIds
        .filter((id) => !live.some((a) => a.expertOrgId === id))
        .map((expertOrgId) => ({ batchId, applicationId, expertOrgId, assignedBy: actor.userId })),
    );
    await recordAudit(tx, {
      actor,
      action: "pilot-review.set-reviewers",
      entityType: "pilot-application",
      entityId: applicationId,
      before: live.map((a) => a.expertOrgId),
      after: input,
      ip,
    });
  });
  return reviewOverview(db, actor, batchId);
}

// ---- The expert's side ----

/** An expert's own live assignment, or 404: another's assignment does not exist for them. */
async function ownAssignment(executor: Executor, actor: Actor, assignmentId: string) {
  requireOrgType(actor, "EXPERT");
  const assignment = await repo.findAssignment(executor, assignmentId);
  if (!assignment || assignment.expertOrgId !== actor.orgId) throw AppError.notFound(TASK);
  return assignment;
}

async function taskOf(executor: Executor, assignment: repo.AssignmentRow) {
  const [batch, application, review] = await Promise.all([
    batchOf(executor, assignment.batchId),
    repo.findApplication(executor, assignment.applicationId),
    repo.findReview(executor, assignment.batchId),
  ]);
  if (!application) throw AppError.notFound(APPLICATION);
  return {
    batch,
    application,
    review,
    summary: {
      assignmentId: assignment.id,
      batchId: batch.id,
      batchName: batch.name,
      applicationId: application.id,
      applicantName: application.applicantName,
      province: provinceName(application.regionCode),
      scored: assignment.scores !== null,
      scoringClosed: review.scoringClosedOn !== null,
    },
  };
}

export async function listTasks(db: Database, actor: Actor) {
  requireOrgType(actor, "EXPERT");
  const assignments = await repo.listAssignments(db, { expertOrgId: actor.orgId });
  return Promise.all(assignments.map(async (a) => (await taskOf(db, a)).summary));
}

/** An assignment with the frozen application, the rubric, the expert's sheet and, once closed, the others'. */
export async function getTask(db: Database, actor: Actor, assignmentId: string) {
  const assignment = await ownAssignment(db, actor, assignmentId);
  const { batch, application, review, summary } = await taskOf(db, assignment);
  const { rubric } = rubricOf(batch);
  const names = await expertNames(db);
  const scored = (await repo.listAssignments(db, { applicationId: application.id })).filter((a) => a.scores);
  const sheets = visibleSheets(
    scored.map((a) => ({ reviewerId: a.expertOrgId, row: a })),
    { kind: "reviewer", reviewerId: actor.orgId },
    review.scoringClosedOn !== null,
  ).map(({ reviewerId, row }) => ({
    reviewerId,
    reviewer: names.get(reviewerId) ?? "",
    scores: sheetOf(row).scores,
    comments: row.comments ?? "",
    total: sheetTotal(rubric, sheetOf(row)),
  }));
  const strip = ({ reviewerId: _id, ...sheet }: (typeof sheets)[number]) => sheet;
  const mine = sheets.find((s) => s.reviewerId === actor.orgId);
  return {
    ...summary,
    submitted: application.submitted,
    rubric: { ...rubric, criteria: [...rubric.criteria] },
    mySheet: mine ? strip(mine) : null,
    otherSheets: sheets.filter((s) => s.reviewerId !== actor.orgId).map(strip),
  };
}

/** The expert scores on the batch's rubric while scoring is open; a later save replaces the sheet. */
export async function saveSheet(
  db: Database,
  actor: Actor,
  assignmentId: string,
  input: SheetInput,
  ip: string | null,
) {
  await db.transaction(async (tx) => {
    const assignment = await ownAssignment(tx, actor, assignmentId);
    if ((await repo.findReview(tx, assignment.batchId, true)).scoringClosedOn) throw scoringClosed();
    const { rubric } = rubricOf(await batchOf(tx, assignment.batchId));
    const unknown = Object.keys(input.scores).find((code) => !rubric.criteria.some((c) => c.code === code));
    if (unknown) {
      throw AppError.validation(`scores.${unknown}`, "unknown-criterion", {
        zh: "评分表中没有该评分项",
        en: "Not a criterion of the rubric",
      });
    }
    throwIfIssues(scoreSheetIssues(rubric, { reviewerId: actor.orgId, scores: input.scores }));
    await repo.saveSheet(tx, assignmentId, input);
    await recordAudit(tx, {
      actor,
      action: "pilot-review.score",
      entityType: "pilot-review-assignment",
      entityId: assignmentId,
      after: input,
      ip,
    });
  });
  return getTask(db, actor, assignmentId);
}

/**
 * The expert declares a conflict with the application: the assignment is withdrawn, the conflict
 * joins their declarations, and the domain's rule picks one replacement (none if nobody is eligible).
 */
export async function declareConflict(
  db: Database,
  actor: Actor,
  assignmentId: string,
  reason: string,
  ip: string | null,
) {
  await db.transaction(async (tx) => {
    const assignment = await ownAssignment(tx, actor, assignmentId);
    if ((await repo.findReview(tx, assignment.batchId, true)).scoringClosedOn) throw scoringClosed();
    await repo.withdrawAssignment(tx, assignment.id, reason);
    await addConflict(tx, actor, assignment.applicationId);
    const application = await repo.findApplication(tx, assignment.applicationId);
    if (!application) throw AppError.notFound(APPLICATION);
    const current = await repo.listAssignments(tx, { applicationId: application.id });
    const free = (await loadedCandidates(tx, assignment.batchId)).filter(
      (c) => !current.some((a) => a.expertOrgId === c.id),
    );
    const replacement = assignReviewers(free, [application], 1).assignments[application.id] ?? [];
    await repo.insertAssignments(
      tx,
      replacement.map((expertOrgId) => ({
        batchId: assignment.batchId,
        applicationId: application.id,
        expertOrgId,
        assignedBy: actor.userId,
      })),
    );
    await recordAudit(tx, {
      actor,
      action: "pilot-review.declare-conflict",
      entityType: "pilot-review-assignment",
      entityId: assignment.id,
      after: { reason, replacement },
      ip,
    });
  });
}

// ---- Closing and ranking ----

/** Closes scoring once every live assignment has its sheet; from then on everyone reads every sheet. */
export async function closeScoring(db: Database, actor: Actor, batchId: string, ip: string | null) {
  requireReviewOffice(actor);
  await batchOf(db, batchId);
  await db.transaction(async (tx) => {
    if ((await repo.findReview(tx, batchId, true)).scoringClosedOn) throw scoringClosed();
    const reviewable = (await repo.listReviewable(tx, batchId)).filter((a) => a.status === "AT_MINISTRY");
    const live = await repo.listAssignments(tx, { batchId });
    const missing = reviewable.filter(
      (application) =>
        !live.some((a) => a.applicationId === application.id) ||
        live.some((a) => a.applicationId === application.id && a.scores === null),
    );
    if (reviewable.length === 0 || missing.length > 0) {
      const names = missing.map((a) => a.applicantName).join("、");
      throw new AppError("conflict", { zh: "尚有申报未评完", en: "Scoring is not complete" }, [
        {
          field: "batch",
          rule: "sheets-missing",
          message:
            reviewable.length === 0
              ? { zh: "没有待评审的申报", en: "No application to review" }
              : { zh: `尚未评完:${names}`, en: `Not yet scored by all reviewers: ${names}` },
        },
      ]);
    }
    await repo.updateReview(tx, batchId, { scoringClosedOn: today(), scoringClosedBy: actor.userId });
    await recordAudit(tx, {
      actor,
      action: "pilot-review.close",
      entityType: "pilot-batch",
      entityId: batchId,
      ip,
    });
  });
  return reviewOverview(db, actor, batchId);
}

/**
 * The ranking after scoring closed (the domain's aggregation, ties and outliers), for the ministry
 * and the four other departments that decide on the list.
 */
export async function ranking(executor: Executor, actor: Actor, batchId: string) {
  requireOrgType(actor, "MINISTRY");
  const batch = await batchOf(executor, batchId);
  const review = await repo.findReview(executor, batchId);
  if (!review.scoringClosedOn) {
    throw new AppError("conflict", { zh: "评分尚未结束", en: "Scoring is still open" }, [
      {
        field: "batch",
        rule: "scoring-open",
        message: { zh: "评分结束后才能排名", en: "Ranked once scoring closes" },
      },
    ]);
  }
  const { rubric, settings } = rubricOf(batch);
  const [applications, live, names] = await Promise.all([
    repo.listReviewable(executor, batchId),
    repo.listAssignments(executor, { batchId }),
    expertNames(executor),
  ]);
  const scored = applications.filter((application) =>
    live.some((a) => a.applicationId === application.id && a.scores),
  );
  const sheetsOf = (applicationId: string) =>
    live.filter((a) => a.applicationId === applicationId && a.scores);
  const ranked = rankScores(
    rubric,
    scored.map((application) =>
      aggregateScores(rubric, application.id, sheetsOf(application.id).map(sheetOf), settings),
    ),
  );
  return ranked.map((entry) => {
    const application = scored.find((a) => a.id === entry.applicationId);
    if (!application) throw new Error(`ranked an unknown application ${entry.applicationId}`);
    return {
      rank: entry.rank,
      applicationId: entry.applicationId,
      applicantName: application.applicantName,
      province: provinceName(application.regionCode),
      score: entry.score,
      sheetCount: entry.sheetCount,
      trimmed: entry.trimmed,
      qualified: entry.qualified,
      belowMinimum: entry.belowMinimum,
      sheets: sheetsOf(application.id).map((a) => ({
        expertId: a.expertOrgId,
        expertName: names.get(a.expertOrgId) ?? "",
        total: sheetTotal(rubric, sheetOf(a)),
        outlier: entry.outliers.includes(a.expertOrgId),
      })),
    };
  });
}
