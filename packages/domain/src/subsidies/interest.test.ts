import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween } from "../dates";
import { formatYuan, parseYuan } from "../money";
import { issueOf, issuesOf, principalEventsArbitrary } from "../test-support";
import {
  accruePeriods,
  calculateInterestSubsidy,
  type DayCount,
  type PrincipalEvent,
  subsidyForPeriods,
} from "./interest";

const disbursement = (date: string, yuan: string): PrincipalEvent => ({
  date,
  type: "disbursement",
  amountFen: parseYuan(yuan),
});
const repayment = (date: string, yuan: string): PrincipalEvent => ({
  date,
  type: "repayment",
  amountFen: parseYuan(yuan),
});

/** SPEC §3.2 worked example. */
const seedLoan = [
  disbursement("2025-03-10", "5000000.00"),
  repayment("2025-09-10", "2000000.00"),
  repayment("2026-03-10", "3000000.00"),
];

describe("calculateInterestSubsidy — seed numbers (SPEC §3.2)", () => {
  it("5,000,000 × 2% × 184/360 + 3,000,000 × 2% × 181/360 = 81,277.78", () => {
    const result = calculateInterestSubsidy({
      rate: new Decimal("0.02"),
      dayCount: "ACT/360",
      events: seedLoan,
    });
    expect(formatYuan(result.subsidyFen)).toBe("81277.78");
    expect(result.uncappedFen).toBe(8127778n);
    expect(result.capped).toBe(false);
    expect(result.periods).toEqual([
      { from: "2025-03-10", to: "2025-09-10", days: 184, principalFen: 500000000n, amountFen: 5111111n },
      { from: "2025-09-10", to: "2026-03-10", days: 181, principalFen: 300000000n, amountFen: 3016667n },
    ]);
  });

  it("defaults to 2% and ACT/360", () => {
    expect(calculateInterestSubsidy({ events: seedLoan }).subsidyFen).toBe(8127778n);
  });

  it("is capped at the interest paid (80,000.00)", () => {
    const result = calculateInterestSubsidy({ events: seedLoan, interestPaidFen: parseYuan("80000.00") });
    expect(result).toMatchObject({ subsidyFen: 8000000n, uncappedFen: 8127778n, capped: true });
    // The periods still show the uncapped working.
    expect(result.periods.reduce((sum, p) => sum + p.amountFen, 0n)).toBe(8127778n);
  });

  it.each([
    ["140204.17", 8127778n, false],
    ["81277.78", 8127778n, false],
    ["81277.77", 8127777n, true],
    ["0.00", 0n, true],
  ])("interest paid %s → subsidy %s fen, capped %s", (paid, subsidyFen, capped) => {
    const result = calculateInterestSubsidy({ events: seedLoan, interestPaidFen: parseYuan(paid) });
    expect(result.subsidyFen).toBe(subsidyFen);
    expect(result.capped).toBe(capped);
  });

  it("ACT/365 divides by 365", () => {
    // (5,000,000 × 184 + 3,000,000 × 181) × 2% / 365 = 80,164.383…
    expect(calculateInterestSubsidy({ events: seedLoan, dayCount: "ACT/365" }).subsidyFen).toBe(8016438n);
  });
});

describe("calculateInterestSubsidy — rounding", () => {
  it("rounds the exact total once, half-up: 180 × 1% × 1/360 = 0.005 → 0.01", () => {
    const events = [disbursement("2025-01-01", "180.00"), repayment("2025-01-02", "180.00")];
    expect(calculateInterestSubsidy({ events, rate: new Decimal("0.01") }).uncappedFen).toBe(1n);
    const justBelow = [disbursement("2025-01-01", "179.99"), repayment("2025-01-02", "179.99")];
    expect(calculateInterestSubsidy({ events: justBelow, rate: new Decimal("0.01") }).uncappedFen).toBe(0n);
  });

  it("rounds the total, not each period, and allocates it by largest remainder", () => {
    // Three periods of exactly 0.004 yuan each: per-period rounding would give 0.00, the total is 0.012 → 0.01.
    const events = [
      disbursement("2025-01-01", "144.00"),
      repayment("2025-01-02", "72.00"),
      repayment("2025-01-04", "24.00"),
      repayment("2025-01-07", "48.00"),
    ];
    const result = calculateInterestSubsidy({ events, rate: new Decimal("0.01") });
    expect(result.uncappedFen).toBe(1n);
    expect(result.periods.map((p) => [p.days, p.principalFen, p.amountFen])).toEqual([
      [1, 14400n, 1n],
      [2, 7200n, 0n],
      [3, 4800n, 0n],
    ]);
  });

  it("a zero rate gives zero everywhere", () => {
    const result = calculateInterestSubsidy({ events: seedLoan, rate: new Decimal(0) });
    expect(result.uncappedFen).toBe(0n);
    expect(result.periods.map((p) => p.amountFen)).toEqual([0n, 0n]);
  });
});

describe("accruePeriods", () => {
  it("skips zero-day and zero-principal periods; several events may share a date", () => {
    const events = [
      disbursement("2025-01-01", "100.00"),
      disbursement("2025-01-01", "50.00"),
      repayment("2025-01-11", "150.00"),
      disbursement("2025-02-01", "10.00"),
      repayment("2025-02-02", "10.00"),
    ];
    expect(accruePeriods(events)).toEqual([
      { from: "2025-01-01", to: "2025-01-11", days: 10, principalFen: 15000n },
      { from: "2025-02-01", to: "2025-02-02", days: 1, principalFen: 1000n },
    ]);
  });

  it("without a window stops at the last event, even if principal is still outstanding", () => {
    const events = [disbursement("2025-01-01", "100.00"), repayment("2025-01-11", "40.00")];
    expect(accruePeriods(events)).toEqual([
      { from: "2025-01-01", to: "2025-01-11", days: 10, principalFen: 10000n },
    ]);
  });

  it("clips to a window and runs outstanding principal on to the window's end", () => {
    const events = [disbursement("2025-03-10", "5000000.00"), repayment("2025-09-10", "2000000.00")];
    expect(accruePeriods(events, { from: "2025-06-01", to: "2026-01-01" })).toEqual([
      { from: "2025-06-01", to: "2025-09-10", days: 101, principalFen: 500000000n },
      { from: "2025-09-10", to: "2026-01-01", days: 113, principalFen: 300000000n },
    ]);
    expect(accruePeriods(events, { from: "2024-01-01", to: "2025-01-01" })).toEqual([]);
  });

  it("validates the window", () => {
    expect(issueOf(() => accruePeriods(seedLoan, { from: "2025-02-30", to: "2026-01-01" }))).toMatchObject({
      path: ["window", "from"],
      rule: "iso-date",
    });
    expect(issueOf(() => accruePeriods(seedLoan, { from: "2026-01-01", to: "2025-01-01" }))).toMatchObject({
      path: ["window", "to"],
      rule: "date-order",
    });
  });
});

describe("calculateInterestSubsidy — invalid input", () => {
  it("needs at least one event", () => {
    expect(issueOf(() => calculateInterestSubsidy({ events: [] }))).toMatchObject({
      path: ["events"],
      rule: "min-items",
    });
  });

  it("the first event must be a disbursement", () => {
    const issues = issuesOf(() => calculateInterestSubsidy({ events: [repayment("2025-01-01", "1.00")] }));
    expect(issues).toContainEqual(
      expect.objectContaining({ path: ["events", 0, "type"], rule: "first-disbursement" }),
    );
  });

  it("events must be in date order", () => {
    const events = [disbursement("2025-03-10", "100.00"), repayment("2025-03-09", "50.00")];
    const issue = issueOf(() => calculateInterestSubsidy({ events }));
    expect(issue).toMatchObject({ path: ["events", 1, "date"], rule: "date-order" });
    expect(issue.message.zh).toContain("第2笔事件的日期");
    expect(issue.message.en).toContain("Events must be in date order");
  });

  it("a repayment may not exceed the outstanding principal, and the message says how much that is", () => {
    const events = [disbursement("2025-03-10", "5000000.00"), repayment("2025-09-10", "5000000.01")];
    const issue = issueOf(() => calculateInterestSubsidy({ events }));
    expect(issue).toMatchObject({ path: ["events", 1, "amount"], rule: "exceeds-outstanding" });
    expect(issue.message.zh).toContain("5000000.00");
  });

  it.each([0n, -100n])("amounts must be > 0 (%s)", (amountFen) => {
    const events: PrincipalEvent[] = [
      disbursement("2025-03-10", "100.00"),
      { ...seedLoan[1], amountFen } as PrincipalEvent,
    ];
    expect(issueOf(() => calculateInterestSubsidy({ events }))).toMatchObject({
      path: ["events", 1, "amount"],
      rule: "positive",
    });
  });

  it("dates must be real calendar dates", () => {
    const events = [disbursement("2025-02-29", "100.00")];
    expect(issueOf(() => calculateInterestSubsidy({ events }))).toMatchObject({
      path: ["events", 0, "date"],
      rule: "iso-date",
    });
  });

  it("reports every problem at once", () => {
    const events = [
      disbursement("2025-03-10", "100.00"),
      repayment("2025-13-01", "50.00"),
      repayment("2025-03-01", "80.00"),
    ];
    const issues = issuesOf(() => calculateInterestSubsidy({ events }));
    expect(issues.map((issue) => [issue.path, issue.rule])).toEqual([
      [["events", 1, "date"], "iso-date"],
      [["events", 2, "date"], "date-order"],
      [["events", 2, "amount"], "exceeds-outstanding"],
    ]);
  });

  it("checks the rate, the cap and the day count", () => {
    expect(
      issueOf(() => calculateInterestSubsidy({ events: seedLoan, rate: new Decimal("1.5") })),
    ).toMatchObject({
      path: ["rate"],
      rule: "rate-range",
    });
    expect(issueOf(() => calculateInterestSubsidy({ events: seedLoan, interestPaidFen: -1n }))).toMatchObject(
      {
        path: ["interestPaid"],
        rule: "non-negative",
      },
    );
    // As if parsed from JSON without a schema.
    for (const dayCount of ["30/360", "toString"]) {
      expect(issueOf(() => subsidyForPeriods([], new Decimal("0.02"), dayCount as DayCount))).toMatchObject({
        path: ["dayCount"],
        rule: "enum",
      });
    }
  });
});

describe("calculateInterestSubsidy — properties", () => {
  // Rates with up to 4 places, so the exact fen value is an integer ratio we can round independently.
  const basisPoints = fc.integer({ min: 0, max: 10_000 });
  const cap = fc.option(fc.bigInt({ min: 0n, max: 10n ** 12n }), { nil: undefined });

  it("matches an independent integer computation; periods add up to the uncapped amount", () => {
    fc.assert(
      fc.property(principalEventsArbitrary(), basisPoints, fc.boolean(), (events, bp, act365) => {
        const basis = act365 ? 365n : 360n;
        const result = calculateInterestSubsidy({
          events,
          rate: new Decimal(bp).div(10_000),
          dayCount: act365 ? "ACT/365" : "ACT/360",
        });
        // fen = Σ principalFen × bp × days / (10,000 × basis), rounded half-up.
        const numerator = result.periods.reduce(
          (sum, p) => sum + p.principalFen * BigInt(bp) * BigInt(p.days),
          0n,
        );
        const denominator = 10_000n * basis;
        expect(result.uncappedFen).toBe((2n * numerator + denominator) / (2n * denominator));
        expect(result.periods.reduce((sum, p) => sum + p.amountFen, 0n)).toBe(result.uncappedFen);
        for (const period of result.periods) {
          expect(typeof period.amountFen).toBe("bigint");
          expect(period.principalFen > 0n && period.days > 0).toBe(true);
          expect(daysBetween(period.from, period.to)).toBe(period.days);
        }
      }),
    );
  });

  it("never exceeds the cap nor the uncapped amount; capped exactly when the cap binds", () => {
    fc.assert(
      fc.property(principalEventsArbitrary(), basisPoints, cap, (events, bp, interestPaidFen) => {
        const result = calculateInterestSubsidy({
          events,
          rate: new Decimal(bp).div(10_000),
          interestPaidFen,
        });
        expect(result.subsidyFen <= result.uncappedFen).toBe(true);
        if (interestPaidFen !== undefined) expect(result.subsidyFen <= interestPaidFen).toBe(true);
        expect(result.capped).toBe(interestPaidFen !== undefined && interestPaidFen < result.uncappedFen);
        expect(result.subsidyFen >= 0n).toBe(true);
      }),
    );
  });
});
