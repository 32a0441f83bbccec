import {
  CLUSTERS_33618,
  ENTERPRISE_TAGS,
  OWNERSHIP_TYPES,
  SIZE_CLASSES,
  tagIsValidOn,
  tagName,
} from "@chanrong/domain";
import ExcelJS from "exceljs";
import { readTableRows } from "../../platform/spreadsheets";

export { WorkbookFormatError } from "../../platform/spreadsheets";

/**
 * One column table drives the import template, the export and the import parser, so the
 * three can never drift apart. `importable: false` columns are written on export only.
 */
export const ENTERPRISE_COLUMNS = [
  { key: "name", header: "企业名称", width: 32, importable: true, required: true },
  { key: "uscc", header: "统一社会信用代码", width: 22, importable: true, required: true },
  { key: "address", header: "注册地址", width: 36, importable: true, required: true },
  { key: "district", header: "所在区县(名称或代码)", width: 20, importable: true, required: true },
  { key: "legalRepresentative", header: "法定代表人", width: 12, importable: true, required: true },
  { key: "contactName", header: "联系人", width: 12, importable: true, required: false },
  { key: "contactPhone", header: "联系电话", width: 16, importable: true, required: false },
  { key: "establishedOn", header: "成立日期", width: 12, importable: true, required: true },
  { key: "industryCode", header: "行业代码(GB/T 4754)", width: 14, importable: true, required: true },
  { key: "mainBusiness", header: "主营业务", width: 30, importable: true, required: false },
  { key: "employees", header: "从业人员(人)", width: 12, importable: true, required: true },
  { key: "revenueYear", header: "营业收入年度", width: 12, importable: true, required: false },
  { key: "revenue", header: "主营业务收入(元)", width: 18, importable: true, required: false },
  { key: "totalAssets", header: "资产总额(元)", width: 18, importable: true, required: false },
  { key: "ownership", header: "所有制", width: 12, importable: true, required: true },
  { key: "tags", header: "标签(多个用、分隔)", width: 30, importable: true, required: false },
  { key: "sizeClass", header: "企业规模", width: 10, importable: false, required: false },
  { key: "cluster", header: "“33618”产业集群", width: 20, importable: true, required: false },
] as const;

export type ColumnKey = (typeof ENTERPRISE_COLUMNS)[number]["key"];
export type SheetRow = Partial<Record<ColumnKey, string>>;

export const tagCode = (label: string) =>
  ENTERPRISE_TAGS.find((t) => t.zh === label || t.code === label)?.code;
const ownershipLabel = (code: string) => OWNERSHIP_TYPES.find((o) => o.code === code)?.zh ?? code;
export const ownershipCode = (label: string) =>
  OWNERSHIP_TYPES.find((o) => o.zh === label || o.code === label)?.code;
const clusterLabel = (code: string) => CLUSTERS_33618.find((c) => c.code === code)?.zh ?? code;
/** A cluster as typed in a sheet, by its name or code; unknown text is kept for the schema to refuse. */
export const clusterCode = (label: string) =>
  CLUSTERS_33618.find((c) => c.zh === label || c.code === label)?.code ?? label;
const sizeClassLabel = (code: string) => SIZE_CLASSES.find((s) => s.code === code)?.zh ?? code;

const SHEET = "企业名录";

/** The fields of an enterprise as the export shows them. */
export interface ExportableEnterprise {
  name: string;
  uscc: string;
  address: string;
  districtName: string;
  legalRepresentative: string;
  contactName: string | null;
  contactPhone: string | null;
  establishedOn: string;
  industryCode: string;
  mainBusiness: string | null;
  employees: number;
  totalAssets: string | null;
  ownership: string;
  sizeClass: string;
  cluster: string | null;
  revenues: { year: number; amount: string }[];
  tags: { tag: string; validFrom: string; validTo: string | null }[];
}

/** One export row: the latest revenue, tags valid on `today`, labels in Chinese as the bureaus read them. */
export function toSheetRow(e: ExportableEnterprise, today: string): SheetRow {
  const latest = e.revenues.at(-1);
  return {
    name: e.name,
    uscc: e.uscc,
    address: e.address,
    district: e.districtName,
    legalRepresentative: e.legalRepresentative,
    contactName: e.contactName ?? "",
    contactPhone: e.contactPhone ?? "",
    establishedOn: e.establishedOn,
    industryCode: e.industryCode,
    mainBusiness: e.mainBusiness ?? "",
    employees: String(e.employees),
    revenueYear: latest ? String(latest.year) : "",
    revenue: latest?.amount ?? "",
    totalAssets: e.totalAssets ?? "",
    ownership: ownershipLabel(e.ownership),
    tags: e.tags
      .filter((tag) => tagIsValidOn(tag, today))
      .map((tag) => tagName(tag.tag, "zh"))
      .join("、"),
    cluster: e.cluster ? clusterLabel(e.cluster) : "",
    sizeClass: sizeClassLabel(e.sizeClass),
  };
}

export async function writeEnterpriseWorkbook(
  rows: SheetRow[],
  options: { template?: boolean } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "产融通 Chanrong";
  const sheet = workbook.addWorksheet(SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  const columns = options.template ? ENTERPRISE_COLUMNS.filter((c) => c.importable) : ENTERPRISE_COLUMNS;
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  // Codes and numbers stay text so Excel does not turn a USCC into a number or a date.
  for (const key of ["uscc", "contactPhone", "revenue", "totalAssets", "establishedOn"] as const) {
    if (columns.some((c) => c.key === key)) sheet.getColumn(key).numFmt = "@";
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Rows of the first sheet keyed by column, with their spreadsheet row numbers. */
export function readEnterpriseWorkbook(buffer: Buffer): Promise<{ rowNumber: number; row: SheetRow }[]> {
  return readTableRows(buffer, ENTERPRISE_COLUMNS);
}
