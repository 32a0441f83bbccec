import { DomainValidationError, type Term } from "@chanrong/domain";
import type { Database } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { today } from "../../platform/clock";
import { AppError, type FieldIssue } from "../../platform/errors";
import { zodMessage } from "../../platform/language";
import { readTableRows, WorkbookFormatError } from "../../platform/spreadsheets";
import { findEnterprise } from "../enterprises/enterprises.service";
import { PAYABLE_COLUMNS, type PayableColumn, payableKindOf } from "./supply-chain-finance.excel";
import * as repo from "./supply-chain-finance.repository";
import { payableInput } from "./supply-chain-finance.schemas";
import { checkPayable, DUPLICATE_DOCUMENT, recordPayables } from "./supply-chain-finance.service";

export const PAYABLES_ROW_LIMIT = 2_000;

const header = (key: string) => PAYABLE_COLUMNS.find((c) => c.key === key)?.header ?? key;

/** A row error names the spreadsheet row and the column header a person sees in Excel. */
const rowError = (rowNumber: number, key: string, rule: string, message: Term): FieldIssue => ({
  field: `第${rowNumber}行.${header(key)}`,
  rule,
  message: {
    zh: `第 ${rowNumber} 行「${header(key)}」: ${message.zh}`,
    en: `Row ${rowNumber} "${header(key)}": ${message.en}`,
  },
});

/** Why a row's value fails: the schema's or the domain's own message, under the row's column. */
function issuesOfRow(rowNumber: number, check: () => unknown): FieldIssue[] {
  try {
    check();
    return [];
  } catch (error) {
    if (error instanceof DomainValidationError)
      return error.issues.map((issue) =>
        rowError(rowNumber, String(issue.path[0]), issue.rule, issue.message),
      );
    if (!(error instanceof AppError) || error.fieldErrors.length === 0) throw error;
    return error.fieldErrors.map((issue) => rowError(rowNumber, issue.field, issue.rule, issue.message));
  }
}

/**
 * Uploads a core enterprise's payables from the template: every row is checked first (kind, USCC check
 * digit, amount, dates, document numbers unique in the file and against what is already uploaded) and
 * any error rejects the whole file with the row-by-row report.
 */
export async function importPayables(db: Database, actor: Actor, file: Buffer, ip: string | null) {
  const core = actor.enterpriseId ? await findEnterprise(db, actor.enterpriseId) : null;
  if (actor.orgType !== "ENTERPRISE" || !core) throw AppError.forbidden();
  let rows: { rowNumber: number; row: Partial<Record<PayableColumn, string>> }[];
  try {
    rows = await readTableRows(file, PAYABLE_COLUMNS);
  } catch (error) {
    if (error instanceof WorkbookFormatError) throw AppError.validation("file", "xlsx", error.text);
    throw error;
  }
  if (rows.length === 0)
    throw AppError.validation("file", "not-empty", { zh: "文件中没有应付账款", en: "No rows" });
  if (rows.length > PAYABLES_ROW_LIMIT)
    throw AppError.validation("file", "max-rows", {
      zh: `单次最多上传 ${PAYABLES_ROW_LIMIT} 行`,
      en: `At most ${PAYABLES_ROW_LIMIT} rows`,
    });

  const day = today();
  const existing = await repo.existingDocumentNos(
    db,
    core.id,
    rows.map(({ row }) => row.documentNo ?? ""),
  );
  const seen = new Set<string>();
  const errors: FieldIssue[] = [];
  const accepted: Parameters<typeof recordPayables>[2][number][] = [];
  for (const { rowNumber, row } of rows) {
    const kind = payableKindOf(row.kind ?? "");
    const parsed = payableInput.safeParse({ ...row, kind: kind ?? row.kind ?? "" });
    if (!parsed.success) {
      errors.push(
        ...parsed.error.issues.map((issue) =>
          rowError(
            rowNumber,
            String(issue.path[0] ?? "kind"),
            issue.code,
            zodMessage({ message: issue.message, params: issue }),
          ),
        ),
      );
      continue;
    }
    const input = parsed.data;
    let amountFen = 0n;
    const rowIssues = issuesOfRow(rowNumber, () => {
      amountFen = checkPayable(input, day, core.uscc);
    });
    if (existing.has(input.documentNo) || seen.has(input.documentNo))
      rowIssues.push(rowError(rowNumber, "documentNo", "unique", DUPLICATE_DOCUMENT));
    seen.add(input.documentNo);
    if (rowIssues.length) errors.push(...rowIssues);
    else accepted.push({ ...input, amountFen });
  }
  if (errors.length) {
    const failedRows = new Set(errors.map((e) => e.field.split(".")[0])).size;
    throw new AppError(
      "validation",
      {
        zh: `${failedRows} 行有错误,整个文件未上传`,
        en: `${failedRows} row(s) have errors; nothing was uploaded`,
      },
      errors,
    );
  }
  const ids = await recordPayables(db, actor, accepted, ip);
  return { imported: ids.length };
}
