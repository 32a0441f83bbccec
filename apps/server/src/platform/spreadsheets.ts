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
