import { DomainValidationError, MONTH_PATTERN } from "@chanrong/domain";
import type { Database } from "../../../db/client";
import { requireOrgType, requireRole } from "../../../platform/access";
import type { Actor } from "../../../platform/actor";
import { today } from "../../../platform/clock";
import { AppError, type FieldIssue } from "../../../platform/errors";
import { correctionReason } from "../../../platform/http";
import { findOrganisation } from "../../identity/identity.service";
import { districtsOf, listSubmissions, submitStatistics, timeliness } from "./bank-statistics.service";
import {
  readStatisticsWorkbook,
  statisticsExport,
  statisticsTemplate,
  WorkbookFormatError,
} from "./statistics-excel";

/** The template of one of the bank's months, its region's districts listed; a later month is refused. */
export async function templateOf(db: Database, actor: Actor, month: string) {
  requireOrgType(actor, "BANK");
  const current = today().slice(0, 7);
  if (!MONTH_PATTERN.test(month) || month > current) {
    throw AppError.validation("month", "not-after-current-month", {
      zh: `统计月份${month}晚于本月(${current})`,
      en: `The month cannot be after the current month (${current})`,
    });
  }
  const bankName = (await findOrganisation(db, actor.orgId))?.name ?? "";
  const districts = await districtsOf(db, actor.orgRegionCode);
  return {
    filename: `${bankName}-${month}-制造业贷款统计.xlsx`,
    body: await statisticsTemplate(month, bankName, districts),
  };
}

/**
 * A bank uploads its month as the filled template: read, checked whole by the domain, then saved as a
 * submission, or as a correction with the reason given beside the file. Any problem rejects the whole
 * file with every problem listed, each naming its sheet, row and column; nothing is saved.
 */
export async function uploadStatistics(
  db: Database,
  actor: Actor,
  file: Buffer,
  reasonField: string | undefined,
  ip: string | null,
) {
  requireOrgType(actor, "BANK");
  requireRole(actor, "operator", "admin");
  const reason = reasonField?.trim() ? correctionReason.safeParse(reasonField) : undefined;
  if (reason && !reason.success) {
    throw AppError.validation("reason", "text", {
      zh: `更正原因${reason.error.issues[0]?.message ?? "格式不正确"}`,
      en: `Reason: ${reason.error.issues[0]?.message ?? "invalid"}`,
    });
  }
  let workbook: Awaited<ReturnType<typeof readStatisticsWorkbook>>;
  try {
    workbook = await readStatisticsWorkbook(file);
  } catch (error) {
    if (error instanceof WorkbookFormatError) throw AppError.validation("file", "xlsx", error.text);
    throw error;
  }
  try {
    return await submitStatistics(db, actor, { ...workbook.input, reason: reason?.data }, ip, "EXCEL");
  } catch (error) {
    if (!(error instanceof DomainValidationError)) throw error;
    const issues: FieldIssue[] = error.issues.map((issue) => {
      // The reason is the upload form's field, not a cell.
      const cell = issue.path[0] === "reason" ? undefined : workbook.locate(issue.path);
      return { field: issue.path.join("."), rule: issue.rule, message: issue.message, ...(cell && { cell }) };
    });
    throw new AppError(
      "validation",
      {
        zh: `文件中有 ${issues.length} 处问题,整份统计未保存`,
        en: `${issues.length} problem(s) in the file; nothing was saved`,
      },
      issues,
    );
  }
}

/** The statistics the caller reads, as a workbook; a region's month comes with who is late. */
export async function exportOf(db: Database, actor: Actor, month: string | undefined) {
  const submissions = await listSubmissions(db, actor, { month });
  const regional = actor.orgType !== "BANK" && month !== undefined;
  const body = await statisticsExport(submissions, regional ? await timeliness(db, actor, month) : undefined);
  return { filename: `银行制造业贷款统计-${month ?? today()}.xlsx`, body };
}
