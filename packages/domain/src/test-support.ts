// Helpers shared by the tests; not exported from the package.
import fc from "fast-check";
import { expect } from "vitest";
import { addDays } from "./dates";
import { DomainValidationError, type ValidationIssue } from "./errors";
import type { PrincipalEvent } from "./subsidies/interest";

/** All issues of the DomainValidationError that `action` must throw. */
export function issuesOf(action: () => unknown): ValidationIssue[] {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainValidationError);
    return (error as DomainValidationError).issues;
  }
  throw new Error("expected a DomainValidationError");
}

/** The only issue of the DomainValidationError that `action` must throw. */
export function issueOf(action: () => unknown): ValidationIssue {
  const issues = issuesOf(action);
  expect(issues).toHaveLength(1);
  return issues[0] as ValidationIssue;
}

/**
 * Valid principal-event histories: a first disbursement, then disbursements and repayments on
 * non-decreasing dates, never repaying more than is outstanding. With `settle`, the principal ends at
 * zero (a final repayment is added if needed).
 */
export function principalEventsArbitrary(options: { settle?: boolean } = {}): fc.Arbitrary<PrincipalEvent[]> {
  const step = fc.record({
    gapDays: fc.integer({ min: 0, max: 400 }),
    repay: fc.boolean(),
    amountFen: fc.bigInt({ min: 1n, max: 10_000_000_000n }),
    repayPercent: fc.integer({ min: 1, max: 100 }),
  });
  return fc.array(step, { minLength: 1, maxLength: 8 }).map((steps) => {
    const events: PrincipalEvent[] = [];
    let outstandingFen = 0n;
    let date = "2024-01-01";
    for (const { gapDays, repay, amountFen, repayPercent } of steps) {
      date = addDays(date, gapDays);
      const repaymentFen = (outstandingFen * BigInt(repayPercent)) / 100n;
      if (repay && repaymentFen > 0n) {
        events.push({ date, type: "repayment", amountFen: repaymentFen });
        outstandingFen -= repaymentFen;
      } else {
        events.push({ date, type: "disbursement", amountFen });
        outstandingFen += amountFen;
      }
    }
    if (options.settle && outstandingFen > 0n) {
      events.push({ date: addDays(date, 30), type: "repayment", amountFen: outstandingFen });
    }
    return events;
  });
}
