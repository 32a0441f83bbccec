import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainValidationError } from "../errors";
import { issueOf } from "../test-support";
import { checkLoanEventTerms, type LoanEvent, loanPosition, positionAfter } from "./loan-servicing";

let sequence = 0;
const event = (
  type: LoanEvent["type"],
  date: string,
  yuan: number,
  reverses: string | null = null,
): LoanEvent => ({
  id: String(++sequence),
  type,
  date,
  amountFen: BigInt(yuan) * 100n,
  reverses,
});

describe("loan position from servicing events", () => {
  it("follows the seed's loan to settlement", () => {
    const events = [
      event("DISBURSEMENT", "2025-03-10", 5_000_000),
      event("INTEREST_PAYMENT", "2025-06-20", 60_000),
      event("PRINCIPAL_REPAYMENT", "2025-09-10", 2_000_000),
    ];
    expect(loanPosition(events)).toMatchObject({
      status: "ACTIVE",
      outstandingFen: 300_000_000n,
      interestPaidFen: 6_000_000n,
    });
    const settled = loanPosition([...events, event("PRINCIPAL_REPAYMENT", "2026-03-10", 3_000_000)]);
    expect(settled).toMatchObject({
      status: "SETTLED",
      outstandingFen: 0n,
      settledOn: "2026-03-10",
      everOverdue: false,
    });
  });

  it("marks overdue, and remembers it after the overdue is cleared", () => {
    const events = [event("DISBURSEMENT", "2025-03-10", 1_000_000), event("OVERDUE", "2025-12-21", 0)];
    expect(loanPosition(events).status).toBe("OVERDUE");
    const cleared = loanPosition([...events, event("OVERDUE_CLEARED", "2026-01-05", 0)]);
    expect(cleared).toMatchObject({ status: "ACTIVE", everOverdue: true });
  });

  it("corrects only by reversal: a reversed event and its reversal both drop out", () => {
    const wrong = event("PRINCIPAL_REPAYMENT", "2025-09-10", 200_000);
    const events = [event("DISBURSEMENT", "2025-03-10", 1_000_000), wrong];
    const reversal = event("PRINCIPAL_REPAYMENT", "2025-09-11", 200_000, wrong.id);
    const corrected = positionAfter(events, reversal);
    expect(corrected.outstandingFen).toBe(100_000_000n);
    expect(corrected.effective.map((e) => e.id)).not.toContain(wrong.id);
    expect(() =>
      positionAfter([...events, reversal], event("PRINCIPAL_REPAYMENT", "2025-09-12", 1, wrong.id)),
    ).toThrow(DomainValidationError);
  });

  it("refuses a repayment larger than what is outstanding at its date", () => {
    const events = [event("DISBURSEMENT", "2025-03-10", 1_000_000)];
    expect(() => positionAfter(events, event("PRINCIPAL_REPAYMENT", "2025-04-01", 1_000_001))).toThrow(
      /超过当时贷款余额/,
    );
    // Backdated before the disbursement: nothing was out yet.
    expect(() => positionAfter(events, event("PRINCIPAL_REPAYMENT", "2025-03-01", 1))).toThrow(
      DomainValidationError,
    );
  });

  it("never lets outstanding go negative, whatever the order events are reported in", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            type: fc.constantFrom<LoanEvent["type"]>(
              "DISBURSEMENT",
              "PRINCIPAL_REPAYMENT",
              "INTEREST_PAYMENT",
            ),
            day: fc.integer({ min: 0, max: 700 }),
            fen: fc.bigInt({ min: 1n, max: 10_000_000_00n }),
          }),
          { maxLength: 12 },
        ),
        (raw) => {
          const accepted: LoanEvent[] = [];
          for (const [index, item] of raw.entries()) {
            const date = new Date(Date.UTC(2025, 0, 1 + item.day)).toISOString().slice(0, 10);
            const next = { id: `e${index}`, type: item.type, date, amountFen: item.fen, reverses: null };
            try {
              positionAfter(accepted, next);
              accepted.push(next);
            } catch (error) {
              expect(error).toBeInstanceOf(DomainValidationError);
            }
          }
          const position = loanPosition(accepted);
          expect(position.outstandingFen >= 0n).toBe(true);
          expect(position.outstandingFen).toBe(position.disbursedFen - position.repaidFen);
        },
      ),
    );
  });
});

describe("loan events bounded by the contract and the business date", () => {
  const terms = {
    contractSignedOn: "2027-01-10",
    contractedFen: 300_000_000n,
    today: "2027-06-30",
    approvedOn: "2027-01-12",
  };
  const disbursed = [event("DISBURSEMENT", "2027-01-15", 2_000_000)];
  const check = (next: LoanEvent) => checkLoanEventTerms(next, positionAfter(disbursed, next), terms);

  it.each([
    ["DISBURSEMENT", "2027-02-01", 1_000_000],
    ["INTEREST_PAYMENT", "2027-06-30", 10_000],
    ["OVERDUE", "2027-01-10", 0],
    ["DISBURSEMENT", "2027-01-12", 1],
  ] as const)("accepts a %s on %s of %s yuan", (type, date, yuan) => {
    expect(() => check(event(type, date, yuan))).not.toThrow();
  });

  it.each([
    ["DISBURSEMENT", "2027-02-01", 1_000_001, "amount", "exceeds-contract", "3,000,000.00"],
    ["INTEREST_PAYMENT", "2027-07-01", 1, "date", "date-not-after", "2027-06-30"],
    ["INTEREST_PAYMENT", "9999-12-31", 1, "date", "date-not-after", "2027-06-30"],
    ["INTEREST_PAYMENT", "1900-01-01", 1, "date", "date-not-before", "2027-01-10"],
    ["OVERDUE", "2027-01-09", 0, "date", "date-not-before", "2027-01-10"],
    ["DISBURSEMENT", "2027-01-11", 1, "date", "date-not-before", "2027-01-12"],
    ["INTEREST_PAYMENT", "2027-03-01", 10_000_000_001, "amount", "max-amount", "10,000,000,000.00"],
  ] as const)("refuses a %s on %s of %s yuan: %s %s naming %s", (type, date, yuan, field, rule, limit) => {
    const issue = issueOf(() => check(event(type, date, yuan)));
    expect(issue).toMatchObject({ path: [field], rule });
    expect(issue.message.zh).toContain(limit);
  });

  it("lets a disbursement be reversed even when the loan is fully drawn", () => {
    const full = [...disbursed, event("DISBURSEMENT", "2027-02-01", 1_000_000)];
    const reversal = event("DISBURSEMENT", "2027-03-01", 1_000_000, full[1]?.id);
    expect(() => checkLoanEventTerms(reversal, positionAfter(full, reversal), terms)).not.toThrow();
  });
});
