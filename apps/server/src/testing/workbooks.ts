import ExcelJS from "exceljs";

/** An exported .xlsx as ExcelJS reads it back. */
export async function workbookOf(payload: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  return workbook;
}

/** The cell values of one row (1-based), without ExcelJS's empty slot 0. */
export const rowValues = (sheet: ExcelJS.Worksheet | undefined, row: number) =>
  (sheet?.getRow(row).values as unknown[] | undefined)?.slice(1) ?? [];
