import { PAYABLE_KIND_TERMS, PAYABLE_KINDS } from "@chanrong/domain";
import ExcelJS from "exceljs";
import { type ImportColumn, tablesWorkbook } from "../../platform/spreadsheets";
import type { report } from "./scf-financing.service";

/** One column table drives the upload template and its parser, so the two cannot drift apart. */
export const PAYABLE_COLUMNS = [
  { key: "kind", header: "单据类型(订单/发票/应收账款)", width: 22, required: true },
  { key: "documentNo", header: "单据号", width: 22, required: true },
  { key: "supplierUscc", header: "供应商统一社会信用代码", width: 24, required: true },
  { key: "amount", header: "金额(元)", width: 16, required: true },
  { key: "issuedOn", header: "开具日期", width: 12, required: true },
  { key: "dueOn", header: "到期日期", width: 12, required: true },
] as const satisfies readonly (ImportColumn<string> & { width: number })[];
export type PayableColumn = (typeof PAYABLE_COLUMNS)[number]["key"];

/** A kind as typed in the sheet, by its Chinese name or its code. */
export const payableKindOf = (label: string) =>
  PAYABLE_KINDS.find((kind) => kind === label || PAYABLE_KIND_TERMS[kind].zh === label);

/** The empty template the core enterprise fills in; codes and amounts stay text so Excel keeps them exact. */
export async function payablesTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "产融通 Chanrong";
  const sheet = workbook.addWorksheet("应付账款", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = PAYABLE_COLUMNS.map(({ key, header, width }) => ({ key, header, width }));
  sheet.getRow(1).font = { bold: true };
  for (const key of ["documentNo", "supplierUscc", "amount", "issuedOn", "dueOn"])
    sheet.getColumn(key).numFmt = "@";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type Report = Awaited<ReturnType<typeof report>>;

const totalsColumns = [
  { key: "count", header: "笔数", width: 8 },
  { key: "financed", header: "累计融资(元)", width: 18 },
  { key: "outstanding", header: "融资余额(元)", width: 18 },
  { key: "repaid", header: "已还款(元)", width: 18 },
];

/** The programme's volume as the bureau reads it: totals, by bank and by core enterprise. */
export function reportWorkbook(data: Report): Promise<Buffer> {
  return tablesWorkbook([
    {
      name: "汇总",
      columns: [{ key: "region", header: "地区代码", width: 10 }, ...totalsColumns],
      rows: [{ region: data.regionCode, ...stringify(data.totals) }],
    },
    {
      name: "按银行",
      columns: [{ key: "name", header: "银行", width: 30 }, ...totalsColumns],
      rows: data.byBank.map((row) => ({ name: row.bankName, ...stringify(row) })),
    },
    {
      name: "按核心企业",
      columns: [{ key: "name", header: "核心企业", width: 30 }, ...totalsColumns],
      rows: data.byCore.map((row) => ({ name: row.coreName, ...stringify(row) })),
    },
  ]);
}

const stringify = (t: Report["totals"]) => ({
  count: String(t.count),
  financed: t.financed,
  outstanding: t.outstanding,
  repaid: t.repaid,
});
