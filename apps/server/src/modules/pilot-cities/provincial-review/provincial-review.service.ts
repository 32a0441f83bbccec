import {
  applyPilotApplicationAction,
  DEPARTMENTS,
  type Department,
  type PilotApplicationAction,
  type PilotApplicationStatus,
  PROVINCIAL_DEPARTMENT_TERMS,
  provincialScoreIssues,
  type Rubric,
  recommendingUnit,
  scheduleRefusal,
  type Term,
  throwIfIssues,
} from "@chanrong/domain";
import type { Database, Executor } from "../../../db/client";
import { requireOrgType, requireRole } from "../../../platform/access";
import type { Actor } from "../../../platform/actor";
import { recordAudit } from "../../../platform/audit";
import { AppError } from "../../../platform/errors";
import { detectFileType } from "../../../platform/files/file-types";
import type { FileStorage } from "../../../platform/files/storage";
import * as applications from "../applications/applications.repository";
import { responseOf, scopeOf, storeContent, visibleApplication } from "../applications/applications.service";
import type { BatchRow } from "../batches/batches.repository";
import { batchRow, dayOfBatch, requireMiit } from "../batches/batches.service";
import * as repo from "./provincial-review.repository";
import type { OpinionInput, ScoresInput } from "./provincial-review.schemas";

const UNIT: Term = { zh: "推荐单位", en: "Recommending unit" };

/** The province's review is its officials' (reviewer or admin), each department for itself. */
function requireProvincialOfficial(actor: Actor): Department {
  requireOrgType(actor, "PROVINCE");
  requireRole(actor, "reviewer", "admin");
  if (!actor.department) throw AppError.forbidden();
  return actor.department;
}

/** Scoring, recommending, returning and confirming are the 工业和信息化 department's (§三(二)). */
function requireProvincialMiit(actor: Actor): void {
  if (requireProvincialOfficial(actor) !== "MIIT") {
    throw AppError.forbidden({
      zh: "评分、推荐和确认名单由省级工业和信息化主管部门办理",
      en: "Scoring and recommending are the provincial industry department's",
    });
  }
}

/** Refused after the provincial deadline, naming it (in the batch's zone). */
function requireBeforeProvincialDeadline(batch: BatchRow): void {
  const refusal = scheduleRefusal(batch, "recommend", dayOfBatch(batch.timeZone));
  if (refusal) throw AppError.validation("action", refusal.rule, refusal.message);
}

function requireUnconfirmed(unit: repo.UnitRow): void {
  if (unit.confirmedOn) {
    throw new AppError("conflict", {
      zh: `${unit.name}已于${unit.confirmedOn}确认推荐名单,不能再更改`,
      en: `${unit.nameEn} confirmed its list on ${unit.confirmedOn}; it can no longer change`,
    });
  }
}

/** The application in the actor's unit, locked with its unit row (the unit first: the order every step takes). */
async function lockForDecision(tx: Executor, actor: Actor, id: string) {
  const { application } = await visibleApplication(tx, actor, id);
  const batch = await batchRow(tx, application.batchId);
  const unit = await repo.lockUnit(tx, application.batchId, application.recommendingUnitCode ?? "");
  if (!unit) throw AppError.notFound(UNIT);
  requireUnconfirmed(unit);
  const row = await applications.lockApplication(tx, application.id);
  if (!row) throw AppError.notFound(UNIT);
  return { row, batch, unit };
}

function requireSubmitted(row: applications.ApplicationRow): void {
  if (row.status !== "SUBMITTED") {
    throw new AppError("conflict", {
      zh: "只能对已提交、待省级审核的申报出具意见或评分",
      en: "Only a submitted application awaiting the province can be reviewed",
    });
  }
}

/** One department's opinion (同意/不同意 with its text), in parallel with the others; a new one replaces its own. */
export async function recordOpinion(
  db: Database,
  actor: Actor,
  id: string,
  input: OpinionInput,
  ip: string | null,
) {
  const department = requireProvincialOfficial(actor);
  await db.transaction(async (tx) => {
    const { row, batch } = await lockForDecision(tx, actor, id);
    requireSubmitted(row);
    requireBeforeProvincialDeadline(batch);
    await repo.upsertOpinion(tx, {
      applicationId: row.id,
      department,
      orgId: actor.orgId,
      agrees: input.agrees,
      opinion: input.opinion,
      recordedBy: actor.userId,
    });
    await recordAudit(tx, {
      actor,
      action: "pilot-application.opinion",
      entityType: "pilot-application",
      entityId: row.id,
      after: { department, ...input },
      ip,
    });
  });
  return reviewedApplication(db, actor, id);
}

/** The 工信 department's scores on the four conditions of §二, on the batch rubric's scale. */
export async function scoreApplication(
  db: Database,
  actor: Actor,
  id: string,
  input: ScoresInput,
  ip: string | null,
) {
  requireProvincialMiit(actor);
  await db.transaction(async (tx) => {
    const { row, batch } = await lockForDecision(tx, actor, id);
    requireSubmitted(row);
    requireBeforeProvincialDeadline(batch);
    throwIfIssues(provincialScoreIssues(batch.rubric as Rubric, input.scores));
    await applications.updateApplication(tx, row, { provincialScores: input.scores });
    await recordAudit(tx, {
      actor,
      action: "pilot-application.score",
      entityType: "pilot-application",
      entityId: row.id,
      before: row.provincialScores,
      after: input.scores,
      ip,
    });
  });
  return reviewedApplication(db, actor, id);
}

/**
 * Recommend (next rank), decline or return. Recommending needs the scores and all five departments'
 * opinions, and counts against the unit's quota under the unit's lock, so that two officials
 * recommending at once cannot pass it; the quota is checked again at confirmation.
 */
export async function decide(
  db: Database,
  actor: Actor,
  id: string,
  action: Extract<PilotApplicationAction, "recommend" | "decline" | "return">,
  reason: string | undefined,
  ip: string | null,
) {
  requireProvincialMiit(actor);
  await db.transaction(async (tx) => {
    const { row, batch, unit } = await lockForDecision(tx, actor, id);
    const status = applyPilotApplicationAction({
      kind: row.kind as "NEW",
      status: row.status as PilotApplicationStatus,
      action,
      actor,
      schedule: batch,
      day: dayOfBatch(batch.timeZone),
      reason,
    });
    let recommendationRank: number | null = null;
    if (action === "recommend") {
      recommendationRank = await nextRank(tx, row, unit);
    }
    await applications.updateApplication(tx, row, {
      status,
      recommendationRank,
      decisionReason: reason ?? null,
      decidedBy: actor.userId,
      decidedAt: new Date(),
    });
    if (action === "return") await repo.deleteOpinions(tx, row.id);
    await recordAudit(tx, {
      actor,
      action: `pilot-application.${action}`,
      entityType: "pilot-application",
      entityId: row.id,
      before: { status: row.status },
      after: { status, recommendationRank, reason: reason ?? null },
      ip,
    });
  });
  return reviewedApplication(db, actor, id);
}

/** The rank a recommendation takes: refused without scores, without the five opinions, or over the quota. */
async function nextRank(tx: Executor, row: applications.ApplicationRow, unit: repo.UnitRow): Promise<number> {
  const given = new Set((await repo.listOpinions(tx, [row.id])).map(({ opinion }) => opinion.department));
  const missing = DEPARTMENTS.filter((department) => !given.has(department));
  const issues = [
    ...(row.provincialScores
      ? []
      : [
          {
            path: ["provincialScores"],
            rule: "required",
            message: { zh: "推荐前须对四项条件评分", en: "Score the four conditions first" },
          },
        ]),
    ...(missing.length
      ? [
          {
            path: ["opinions"],
            rule: "opinions-required",
            message: {
              zh: `推荐前须有五个部门的意见,尚缺:${missing.map((d) => PROVINCIAL_DEPARTMENT_TERMS[d].zh).join("、")}`,
              en: `All five departments' opinions are needed; missing: ${missing.map((d) => PROVINCIAL_DEPARTMENT_TERMS[d].en).join(", ")}`,
            },
          },
        ]
      : []),
  ];
  throwIfIssues(issues);
  const recommended = await repo.countRecommended(tx, row.batchId, unit.unitCode);
  if (recommended >= unit.quota) {
    throw AppError.validation("action", "recommendation-quota", {
      zh: `${unit.name}推荐数量不超过${unit.quota}个,已推荐${recommended}个`,
      en: `${unit.nameEn} may recommend at most ${unit.quota}; ${recommended} already recommended`,
    });
  }
  return recommended + 1;
}

/** The unit a province speaks for: its own region's, and only its MIIT department confirms it. */
function requireOwnUnit(actor: Actor, unitCode: string): void {
  if (actor.orgType === "MINISTRY") {
    requireMiit(actor);
    return;
  }
  requireOrgType(actor, "PROVINCE");
  if (actor.orgRegionCode !== unitCode) throw AppError.notFound(UNIT);
}

/**
 * The unit confirms its list with the 联合上报文件 by the provincial deadline: every application
 * decided, at least one recommended and no more than the quota, checked under the unit's lock.
 */
export async function confirmUnit(
  db: Database,
  storage: FileStorage,
  actor: Actor,
  batchId: string,
  unitCode: string,
  file: { filename: string; content: Buffer },
  ip: string | null,
) {
  requireProvincialMiit(actor);
  requireOwnUnit(actor, unitCode);
  const contentType = detectFileType(file.filename, file.content);
  if (!contentType || file.content.length === 0) {
    throw AppError.validation("file", "file-type", {
      zh: "联合上报文件应为 pdf、docx 或图片,且内容与扩展名相符",
      en: "The joint submission document must be a pdf, docx or image matching its name",
    });
  }
  const sha256 = await storeContent(storage, file.content);
  await db.transaction(async (tx) => {
    const batch = await batchRow(tx, batchId);
    const unit = await repo.lockUnit(tx, batchId, unitCode);
    if (!unit) throw AppError.notFound(UNIT);
    requireUnconfirmed(unit);
    requireBeforeProvincialDeadline(batch);
    const received = await applications.listApplications(tx, { kind: "unit", unitCode }, batchId);
    const pending = received.filter(({ application }) => application.status === "SUBMITTED");
    const recommended = received.filter(({ application }) => application.recommendationRank !== null);
    const issues = [
      ...pending.map(({ application, applicantName }) => ({
        path: ["applications", application.id],
        rule: "undecided",
        message: {
          zh: `${applicantName}的申报尚未处理`,
          en: `${applicantName}'s application is not decided`,
        },
      })),
      ...(recommended.length === 0
        ? [
            {
              path: ["applications"],
              rule: "required",
              message: { zh: "尚未推荐任何申报", en: "Nothing is recommended" },
            },
          ]
        : []),
      ...(recommended.length > unit.quota
        ? [
            {
              path: ["applications"],
              rule: "recommendation-quota",
              message: {
                zh: `推荐数量不超过${unit.quota}个,现为${recommended.length}个`,
                en: `At most ${unit.quota} may be recommended, not ${recommended.length}`,
              },
            },
          ]
        : []),
    ];
    throwIfIssues(issues);
    const confirmedOn = dayOfBatch(batch.timeZone);
    const jointDocument = {
      filename: file.filename,
      contentType,
      size: file.content.length,
      sha256,
      uploadedAt: new Date().toISOString(),
    };
    await repo.updateUnit(tx, unit, { confirmedOn, confirmedBy: actor.userId, jointDocument });
    await recordAudit(tx, {
      actor,
      action: "pilot-unit.confirm",
      entityType: "pilot-recommending-unit",
      entityId: batchId,
      after: {
        unitCode,
        confirmedOn,
        recommended: recommended.map(({ application }) => [application.recommendationRank, application.id]),
        jointDocument,
      },
      ip,
    });
  });
  return unitOverview(db, actor, batchId, unitCode);
}

/** An application with each department's opinion, for the province (and the ministry). */
export async function reviewedApplication(db: Database, actor: Actor, id: string) {
  const found = await visibleApplication(db, actor, id);
  const batch = await batchRow(db, found.application.batchId);
  const [withOpinions] = await withOpinionsOf(db, [responseOf(found, batch, actor)]);
  return withOpinions as NonNullable<typeof withOpinions>;
}

async function withOpinionsOf<A extends { id: string }>(db: Executor, list: A[]) {
  const opinions = await repo.listOpinions(
    db,
    list.map((application) => application.id),
  );
  return list.map((application) => ({
    ...application,
    opinions: opinions
      .filter(({ opinion }) => opinion.applicationId === application.id)
      .map(({ opinion, orgName }) => ({
        department: opinion.department as Department,
        orgName,
        agrees: opinion.agrees,
        opinion: opinion.opinion,
        recordedAt: opinion.recordedAt.toISOString(),
      })),
  }));
}

/** The unit's applications in rank order with their opinions, its quota used and left, its confirmation. */
export async function unitOverview(db: Database, actor: Actor, batchId: string, unitCode: string) {
  requireOwnUnit(actor, unitCode);
  const batch = await batchRow(db, batchId);
  const unit = await repo.findUnit(db, batchId, unitCode);
  if (!unit || !recommendingUnit(unitCode)) throw AppError.notFound(UNIT);
  const scope = actor.orgType === "PROVINCE" ? scopeOf(actor) : ({ kind: "unit", unitCode } as const);
  const rows = await applications.listApplications(db, scope, batchId);
  const list = await withOpinionsOf(
    db,
    rows.map((row) => responseOf(row, batch, actor)),
  );
  const recommended = list.filter((application) => application.recommendationRank !== null).length;
  const joint = unit.jointDocument as {
    filename: string;
    contentType: string;
    size: number;
    sha256: string;
    uploadedAt: string;
  } | null;
  return {
    batchId,
    code: unit.unitCode,
    name: { zh: unit.name, en: unit.nameEn },
    quota: unit.quota,
    recommended,
    left: Math.max(unit.quota - recommended, 0),
    provincialDeadline: batch.provincialDeadline,
    timeZone: batch.timeZone,
    confirmedOn: unit.confirmedOn,
    jointDocument: joint,
    applications: list,
  };
}

export async function jointDocumentOf(db: Database, actor: Actor, batchId: string, unitCode: string) {
  const overview = await unitOverview(db, actor, batchId, unitCode);
  if (!overview.jointDocument)
    throw AppError.notFound({ zh: "联合上报文件", en: "Joint submission document" });
  return overview.jointDocument;
}
