import { isDerivedTag, type Term, validateUscc } from "@chanrong/domain";
import type { Database } from "../../db/client";
import { regionCovers } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { AppError, type FieldIssue } from "../../platform/errors";
import { text } from "../../platform/http";
import { zodMessage } from "../../platform/language";
import {
  clusterCode,
  ENTERPRISE_COLUMNS,
  ownershipCode,
  readEnterpriseWorkbook,
  type SheetRow,
  tagCode,
  WorkbookFormatError,
} from "./enterprises.excel";
import * as repo from "./enterprises.repository";
import { type EnterpriseInput, enterpriseInput } from "./enterprises.schemas";
import { requireRegistrar, toChildren, toValues } from "./enterprises.service";

export const IMPORT_ROW_LIMIT = 5_000;

/** Any cell, before it is looked up: the columns' own rules follow in enterpriseInput. */
const cellInput = text({ min: 0, max: 2000, multiline: true });

const header = (key: string) => ENTERPRISE_COLUMNS.find((c) => c.key === key)?.header ?? key;

/** A row error names the spreadsheet row and the column header a person sees in Excel. */
const rowError = (rowNumber: number, key: string, rule: string, message: Term): FieldIssue => ({
  field: `第${rowNumber}行.${header(key)}`,
  rule,
  message: {
    zh: `第 ${rowNumber} 行「${header(key)}」: ${message.zh}`,
    en: `Row ${rowNumber} "${header(key)}": ${message.en}`,
  },
});

/**
 * Imports a whole workbook or nothing: every row is checked first, and any error in any
 * row rejects the file with the full row-by-row report.
 */
export async function importEnterprises(db: Database, actor: Actor, file: Buffer, ip: string | null) {
  requireRegistrar(actor, actor.orgRegionCode);
  let rows: Awaited<ReturnType<typeof readEnterpriseWorkbook>>;
  try {
    rows = await readEnterpriseWorkbook(file);
  } catch (error) {
    if (error instanceof WorkbookFormatError) throw AppError.validation("file", "xlsx", error.text);
    throw error;
  }
  if (rows.length === 0)
    throw AppError.validation("file", "not-empty", { zh: "文件中没有企业数据", en: "No rows" });
  const cellErrors = rows.flatMap(({ rowNumber, row }) =>
    Object.entries(row).flatMap(([key, value]) => {
      const checked = cellInput.safeParse(value);
      return checked.success
        ? []
        : checked.error.issues.map((issue) =>
            rowError(rowNumber, key, issue.code, zodMessage({ message: issue.message, params: issue })),
          );
    }),
  );
  if (cellErrors.length) {
    throw new AppError(
      "validation",
      { zh: "文件中有无效的单元格,整个文件未导入", en: "Invalid cells; nothing was imported" },
      cellErrors,
    );
  }
  if (rows.length > IMPORT_ROW_LIMIT) {
    throw AppError.validation("file", "max-rows", {
      zh: `单次最多导入 ${IMPORT_ROW_LIMIT} 行`,
      en: `At most ${IMPORT_ROW_LIMIT} rows`,
    });
  }

  const regions = await repo.findRegions(db, [...new Set(rows.map((r) => r.row.district ?? ""))]);
  const existing = await repo.findIdsByUscc(
    db,
    rows.map((r) => r.row.uscc ?? ""),
  );
  const seen = new Map<string, number>();
  const errors: FieldIssue[] = [];
  const accepted: EnterpriseInput[] = [];

  for (const { rowNumber, row } of rows) {
    const rowErrors = checkRow(actor, rowNumber, row, regions, existing, seen);
    if (rowErrors.errors.length) errors.push(...rowErrors.errors);
    else if (rowErrors.input) accepted.push(rowErrors.input);
  }
  if (errors.length) {
    const failedRows = new Set(errors.map((e) => e.field.split(".")[0])).size;
    throw new AppError(
      "validation",
      {
        zh: `${failedRows} 行有错误,整个文件未导入`,
        en: `${failedRows} row(s) have errors; nothing was imported`,
      },
      errors,
    );
  }

  await db.transaction(async (tx) => {
    for (const input of accepted) {
      const children = toChildren(input) as repo.EnterpriseChildren;
      const created = await repo.insertEnterprise(tx, toValues(input, null), children);
      await recordAudit(tx, {
        actor,
        action: "enterprise.import",
        entityType: "enterprise",
        entityId: created.id,
        after: { ...created, ...children },
        ip,
      });
    }
  });
  return { imported: accepted.length };
}

function checkRow(
  actor: Actor,
  rowNumber: number,
  row: SheetRow,
  regions: { code: string; name: string }[],
  existing: Map<string, string>,
  seen: Map<string, number>,
): { input?: EnterpriseInput; errors: FieldIssue[] } {
  const errors: FieldIssue[] = [];
  const region = regions.find((r) => r.code === row.district || r.name === row.district);
  if (!region)
    errors.push(
      rowError(rowNumber, "district", "exists", {
        zh: `未知区县「${row.district ?? ""}」`,
        en: "Unknown district",
      }),
    );
  else if (!regionCovers(actor.orgRegionCode, region.code) && actor.orgType !== "PLATFORM_ADMIN") {
    errors.push(
      rowError(rowNumber, "district", "own-region", { zh: "不在本机构辖区内", en: "Outside your region" }),
    );
  }
  const ownership = ownershipCode(row.ownership ?? "");
  const tagLabels = (row.tags ?? "")
    .split(/[、,,;;]/)
    .map((t) => t.trim())
    .filter(Boolean);
  const unknownTag = tagLabels.find((label) => !tagCode(label));
  if (unknownTag)
    errors.push(
      rowError(rowNumber, "tags", "known-tag", {
        zh: `未知标签「${unknownTag}」`,
        en: `Unknown tag "${unknownTag}"`,
      }),
    );
  const derivedTag = tagLabels.find((label) => isDerivedTag(tagCode(label) ?? ""));
  if (derivedTag) {
    errors.push(
      rowError(rowNumber, "tags", "derived-tag", {
        zh: `「${derivedTag}」以经信局重点支持企业名单为准,不能导入,请由经信局在名单中添加`,
        en: `"${derivedTag}" is kept on the industry bureau's key-supported list and cannot be imported`,
      }),
    );
  }
  if (Boolean(row.revenue) !== Boolean(row.revenueYear)) {
    errors.push(
      rowError(rowNumber, row.revenue ? "revenueYear" : "revenue", "pair", {
        zh: "营业收入与年度须同时填写",
        en: "Give both year and revenue",
      }),
    );
  }

  const candidate = {
    uscc: row.uscc ?? "",
    name: row.name ?? "",
    address: row.address ?? "",
    districtCode: region?.code ?? "000000",
    legalRepresentative: row.legalRepresentative ?? "",
    contactName: row.contactName ?? null,
    contactPhone: row.contactPhone ?? null,
    establishedOn: row.establishedOn ?? "",
    industryCode: row.industryCode ?? "",
    mainBusiness: row.mainBusiness ?? null,
    employees: Number(row.employees ?? Number.NaN),
    totalAssets: row.totalAssets ?? null,
    ownership: ownership ?? row.ownership ?? "",
    cluster: row.cluster ? clusterCode(row.cluster) : null,
    revenues: row.revenue && row.revenueYear ? [{ year: Number(row.revenueYear), amount: row.revenue }] : [],
    tags: tagLabels.flatMap((label) => {
      const code = tagCode(label);
      return code ? [{ tag: code, validFrom: row.establishedOn ?? "", validTo: null }] : [];
    }),
  };
  const parsed = enterpriseInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = columnOf(issue.path);
      if (key === "tags" && (unknownTag || derivedTag)) continue;
      errors.push(
        rowError(rowNumber, key, issue.code, zodMessage({ message: issue.message, params: issue })),
      );
    }
  }
  const uscc = validateUscc(candidate.uscc);
  if (!uscc.valid) errors.push(rowError(rowNumber, "uscc", `uscc-${uscc.rule}`, uscc.reason));
  else if (existing.has(candidate.uscc)) {
    errors.push(rowError(rowNumber, "uscc", "unique", { zh: "该代码已登记", en: "Already registered" }));
  } else if (seen.has(candidate.uscc)) {
    errors.push(
      rowError(rowNumber, "uscc", "unique-in-file", {
        zh: `与第 ${seen.get(candidate.uscc)} 行重复`,
        en: "Duplicate in file",
      }),
    );
  }
  seen.set(candidate.uscc, seen.get(candidate.uscc) ?? rowNumber);
  return errors.length || !parsed.success ? { errors } : { input: parsed.data, errors };
}

/** Maps a schema path back to the spreadsheet column it came from. */
function columnOf(path: PropertyKey[]): string {
  const [first, , field] = path;
  if (first === "districtCode") return "district";
  if (first === "revenues") return field === "year" ? "revenueYear" : "revenue";
  if (first === "tags") return field === "validFrom" ? "establishedOn" : "tags";
  return String(first ?? "name");
}
