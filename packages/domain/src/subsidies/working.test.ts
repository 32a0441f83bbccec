import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { parseYuan } from "../money";
import { type LoanEvent, type LoanEventType, loanPosition } from "../programmes/loan-servicing";
import { CHONGQING_TECH_LOAN, SHIYAN_CHANLIAN_LOAN } from "../programmes/programme-config";
import { riskSharingPreset } from "../risk-sharing";
import { issueOf } from "../test-support";
import type { Term } from "../vocabulary";
import {
  assertInWindow,
  compensationOfLoss,
  FEE_SUBSIDY_REFUSALS,
  feeSubsidyForYear,
  feeSubsidyOfGuarantee,
  interestSubsidyOfLoan,
  shareYearlyCap,
} from "./working";

let nextId = 0;
const event = (type: LoanEventType, date: string, yuan = "0.00"): LoanEvent => ({
  id: String(++nextId),
  type,
  date,
  amountFen: parseYuan(yuan),
  reverses: null,
});

/** SPEC §3.2's loan, with the interest the bank reported (about 3.45% a year). */
const disbursed = event("DISBURSEMENT", "2025-03-10", "5000000.00");
const interest = [
  event("INTEREST_PAYMENT", "2025-06-21", "45000.00"),
  event("INTEREST_PAYMENT", "2025-09-10", "50000.00"),
  event("INTEREST_PAYMENT", "2026-03-10", "45204.17"),
];
const firstRepayment = event("PRINCIPAL_REPAYMENT", "2025-09-10", "2000000.00");
const lastRepayment = event("PRINCIPAL_REPAYMENT", "2026-03-10", "3000000.00");
const seedLoan = [disbursed, ...interest, firstRepayment, lastRepayment];

const shiyan = SHIYAN_CHANLIAN_LOAN.interestSubsidy;
const chongqing = CHONGQING_TECH_LOAN.interestSubsidy;

describe("interestSubsidyOfLoan (seed 002 arts. 9, 11(6), 14)", () => {
  it("gives the seed's 81,277.78 for the settled loan, with its working and the Q2 window", () => {
    const result = interestSubsidyOfLoan(shiyan, loanPosition(seedLoan));
    expect(result).toEqual({
      eligible: true,
      amountFen: 8_127_778n,
      settledOn: "2026-03-10",
      window: { from: "2027-04-01", to: "2027-07-01" },
      working: {
        rate: "0.02",
        dayCount: "ACT/360",
        periods: [
          { from: "2025-03-10", to: "2025-09-10", days: 184, principal: "5000000.00", amount: "51111.11" },
          { from: "2025-09-10", to: "2026-03-10", days: 181, principal: "3000000.00", amount: "30166.67" },
        ],
        uncapped: "81277.78",
        cap: { basis: "interest-paid", amount: "140204.17" },
        capped: false,
        amount: "81277.78",
        rounding: "half-up-once-to-fen",
      },
    });
  });

  it("is capped at the interest actually paid", () => {
    const lowInterest = [
      disbursed,
      event("INTEREST_PAYMENT", "2026-03-10", "60000.00"),
      firstRepayment,
      lastRepayment,
    ];
    const result = interestSubsidyOfLoan(shiyan, loanPosition(lowInterest));
    expect(result).toMatchObject({
      eligible: true,
      amountFen: 6_000_000n,
      working: { uncapped: "81277.78", capped: true, amount: "60000.00" },
    });
  });

  it("gives nothing to a loan not yet settled", () => {
    const result = interestSubsidyOfLoan(shiyan, loanPosition([disbursed, ...interest, firstRepayment]));
    expect(result).toEqual({
      eligible: false,
      reason: expect.objectContaining({ zh: expect.stringContaining("尚未结清") }),
    });
  });

  it("gives nothing to a loan that was ever overdue, even once cleared and settled (按期结息)", () => {
    const wasOverdue = [
      ...seedLoan,
      event("OVERDUE", "2025-12-21", "30000.00"),
      event("OVERDUE_CLEARED", "2025-12-28", "30000.00"),
    ];
    expect(loanPosition(wasOverdue).status).toBe("SETTLED");
    expect(interestSubsidyOfLoan(shiyan, loanPosition(wasOverdue))).toEqual({
      eligible: false,
      reason: expect.objectContaining({ zh: expect.stringContaining("曾逾期") }),
    });
    // A programme that forgives overdue loans pays them in full.
    const lenient = { ...shiyan, noneIfEverOverdue: false };
    expect(interestSubsidyOfLoan(lenient, loanPosition(wasOverdue))).toMatchObject({ amountFen: 8_127_778n });
  });

  it.each([
    ["2025-12-31", "2026-04-01", "2026-07-01"],
    ["2026-03-10", "2027-04-01", "2027-07-01"],
    ["2026-12-31", "2027-04-01", "2027-07-01"],
  ])("a loan settled on %s applies from %s to %s (exclusive)", (settledOn, from, to) => {
    const loan = [
      disbursed,
      event("INTEREST_PAYMENT", settledOn, "200000.00"),
      event("PRINCIPAL_REPAYMENT", settledOn, "5000000.00"),
    ];
    const result = interestSubsidyOfLoan(shiyan, loanPosition(loan));
    expect(result).toMatchObject({ eligible: true, settledOn, window: { from, to } });
  });

  describe("重庆 技改专项贷: at most 50% of the actual rate and at most 2 points", () => {
    it("needs the loan's actual rate", () => {
      expect(interestSubsidyOfLoan(chongqing, loanPosition(seedLoan))).toEqual({
        eligible: false,
        reason: expect.objectContaining({ zh: expect.stringContaining("借款合同未登记贷款实际年利率") }),
      });
    });

    it("pays 50% of an actual rate of 3%: 1.5% a year, 60,958.33", () => {
      // 5,000,000 × 1.5% × 184/360 + 3,000,000 × 1.5% × 181/360 = 38,333.33… + 22,625.00
      const result = interestSubsidyOfLoan(chongqing, loanPosition(seedLoan), new Decimal("0.03"));
      expect(result).toMatchObject({ eligible: true, amountFen: 6_095_833n, working: { rate: "0.015" } });
    });

    it("pays at most 2 points however high the actual rate", () => {
      const result = interestSubsidyOfLoan(chongqing, loanPosition(seedLoan), new Decimal("0.06"));
      expect(result).toMatchObject({ eligible: true, amountFen: 8_127_778n, working: { rate: "0.02" } });
    });
  });
});

describe("assertInWindow: [from, to)", () => {
  const window = { from: "2027-04-01", to: "2027-07-01" };

  it.each(["2027-04-01", "2027-05-15", "2027-06-30"])("accepts %s", (on) => {
    expect(() => assertInWindow(window, on)).not.toThrow();
  });

  it.each(["2027-03-31", "2027-07-01", "2026-05-01", "2028-04-01"])("refuses %s, naming appliedOn", (on) => {
    expect(issueOf(() => assertInWindow(window, on))).toMatchObject({
      path: ["appliedOn"],
      rule: "outside-application-window",
    });
  });
});

describe("feeSubsidyOfGuarantee (seed 002 art. 9: 1% a year on the guaranteed outstanding)", () => {
  const rule = SHIYAN_CHANLIAN_LOAN.guaranteeFeeSubsidy;
  const position = loanPosition(seedLoan);

  it.each([
    [2025, 3_497_222n, "34972.22", 2],
    [2026, 566_667n, "5666.67", 1],
  ])("%i → %s fen (%s), %i periods, uncapped under a generous fee", (year, amountFen, amount, periods) => {
    const result = feeSubsidyOfGuarantee(rule, year, position, parseYuan("100000.00"));
    expect(result).toMatchObject({
      year,
      amountFen,
      working: { amount, capped: false, cap: { basis: "fee-charged", amount: "100000.00" } },
    });
    expect(result?.working.periods).toHaveLength(periods);
  });

  it("shows 2025's working, allocated by largest remainder so it adds up (ADR 007)", () => {
    // 25,555.555… + 9,416.666… = 34,972.222…: the one fen left goes to the larger remainder.
    expect(feeSubsidyOfGuarantee(rule, 2025, position, parseYuan("100000.00"))?.working.periods).toEqual([
      { from: "2025-03-10", to: "2025-09-10", days: 184, principal: "5000000.00", amount: "25555.55" },
      { from: "2025-09-10", to: "2026-01-01", days: 113, principal: "3000000.00", amount: "9416.67" },
    ]);
  });

  it("is capped at the fee charged for the year", () => {
    expect(feeSubsidyOfGuarantee(rule, 2025, position, parseYuan("30000.00"))).toMatchObject({
      amountFen: 3_000_000n,
      working: { uncapped: "34972.22", capped: true, amount: "30000.00" },
    });
    expect(feeSubsidyOfGuarantee(rule, 2026, position, 0n)?.amountFen).toBe(0n);
  });

  it.each([2024, 2027])("gives null for %i, a year without principal outstanding", (year) => {
    expect(feeSubsidyOfGuarantee(rule, year, position, parseYuan("100000.00"))).toBeNull();
  });

  it("ends the guarantee on the day the guarantor compensated it (代偿)", () => {
    // Defaulted with 3,000,000.00 outstanding, compensated on 2025-11-01: 184 days at 5,000,000 and
    // 52 days at 3,000,000 — 25,555.555… + 4,333.333… = 29,888.89; nothing after, nothing in 2026.
    const defaulted = loanPosition([disbursed, firstRepayment]);
    const result = feeSubsidyOfGuarantee(
      rule,
      2025,
      defaulted,
      parseYuan("100000.00"),
      undefined,
      "2025-11-01",
    );
    expect(result?.amountFen).toBe(2_988_889n);
    expect(result?.working.periods.at(-1)).toMatchObject({ to: "2025-11-01", days: 52 });
    expect(
      feeSubsidyOfGuarantee(rule, 2026, defaulted, parseYuan("100000.00"), undefined, "2025-11-01"),
    ).toBeNull();
  });

  it("gives null to a loan never disbursed", () => {
    expect(feeSubsidyOfGuarantee(rule, 2025, loanPosition([]), parseYuan("100000.00"))).toBeNull();
  });

  it("重庆: only a fee rate ≤ 1% qualifies, and pays 50% of it", () => {
    const cq = CHONGQING_TECH_LOAN.guaranteeFeeSubsidy;
    expect(
      feeSubsidyOfGuarantee(cq, 2025, position, parseYuan("100000.00"), new Decimal("0.012")),
    ).toBeNull();
    const result = feeSubsidyOfGuarantee(cq, 2025, position, parseYuan("100000.00"), new Decimal("0.008"));
    // 40% of 34,972.22's basis: 0.4% instead of 1%.
    expect(result).toMatchObject({ amountFen: 1_398_889n, working: { rate: "0.004" } });
  });
});

describe("feeSubsidyForYear: the fees recorded decide, with the actual fee rate where 重庆 needs it", () => {
  const position = loanPosition(seedLoan);
  const shiyanRule = SHIYAN_CHANLIAN_LOAN.guaranteeFeeSubsidy;
  const cq = CHONGQING_TECH_LOAN.guaranteeFeeSubsidy;
  const fees = (yuan: string, ...rates: string[]) => ({ chargedFen: parseYuan(yuan), rates });

  it.each<
    [string, typeof cq, ReturnType<typeof fees>, { eligible: boolean; amountFen?: bigint; reason?: Term }]
  >([
    [
      "十堰 needs no rate: 34,972.22",
      shiyanRule,
      fees("40000.00"),
      { eligible: true, amountFen: 3_497_222n },
    ],
    [
      "十堰 without a fee: nothing, capped at it",
      shiyanRule,
      fees("0.00"),
      { eligible: false, reason: FEE_SUBSIDY_REFUSALS.noFee },
    ],
    [
      "重庆 at 0.8%: 50% of it, 0.4% → 13,988.89",
      cq,
      fees("40000.00", "0.008"),
      { eligible: true, amountFen: 1_398_889n },
    ],
    [
      "重庆 at 1.2% is above the 1% ceiling",
      cq,
      fees("60000.00", "0.012"),
      {
        eligible: false,
        reason: FEE_SUBSIDY_REFUSALS.aboveCeiling(new Decimal("0.01"), new Decimal("0.012")),
      },
    ],
    [
      "重庆 without a rate recorded",
      cq,
      fees("40000.00"),
      { eligible: false, reason: FEE_SUBSIDY_REFUSALS.noRate },
    ],
    ["重庆 without a fee", cq, fees("0.00"), { eligible: false, reason: FEE_SUBSIDY_REFUSALS.noFee }],
    [
      "重庆 with two rates in one year",
      cq,
      fees("40000.00", "0.008", "0.009"),
      { eligible: false, reason: FEE_SUBSIDY_REFUSALS.mixedRates },
    ],
  ])("%s", (_name, rule, recorded, expected) => {
    expect(feeSubsidyForYear(rule, 2025, position, recorded)).toMatchObject(expected);
  });

  it("says 1.2% above 1% in so many words", () => {
    expect(FEE_SUBSIDY_REFUSALS.aboveCeiling(new Decimal("0.01"), new Decimal("0.012")).zh).toContain(
      "1.2%高于1%",
    );
  });

  it("gives null in a year nothing was guaranteed, whatever was recorded", () => {
    expect(feeSubsidyForYear(cq, 2027, position, fees("40000.00", "0.008"))).toBeNull();
    expect(feeSubsidyForYear(cq, 2024, position, fees("0.00"))).toBeNull();
  });
});

describe("shareYearlyCap: 重庆's 100万元 per guarantor's yearly application", () => {
  const cap = CHONGQING_TECH_LOAN.guaranteeFeeSubsidy.capFen ?? 0n;
  const seedWorking = feeSubsidyOfGuarantee(
    CHONGQING_TECH_LOAN.guaranteeFeeSubsidy,
    2025,
    loanPosition(seedLoan),
    parseYuan("40000.00"),
    new Decimal("0.008"),
  )?.working;
  if (!seedWorking) throw new Error("the seed loan was guaranteed in 2025");
  const subsidies = (...yuan: string[]) =>
    yuan.map((amount) => ({ amountFen: parseYuan(amount), working: { ...seedWorking, amount } }));

  it("is 1,000,000.00", () => expect(cap).toBe(parseYuan("1000000.00")));

  it("changes nothing at or below the cap", () => {
    const below = subsidies("600000.00", "400000.00");
    expect(shareYearlyCap(below, cap, "per-guarantor-year")).toEqual(below);
  });

  it("shares the cap in proportion, by largest remainder, adding up to it to the fen", () => {
    const shared = shareYearlyCap(
      subsidies("500000.01", "500000.01", "100000.00"),
      cap,
      "per-guarantor-year",
    );
    // 1,000,000.00 × 500,000.01 / 1,100,000.02 = 454,545.4545…: the one fen left goes to the first tie.
    expect(shared.map((subsidy) => subsidy.amountFen)).toEqual([45_454_546n, 45_454_545n, 9_090_909n]);
    expect(shared.reduce((sum, subsidy) => sum + subsidy.amountFen, 0n)).toBe(cap);
    expect(shared[2]?.working).toMatchObject({
      amount: "90909.09",
      capped: true,
      yearlyCap: {
        basis: "per-guarantor-year",
        limit: "1000000.00",
        total: "1100000.02",
        before: "100000.00",
      },
    });
  });
});

describe("compensationOfLoss (seed 002 art. 11(8))", () => {
  const overdue = loanPosition([disbursed, event("OVERDUE", "2026-03-11", "5000000.00")]);
  const half = new Decimal("0.5");

  it("splits 1,000,000.00 under 4321: the fund pays 250,000.00, the guarantor bears 150,000.00", () => {
    const result = compensationOfLoss(riskSharingPreset("4321"), overdue, parseYuan("1000000.00"), half);
    expect(result).toEqual({
      fundPaysFen: 25_000_000n,
      working: {
        scheme: "4321",
        loss: "1000000.00",
        shares: [
          { party: "reguarantor", share: "0.4", amount: "400000.00" },
          { party: "guarantor", share: "0.3", amount: "300000.00" },
          { party: "bank", share: "0.2", amount: "200000.00" },
          { party: "government", share: "0.1", amount: "100000.00" },
        ],
        fundShareOfGuarantor: "0.5",
        fundPays: "250000.00",
        guarantorNet: "150000.00",
      },
    });
  });

  it("under 4222 the fund pays 200,000 + 100,000 = 300,000.00", () => {
    const result = compensationOfLoss(riskSharingPreset("4222"), overdue, parseYuan("1000000.00"), half);
    expect(result.working).toMatchObject({ fundPays: "300000.00", guarantorNet: "100000.00" });
  });

  it.each([
    ["active", [disbursed]],
    ["settled", seedLoan],
    [
      "overdue and cleared",
      [disbursed, event("OVERDUE", "2026-03-11"), event("OVERDUE_CLEARED", "2026-03-20")],
    ],
  ])("refuses a loan that is %s: only an overdue loan is compensated", (_name, events) => {
    expect(
      issueOf(() =>
        compensationOfLoss(riskSharingPreset("4321"), loanPosition(events), parseYuan("1.00"), half),
      ),
    ).toMatchObject({ path: ["loss"], rule: "loan-not-overdue" });
  });

  it("refuses a loss above the outstanding principal, and accepts exactly the outstanding", () => {
    const partlyRepaid = loanPosition([disbursed, firstRepayment, event("OVERDUE", "2026-03-11")]);
    const issue = issueOf(() =>
      compensationOfLoss(riskSharingPreset("4321"), partlyRepaid, parseYuan("3000000.01"), half),
    );
    expect(issue).toMatchObject({ path: ["loss"], rule: "exceeds-outstanding" });
    expect(issue.message.zh).toContain("3000000.00");
    expect(
      compensationOfLoss(riskSharingPreset("4321"), partlyRepaid, parseYuan("3000000.00"), half).fundPaysFen,
    ).toBe(75_000_000n);
  });
});
