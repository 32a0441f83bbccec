import { BRIDGE_LOAN_STATE_TERMS, BRIDGE_OVERDUE_TERMS, type BridgeOverdueLevel } from "@chanrong/domain";
import { tableWorkbook } from "../../platform/spreadsheets";
import type { listBridgeLoans } from "./bridge-loans.service";

type ListedBridgeLoan = Awaited<ReturnType<typeof listBridgeLoans>>[number];

/** Bridge loans as the fund files them: one row each, with the fee and any overdue flag. */
const COLUMNS = [
  { key: "appliedOn", header: "申请日期", width: 12 },
  { key: "enterprise", header: "企业名称", width: 32 },
  { key: "bank", header: "贷款银行", width: 24 },
  { key: "contractNo", header: "合同编号", width: 20 },
  { key: "maturityDate", header: "到期日", width: 12 },
  { key: "amount", header: "转贷金额(元)", width: 16 },
  { key: "state", header: "状态", width: 18 },
  { key: "paidOn", header: "支付日", width: 12 },
  { key: "returnDue", header: "应还日", width: 12 },
  { key: "returnedOn", header: "归还日", width: 12 },
  { key: "fee", header: "使用费(元)", width: 14 },
  { key: "overdue", header: "逾期", width: 14 },
];

export function bridgeLoansWorkbook(items: readonly ListedBridgeLoan[]): Promise<Buffer> {
  return tableWorkbook(
    "应急转贷",
    COLUMNS,
    items.map((item) => ({
      appliedOn: item.appliedOn,
      enterprise: item.enterpriseName,
      bank: item.bankName,
      contractNo: item.contractNo,
      maturityDate: item.maturityDate,
      amount: item.amount,
      state: BRIDGE_LOAN_STATE_TERMS[item.state].zh,
      paidOn: item.paidOn ?? "",
      returnDue: item.returnDue ?? "",
      returnedOn: item.returnedOn ?? "",
      fee: item.fee ?? "",
      overdue: item.overdue?.level
        ? `${BRIDGE_OVERDUE_TERMS[item.overdue.level as BridgeOverdueLevel].zh} ${item.overdue.daysOverdue}天`
        : "",
    })),
  );
}
