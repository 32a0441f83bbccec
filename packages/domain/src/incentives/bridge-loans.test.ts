import { describe, expect, it } from "vitest";
import { CN_OFFICIAL_CALENDAR } from "../programmes/official-calendar";
import { issuesOf } from "../test-support";
import {
  type BridgeBorrower,
  bridgeLoanCeiling,
  bridgeLoanFee,
  bridgeReturnDue,
  DEFAULT_BRIDGE_LOAN_RULES,
  validateBridgeLoanRules,
} from "./bridge-loans";

const WAN = 1_000_000n; // fen in 1万元
const rules = DEFAULT_BRIDGE_LOAN_RULES;

const borrower = (over: Partial<BridgeBorrower> = {}): BridgeBorrower => ({
  sizeClass: "LARGE",
  ownership: "STATE",
  tags: [],
  ...over,
});
const SME = borrower({ sizeClass: "SMALL", ownership: "PRIVATE" });

describe("the ceiling (seed 004 §四(二): 最高不超8000万元 for its two groups)", () => {
  it.each([
    ["a small enterprise", SME, 8_000n, "SME"],
    [
      "a large private 双百 enterprise",
      borrower({
        ownership: "PRIVATE",
        tags: [{ tag: "DOUBLE_HUNDRED", validFrom: "2024-01-01", validTo: null }],
      }),
      8_000n,
      "DOUBLE_HUNDRED_PRIVATE",
    ],
    [
      "a large state-owned 双百 enterprise",
      borrower({ tags: [{ tag: "DOUBLE_HUNDRED", validFrom: "2024-01-01", validTo: null }] }),
      3_000n,
      "GENERAL",
    ],
    [
      "a large private enterprise whose 双百 listing lapsed",
      borrower({
        ownership: "PRIVATE",
        tags: [{ tag: "DOUBLE_HUNDRED", validFrom: "2020-01-01", validTo: "2025-12-31" }],
      }),
      3_000n,
      "GENERAL",
    ],
  ])("%s", (_, who, wan, group) => {
    const ceiling = bridgeLoanCeiling(who, rules, "2026-12-05");
    expect(ceiling.ceilingFen).toBe(wan * WAN);
    expect(ceiling.group).toBe(group);
  });
});

describe("the usage fee: amount × daily rate × days of use", () => {
  it("charges a large enterprise the full rate: 3,000万 × 0.01% × 10 days = 30,000元", () => {
    const { feeFen, working } = bridgeLoanFee({
      amountFen: 3_000n * WAN,
      paidOn: "2026-03-02",
      returnedOn: "2026-03-12",
      borrower: borrower(),
      rules,
    });
    expect(feeFen).toBe(3_000_000n);
    expect(working.days).toBe(10);
    expect(working.periods).toEqual([
      {
        from: "2026-03-02",
        to: "2026-03-11",
        days: 10,
        dailyRate: "0.0001",
        reduction: null,
        amount: "30000.0000",
      },
    ]);
  });

  it("halves it for an SME before 2027 ends", () => {
    const fee = bridgeLoanFee({
      amountFen: 3_000n * WAN,
      paidOn: "2026-03-02",
      returnedOn: "2026-03-12",
      borrower: SME,
      rules,
    });
    expect(fee.working.fee).toBe("15000.00");
    expect(fee.working.periods[0]?.reduction).toBe("0.5");
  });

  it("splits at the 2027-12-31 cut-off: 7 days reduced, 3 days full", () => {
    // 1,000万: 1,000元 a day in full, 500元 reduced → 7 × 500 + 3 × 1,000 = 6,500元
    const fee = bridgeLoanFee({
      amountFen: 1_000n * WAN,
      paidOn: "2027-12-25",
      returnedOn: "2028-01-04",
      borrower: SME,
      rules,
    });
    expect(fee.working.periods.map((p) => [p.from, p.to, p.days, p.amount])).toEqual([
      ["2027-12-25", "2027-12-31", 7, "3500.0000"],
      ["2028-01-01", "2028-01-03", 3, "3000.0000"],
    ]);
    expect(fee.feeFen).toBe(650_000n);
  });

  it("gives no reduction on a bridge paid after the cut-off", () => {
    const fee = bridgeLoanFee({
      amountFen: 1_000n * WAN,
      paidOn: "2028-01-01",
      returnedOn: "2028-01-03",
      borrower: SME,
      rules,
    });
    expect(fee.working.fee).toBe("2000.00");
  });

  it("waives it for a national or municipal 专精特新 SME holding the recognition on the day paid", () => {
    const littleGiant = {
      ...SME,
      tags: [{ tag: "LITTLE_GIANT", validFrom: "2024-07-01", validTo: "2027-06-30" }],
    };
    const waived = bridgeLoanFee({
      amountFen: 8_000n * WAN,
      paidOn: "2026-03-02",
      returnedOn: "2026-03-20",
      borrower: littleGiant,
      rules,
    });
    expect(waived.feeFen).toBe(0n);
    expect(waived.working.waived?.zh).toBe("专精特新中小企业(国家级专精特新“小巨人”),免收使用费");
    const lapsed = bridgeLoanFee({
      amountFen: 8_000n * WAN,
      paidOn: "2027-07-01",
      returnedOn: "2027-07-02",
      borrower: littleGiant,
      rules,
    });
    expect(lapsed.working.waived).toBeNull();
    expect(lapsed.working.fee).toBe("4000.00");
  });

  it("counts a same-day return as one day", () => {
    const fee = bridgeLoanFee({
      amountFen: 1_000n * WAN,
      paidOn: "2026-05-06",
      returnedOn: "2026-05-06",
      borrower: borrower(),
      rules,
    });
    expect(fee.working.days).toBe(1);
    expect(fee.working.fee).toBe("1000.00");
  });

  it("rounds once over all the days, half up, never per day", () => {
    // 55,555.55 × 0.0001 = 5.555555 a day; × 3 = 16.666665 → 16.67 (per-day rounding would give 3 × 5.56 = 16.68)
    const fee = bridgeLoanFee({
      amountFen: 5_555_555n,
      paidOn: "2026-05-06",
      returnedOn: "2026-05-09",
      borrower: borrower(),
      rules,
    });
    expect(fee.working.fee).toBe("16.67");
    expect(fee.working.rounding).toBe("half-up-once-to-fen");
  });

  it("refuses a return before the payment", () => {
    const issues = issuesOf(() =>
      bridgeLoanFee({ amountFen: WAN, paidOn: "2026-05-06", returnedOn: "2026-05-05", borrower: SME, rules }),
    );
    expect(issues.map((i) => `${i.path.join(".")} ${i.rule}`)).toEqual(["returnedOn not-before-paid"]);
  });
});

describe("days of use and the rules as configuration", () => {
  it("gives 15 working days over 中秋 and 国庆 2026 (adjusted Saturday 10-10 counted)", () => {
    expect(bridgeReturnDue("2026-09-24", rules, CN_OFFICIAL_CALENDAR)).toBe("2026-10-22");
  });

  it("reports every problem of the rules at once", () => {
    const issues = issuesOf(() =>
      validateBridgeLoanRules({
        ...rules,
        dailyRate: "0.05",
        smeReductionShare: "1.2",
        generalCeilingFen: 9_000n * WAN,
        maxWorkingDays: 0,
      }),
    );
    expect(issues.map((i) => `${i.path.join(".")} ${i.rule}`)).toEqual([
      "dailyRate rate-range",
      "smeReductionShare rate-range",
      "generalCeiling ceiling-order",
      "maxWorkingDays range",
    ]);
  });
});
