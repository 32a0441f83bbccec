import { DomainValidationError } from "../errors";
import { formatYuanGrouped } from "../money";
import { APPLICATION_STATUS_LABELS, LOAN_EVENT_LABELS } from "../vocabulary";
import {
  type ActionResult,
  type ApplicationState,
  type ApplicationStatus,
  runningClocks,
} from "./application-workflow";
import type { LoanEvent, LoanPosition } from "./loan-servicing";

/** The bank records loan events from the contracts until the loan is settled. */
export const LOAN_SERVICING_STATUSES: readonly ApplicationStatus[] = ["CONTRACTED", "DISBURSED"];

/** The settlement's opinion names the event that repaid the loan: "2026-03-10 还本 3,000,000.00 元(台账第 12 笔)…". */
function settlementOpinion(event: LoanEvent): string {
  const what = `${event.reverses ? "冲正" : ""}${LOAN_EVENT_LABELS[event.type]} ${formatYuanGrouped(event.amountFen)} 元`;
  return `${event.date} ${what}(台账第 ${event.id} 笔)后贷款本金已全部还清,申请结清`;
}

/**
 * 结清 is nobody's decision: the application is settled when the position derived from the bank's loan
 * events says the principal is repaid in full (seed 002 art. 11(6) "贷款结清后"). Given the position after
 * `event`, returns the step the application takes with that event — SETTLED, its history entry naming
 * the event, any running clock stopped — or null while principal is outstanding.
 */
export function stepAfterLoanEvent(
  state: ApplicationState,
  position: LoanPosition,
  event: LoanEvent,
): ActionResult | null {
  if (!LOAN_SERVICING_STATUSES.includes(state.status)) {
    throw DomainValidationError.single(["status"], "action-not-allowed-in-state", {
      zh: `申请状态为"${APPLICATION_STATUS_LABELS[state.status]}"时不能登记贷款事项`,
      en: `Loan events need a contracted or disbursed loan, not ${state.status}`,
    });
  }
  if (position.status !== "SETTLED") return null;
  return {
    state: { ...state, status: "SETTLED" },
    clocks: { start: [], stop: runningClocks(state) },
    historyEntry: {
      action: "loan-repaid",
      fromStatus: state.status,
      toStatus: "SETTLED",
      opinion: settlementOpinion(event),
    },
  };
}
