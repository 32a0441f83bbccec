import { createHash, randomUUID } from "node:crypto";
import {
  applicationIndicatorIssues,
  applicationPlanYears,
  applicationSubmissionIssues,
  applyPilotApplicationAction,
  type IndicatorTemplate,
  indicatorColumns,
  type OutlineSection,
  type PilotApplicationStatus,
  planPeriodIssues,
  provincialPoints,
  type Rubric,
  recommendingUnitFor,
  type Term,
  throwIfIssues,
} from "@chanrong/domain";
import type { Database, Executor } from "../../../db/client";
import { requireOrgType, requireRole } from "../../../platform/access";
import type { Actor } from "../../../platform/actor";
import { recordAudit } from "../../../platform/audit";
import { uniqueViolation } from "../../../platform/db-errors";
import { AppError } from "../../../platform/errors";
import type { FileStorage } from "../../../platform/files/storage";
import type { BatchRow } from "../batches/batches.repository";
import { batchRow, dayOfBatch } from "../batches/batches.service";
import * as repo from "./applications.repository";
import type {
  ApplicationContent,
  ApplicationResponse,
  DeclarationsInput,
  IndicatorsInput,
  PilotDocument,
  PlanInput,
} from "./applications.schemas";

export const APPLICATION: Term = { zh: "试点城市申报", en: "Pilot-city application" };

/** The statuses the ministry reads: what provinces recommended, renewals, and the decided ones. */
const AT_OR_PAST_MINISTRY: readonly PilotApplicationStatus[] = ["AT_MINISTRY", "SELECTED", "NOT_SELECTED"];

const EMPTY_CONTENT: ApplicationContent = {
  plan: { periodStart: null, periodEnd: null, sections: {} },
  indicators: {},
  strategies: [],
  bases: [],
  documents: [],
};

/** What a reader sees: a city its own, a province its unit's submitted ones, the ministry what reached it. */
export function scopeOf(actor: Actor): repo.ApplicationScope {
  switch (actor.orgType) {
    case "CITY_APPLICANT":
      return { kind: "applicant", orgId: actor.orgId };
    case "PROVINCE":
      return { kind: "unit", unitCode: actor.orgRegionCode };
    case "MINISTRY":
      return { kind: "statuses", statuses: AT_OR_PAST_MINISTRY };
    default:
      throw AppError.forbidden();
  }
}

/** The batch's frozen parts an application is checked against. */
export function frameOf(batch: BatchRow) {
  return {
    outline: batch.outline as OutlineSection[],
    indicatorTemplate: batch.indicatorTemplate as IndicatorTemplate,
  };
}

export type Content = ApplicationContent;
export const draftOf = (row: repo.ApplicationRow) => row.draft as ApplicationContent;

/** Stores a document's bytes under their hash: the same file is kept once, whoever attaches it. */
export async function storeContent(storage: FileStorage, content: Buffer): Promise<string> {
  const sha256 = createHash("sha256").update(content).digest("hex");
  await storage.put(sha256, content);
  return sha256;
}

export function responseOf(
  { application, applicantName, batchName }: repo.ApplicationWithNames,
  batch: BatchRow,
  actor: Actor,
): ApplicationResponse {
  const content = application.submitted as ApplicationContent | null;
  const scores = application.provincialScores as Record<string, string> | null;
  // The table's columns follow what the reader is shown: the city's draft, everyone else the frozen copy.
  const ownDraft = actor.orgId === application.applicantOrgId ? draftOf(application) : null;
  const plan = (ownDraft ?? content ?? EMPTY_CONTENT).plan;
  return {
    id: application.id,
    batchId: application.batchId,
    batchName,
    kind: application.kind as ApplicationResponse["kind"],
    status: application.status as PilotApplicationStatus,
    applicantOrgId: application.applicantOrgId,
    applicantName,
    regionCode: application.regionCode,
    recommendingUnitCode: application.recommendingUnitCode,
    draft: ownDraft,
    submitted: content,
    submittedAt: application.submittedAt?.toISOString() ?? null,
    provincialScores: scores,
    provincialPoints: scores ? provincialPoints(batch.rubric as Rubric, scores) : null,
    recommendationRank: application.recommendationRank,
    decisionReason: application.decisionReason,
    decidedAt: application.decidedAt?.toISOString() ?? null,
    indicatorColumns: indicatorColumns(frameOf(batch).indicatorTemplate, applicationPlanYears(plan)),
    version: application.version,
  };
}

/** The application if the actor may see it; otherwise 404, so that another province's cannot be probed. */
export async function visibleApplication(db: Executor, actor: Actor, id: string) {
  const found = await repo.findApplication(db, scopeOf(actor), id);
  if (!found) throw AppError.notFound(APPLICATION);
  return found;
}

export async function getApplication(db: Database, actor: Actor, id: string) {
  const found = await visibleApplication(db, actor, id);
  return responseOf(found, await batchRow(db, found.application.batchId), actor);
}

export async function listApplications(db: Database, actor: Actor, batchId?: string) {
  const rows = await repo.listApplications(db, scopeOf(actor), batchId);
  const batches = new Map<string, BatchRow>();
  for (const { application } of rows) {
    if (!batches.has(application.batchId))
      batches.set(application.batchId, await batchRow(db, application.batchId));
  }
  return rows.map((row) => responseOf(row, batches.get(row.application.batchId) as BatchRow, actor));
}

/**
 * A city starts its application in an open batch. The city's region must be county-level or above
 * (a development zone applies through its city) and lie in a unit the batch takes recommendations from.
 */
export async function createApplication(db: Database, actor: Actor, batchId: string, ip: string | null) {
  requireOrgType(actor, "CITY_APPLICANT");
  requireRole(actor, "operator", "admin");
  const batch = await batchRow(db, batchId);
  const region = await repo.regionOf(db, actor.orgRegionCode);
  const unit = recommendingUnitFor(actor.orgRegionCode);
  if (!region || !["city", "district"].includes(region.level) || !unit) {
    throw AppError.validation("regionCode", "pilot-applicant-region", {
      zh: `申报主体应为地级市或县级行政区,${region?.name ?? actor.orgRegionCode}不能申报`,
      en: "Only a city or a county-level area may apply",
    });
  }
  const day = dayOfBatch(batch.timeZone);
  if (day < batch.opensOn || day > batch.applicationDeadline) {
    throw AppError.validation("batchId", "batch-not-applying", {
      zh: `本批次申报期为${batch.opensOn}至${batch.applicationDeadline}(${batch.timeZone}),今天(${day})不能申报`,
      en: `The batch takes applications from ${batch.opensOn} to ${batch.applicationDeadline} (${batch.timeZone})`,
    });
  }
  const id = await db.transaction(async (tx) => {
    const row = await repo
      .insertApplication(tx, {
        batchId,
        kind: "NEW",
        applicantOrgId: actor.orgId,
        regionCode: actor.orgRegionCode,
        recommendingUnitCode: unit.code,
        status: "DRAFT",
        draft: EMPTY_CONTENT,
      })
      .catch(
        uniqueViolation("batchId", { zh: "本批次已有本单位的申报", en: "You already applied in this batch" }),
      );
    await recordAudit(tx, {
      actor,
      action: "pilot-application.create",
      entityType: "pilot-application",
      entityId: row.id,
      after: { batchId, recommendingUnitCode: unit.code },
      ip,
    });
    return row.id;
  });
  return getApplication(db, actor, id);
}

/** The city's own application, locked, in a state it may edit (a draft, or one returned for correction). */
async function editableDraft(tx: Executor, actor: Actor, id: string) {
  requireOrgType(actor, "CITY_APPLICANT");
  requireRole(actor, "operator", "admin");
  const { application } = await visibleApplication(tx, actor, id);
  const row = await repo.lockApplication(tx, application.id);
  if (!row || !["DRAFT", "RETURNED"].includes(row.status)) {
    throw new AppError("conflict", {
      zh: "申报已提交,不能修改;如需修改请等待省级退回",
      en: "The application was submitted: it can be edited only if the province returns it",
    });
  }
  return row;
}

/** Changes the draft (one part of it), audited; the submitted copy is never touched. */
async function editDraft(
  db: Database,
  actor: Actor,
  id: string,
  ip: string | null,
  change: (draft: ApplicationContent, batch: BatchRow) => ApplicationContent,
) {
  await db.transaction(async (tx) => {
    const row = await editableDraft(tx, actor, id);
    const batch = await batchRow(tx, row.batchId);
    const draft = change(draftOf(row), batch);
    await repo.updateApplication(tx, row, { draft });
    await recordAudit(tx, {
      actor,
      action: "pilot-application.edit",
      entityType: "pilot-application",
      entityId: id,
      before: row.draft,
      after: draft,
      ip,
    });
  });
  return getApplication(db, actor, id);
}

/** The plan: its period (at most three years, checked as soon as both ends are given) and its sections' text. */
export function savePlan(db: Database, actor: Actor, id: string, input: PlanInput, ip: string | null) {
  return editDraft(db, actor, id, ip, (draft, batch) => {
    if (input.periodStart && input.periodEnd) {
      const issues = planPeriodIssues({ from: input.periodStart, to: input.periodEnd });
      throwIfIssues(
        issues.map((issue) => ({ ...issue, path: [issue.path[0] === "from" ? "periodStart" : "periodEnd"] })),
      );
    }
    const codes = new Set(
      frameOf(batch).outline.flatMap(function codesOf(s): string[] {
        return [s.code, ...(s.children ?? []).flatMap(codesOf)];
      }),
    );
    const unknown = Object.keys(input.sections).filter((code) => !codes.has(code));
    throwIfIssues(
      unknown.map((code) => ({
        path: ["sections", code],
        rule: "outline-section",
        message: { zh: `编制提纲没有第${code}节`, en: `The outline has no section ${code}` },
      })),
    );
    return { ...draft, plan: input };
  });
}

/** Checks a table against the template and the plan's columns: malformed values refused, blanks allowed. */
export function checkedIndicators(
  batch: BatchRow,
  draft: ApplicationContent,
  values: IndicatorsInput["values"],
) {
  const issues = applicationIndicatorIssues(
    frameOf(batch),
    { plan: draft.plan, indicators: values },
    {
      complete: false,
    },
  );
  throwIfIssues(issues.map((issue) => ({ ...issue, path: ["values", issue.code, issue.field] })));
  // Blank cells are not kept: an empty string is no value.
  return Object.fromEntries(
    Object.entries(values).map(([code, row]) => [
      code,
      Object.fromEntries(Object.entries(row).filter(([, value]) => value.trim() !== "")),
    ]),
  );
}

export function saveIndicators(
  db: Database,
  actor: Actor,
  id: string,
  input: IndicatorsInput,
  ip: string | null,
) {
  return editDraft(db, actor, id, ip, (draft, batch) => ({
    ...draft,
    indicators: checkedIndicators(batch, draft, input.values),
  }));
}

/** The table as uploaded from Excel, already checked row by row (applications.excel.ts). */
export function replaceIndicators(
  db: Database,
  actor: Actor,
  id: string,
  indicators: ApplicationContent["indicators"],
  ip: string | null,
) {
  return editDraft(db, actor, id, ip, (draft) => ({ ...draft, indicators }));
}

/** The strategies served and the bases held, from the batch's own lists. */
export function saveDeclarations(
  db: Database,
  actor: Actor,
  id: string,
  input: DeclarationsInput,
  ip: string | null,
) {
  return editDraft(db, actor, id, ip, (draft, batch) => {
    const offered = new Set([...(batch.strategies as string[]), ...(batch.bases as string[])]);
    const issues = (["strategies", "bases"] as const).flatMap((field) =>
      input[field].flatMap((code, index) =>
        offered.has(code)
          ? []
          : [
              {
                path: [field, index],
                rule: "batch-list",
                message: { zh: `本批次未列出${code}`, en: `${code} is not offered by this batch` },
              },
            ],
      ),
    );
    throwIfIssues(issues);
    return { ...draft, strategies: [...new Set(input.strategies)], bases: [...new Set(input.bases)] };
  });
}

export function addDocument(
  db: Database,
  actor: Actor,
  id: string,
  document: Omit<PilotDocument, "id" | "uploadedAt">,
  ip: string | null,
) {
  return editDraft(db, actor, id, ip, (draft) => ({
    ...draft,
    documents: [...draft.documents, { ...document, id: randomUUID(), uploadedAt: new Date().toISOString() }],
  }));
}

export function removeDocument(
  db: Database,
  actor: Actor,
  id: string,
  documentId: string,
  ip: string | null,
) {
  return editDraft(db, actor, id, ip, (draft) => {
    if (!draft.documents.some((document) => document.id === documentId))
      throw AppError.notFound({ zh: "申报文件", en: "Document" });
    return { ...draft, documents: draft.documents.filter((document) => document.id !== documentId) };
  });
}

/** A document of the draft (the city) or of the submitted copy (everyone who may read the application). */
export async function findDocument(db: Database, actor: Actor, id: string, documentId: string) {
  const { application } = await visibleApplication(db, actor, id);
  const own = actor.orgId === application.applicantOrgId ? draftOf(application).documents : [];
  const submitted = (application.submitted as ApplicationContent | null)?.documents ?? [];
  const document = [...own, ...submitted].find((candidate) => candidate.id === documentId);
  if (!document) throw AppError.notFound({ zh: "申报文件", en: "Document" });
  return document;
}

/**
 * Submits: every missing part named at once, the deadline of the batch's zone enforced (a returned
 * application until the provincial deadline), and the draft copied into `submitted`, which later
 * edits of the draft never change. A resubmission clears the province's earlier opinions' basis.
 */
export async function submitApplication(db: Database, actor: Actor, id: string, ip: string | null) {
  await db.transaction(async (tx) => {
    const row = await editableDraft(tx, actor, id);
    const batch = await batchRow(tx, row.batchId);
    const draft = draftOf(row);
    const status = applyPilotApplicationAction({
      kind: row.kind as "NEW" | "RENEWAL",
      status: row.status as PilotApplicationStatus,
      action: "submit",
      actor,
      schedule: batch,
      day: dayOfBatch(batch.timeZone),
    });
    throwIfIssues(applicationSubmissionIssues(frameOf(batch), draft));
    const updated = await repo.updateApplication(tx, row, {
      status,
      submitted: structuredClone(draft),
      submittedAt: new Date(),
      provincialScores: null,
    });
    await recordAudit(tx, {
      actor,
      action: "pilot-application.submit",
      entityType: "pilot-application",
      entityId: id,
      before: { status: row.status },
      after: { status: updated.status, resubmission: row.status === "RETURNED" },
      ip,
    });
  });
  return getApplication(db, actor, id);
}
