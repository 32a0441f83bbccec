import { tablesWorkbook } from "../../platform/spreadsheets";
import type { OrganisationLine, ProgrammeMonthly, ReportLine } from "./reports.schemas";
import { REPORT_FIGURES, type ReportFigure } from "./reports.service";

/** The monthly programme report as a workbook: per bank, per guarantor, and the 12-month trend. */

const FIGURE_HEADERS: Readonly<Record<ReportFigure, string>> = {
  applications: "申请笔数",
  approvals: "审批通过笔数",
  disbursed: "放款金额(元)",
  interestSubsidy: "贴息拨付(元)",
  feeSubsidy: "担保费补贴拨付(元)",
  defaults: "代偿申请笔数",
  defaultLoss: "代偿损失金额(元)",
  compensation: "风险补偿拨付(元)",
  recoveries: "追偿回收(元)",
};

function reportSheet(name: string, orgHeader: string, report: ProgrammeMonthly, rows: OrganisationLine[]) {
  const columns = [
    { key: "name", header: orgHeader, width: 30 },
    ...REPORT_FIGURES.flatMap((figure) => [
      { key: `${figure}.inMonth`, header: `本月${FIGURE_HEADERS[figure]}`, width: 16 },
      { key: `${figure}.cumulative`, header: `累计${FIGURE_HEADERS[figure]}`, width: 16 },
    ]),
    { key: "outstanding", header: "月末贷款余额(元)", width: 18 },
    { key: "loansOutstanding", header: "月末在贷笔数", width: 12 },
  ];
  const line = (label: string, row: ReportLine) => ({
    name: label,
    ...Object.fromEntries(
      REPORT_FIGURES.flatMap((figure) => [
        [`${figure}.inMonth`, String(row[figure].inMonth)],
        [`${figure}.cumulative`, String(row[figure].cumulative)],
      ]),
    ),
    outstanding: row.outstanding,
    loansOutstanding: String(row.loansOutstanding),
  });
  return {
    name,
    columns,
    rows: [...rows.map((row) => line(row.name, row)), line("合计", report.total)],
  };
}

export async function monthlyWorkbook(report: ProgrammeMonthly): Promise<Buffer> {
  return tablesWorkbook([
    reportSheet("按银行", "银行", report, report.byBank),
    reportSheet("按担保机构", "担保机构", report, report.byGuarantor),
    {
      name: "月度趋势",
      columns: [
        { key: "month", header: "月份", width: 10 },
        { key: "disbursed", header: "放款金额(元)", width: 18 },
        { key: "outstanding", header: "月末贷款余额(元)", width: 18 },
        { key: "interestSubsidy", header: "贴息拨付(元)", width: 16 },
        { key: "feeSubsidy", header: "担保费补贴拨付(元)", width: 18 },
        { key: "compensation", header: "风险补偿拨付(元)", width: 18 },
        { key: "recoveries", header: "追偿回收(元)", width: 16 },
        { key: "cashBalance", header: "月末专项资金余额(元)", width: 20 },
      ],
      rows: report.trend.map((month) => ({ ...month, cashBalance: month.cashBalance ?? "" })),
    },
  ]);
}
