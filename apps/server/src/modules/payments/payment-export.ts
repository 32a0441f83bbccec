import {
  type CompensationWorking,
  DAY_COUNT_BASIS,
  formatYuanGrouped,
  PAYMENT_KIND_LABELS,
  PAYMENT_STATUS_LABELS,
  type PaymentKind,
  type PaymentStatus,
  parseYuan,
  type RiskParty,
  rateAsPercent,
  type SubsidyWorking,
} from "@chanrong/domain";
import type { Database } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { type TableSheet, tablesWorkbook } from "../../platform/spreadsheets";
import * as repo from "./payments.repository";
import { findPayment, payeeAccountOf } from "./payments.service";

const CAP_BASIS: Record<NonNullable<SubsidyWorking["cap"]>["basis"], string> = {
  "interest-paid": "实付利息",
  "fee-charged": "当年实收担保费",
};

const YEARLY_CAP_BASIS: Record<NonNullable<SubsidyWorking["yearlyCap"]>["basis"], string> = {
  "per-guarantor-year": "担保机构年度申请合计",
};

const PARTY: Record<RiskParty, string> = {
  reguarantor: "再担保机构",
  guarantor: "担保机构",
  bank: "银行",
  government: "政府",
  national_fund: "国家融资担保基金",
};

const yuan = (amount: string) => formatYuanGrouped(parseYuan(amount));

const isSubsidy = (working: unknown): working is SubsidyWorking =>
  Array.isArray((working as SubsidyWorking | null)?.periods);

const isCompensation = (working: unknown): working is CompensationWorking =>
  Array.isArray((working as CompensationWorking | null)?.shares);

function subsidyText(working: SubsidyWorking): string {
  const basis = DAY_COUNT_BASIS[working.dayCount];
  const periods = working.periods.map(
    (period) =>
      `${period.from}至${period.to} ${period.days}天 × 本金${yuan(period.principal)} × ${rateAsPercent(working.rate)} / ${basis} = ${yuan(period.amount)}`,
  );
  const cap = working.cap
    ? `上限(${CAP_BASIS[working.cap.basis]})${yuan(working.cap.amount)}${working.capped && !working.yearlyCap ? ",按上限核定" : ",未超上限"}`
    : "无上限";
  const yearlyCap = working.yearlyCap
    ? [
        `${YEARLY_CAP_BASIS[working.yearlyCap.basis]}${yuan(working.yearlyCap.total)}超过上限${yuan(working.yearlyCap.limit)},` +
          `按比例(最大余额法)分摊,本项分摊前${yuan(working.yearlyCap.before)}`,
      ]
    : [];
  return [
    `年化补贴率${rateAsPercent(working.rate)},${working.dayCount}(日补贴率 = 年化补贴率 / ${basis}),算头不算尾`,
    ...periods,
    `合计${yuan(working.uncapped)}`,
    cap,
    ...yearlyCap,
    `核定金额${yuan(working.amount)}(四舍五入到分,只舍入一次)`,
  ].join(";\n");
}

function compensationText(working: CompensationWorking): string {
  return [
    `损失${yuan(working.loss)}按${working.scheme}分担`,
    ...working.shares.map(
      (share) =>
        `${PARTY[share.party as RiskParty] ?? share.party} ${rateAsPercent(share.share)} = ${yuan(share.amount)}`,
    ),
    `专项资金补偿担保机构承担部分的${rateAsPercent(working.fundShareOfGuarantor)}`,
    `专项资金补偿${yuan(working.fundPays)},担保机构净承担${yuan(working.guarantorNet)}`,
  ].join(";\n");
}

/** A line's working in a reviewer's words, for one cell of the export. */
export function workingText(working: unknown): string {
  if (isSubsidy(working)) return subsidyText(working);
  if (isCompensation(working)) return compensationText(working);
  return "";
}

/**
 * A payment as a workbook for its reviewers and auditors (issue 4 point 7): every line with its
 * working in words, and every period of every subsidy on a row of its own, so the sums can be re-added.
 */
export async function paymentWorkbook(
  db: Database,
  actor: Actor,
  id: string,
): Promise<{ filename: string; body: Buffer }> {
  const { row } = await findPayment(db, actor, id);
  const lines = await repo.linesOf(db, id);
  const sheets: TableSheet[] = [
    {
      name: "支付明细",
      columns: [
        { key: "no", header: "序号", width: 8 },
        { key: "beneficiary", header: "受益人", width: 32 },
        { key: "subject", header: "事项", width: 44 },
        { key: "amount", header: "金额(元)", width: 18 },
        { key: "paid", header: "拨付日期", width: 12 },
        { key: "accountName", header: "收款户名", width: 32 },
        { key: "bank", header: "开户银行", width: 28 },
        { key: "accountNo", header: "收款账号", width: 24 },
        { key: "reference", header: "银行流水号", width: 24 },
        { key: "working", header: "计算过程", width: 100 },
      ],
      rows: [
        ...lines.map((row) => {
          const { line } = row;
          const account = payeeAccountOf(row);
          return {
            no: String(line.lineNo),
            beneficiary: line.beneficiaryName,
            subject: line.subject,
            amount: formatYuanGrouped(line.amountFen),
            // The business date it was paid on, as the statement and the detail page show it.
            paid: line.paidOn ?? "未拨付",
            accountName: account?.name ?? "",
            bank: account?.bank ?? "",
            accountNo: account?.number ?? "",
            reference: line.transferReference ?? "",
            working: workingText(line.working),
          };
        }),
        { no: "合计", amount: formatYuanGrouped(row.totalFen) },
      ],
    },
    {
      name: "计算明细",
      columns: [
        { key: "no", header: "序号", width: 8 },
        { key: "beneficiary", header: "受益人", width: 32 },
        { key: "from", header: "起(含)", width: 12 },
        { key: "to", header: "止(不含)", width: 12 },
        { key: "days", header: "天数", width: 8 },
        { key: "principal", header: "本金(元)", width: 18 },
        { key: "rate", header: "年化补贴率", width: 12 },
        { key: "dayCount", header: "计息基准", width: 10 },
        { key: "amount", header: "本段金额(元)", width: 16 },
      ],
      rows: lines.flatMap(({ line: { lineNo, beneficiaryName, working } }) =>
        isSubsidy(working)
          ? working.periods.map((period) => ({
              no: String(lineNo),
              beneficiary: beneficiaryName,
              from: period.from,
              to: period.to,
              days: String(period.days),
              principal: yuan(period.principal),
              rate: rateAsPercent(working.rate),
              dayCount: working.dayCount,
              amount: yuan(period.amount),
            }))
          : [],
      ),
    },
  ];
  const title = `${PAYMENT_KIND_LABELS[row.kind as PaymentKind]}-${row.title}-${PAYMENT_STATUS_LABELS[row.status as PaymentStatus]}`;
  return { filename: `${title}.xlsx`, body: await tablesWorkbook(sheets) };
}
