import {
  checkIndicatorTable,
  type FilledIndicatorRow,
  type IndicatorColumn,
  type IndicatorTemplate,
  type PlanPeriod,
  planYears,
  progressAgainstTargets,
  progressReportDueDate,
  regionPrefix,
  reportTimeliness,
  type Term,
  throwIfIssues,
} from "@chanrong/domain";
import type { Database } from "../../../db/client";
import { requireOrgType, requireRole } from "../../../platform/access";
import type { Actor } from "../../../platform/actor";
import { recordAudit } from "../../../platform/audit";
import { today } from "../../../platform/clock";
import { uniqueViolation } from "../../../platform/db-errors";
import { AppError } from "../../../platform/errors";
import * as repo from "../pilots.repository";

const PILOT: Term = { zh: "试点城市", en: "Pilot city" };

/** The ministry sees every pilot, a province those in its region, a city its own; nobody else any. */
export function pilotScope(actor: Actor): repo.PilotScope {
  requireOrgType(actor, "MINISTRY", "PROVINCE", "CITY_APPLICANT");
  if (actor.orgType === "MINISTRY") return { kind: "all" };
  if (actor.orgType === "PROVINCE") return { kind: "region", prefix: regionPrefix(actor.orgRegionCode) };
  return { kind: "org", orgId: actor.orgId };
}

/** The frozen copy's parts the pilot's terms come from (P1 defines the rest). */
interface SubmittedCopy {
  plan?: { periodStart?: string; periodEnd?: string };
  indicators?: Record<string, Record<string, string>>;
  renews?: string;
}

export const submittedCopy = (row: repo.ApplicationRow) => (row.submitted ?? {}) as SubmittedCopy;

/**
 * A pilot term's period: a renewal's is what the ministry extended it by; a new pilot's is its
 * plan's, as selected.
 */
export function periodOf(row: repo.ApplicationRow): PlanPeriod {
  if (row.kind === "RENEWAL" && row.decisionPeriodStart && row.decisionPeriodEnd) {
    return { from: row.decisionPeriodStart, to: row.decisionPeriodEnd };
  }
  const plan = submittedCopy(row).plan;
  return { from: plan?.periodStart ?? "", to: plan?.periodEnd ?? "" };
}

const yearColumn = (year: number): IndicatorColumn[] => [
  { key: `${year}`, year, kind: "actual", required: true },
];

function summaryOf(row: repo.ApplicationRow, reports: readonly repo.ReportRow[], day: string) {
  const period = periodOf(row);
  const years = planYears(period).map((year) => {
    const versions = reports.filter((report) => report.applicationId === row.id && report.year === year);
    const first = versions[0] ?? null;
    return {
      year,
      dueOn: progressReportDueDate(year, row.batchProgressReportDue),
      timeliness: reportTimeliness(year, first?.submittedOn ?? null, day, row.batchProgressReportDue),
      submittedOn: first?.submittedOn ?? null,
      latestVersion: versions.at(-1)?.version ?? null,
    };
  });
  return {
    id: row.id,
    kind: row.kind as "NEW" | "RENEWAL",
    city: { orgId: row.applicantOrgId, name: row.applicantName, regionCode: row.regionCode },
    region: { zh: row.regionName, en: row.regionNameEn },
    province: { zh: row.provinceName ?? "", en: row.provinceNameEn ?? "" },
    batch: { id: row.batchId, number: row.batchNumber, name: row.batchName },
    periodStart: period.from,
    periodEnd: period.to,
    years,
    /** Years past their due date with no report, the ministry's first concern. */
    missing: years.filter((entry) => entry.timeliness === "MISSING").length,
    late: years.filter((entry) => entry.timeliness === "LATE").length,
  };
}

/** The pilots the caller may see, each with its period and each plan year's report status. */
export async function listPilots(db: Database, actor: Actor) {
  const rows = await repo.listPilots(db, pilotScope(actor));
  const reports = await repo.listReports(
    db,
    rows.map((row) => row.id),
  );
  const day = today();
  return rows.map((row) => summaryOf(row, reports, day));
}

async function visiblePilot(db: Database, actor: Actor, id: string) {
  const scope = pilotScope(actor);
  const row = await repo.findApplication(db, id);
  const visible =
    row?.status === "SELECTED" &&
    (scope.kind === "all" ||
      (scope.kind === "region" && row.regionCode.startsWith(scope.prefix)) ||
      (scope.kind === "org" && row.applicantOrgId === scope.orgId));
  if (!row || !visible) throw AppError.notFound(PILOT);
  return row;
}

function detailOf(row: repo.ApplicationRow, reports: readonly repo.ReportRow[], day: string) {
  const template = row.indicatorTemplate as IndicatorTemplate;
  const targets = submittedCopy(row).indicators ?? {};
  const summary = summaryOf(row, reports, day);
  return {
    ...summary,
    indicators: template.indicators.map((indicator) => ({
      code: indicator.code,
      group: indicator.group,
      name: indicator.name,
      unit: indicator.unit,
      type: indicator.type,
      maxDecimals: indicator.maxDecimals,
      required: indicator.required,
      min: indicator.min,
      max: indicator.max,
      direction: indicator.direction,
    })),
    targets,
    reports: summary.years.map((entry) => {
      const versions = reports.filter(
        (report) => report.applicationId === row.id && report.year === entry.year,
      );
      const latest = versions.at(-1);
      return {
        ...entry,
        versions: versions.map((report) => ({
          version: report.version,
          submittedOn: report.submittedOn,
          correctionReason: report.correctionReason,
          values: report.values as Record<string, Record<string, string>>,
        })),
        progress: progressAgainstTargets(
          template,
          entry.year,
          targets,
          (latest?.values ?? {}) as Record<string, Record<string, string>>,
        ),
      };
    }),
  };
}

export type PilotDetail = ReturnType<typeof detailOf>;

/**
 * A pilot with its targets and, per plan year, each report version and the latest's indicators
 * against the targets (target, actual, gap, met, attainment).
 */
export async function getPilot(db: Database, actor: Actor, id: string) {
  const row = await visiblePilot(db, actor, id);
  return detailOf(row, await repo.listReports(db, [row.id]), today());
}

/** Every pilot the caller may see in detail: what the Excel export lays out. */
export async function listPilotDetails(db: Database, actor: Actor): Promise<PilotDetail[]> {
  const rows = await repo.listPilots(db, pilotScope(actor));
  const reports = await repo.listReports(
    db,
    rows.map((row) => row.id),
  );
  const day = today();
  return rows.map((row) => detailOf(row, reports, day));
}

export interface ReportInput {
  year: number;
  rows: FilledIndicatorRow[];
  correctionReason?: string | undefined;
}

/**
 * The pilot city reports a year of its plan once the year has ended, in its batch's template; a
 * second report of the same year corrects the first as a new version and must say why.
 */
export async function submitReport(
  db: Database,
  actor: Actor,
  id: string,
  input: ReportInput,
  ip: string | null,
) {
  requireOrgType(actor, "CITY_APPLICANT");
  requireRole(actor, "operator", "admin");
  const row = await visiblePilot(db, actor, id);
  const day = today();
  const years = planYears(periodOf(row));
  if (!years.includes(input.year)) {
    throw AppError.validation("year", "report-year-in-plan", {
      zh: `${input.year}年不在试点实施期(${years.join("、")}年)内`,
      en: `${input.year} is not a year of the pilot's plan (${years.join(", ")})`,
    });
  }
  if (day <= `${input.year}-12-31`) {
    throw AppError.validation("year", "report-year-ended", {
      zh: `${input.year}年结束后方可报送该年度进展`,
      en: `The ${input.year} report opens once the year has ended`,
    });
  }
  const template = row.indicatorTemplate as IndicatorTemplate;
  const checked = checkIndicatorTable(template, yearColumn(input.year), input.rows);
  throwIfIssues(checked.issues);
  const previous = (await repo.listReports(db, [row.id])).filter((report) => report.year === input.year);
  const reason = input.correctionReason?.trim() || null;
  if (previous.length > 0 && !reason) {
    throw AppError.validation("correctionReason", "required", {
      zh: `${input.year}年度进展已报送,更正须说明理由`,
      en: `The ${input.year} report was submitted: a correction needs a reason`,
    });
  }
  const version = previous.length + 1;
  return db.transaction(async (tx) => {
    const report = await repo
      .insertReport(tx, {
        applicationId: row.id,
        year: input.year,
        version,
        values: checked.values,
        correctionReason: version === 1 ? null : reason,
        submittedOn: day,
        submittedBy: actor.userId,
      })
      .catch(
        uniqueViolation("year", { zh: "该年度进展刚被他人报送,请刷新", en: "Reported meanwhile: reload" }),
      );
    await recordAudit(tx, {
      actor,
      action: version === 1 ? "pilot-progress-report.submit" : "pilot-progress-report.correct",
      entityType: "pilot-progress-report",
      entityId: report.id,
      after: { pilot: row.id, year: input.year, version, correctionReason: report.correctionReason },
      ip,
    });
    return { id: report.id, year: report.year, version: report.version, submittedOn: report.submittedOn };
  });
}
