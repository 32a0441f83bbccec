import {
  type BankStatisticsInput,
  CLUSTERS_33618,
  MANUFACTURING_FIGURE_TERMS,
  MANUFACTURING_FIGURES,
  type ManufacturingFiguresInput,
  OTHER_MANUFACTURING,
  OTHER_MANUFACTURING_TERM,
  SUBMISSION_TIMELINESS_TERMS,
  statisticsDueDate,
  type ValidationPath,
} from "@chanrong/domain";
import ExcelJS from "exceljs";
import {
  type ColumnLetters,
  type ImportColumn,
  loadWorkbook,
  readSheetRows,
  tablesWorkbook,
  WorkbookFormatError,
} from "../../../platform/spreadsheets";
import type { listSubmissions, timeliness } from "./bank-statistics.service";

export { WorkbookFormatError } from "../../../platform/spreadsheets";

/**
 * The bank statistics workbook: 汇总 (the month and its totals, one figure a row), 按产业集群 and 按区县
 * (one row per cluster or district, one column per figure) and 填报说明. One set of column tables drives
 * the template and the parser, so the two cannot drift apart. Amounts are text cells so Excel keeps
 * them exact (元, two decimals).
 */
export const SHEETS = {
  totals: "汇总",
  clusters: "按产业集群",
  districts: "按区县",
  notes: "填报说明",
} as const;

const TOTAL_COLUMNS = [
  { key: "item", header: "项目", width: 36, required: true },
  { key: "amount", header: "金额(元)", width: 22, required: true },
] as const satisfies readonly (ImportColumn<string> & { width: number })[];

/** The totals sheet's rows: the month, then all loans and the six manufacturing figures. */
const MONTH_ITEM = "统计月份(YYYY-MM)";
const TOTAL_ITEMS: readonly { item: string; path: ValidationPath }[] = [
  { item: MONTH_ITEM, path: ["month"] },
  { item: MANUFACTURING_FIGURE_TERMS.allLoansBalance.zh, path: ["allLoansBalance"] },
  ...MANUFACTURING_FIGURES.map((figure) => ({
    item: MANUFACTURING_FIGURE_TERMS[figure].zh,
    path: ["manufacturing", figure],
  })),
];

const figureColumns = MANUFACTURING_FIGURES.map((figure) => ({
  key: figure,
  header: `${MANUFACTURING_FIGURE_TERMS[figure].zh}(元)`,
  width: 20,
  required: true,
}));

const breakdownColumns = <Key extends "cluster" | "district">(key: Key, codeHeader: string, name: string) =>
  [
    { key, header: codeHeader, width: 22, required: true },
    { key: "name" as const, header: name, width: 24, required: false },
    ...figureColumns,
  ] as const;

const CLUSTER_COLUMNS = breakdownColumns("cluster", "集群代码", "产业集群");
const DISTRICT_COLUMNS = breakdownColumns("district", "区县代码", "区县");

export interface TemplateDistrict {
  code: string;
  name: string;
}

/** The rows of the clusters sheet: the 33618 clusters, then other manufacturing so the parts add up. */
const CLUSTER_ROWS = [
  ...CLUSTERS_33618.map((cluster) => ({ code: cluster.code, name: cluster.zh })),
  { code: OTHER_MANUFACTURING, name: OTHER_MANUFACTURING_TERM.zh },
];

function notes(month: string, bankName: string): string[] {
  return [
    `${bankName} ${month} 制造业贷款统计报送模板`,
    "1. 金额单位:元,保留两位小数(如 1234567.89),不要使用千分位、科学计数法或“万元”。",
    "2. “其中”项不得超过其所属合计:中长期、信用贷款余额 ≤ 制造业贷款余额;当月新发放同理。",
    "3. 制造业贷款余额不得超过各项贷款余额。",
    "4. “按产业集群”各行之和、“按区县”各行之和须与“汇总”中的制造业各项数字逐项相等,精确到分;不属于33618集群的制造业贷款填入“其他制造业”。",
    "5. 集群、区县各行的空白单元格按0计;整行空白的不报送。请勿修改代码列与表头。",
    `6. 报送截止日:${statisticsDueDate(month)}(次月10日,含当日);逾期报送将记为逾期。`,
    "7. 已报送月份再次上传即为更正,须在上传时填写更正原因,形成新版本。",
    "8. 上传时系统逐项校验,任一单元格有误则整份文件不保存,并按工作表、行、列列出全部问题。",
  ];
}

function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly { key: string; header: string; width: number }[],
  rows: Record<string, string>[],
  textKeys: readonly string[],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map(({ key, header, width }) => ({ key, header, width }));
  sheet.getRow(1).font = { bold: true };
  for (const key of textKeys) sheet.getColumn(key).numFmt = "@";
  for (const row of rows) sheet.addRow(row);
}

/** The template of a bank's month: codes and names filled in, amounts blank for the bank to fill. */
export async function statisticsTemplate(
  month: string,
  bankName: string,
  districts: readonly TemplateDistrict[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "产融通 Chanrong";
  addTable(
    workbook,
    SHEETS.totals,
    TOTAL_COLUMNS,
    TOTAL_ITEMS.map(({ item }) => ({ item, amount: item === MONTH_ITEM ? month : "" })),
    ["amount"],
  );
  const codesAndFigures = ["cluster", "district", ...MANUFACTURING_FIGURES];
  addTable(
    workbook,
    SHEETS.clusters,
    CLUSTER_COLUMNS,
    CLUSTER_ROWS.map((row) => ({ cluster: row.code, name: row.name })),
    codesAndFigures.filter((key) => key !== "district"),
  );
  addTable(
    workbook,
    SHEETS.districts,
    DISTRICT_COLUMNS,
    districts.map((row) => ({ district: row.code, name: row.name })),
    codesAndFigures.filter((key) => key !== "cluster"),
  );
  const notesSheet = workbook.addWorksheet(SHEETS.notes);
  notesSheet.getColumn(1).width = 110;
  for (const line of notes(month, bankName)) notesSheet.addRow([line]);
  notesSheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Where a cell of the uploaded workbook is: the report names the sheet, the row and the column. */
export interface CellLocation {
  sheet: string;
  row: number | null;
  column: string | null;
}

/** The parsed month, and where each of its fields came from, so a domain issue's path names its cell. */
export interface ParsedStatisticsWorkbook {
  input: Omit<BankStatisticsInput, "reason">;
  locate(path: ValidationPath): CellLocation;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) {
    throw new WorkbookFormatError({
      zh: `缺少工作表「${name}」,请使用平台下载的模板`,
      en: `Sheet "${name}" is missing: use the template the platform gives`,
    });
  }
  return sheet;
}

type BreakdownKey = "cluster" | "district" | "name" | (typeof MANUFACTURING_FIGURES)[number];

/** A breakdown sheet's rows: blank figures count as 0, rows without any figure are left out. */
function readBreakdown(
  sheet: ExcelJS.Worksheet,
  columns: readonly ImportColumn<BreakdownKey>[],
  key: "cluster" | "district",
) {
  const { rows, letters } = readSheetRows(sheet, columns);
  const filled = rows.filter(({ row }) => MANUFACTURING_FIGURES.some((figure) => row[figure] !== undefined));
  const parsed = filled.map(({ row }) => ({
    code: row[key] ?? "",
    ...(Object.fromEntries(
      MANUFACTURING_FIGURES.map((figure) => [figure, row[figure] ?? "0"]),
    ) as ManufacturingFiguresInput),
  }));
  return { parsed, rowNumbers: filled.map((row) => row.rowNumber), letters };
}

/** Reads a filled template into the submission it stands for; the domain checks it afterwards. */
export async function readStatisticsWorkbook(buffer: Buffer): Promise<ParsedStatisticsWorkbook> {
  const workbook = await loadWorkbook(buffer);
  const totals = readSheetRows(sheetOf(workbook, SHEETS.totals), TOTAL_COLUMNS);
  const rowOfItem = new Map(totals.rows.map(({ rowNumber, row }) => [row.item ?? "", { rowNumber, row }]));
  const amountOf = (item: string) => rowOfItem.get(item)?.row.amount ?? "";
  const clusters = readBreakdown(sheetOf(workbook, SHEETS.clusters), CLUSTER_COLUMNS, "cluster");
  const districts = readBreakdown(sheetOf(workbook, SHEETS.districts), DISTRICT_COLUMNS, "district");

  const input = {
    month: amountOf(MONTH_ITEM),
    allLoansBalance: amountOf(MANUFACTURING_FIGURE_TERMS.allLoansBalance.zh),
    manufacturing: Object.fromEntries(
      MANUFACTURING_FIGURES.map((figure) => [figure, amountOf(MANUFACTURING_FIGURE_TERMS[figure].zh)]),
    ) as ManufacturingFiguresInput,
    byCluster: clusters.parsed.map(({ code, ...figures }) => ({ cluster: code, ...figures })),
    byDistrict: districts.parsed.map(({ code, ...figures }) => ({ district: code, ...figures })),
  };

  const totalsLetter = totals.letters.get("amount") ?? null;
  const letterOf = (letters: ColumnLetters<BreakdownKey>, figure: unknown) =>
    letters.get(figure as BreakdownKey) ?? null;
  const locate = (path: ValidationPath): CellLocation => {
    const [head, second, third] = path;
    if (head === "byCluster" || head === "byDistrict") {
      const breakdown = head === "byCluster" ? clusters : districts;
      const sheet = head === "byCluster" ? SHEETS.clusters : SHEETS.districts;
      // ["byCluster", figure]: the column's sum does not match the total, no one row is wrong.
      if (typeof second !== "number")
        return { sheet, row: null, column: letterOf(breakdown.letters, second) };
      return {
        sheet,
        row: breakdown.rowNumbers[second] ?? null,
        column: letterOf(breakdown.letters, third),
      };
    }
    const item = TOTAL_ITEMS.find((candidate) => candidate.path.join(".") === path.join("."));
    return {
      sheet: SHEETS.totals,
      row: item ? (rowOfItem.get(item.item)?.rowNumber ?? null) : null,
      column: totalsLetter,
    };
  };
  return { input, locate };
}

type Submission = Awaited<ReturnType<typeof listSubmissions>>[number];
type Timeliness = Awaited<ReturnType<typeof timeliness>>;

const submissionColumns = [
  { key: "bankName", header: "银行", width: 28 },
  { key: "month", header: "统计月份", width: 10 },
  { key: "version", header: "版本", width: 6 },
  { key: "submittedOn", header: "报送日期", width: 12 },
  { key: "allLoansBalance", header: `${MANUFACTURING_FIGURE_TERMS.allLoansBalance.zh}(元)`, width: 20 },
  ...MANUFACTURING_FIGURES.map((figure) => ({
    key: figure,
    header: `${MANUFACTURING_FIGURE_TERMS[figure].zh}(元)`,
    width: 20,
  })),
];

/**
 * The statistics as read on screen: the live submissions, and for a region's month who submitted on
 * time, late or not at all.
 */
export function statisticsExport(submissions: readonly Submission[], month?: Timeliness): Promise<Buffer> {
  const data = {
    name: "报送数据",
    columns: submissionColumns,
    rows: submissions.map((row) => ({
      bankName: row.bankName,
      month: row.month,
      version: String(row.version),
      submittedOn: row.submittedOn,
      allLoansBalance: row.allLoansBalance,
      ...row.manufacturing,
    })),
  };
  if (!month) return tablesWorkbook([data]);
  return tablesWorkbook([
    {
      name: "报送情况",
      columns: [
        { key: "bankName", header: "银行", width: 28 },
        { key: "status", header: "报送状态", width: 14 },
        { key: "dueOn", header: "截止日期", width: 12 },
        { key: "daysLate", header: "逾期天数", width: 10 },
        { key: "version", header: "现行版本", width: 10 },
      ],
      rows: month.banks.map((bank) => ({
        bankName: bank.bankName,
        status: SUBMISSION_TIMELINESS_TERMS[bank.status].zh,
        dueOn: month.dueOn,
        daysLate: String(bank.daysLate),
        version: bank.liveVersion === null ? "" : String(bank.liveVersion),
      })),
    },
    data,
  ]);
}
