import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { yearOf } from "../dates";
import { formatYuan } from "../money";
import { issueOf, principalEventsArbitrary } from "../test-support";
import { calculateGuaranteeFeeSubsidy } from "./guarantee-fee";
import { calculateInterestSubsidy, type PrincipalEvent } from "./interest";

const seedGuarantee: PrincipalEvent[] = [
  { date: "2025-03-10", type: "disbursement", amountFen: 500000000n },
  { date: "2025-09-10", type: "repayment", amountFen: 200000000n },
  { date: "2026-03-10", type: "repayment", amountFen: 300000000n },
];

describe("calculateGuaranteeFeeSubsidy — seed numbers (SPEC §3.2)", () => {
  it("2025: 5,000,000 × 1% × 184/360 + 3,000,000 × 1% × 113/360 = 34,972.22", () => {
    const result = calculateGuaranteeFeeSubsidy({ year: 2025, events: seedGuarantee });
    expect(formatYuan(result.subsidyFen)).toBe("34972.22");
    expect(result).toMatchObject({ year: 2025, uncappedFen: 3497222n, capped: false });
    expect(result.periods).toEqual([
      { from: "2025-03-10", to: "2025-09-10", days: 184, principalFen: 500000000n, amountFen: 2555555n },
      { from: "2025-09-10", to: "2026-01-01", days: 113, principalFen: 300000000n, amountFen: 941667n },
    ]);
  });

  it("2026: 3,000,000 × 1% × 68/360 = 5,666.67", () => {
    const result = calculateGuaranteeFeeSubsidy({ year: 2026, events: seedGuarantee });
    expect(formatYuan(result.subsidyFen)).toBe("5666.67");
    expect(result.periods).toEqual([
      { from: "2026-01-01", to: "2026-03-10", days: 68, principalFen: 300000000n, amountFen: 566667n },
    ]);
  });

  it("a year without any guaranteed amount gives nothing", () => {
    for (const year of [2024, 2027]) {
      expect(calculateGuaranteeFeeSubsidy({ year, events: seedGuarantee })).toEqual({
        year,
        subsidyFen: 0n,
        uncappedFen: 0n,
        capped: false,
        periods: [],
      });
    }
  });

  it("a guarantee still running at year-end accrues to December 31 inclusive", () => {
    const events: PrincipalEvent[] = [{ date: "2025-03-10", type: "disbursement", amountFen: 100000000n }];
    // 1,000,000 × 1% × 297/360 = 8,250.00
    expect(calculateGuaranteeFeeSubsidy({ year: 2025, events }).subsidyFen).toBe(825000n);
    // 2028 is a leap year: 366 days × 1,000,000 × 1% / 360 = 10,166.67
    expect(calculateGuaranteeFeeSubsidy({ year: 2028, events }).subsidyFen).toBe(1016667n);
  });

  it("is capped at the fee charged", () => {
    const result = calculateGuaranteeFeeSubsidy({
      year: 2025,
      events: seedGuarantee,
      feeChargedFen: 3000000n,
    });
    expect(result).toMatchObject({ subsidyFen: 3000000n, uncappedFen: 3497222n, capped: true });
  });

  it("takes another rate and day count", () => {
    const result = calculateGuaranteeFeeSubsidy({
      year: 2026,
      events: seedGuarantee,
      rate: new Decimal("0.005"),
      dayCount: "ACT/365",
    });
    // 3,000,000 × 0.5% × 68/365 = 2,794.52
    expect(result.subsidyFen).toBe(279452n);
  });

  it("validates year, rate, fee and events", () => {
    expect(
      issueOf(() => calculateGuaranteeFeeSubsidy({ year: 2025.5, events: seedGuarantee })),
    ).toMatchObject({
      path: ["year"],
      rule: "year-range",
    });
    expect(
      issueOf(() =>
        calculateGuaranteeFeeSubsidy({ year: 2025, events: seedGuarantee, rate: new Decimal(-0.01) }),
      ),
    ).toMatchObject({ path: ["rate"], rule: "rate-range" });
    expect(
      issueOf(() => calculateGuaranteeFeeSubsidy({ year: 2025, events: seedGuarantee, feeChargedFen: -1n })),
    ).toMatchObject({ path: ["feeCharged"], rule: "non-negative" });
    expect(issueOf(() => calculateGuaranteeFeeSubsidy({ year: 2025, events: [] }))).toMatchObject({
      path: ["events"],
      rule: "min-items",
    });
  });

  it("per-year amounts differ from the whole-life amount only by per-year rounding", () => {
    fc.assert(
      fc.property(principalEventsArbitrary({ settle: true }), (events) => {
        const rate = new Decimal("0.01");
        const first = yearOf(events[0]?.date ?? "");
        const last = yearOf(events.at(-1)?.date ?? "");
        let sumOfYears = 0n;
        let daysOfYears = 0;
        for (let year = first; year <= last; year++) {
          const result = calculateGuaranteeFeeSubsidy({ year, events, rate });
          sumOfYears += result.uncappedFen;
          daysOfYears += result.periods.reduce((sum, p) => sum + p.days, 0);
        }
        const whole = calculateInterestSubsidy({ events, rate });
        expect(daysOfYears).toBe(whole.periods.reduce((sum, p) => sum + p.days, 0));
        // Each year's rounding moves it by at most half a fen.
        const drift = sumOfYears - whole.uncappedFen;
        expect(2n * (drift < 0n ? -drift : drift) <= BigInt(last - first + 2)).toBe(true);
      }),
    );
  });
});
