import type { LoanEventSpec } from "../testing/loan-factory";

/**
 * A loan disbursed once and serviced on the schedule's dates, with the interest the bank
 * recorded on each; amounts in fen, a zero repayment being an interest date only.
 */
export function loanHistory(
  disbursedOn: string,
  amountFen: bigint,
  schedule: readonly [date: string, repaidFen: bigint, interestFen: bigint][],
): LoanEventSpec[] {
  const events: LoanEventSpec[] = [{ type: "DISBURSEMENT", date: disbursedOn, amountFen }];
  for (const [date, repaidFen, interestFen] of schedule) {
    events.push({ type: "INTEREST_PAYMENT", date, amountFen: interestFen });
    if (repaidFen > 0n) events.push({ type: "PRINCIPAL_REPAYMENT", date, amountFen: repaidFen });
  }
  return events;
}
