import { type TableSheet, tablesWorkbook } from "../../platform/spreadsheets";
import { decisionText, type fullStatement, movementText } from "./statement.service";

const yes = (value: boolean) => (value ? "是" : "否");

/** "十堰精工 · 工商银行十堰分行 · 4202…": the account a payment went to, as the bank slip names it. */
const payeeText = (account: { name: string | null; bank: string | null; number: string } | null) =>
  account ? [account.name, account.bank, account.number].filter(Boolean).join(" · ") : "";

/** The statement of a period as a workbook: every entry, the totals per account kind, the reconciliation. */
export async function statementWorkbook(full: Awaited<ReturnType<typeof fullStatement>>): Promise<Buffer> {
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
        { key: "payee", header: "收款账户", width: 48 },
        { key: "reference", header: "银行流水号", width: 24 },
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
          payee: payeeText(entry.decision.line?.payeeAccount ?? null),
          reference: entry.decision.line?.transferReference ?? "",
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
