import type { Term } from "@chanrong/domain";
import ExcelJS from "exceljs";
import type { FastifyReply } from "fastify";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function sendWorkbook(reply: FastifyReply, filename: string, body: Buffer) {
  return reply
    .header("content-type", XLSX)
    .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .send(body);
}

export interface TableSheet {
  name: string;
  columns: { key: string; header: string; width: number }[];
  rows: Record<string, string>[];
}

/** A one-sheet workbook of text cells, header row bold and frozen: what the bureaus export. */
export async function tableWorkbook(
  sheetName: string,
  columns: TableSheet["columns"],
  rows: TableSheet["rows"],
): Promise<Buffer> {
  return tablesWorkbook([{ name: sheetName, columns, rows }]);
}

/** The same, one sheet per table (a statement and its totals, a report by bank and by guarantor). */
export async function tablesWorkbook(sheets: readonly TableSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "产融通 Chanrong";
  for (const { name, columns, rows } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = columns;
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Cell text as a person typed it: dates as YYYY-MM-DD, numbers without float noise. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
  }
  return String(value).trim();
}

/** A workbook that cannot be read as an import template; its text says why in both languages. */
export class WorkbookFormatError extends Error {
  constructor(readonly text: Term) {
    super(text.en);
  }
}

/** An import template's column: the header a person sees, the key the row carries. */
export interface ImportColumn<Key extends string> {
  key: Key;
  header: string;
  required: boolean;
}

/** Loads an uploaded workbook, or says in both languages why it is not one. */
export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookFormatError({ zh: "文件不是有效的 Excel (.xlsx) 文件", en: "Not a valid .xlsx file" });
  }
  return workbook;
}

/** A sheet's row as read: its spreadsheet row number and its cells' text by column key. */
export interface SheetRow<Key extends string> {
  rowNumber: number;
  row: Partial<Record<Key, string>>;
}

/** The column letter ("A", "B", …) under which each key's header was found, for a report naming cells. */
export type ColumnLetters<Key extends string> = Map<Key, string>;

/** A sheet's rows keyed by column (found by header in row 1), and where each column was found. */
export function readSheetRows<Key extends string>(
  sheet: ExcelJS.Worksheet,
  columns: readonly ImportColumn<Key>[],
): { rows: SheetRow<Key>[]; letters: ColumnLetters<Key> } {
  const headerCells = sheet.getRow(1).values as ExcelJS.CellValue[];
  const columnIndex = new Map<Key, number>();
  headerCells.forEach((value, index) => {
    const column = columns.find((c) => c.header === cellText(value));
    if (column) columnIndex.set(column.key, index);
  });
  const missing = columns.filter((c) => c.required && !columnIndex.has(c.key)).map((c) => c.header);
  if (missing.length)
    throw new WorkbookFormatError({
      zh: `${sheet.name}: 缺少列: ${missing.join("、")}`,
      en: `${sheet.name}: missing columns: ${missing.join(", ")}`,
    });

  const rows: SheetRow<Key>[] = [];
  sheet.eachRow({ includeEmpty: false }, (excelRow, rowNumber) => {
    if (rowNumber === 1) return;
    const row: Partial<Record<Key, string>> = {};
    for (const [key, index] of columnIndex) {
      const text = cellText(excelRow.getCell(index).value);
      if (text) row[key] = text;
    }
    if (Object.keys(row).length) rows.push({ rowNumber, row });
  });
  const letters = new Map(
    [...columnIndex].map(([key, index]) => [key, sheet.getColumn(index).letter] as const),
  );
  return { rows, letters };
}

/** Rows of the first sheet keyed by column (found by header), with their spreadsheet row numbers. */
export async function readTableRows<Key extends string>(
  buffer: Buffer,
  columns: readonly ImportColumn<Key>[],
): Promise<SheetRow<Key>[]> {
  const sheet = (await loadWorkbook(buffer)).worksheets[0];
  if (!sheet) throw new WorkbookFormatError({ zh: "工作簿中没有工作表", en: "Workbook has no sheet" });
  return readSheetRows(sheet, columns).rows;
}
