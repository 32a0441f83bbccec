import { POSTING_KINDS } from "@chanrong/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { idParams, isoDate, pageQuery, text } from "../../platform/http";
import { sendWorkbook, type TableSheet, tablesWorkbook } from "../../platform/spreadsheets";
import {
  decisionText,
  fullStatement,
  listPostings,
  MONTH_PATTERN,
  movementText,
  type ProgrammeMonthly,
  programmeMonthly,
  REPORT_FIGURES,
  type ReportFigure,
  statement,
} from "./reports.service";

const period = { from: isoDate, to: isoDate };

const monthlyQuery = z
  .object({
    programme: text({ max: 40 }),
    month: z.string().regex(MONTH_PATTERN, "月份须为 YYYY-MM (month must be YYYY-MM)"),
  })
  .strict();

const yes = (value: boolean) => (value ? "是" : "否");

async function statementWorkbook(full: Awaited<ReturnType<typeof fullStatement>>): Promise<Buffer> {
  const { reconciliation } = full;
  const sheets: TableSheet[] = [
    {
      name: "资金明细账",
      columns: [
        { key: "date", header: "记账日期", width: 12 },
        { key: "no", header: "记账号", width: 8 },
        { key: "kind", header: "摘要类别", width: 22 },
        { key: "memo", header: "摘要", width: 40 },
        { key: "decision", header: "依据(决定)", width: 44 },
        { key: "movements", header: "借贷科目及金额(元)", width: 60 },
        { key: "cashIn", header: "资金收入(元)", width: 16 },
        { key: "cashOut", header: "资金支出(元)", width: 16 },
        { key: "balance", header: "资金余额(元)", width: 16 },
        { key: "recordedBy", header: "记账人", width: 28 },
      ],
      rows: [
        { date: full.from, kind: "期初余额", balance: full.openingCash },
        ...full.entries.map((entry) => ({
          date: entry.effectiveOn,
          no: String(entry.postingId),
          kind: entry.kindLabel,
          memo: entry.memo,
          decision: decisionText(entry),
          movements: movementText(entry),
          cashIn: entry.cashIn,
          cashOut: entry.cashOut,
          balance: entry.cashBalance,
          recordedBy: `${entry.recordedBy.name}(${entry.recordedBy.orgName})`,
        })),
        { date: full.to, kind: "期末余额", balance: full.closingCash },
      ],
    },
    {
      name: "科目汇总",
      columns: [
        { key: "kind", header: "科目", width: 20 },
        { key: "opening", header: "期初余额(元)", width: 18 },
        { key: "debits", header: "本期借方(元)", width: 18 },
        { key: "credits", header: "本期贷方(元)", width: 18 },
        { key: "closing", header: "期末余额(元)", width: 18 },
      ],
      rows: full.totals.map((row) => ({
        kind: row.kindLabel,
        opening: row.opening,
        debits: row.debits,
        credits: row.credits,
        closing: row.closing,
      })),
    },
    {
      name: "对账",
      columns: [
        { key: "item", header: "项目", width: 44 },
        { key: "value", header: "结果", width: 40 },
      ],
      rows: [
        { item: "专项资金", value: `${full.fund.name}(${full.fund.code})` },
        { item: "期间", value: `${full.from} 至 ${full.to}` },
        { item: "对账结论", value: reconciliation.reconciled ? "已对平" : "未对平" },
        { item: "各科目累计发生额与转账明细一致", value: yes(reconciliation.accountsMatchTransfers) },
        { item: "借方合计等于贷方合计", value: yes(reconciliation.debitsEqualCredits) },
        { item: "借方合计(元)", value: reconciliation.totalDebits },
        { item: "贷方合计(元)", value: reconciliation.totalCredits },
        { item: "转账明细合计(元)", value: reconciliation.transferred },
        ...reconciliation.mismatches.map((mismatch) => ({
          item: `不一致:${mismatch.name}`,
          value: `借 ${mismatch.recordedDebits}/${mismatch.transferDebits},贷 ${mismatch.recordedCredits}/${mismatch.transferCredits}`,
        })),
      ],
    },
  ];
  return tablesWorkbook(sheets);
}

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

function reportSheet(
  name: string,
  orgHeader: string,
  report: ProgrammeMonthly,
  rows: ProgrammeMonthly["byBank"],
) {
  const columns = [
    { key: "name", header: orgHeader, width: 30 },
    ...REPORT_FIGURES.flatMap((figure) => [
      { key: `${figure}.inMonth`, header: `本月${FIGURE_HEADERS[figure]}`, width: 16 },
      { key: `${figure}.cumulative`, header: `累计${FIGURE_HEADERS[figure]}`, width: 16 },
    ]),
    { key: "outstanding", header: "月末贷款余额(元)", width: 18 },
    { key: "loansOutstanding", header: "月末在贷笔数", width: 12 },
  ];
  const line = (label: string, row: ProgrammeMonthly["total"]) => ({
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

async function monthlyWorkbook(report: ProgrammeMonthly): Promise<Buffer> {
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

export function registerReportRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["fund", "reports"];

  r.get(
    "/api/v1/funds/:id/postings",
    {
      schema: {
        tags,
        summary: "A fund's postings, newest first, optionally of one kind (e.g. its appropriations)",
        params: idParams,
        querystring: z.object({ kind: z.enum(POSTING_KINDS).optional(), ...pageQuery }).strict(),
      },
    },
    async (request) => listPostings(db, actorOf(request), request.params.id, request.query),
  );

  r.get(
    "/api/v1/funds/:id/statement",
    {
      schema: {
        tags,
        summary:
          "The fund's statement for a period: opening and closing cash, every posting with its decision and " +
          "running cash balance (paged), totals per account kind, and whether the books reconcile",
        params: idParams,
        querystring: z.object({ ...period, ...pageQuery }).strict(),
      },
    },
    async (request) => statement(db, actorOf(request), request.params.id, request.query),
  );

  r.get(
    "/api/v1/funds/:id/statement/export",
    {
      schema: {
        tags,
        summary: "The same statement as an Excel workbook (every entry, totals, reconciliation)",
        params: idParams,
        querystring: z.object(period).strict(),
      },
    },
    async (request, reply) => {
      const full = await fullStatement(db, actorOf(request), request.params.id, request.query);
      const body = await statementWorkbook(full);
      return sendWorkbook(reply, `资金明细账-${full.fund.code}-${full.from}-${full.to}.xlsx`, body);
    },
  );

  r.get(
    "/api/v1/reports/programme-monthly",
    {
      schema: {
        tags,
        summary:
          "Monthly programme report (seed 002 art. 17): per bank and per guarantor, applications, approvals, " +
          "lending, outstanding, subsidies, defaults, compensation, recoveries; the fund's cash; a 12-month trend",
        querystring: monthlyQuery,
      },
    },
    async (request) => programmeMonthly(db, actorOf(request), request.query),
  );

  r.get(
    "/api/v1/reports/programme-monthly/export",
    {
      schema: {
        tags,
        summary: "The monthly programme report as an Excel workbook",
        querystring: monthlyQuery,
      },
    },
    async (request, reply) => {
      const report = await programmeMonthly(db, actorOf(request), request.query);
      const body = await monthlyWorkbook(report);
      return sendWorkbook(reply, `月度报表-${report.programme.code}-${report.month}.xlsx`, body);
    },
  );
}
