/**
 * Test fixtures of the application workflow (not part of the package's exports): states, actors, the
 * seed's four contracts and its loan of SPEC §3.2.
 */
import { parseYuan } from "../money";
import type { ApplicationState, ApplicationStatus, ReviewState } from "./application-workflow";
import type { ContractRecord } from "./contracts";
import { type LoanEvent, loanPosition } from "./loan-servicing";
import type { OrgType, WorkflowActor } from "./organisations";

export const state = (
  status: ApplicationStatus,
  bankReview: ReviewState = "NOT_STARTED",
  guarantorReview: ReviewState = "NOT_STARTED",
): ApplicationState => ({ status, bankReview, guarantorReview });

export const review = (bank: ReviewState, guarantor: ReviewState) => state("UNDER_REVIEW", bank, guarantor);

export const actor = (orgType: OrgType, ...roles: WorkflowActor["roles"]): WorkflowActor => ({
  orgType,
  roles,
});

export const enterpriseOperator = actor("ENTERPRISE", "operator");
export const enterpriseAdmin = actor("ENTERPRISE", "admin");
export const bureauReviewer = actor("INDUSTRY_BUREAU", "reviewer");
export const bankReviewer = actor("BANK", "reviewer");
export const bankOperator = actor("BANK", "operator");
export const guarantorReviewer = actor("GUARANTOR", "reviewer");

/** Seed 002 art. 11(4): the four contracts of one loan of 500万元. */
export const seedContracts: ContractRecord[] = [
  { kind: "LOAN", number: "SY-JK-2025-001", parties: ["十堰精工汽车零部件有限公司", "中国工商银行十堰分行"] },
  { kind: "ENTRUSTED_GUARANTEE", number: "SYDB-WT-2025-001", parties: ["十堰融资担保集团", "十堰精工"] },
  { kind: "COUNTER_GUARANTEE", number: "SYDB-FD-2025-001", parties: ["十堰融资担保集团", "十堰精工"] },
  { kind: "SURETY", number: "SY-BZ-2025-001", parties: ["中国工商银行十堰分行", "十堰融资担保集团"] },
].map((contract) => ({
  ...contract,
  kind: contract.kind as ContractRecord["kind"],
  date: "2025-10-15",
  amountFen: parseYuan("5000000.00"),
}));

/** The bank's 放款 of the whole contracted 500万元, three days after the contracts. */
export const seedDisbursement = { date: "2025-10-18", amountFen: parseYuan("5000000.00") };

export const loanEvent = (
  id: string,
  type: LoanEvent["type"],
  date: string,
  yuan: string,
  reverses: string | null = null,
): LoanEvent => ({ id, type, date, amountFen: parseYuan(yuan), reverses });

/** The seed's loan of SPEC §3.2: 500万 disbursed, 200万 then 300万 repaid. */
export const seedLoan = [
  loanEvent("1", "DISBURSEMENT", "2025-03-10", "5000000.00"),
  loanEvent("2", "PRINCIPAL_REPAYMENT", "2025-09-10", "2000000.00"),
];
export const finalRepayment = loanEvent("3", "PRINCIPAL_REPAYMENT", "2026-03-10", "3000000.00");
export const repaidLoan = loanPosition([...seedLoan, finalRepayment]);
