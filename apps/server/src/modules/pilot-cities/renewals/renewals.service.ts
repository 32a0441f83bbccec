import {
  applyPilotApplicationAction,
  checkIndicatorTable,
  DomainValidationError,
  type FilledIndicatorRow,
  type IndicatorTemplate,
  indicatorColumns,
  missingOutlineSections,
  type OutlineSection,
  type PlanPeriod,
  planYears,
  renewalPeriodIssues,
  renewalRefusal,
  type Term,
  throwIfIssues,
  type ValidationIssue,
} from "@chanrong/domain";
import type { Database } from "../../../db/client";
import { requireOrgType } from "../../../platform/access";
import type { Actor } from "../../../platform/actor";
import { recordAudit } from "../../../platform/audit";
import { today } from "../../../platform/clock";
import { uniqueViolation } from "../../../platform/db-errors";
import { AppError } from "../../../platform/errors";
import * as repo from "../pilots.repository";
import { periodOf, pilotScope, submittedCopy } from "../progress/progress-reports.service";

const RENEWAL: Term = { zh: "延续试点申请", en: "Pilot renewal" };

/** The domain names a period's ends from/to; the request names them periodStart/periodEnd under `at`. */
const periodIssuesAt = (at: string[], issues: ValidationIssue[]) =>
  issues.map((issue) => ({
    ...issue,
    path: [
      ...at,
      ...issue.path.map((part) => (part === "from" ? "periodStart" : part === "to" ? "periodEnd" : part)),
    ],
  }));

/** The city's latest pilot term (the one a renewal extends), or a refusal naming why there is none. */
async function latestTerm(db: Database, actor: Actor) {
  const terms = await repo.listPilots(db, { kind: "org", orgId: actor.orgId });
  const latest = terms.sort((a, b) => a.batchNumber - b.batchNumber).at(-1);
  if (!latest) {
    throw DomainValidationError.single(["actor"], "not-a-pilot", {
      zh: "本市不是产融合作试点城市,不能申请延续试点",
      en: "This city is not a pilot and cannot renew",
    });
  }
  return latest;
}

function renewalOf(row: repo.ApplicationRow) {
  const copy = submittedCopy(row) as ReturnType<typeof submittedCopy> & {
    plan?: { periodStart?: string; periodEnd?: string; sections?: Record<string, string> };
  };
  return {
    id: row.id,
    status: row.status as "AT_MINISTRY" | "SELECTED" | "NOT_SELECTED",
    version: row.version,
    city: { orgId: row.applicantOrgId, name: row.applicantName, regionCode: row.regionCode },
    region: { zh: row.regionName, en: row.regionNameEn },
    province: { zh: row.provinceName ?? "", en: row.provinceNameEn ?? "" },
    batch: { id: row.batchId, number: row.batchNumber, name: row.batchName },
    renews: copy.renews ?? null,
    plan: {
      periodStart: copy.plan?.periodStart ?? "",
      periodEnd: copy.plan?.periodEnd ?? "",
      sections: copy.plan?.sections ?? {},
    },
    indicators: copy.indicators ?? {},
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decision: row.decision
      ? {
          decision: row.decision as "EXTENDED" | "DECLINED",
          periodStart: row.decisionPeriodStart,
          periodEnd: row.decisionPeriodEnd,
          reason: row.decisionReason,
          decidedAt: row.decidedAt?.toISOString() ?? null,
        }
      : null,
  };
}

/** The renewals the caller may see: the ministry all, a province its region's, a city its own. */
export async function listRenewals(db: Database, actor: Actor) {
  return (await repo.listRenewals(db, pilotScope(actor))).map(renewalOf);
}

/**
 * Whether the calling city may renew today: the batch open for applications, its latest pilot
 * term, and the refusal if it may not (not a pilot, period not ended, no batch open).
 */
export async function renewalEligibility(db: Database, actor: Actor) {
  requireOrgType(actor, "CITY_APPLICANT");
  const batch = await repo.findBatchOpenOn(db, today());
  const terms = await repo.listPilots(db, { kind: "org", orgId: actor.orgId });
  const latest = terms.sort((a, b) => a.batchNumber - b.batchNumber).at(-1) ?? null;
  const refusal: Term | null = !latest
    ? { zh: "本市不是产融合作试点城市", en: "This city is not a pilot" }
    : !batch
      ? { zh: "当前没有开放申报的批次", en: "No batch is open for applications" }
      : (renewalRefusal(
          { batchNumber: latest.batchNumber, period: periodOf(latest) },
          batch.number,
          today(),
        ) ?? null);
  return {
    batchId: batch?.id ?? null,
    batchNumber: batch?.number ?? null,
    pilotId: latest?.id ?? null,
    periodStart: latest ? periodOf(latest).from : null,
    periodEnd: latest ? periodOf(latest).to : null,
    refusal,
  };
}

export interface RenewalInput {
  plan: { periodStart: string; periodEnd: string; sections: Record<string, string> };
  indicators: FilledIndicatorRow[];
}

/**
 * A pilot whose plan has ended submits, in the batch open today, an updated plan and indicator table
 * straight to the ministry (§四(一)): no draft, no province; AT_MINISTRY on submission.
 */
export async function submitRenewal(db: Database, actor: Actor, input: RenewalInput, ip: string | null) {
  requireOrgType(actor, "CITY_APPLICANT");
  const day = today();
  const batch = await repo.findBatchOpenOn(db, day);
  if (!batch) {
    throw DomainValidationError.single(["action"], "batch-not-open", {
      zh: "当前没有开放申报的批次",
      en: "No batch is open for applications",
    });
  }
  const previous = await latestTerm(db, actor);
  const previousPeriod = periodOf(previous);
  const refusal = renewalRefusal(
    { batchNumber: previous.batchNumber, period: previousPeriod },
    batch.number,
    day,
  );
  if (refusal) throw DomainValidationError.single(["actor"], "renewal-not-open", refusal);
  const status = applyPilotApplicationAction({
    kind: "RENEWAL",
    status: "DRAFT",
    action: "submit",
    actor,
    schedule: batch,
    day,
  });

  const period: PlanPeriod = { from: input.plan.periodStart, to: input.plan.periodEnd };
  const periodIssues = periodIssuesAt(["plan"], renewalPeriodIssues(previousPeriod, period));
  throwIfIssues(periodIssues);
  const filled = new Set(
    Object.entries(input.plan.sections).flatMap(([code, text]) => (text.trim() ? [code] : [])),
  );
  const sectionIssues = missingOutlineSections(batch.outline as OutlineSection[], filled).map(
    (code): ValidationIssue => ({
      path: ["plan", "sections", code],
      rule: "required",
      message: { zh: `实施方案第${code}节为必填项`, en: `Section ${code} of the plan is required` },
    }),
  );
  const template = batch.indicatorTemplate as IndicatorTemplate;
  const table = checkIndicatorTable(
    template,
    indicatorColumns(template, planYears(period)),
    input.indicators,
  );
  throwIfIssues([
    ...sectionIssues,
    ...table.issues.map((issue) => ({ ...issue, path: ["indicators", ...issue.path.slice(1)] })),
  ]);

  const copy = {
    plan: input.plan,
    indicators: table.values,
    strategies: [],
    bases: [],
    documents: [],
    renews: previous.id,
  };
  return db.transaction(async (tx) => {
    const id = await repo
      .insertRecordedApplication(tx, {
        batchId: batch.id,
        kind: "RENEWAL",
        applicantOrgId: actor.orgId,
        regionCode: previous.regionCode,
        recommendingUnitCode: null,
        status,
        draft: copy,
        submitted: copy,
        submittedAt: new Date(),
      })
      .catch(
        uniqueViolation("batchId", {
          zh: `本市已在第${batch.number}批中提交申请`,
          en: `The city has already applied in batch ${batch.number}`,
        }),
      );
    await recordAudit(tx, {
      actor,
      action: "pilot-renewal.submit",
      entityType: "pilot-renewal",
      entityId: id,
      after: { batch: batch.number, renews: previous.id, period: input.plan },
      ip,
    });
    const row = await repo.findApplication(tx, id);
    if (!row) throw new Error("renewal vanished");
    return renewalOf(row);
  });
}

export type RenewalDecisionInput =
  | {
      decision: "EXTEND";
      version: number;
      periodStart: string;
      periodEnd: string;
      reason?: string | undefined;
    }
  | { decision: "DECLINE"; version: number; reason: string };

/**
 * 财务司 decides a renewal directly (§四(一) "审核后延长试点期"): extends the pilot by a new period of
 * at most three years after the old one, or declines with a reason.
 */
export async function decideRenewal(
  db: Database,
  actor: Actor,
  id: string,
  input: RenewalDecisionInput,
  ip: string | null,
) {
  if (actor.orgType !== "MINISTRY" || actor.department !== "MIIT") {
    throw AppError.forbidden({ zh: "延续试点由工业和信息化部审核", en: "Renewals are decided by MIIT" });
  }
  const row = await repo.findApplication(db, id);
  if (row?.kind !== "RENEWAL") throw AppError.notFound(RENEWAL);
  const status = applyPilotApplicationAction({
    kind: "RENEWAL",
    status: row.status as "AT_MINISTRY",
    action: input.decision === "EXTEND" ? "select" : "reject",
    actor,
    // The ministry's decision is bound by no deadline of the batch's calendar.
    schedule: {
      opensOn: row.batchOpensOn,
      applicationDeadline: row.batchApplicationDeadline,
      provincialDeadline: row.batchProvincialDeadline,
      timeZone: row.batchTimeZone,
    },
    day: today(),
    ...(input.reason !== undefined && { reason: input.reason }),
  });
  const previousId = submittedCopy(row).renews ?? "";
  const previous = await repo.findApplication(db, previousId);
  if (!previous) throw new Error(`renewal ${id} renews no pilot`);
  if (input.decision === "EXTEND") {
    const period = { from: input.periodStart, to: input.periodEnd };
    throwIfIssues(periodIssuesAt([], renewalPeriodIssues(periodOf(previous), period)));
  }
  await db.transaction(async (tx) => {
    if (!(await repo.updateApplicationStatus(tx, id, input.version, status))) throw AppError.staleVersion();
    await repo.insertRenewalDecision(tx, {
      applicationId: id,
      previousApplicationId: previous.id,
      decision: input.decision === "EXTEND" ? "EXTENDED" : "DECLINED",
      periodStart: input.decision === "EXTEND" ? input.periodStart : null,
      periodEnd: input.decision === "EXTEND" ? input.periodEnd : null,
      reason: input.reason?.trim() || null,
      decidedBy: actor.userId,
    });
    await recordAudit(tx, {
      actor,
      action: input.decision === "EXTEND" ? "pilot-renewal.extend" : "pilot-renewal.decline",
      entityType: "pilot-renewal",
      entityId: id,
      before: { status: row.status },
      after: input,
      ip,
    });
  });
  const decided = await repo.findApplication(db, id);
  if (!decided) throw new Error("renewal vanished");
  return renewalOf(decided);
}
