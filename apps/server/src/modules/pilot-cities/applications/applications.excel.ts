import {
  applicationIndicatorIssues,
  applicationPlanYears,
  INDICATOR_GROUP_TERMS,
  type IndicatorColumn,
  indicatorColumns,
  type Term,
} from "@chanrong/domain";
import ExcelJS from "exceljs";
import { AppError, type FieldIssue } from "../../../platform/errors";
import { type ImportColumn, readTableRows, WorkbookFormatError } from "../../../platform/spreadsheets";
import type { BatchRow } from "../batches/batches.repository";
import type { ApplicationContent } from "./applications.schemas";
import { frameOf } from "./applications.service";

// The 定量指标统计表 (附件2) as an Excel template generated from the batch's own indicator template,
// and its upload: checked row by row, all problems reported at once, nothing kept if any.

const SHEET = "定量指标统计表";
const FIXED = [
  { key: "code", header: "指标代码", width: 10 },
  { key: "name", header: "指标名称", width: 30 },
  { key: "group", header: "类别", width: 12 },
  { key: "unit", header: "单位", width: 8 },
  { key: "bounds", header: "取值范围", width: 18 },
  { key: "notes", header: "填表说明", width: 30 },
] as const;

const columnHeader = (column: IndicatorColumn) =>
  column.kind === "actual" ? `${column.year}年实际值` : `${column.year}年目标值`;

function columnsFor(batch: BatchRow, draft: ApplicationContent) {
  return indicatorColumns(frameOf(batch).indicatorTemplate, applicationPlanYears(draft.plan));
}

/** The template: one row per indicator with its unit, bounds and filling notes, the city's values so far. */
export async function indicatorTemplateWorkbook(batch: BatchRow, draft: ApplicationContent): Promise<Buffer> {
  const { indicators } = frameOf(batch).indicatorTemplate;
  const columns = columnsFor(batch, draft);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "产融通 Chanrong";
  const sheet = workbook.addWorksheet(SHEET, { views: [{ state: "frozen", ySplit: 1, xSplit: 2 }] });
  sheet.columns = [
    ...FIXED,
    ...columns.map((column) => ({ key: column.key, header: columnHeader(column), width: 14 })),
  ];
  sheet.getRow(1).font = { bold: true };
  for (const definition of indicators) {
    const row = sheet.addRow({
      code: definition.code,
      name: `${definition.name.zh}${definition.required ? "(必填)" : ""}`,
      group: INDICATOR_GROUP_TERMS[definition.group].zh,
      unit: definition.unit,
      bounds: `${definition.min}~${definition.max}${definition.type === "integer" ? ",整数" : `,≤${definition.maxDecimals}位小数`}`,
      notes: definition.notes,
      ...draft.indicators[definition.code],
    });
    // Values typed as text keep their decimals exactly as written.
    for (const column of columns) row.getCell(column.key).numFmt = "@";
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The uploaded table, checked against the template and the plan's columns. Any problem refuses the
 * whole upload with a report naming the row, the indicator, the column and the rule of each.
 */
export async function readIndicatorUpload(
  batch: BatchRow,
  draft: ApplicationContent,
  content: Buffer,
): Promise<{ rows: number; indicators: ApplicationContent["indicators"] }> {
  const columns = columnsFor(batch, draft);
  const importColumns: ImportColumn<string>[] = [
    { key: "code", header: "指标代码", required: true },
    { key: "unit", header: "单位", required: true },
    ...columns.map((column) => ({ key: column.key, header: columnHeader(column), required: true })),
  ];
  let sheetRows: Awaited<ReturnType<typeof readTableRows<string>>>;
  try {
    sheetRows = await readTableRows(content, importColumns);
  } catch (error) {
    if (error instanceof WorkbookFormatError) throw AppError.validation("file", "workbook", error.text);
    throw error;
  }
  const template = frameOf(batch).indicatorTemplate;
  const names = new Map(template.indicators.map((definition) => [definition.code, definition.name]));
  const rowOf = new Map<string, number>();
  const indicators: ApplicationContent["indicators"] = {};
  const issues: FieldIssue[] = [];
  /** One line of the report: field rows.<sheet row>.<indicator>.<column>, and the same in words. */
  const rowIssue = (row: number, code: string, column: string, rule: string, message: Term): FieldIssue => {
    const label = names.has(code) ? `${code} ${names.get(code)?.zh}` : code;
    return {
      field: `rows.${row}.${code}.${column}`,
      rule,
      message: {
        zh: `第${row}行 ${label}「${column}」:${message.zh}`,
        en: `Row ${row}, ${code}, "${column}": ${message.en}`,
      },
    };
  };
  for (const { rowNumber, row } of sheetRows) {
    const code = row.code ?? "";
    const { unit } = row;
    const expected = template.indicators.find((definition) => definition.code === code)?.unit;
    if (expected && unit !== undefined && unit !== expected) {
      issues.push(
        rowIssue(rowNumber, code, "单位", "indicator-unit", {
          zh: `单位应为${expected},不是"${unit}"`,
          en: `The unit must be ${expected}, not "${unit}"`,
        }),
      );
    }
    if (rowOf.has(code) || !names.has(code)) {
      issues.push(
        rowIssue(rowNumber, code, "指标代码", rowOf.has(code) ? "indicator-duplicate" : "indicator-unknown", {
          zh: rowOf.has(code) ? `指标${code}重复` : `指标代码"${code}"不在统计表中`,
          en: rowOf.has(code)
            ? `Indicator ${code} appears twice`
            : `"${code}" is not an indicator of the template`,
        }),
      );
      continue;
    }
    rowOf.set(code, rowNumber);
    indicators[code] = Object.fromEntries(
      columns.flatMap((column) => (row[column.key] ? [[column.key, row[column.key] as string]] : [])),
    );
  }
  const headerOf = new Map(columns.map((column) => [column.key, columnHeader(column)]));
  for (const issue of applicationIndicatorIssues(
    frameOf(batch),
    { plan: draft.plan, indicators },
    { complete: false },
  )) {
    issues.push(
      rowIssue(
        rowOf.get(issue.code) ?? 0,
        issue.code,
        headerOf.get(issue.field) ?? issue.field,
        issue.rule,
        issue.message,
      ),
    );
  }
  if (issues.length > 0) {
    throw new AppError(
      "validation",
      {
        zh: `统计表有${issues.length}处问题,未保存任何数据`,
        en: `${issues.length} problems in the table; nothing was saved`,
      },
      issues,
    );
  }
  return { rows: sheetRows.length, indicators };
}
