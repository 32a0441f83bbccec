import { describe, expect, it } from "vitest";
import { issueOf } from "../test-support";
import { stepAfterLoanEvent } from "./application-servicing";
import { APPLICATION_STATUSES } from "./application-workflow";
import { type LoanEvent, loanPosition } from "./loan-servicing";
import { finalRepayment, loanEvent, repaidLoan, seedLoan, state } from "./workflow-test-support";

describe("stepAfterLoanEvent: settled by repayment, not by a decision", () => {
  const disbursed = state("DISBURSED", "APPROVED", "APPROVED");

  it("does nothing while principal is outstanding", () => {
    expect(stepAfterLoanEvent(disbursed, loanPosition(seedLoan), seedLoan[1] as LoanEvent)).toBeNull();
    expect(stepAfterLoanEvent(disbursed, loanPosition([]), seedLoan[0] as LoanEvent)).toBeNull();
  });

  it("settles a disbursed loan with the repayment that cleared it named in the history", () => {
    expect(stepAfterLoanEvent(disbursed, repaidLoan, finalRepayment)).toEqual({
      state: state("SETTLED", "APPROVED", "APPROVED"),
      clocks: { start: [], stop: [] },
      historyEntry: {
        action: "loan-repaid",
        fromStatus: "DISBURSED",
        toStatus: "SETTLED",
        opinion: "2026-03-10 还本 3,000,000.00 元(台账第 3 笔)后贷款本金已全部还清,申请结清",
      },
    });
  });

  it("settles a loan repaid before anyone pressed 放款, stopping the disbursement clock", () => {
    const step = stepAfterLoanEvent(state("CONTRACTED", "APPROVED", "APPROVED"), repaidLoan, finalRepayment);
    expect(step?.state.status).toBe("SETTLED");
    expect(step?.clocks).toEqual({ start: [], stop: ["disbursement"] });
  });

  it("settles when reversing a mistaken extra disbursement leaves nothing outstanding", () => {
    const extra = loanEvent("4", "DISBURSEMENT", "2025-03-11", "1000000.00");
    const reversal = loanEvent("5", "DISBURSEMENT", "2025-03-12", "1000000.00", "4");
    const step = stepAfterLoanEvent(
      disbursed,
      loanPosition([...seedLoan, extra, finalRepayment, reversal]),
      reversal,
    );
    expect(step?.historyEntry.opinion).toContain("冲正放款 1,000,000.00 元(台账第 5 笔)");
  });

  it.each(APPLICATION_STATUSES.filter((status) => status !== "CONTRACTED" && status !== "DISBURSED"))(
    "refuses a loan event while the application is %s",
    (status) => {
      expect(issueOf(() => stepAfterLoanEvent(state(status), repaidLoan, finalRepayment)).rule).toBe(
        "action-not-allowed-in-state",
      );
    },
  );
});
