import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { formatYuan, parseYuan } from "../money";
import { riskSharingPreset, shareLoss } from "../risk-sharing";
import { calculateGuaranteeFeeSubsidy } from "../subsidies/guarantee-fee";
import { calculateInterestSubsidy, type PrincipalEvent } from "../subsidies/interest";
import { issueOf, issuesOf } from "../test-support";
import { CLOCK_SLA } from "./application-workflow";
import { CN_OFFICIAL_CALENDAR } from "./official-calendar";
import {
  CHONGQING_TECH_LOAN,
  copyProgramme,
  effectiveGuaranteeFeeSubsidyRate,
  effectiveInterestSubsidyRate,
  interestSubsidyApplicationWindow,
  missingMaterials,
  type ProgrammeConfig,
  SHIYAN_CHANLIAN_LOAN,
  validateProgrammeConfig,
} from "./programme-config";
import { dueDate } from "./sla";

const wan = (amount: bigint) => amount * 1_000_000n;
const codes = (list: readonly { code: string }[] | null) => list?.map((item) => item.code) ?? null;

describe("SHIYAN_CHANLIAN_LOAN — SPEC §3's table (seed 002)", () => {
  const p = SHIYAN_CHANLIAN_LOAN;

  it.each<[string, unknown, unknown]>([
    ["eligible districts (art. 5)", p.eligibleDistricts, ["420302", "420303", "420371", "420372", "420373"]],
    [
      "supply-chain categories (art. 5)",
      codes(p.supplyChainCategories),
      ["VEHICLE_MAKER_SUPPLIER", "ASSEMBLY_SUPPLIER", "NEV_KEY_PARTS"],
    ],
    ["operating history ≥ 1 year (art. 6(1))", p.minOperatingYears, 1],
    ["revenue ≥ 2,000万元 (art. 6(2))", p.minAnnualRevenueFen, 2_000_000_000n],
    ["key-supported list (art. 6(3))", p.requireKeySupportedList, true],
    ["negative list (art. 6(7))", p.checkNegativeList, true],
    ["loan uses (art. 7)", codes(p.permittedLoanUses), ["PRODUCT_RD", "BULK_MATERIALS", "WORKING_CAPITAL"]],
    ["≤ 1,000万元 per enterprise (art. 8)", p.maxAmountPerEnterpriseFen, wan(1_000n)],
    ["term ≤ 3 years (art. 8)", p.maxTermMonths, 36],
    ["interest subsidy 2% (art. 9)", p.interestSubsidy.rate.toString(), "0.02"],
    ["ACT/360", p.interestSubsidy.dayCount, "ACT/360"],
    ["none if ever overdue (art. 14)", p.interestSubsidy.noneIfEverOverdue, true],
    ["applied for in Q2 of the next year (art. 11(6))", p.interestSubsidy.applicationWindow, "Q2-next-year"],
    ["guarantee-fee subsidy 1% (art. 9)", p.guaranteeFeeSubsidy.rate.toString(), "0.01"],
    [
      "counter-guarantee (art. 10)",
      codes(p.counterGuaranteeMethods),
      ["CREDIT", "REAL_ESTATE_MORTGAGE", "CHATTEL_MORTGAGE", "RECEIVABLES_PLEDGE"],
    ],
    ["risk sharing 4321 or 4222 (art. 11(8))", p.riskSharingSchemes, ["4321", "4222"]],
    ["fund compensates 50% (art. 11(8))", p.fundShareOfGuarantor.toString(), "0.5"],
    ["review within one week (art. 11(2), (3))", p.slas.review, { amount: 7, unit: "calendar-days" }],
    ["disbursement within 3 days (art. 11(5))", p.slas.disbursement, { amount: 3, unit: "calendar-days" }],
    [
      "recommendation, then bank and guarantor in parallel (art. 11, 附件1)",
      p.reviewChain.map((stage) => stage.reviewers.map((r) => `${r.orgType} ${r.name}`)),
      [["INDUSTRY_BUREAU 市经信局"], ["BANK 银行", "GUARANTOR 市担保集团"]],
    ],
    ["3 years in force (art. 19)", p.validityYears, 3],
  ])("%s", (_rule, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it("passes its own validation", () => {
    expect(validateProgrammeConfig(SHIYAN_CHANLIAN_LOAN)).toBe(SHIYAN_CHANLIAN_LOAN);
  });

  it("dates the workflow's clocks: each review one week, disbursement 3 days", () => {
    const due = (clock: keyof typeof CLOCK_SLA) =>
      dueDate("2025-09-26", p.slas[CLOCK_SLA[clock]], CN_OFFICIAL_CALENDAR);
    expect([due("bank-review"), due("guarantor-review"), due("disbursement")]).toEqual([
      "2025-10-03",
      "2025-10-03",
      "2025-09-29",
    ]);
  });

  const seedLoan: PrincipalEvent[] = [
    { date: "2025-03-10", type: "disbursement", amountFen: parseYuan("5000000.00") },
    { date: "2025-09-10", type: "repayment", amountFen: parseYuan("2000000.00") },
    { date: "2026-03-10", type: "repayment", amountFen: parseYuan("3000000.00") },
  ];

  it("drives the SPEC §3.2 worked examples", () => {
    const interest = calculateInterestSubsidy({
      rate: p.interestSubsidy.rate,
      dayCount: "ACT/360",
      events: seedLoan,
    });
    expect(formatYuan(interest.subsidyFen)).toBe("81277.78");
    const fee = (year: number) =>
      formatYuan(
        calculateGuaranteeFeeSubsidy({ year, events: seedLoan, rate: p.guaranteeFeeSubsidy.rate }).subsidyFen,
      );
    expect([fee(2025), fee(2026)]).toEqual(["34972.22", "5666.67"]);
    const loss = shareLoss(riskSharingPreset("4321"), parseYuan("1000000.00"), p.fundShareOfGuarantor);
    expect(formatYuan(loss.fundPaysFen)).toBe("250000.00");
    expect(interestSubsidyApplicationWindow(p.interestSubsidy, "2026-03-10")).toEqual({
      from: "2027-04-01",
      to: "2027-07-01",
    });
  });
});

describe("CHONGQING_TECH_LOAN — seed 004 §四(一), §五(三)", () => {
  const p = CHONGQING_TECH_LOAN;

  it("carries the seed's numbers", () => {
    expect(p.regionCode).toBe("500000");
    expect(p.eligibleDistricts).toEqual(["500103", "500105", "500106", "500107", "500112", "500113"]);
    expect(p.interestSubsidy.maxShareOfActualRate?.toString()).toBe("0.5");
    expect(p.interestSubsidy.maxRatePoints?.toString()).toBe("0.02");
    expect(p.interestSubsidy.maxPerEnterprisePerYearFen).toBe(wan(1_000n));
    expect(p.guaranteeFeeSubsidy.feeRateCeiling?.toString()).toBe("0.01");
    expect(p.guaranteeFeeSubsidy.maxShareOfActualFee?.toString()).toBe("0.5");
    expect(p.guaranteeFeeSubsidy.capFen).toBe(wan(100n));
    expect(p.riskSharingSchemes).toEqual(["CQ-4222"]);
    expect(codes(p.permittedLoanUses)).toEqual(["TECH_RENOVATION", "EQUIPMENT_UPGRADE"]);
  });

  it("passes its own validation", () => {
    expect(validateProgrammeConfig(CHONGQING_TECH_LOAN)).toBe(CHONGQING_TECH_LOAN);
  });
});

describe("missingMaterials", () => {
  it.each([
    ["none required", undefined, ["DOCUMENT"], []],
    [
      "the one required, not attached",
      ["TECH_PROJECT_FILING"],
      ["DOCUMENT", "LOAN"],
      ["TECH_PROJECT_FILING"],
    ],
    ["the one required, attached", ["TECH_PROJECT_FILING"], ["TECH_PROJECT_FILING"], []],
    [
      "two required, one attached, in the programme's order",
      ["FINANCIAL_STATEMENTS", "BUSINESS_LICENCE", "TECH_PROJECT_FILING"],
      ["BUSINESS_LICENCE"],
      ["FINANCIAL_STATEMENTS", "TECH_PROJECT_FILING"],
    ],
  ] as const)("%s", (_, requiredMaterials, attached, missing) => {
    expect(missingMaterials({ requiredMaterials }, attached)).toEqual(missing);
  });

  it("asks 重庆's 技改专项贷 for the project's filing and 十堰's programme for nothing beyond the 推荐表", () => {
    expect(CHONGQING_TECH_LOAN.requiredMaterials).toEqual(["TECH_PROJECT_FILING"]);
    expect(missingMaterials(SHIYAN_CHANLIAN_LOAN, [])).toEqual([]);
  });
});

describe("effective subsidy rates", () => {
  it.each([
    ["0.0345", "0.01725", "half of a 3.45% loan rate"],
    ["0.05", "0.02", "half of 5% is 2.5%, capped at 2 points"],
    ["0.04", "0.02", "exactly 2 points"],
    ["0", "0", "an interest-free loan gets nothing"],
  ])("Chongqing, actual rate %s → %s (%s)", (actual, expected) => {
    expect(
      effectiveInterestSubsidyRate(CHONGQING_TECH_LOAN.interestSubsidy, new Decimal(actual)).toString(),
    ).toBe(expected);
  });

  it("Shiyan pays 2% whatever the loan rate (capped later at the interest paid)", () => {
    expect(
      effectiveInterestSubsidyRate(SHIYAN_CHANLIAN_LOAN.interestSubsidy, new Decimal("0.0345")).toString(),
    ).toBe("0.02");
  });

  it.each([
    ["0.008", "0.004", "half of a 0.8% fee"],
    ["0.01", "0.005", "a fee of exactly 1% still qualifies"],
    ["0.0101", "0", "a fee above 1% gets nothing"],
  ])("Chongqing, fee rate %s → %s (%s)", (actual, expected) => {
    expect(
      effectiveGuaranteeFeeSubsidyRate(
        CHONGQING_TECH_LOAN.guaranteeFeeSubsidy,
        new Decimal(actual),
      ).toString(),
    ).toBe(expected);
  });

  it("Shiyan pays 1% of the guaranteed amount whatever the fee rate", () => {
    const rate = effectiveGuaranteeFeeSubsidyRate(
      SHIYAN_CHANLIAN_LOAN.guaranteeFeeSubsidy,
      new Decimal("0.015"),
    );
    expect(rate.toString()).toBe("0.01");
  });

  it("refuses an actual rate outside [0, 1]", () => {
    expect(
      issueOf(() => effectiveInterestSubsidyRate(SHIYAN_CHANLIAN_LOAN.interestSubsidy, new Decimal("1.5"))),
    ).toMatchObject({ path: ["actualLoanRate"], rule: "rate-range" });
  });
});

describe("interestSubsidyApplicationWindow", () => {
  it("is the second quarter of the year after settlement, as [from, to)", () => {
    expect(interestSubsidyApplicationWindow(SHIYAN_CHANLIAN_LOAN.interestSubsidy, "2025-12-31")).toEqual({
      from: "2026-04-01",
      to: "2026-07-01",
    });
  });

  it("refuses a malformed date", () => {
    expect(
      issueOf(() => interestSubsidyApplicationWindow(SHIYAN_CHANLIAN_LOAN.interestSubsidy, "2025-12")),
    ).toMatchObject({ path: ["settledOn"], rule: "iso-date" });
  });
});

describe("validateProgrammeConfig", () => {
  const edited = (changes: Partial<ProgrammeConfig>): ProgrammeConfig => ({
    ...SHIYAN_CHANLIAN_LOAN,
    ...changes,
  });
  const { interestSubsidy, guaranteeFeeSubsidy } = SHIYAN_CHANLIAN_LOAN;

  it.each<[string, Partial<ProgrammeConfig>, string, string]>([
    ["a code with spaces", { code: "十堰 产供" }, "code", "code-format"],
    ["version 0", { version: 0 }, "version", "positive-integer"],
    ["a blank name", { name: " " }, "name", "required"],
    ["a 4-digit region", { regionCode: "4203" }, "regionCode", "division-code"],
    ["no districts", { eligibleDistricts: [] }, "eligibleDistricts", "min-items"],
    ["a malformed district", { eligibleDistricts: ["42030"] }, "eligibleDistricts.0", "division-code"],
    ["a district twice", { eligibleDistricts: ["420302", "420302"] }, "eligibleDistricts.1", "unique"],
    [
      "a district of another city",
      { eligibleDistricts: ["420102"] },
      "eligibleDistricts.0",
      "district-outside-region",
    ],
    ["an empty category list", { supplyChainCategories: [] }, "supplyChainCategories", "min-items"],
    [
      "a category code twice",
      {
        supplyChainCategories: [
          { code: "A", zh: "甲", en: "A" },
          { code: "A", zh: "乙", en: "B" },
        ],
      },
      "supplyChainCategories.1.code",
      "unique",
    ],
    ["a fractional operating history", { minOperatingYears: 1.5 }, "minOperatingYears", "positive-integer"],
    ["a negative revenue threshold", { minAnnualRevenueFen: -1n }, "minAnnualRevenue", "positive"],
    ["no loan uses", { permittedLoanUses: [] }, "permittedLoanUses", "min-items"],
    ["a negative amount limit", { maxAmountPerEnterpriseFen: -100n }, "maxAmountPerEnterprise", "positive"],
    ["a zero amount limit", { maxAmountPerEnterpriseFen: 0n }, "maxAmountPerEnterprise", "positive"],
    ["a zero term", { maxTermMonths: 0 }, "maxTermMonths", "positive-integer"],
    [
      "an interest rate of 200%",
      { interestSubsidy: { ...interestSubsidy, rate: new Decimal(2) } },
      "interestSubsidy.rate",
      "rate-range",
    ],
    [
      "a negative rate cap",
      { interestSubsidy: { ...interestSubsidy, maxRatePoints: new Decimal("-0.01") } },
      "interestSubsidy.maxRatePoints",
      "rate-range",
    ],
    [
      "an unknown day count",
      { interestSubsidy: { ...interestSubsidy, dayCount: "30/360" as "ACT/360" } },
      "interestSubsidy.dayCount",
      "enum",
    ],
    [
      "a zero yearly cap",
      { interestSubsidy: { ...interestSubsidy, maxPerEnterprisePerYearFen: 0n } },
      "interestSubsidy.maxPerEnterprisePerYear",
      "positive",
    ],
    [
      "a fee share above 1",
      { guaranteeFeeSubsidy: { ...guaranteeFeeSubsidy, maxShareOfActualFee: new Decimal("1.01") } },
      "guaranteeFeeSubsidy.maxShareOfActualFee",
      "rate-range",
    ],
    [
      "a negative fee cap",
      { guaranteeFeeSubsidy: { ...guaranteeFeeSubsidy, capFen: -1n } },
      "guaranteeFeeSubsidy.cap",
      "positive",
    ],
    [
      "an unknown risk scheme",
      { riskSharingSchemes: ["4321", "5311"] },
      "riskSharingSchemes.1",
      "unknown-scheme",
    ],
    ["no risk scheme", { riskSharingSchemes: [] }, "riskSharingSchemes", "min-items"],
    [
      "an unknown material",
      { requiredMaterials: ["BUSINESS_LICENCE", "TAX_RECEIPT" as "BUSINESS_LICENCE"] },
      "requiredMaterials.1",
      "enum",
    ],
    [
      "a material twice",
      { requiredMaterials: ["BUSINESS_LICENCE", "BUSINESS_LICENCE"] },
      "requiredMaterials.1",
      "unique",
    ],
    [
      "a fund share of 150%",
      { fundShareOfGuarantor: new Decimal("1.5") },
      "fundShareOfGuarantor",
      "rate-range",
    ],
    [
      "a zero review SLA",
      { slas: { ...SHIYAN_CHANLIAN_LOAN.slas, review: { amount: 0, unit: "calendar-days" } } },
      "slas.review.amount",
      "positive-integer",
    ],
    [
      "an unknown SLA unit",
      {
        slas: { ...SHIYAN_CHANLIAN_LOAN.slas, disbursement: { amount: 3, unit: "hours" as "working-days" } },
      },
      "slas.disbursement.unit",
      "enum",
    ],
    [
      "a chain without the guarantor",
      {
        reviewChain: [
          { reviewers: [{ orgType: "INDUSTRY_BUREAU", name: "市经信局" }] },
          { reviewers: [{ orgType: "BANK", name: "银行" }] },
        ],
      },
      "reviewChain",
      "unsupported-review-chain",
    ],
    [
      "a reviewer without a name",
      {
        reviewChain: [
          { reviewers: [{ orgType: "INDUSTRY_BUREAU", name: "" }] },
          ...SHIYAN_CHANLIAN_LOAN.reviewChain.slice(1),
        ],
      },
      "reviewChain.0.reviewers.0.name",
      "required",
    ],
    ["a validity of 0 years", { validityYears: 0 }, "validityYears", "positive-integer"],
    ["no counter-guarantee method", { counterGuaranteeMethods: [] }, "counterGuaranteeMethods", "min-items"],
  ])("refuses %s", (_name, changes, path, rule) => {
    expect(issueOf(() => validateProgrammeConfig(edited(changes)))).toMatchObject({
      path: path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      rule,
    });
  });

  it("accepts the bank and guarantor in either order within their parallel stage", () => {
    const [recommendation, reviews] = SHIYAN_CHANLIAN_LOAN.reviewChain;
    const swapped = edited({
      reviewChain: [recommendation, { reviewers: [...(reviews?.reviewers ?? [])].reverse() }].filter(
        (stage) => stage !== undefined,
      ),
    });
    expect(validateProgrammeConfig(swapped)).toBe(swapped);
  });

  it("reports every problem of a form at once", () => {
    const issues = issuesOf(() =>
      validateProgrammeConfig(edited({ name: "", maxTermMonths: -3, riskSharingSchemes: ["9999"] })),
    );
    expect(issues.map((issue) => issue.path.join("."))).toEqual([
      "name",
      "maxTermMonths",
      "riskSharingSchemes.0",
    ]);
  });

  it("names the field and the value in the message", () => {
    const issue = issueOf(() => validateProgrammeConfig(edited({ riskSharingSchemes: ["5311"] })));
    expect(issue.message.zh).toContain("5311");
    expect(issue.message.zh).toContain("4321");
  });
});

describe("copyProgramme (seed 002 art. 18: 县(市)可参照执行)", () => {
  const danjiangkou = {
    code: "DANJIANGKOU-CHANLIAN",
    name: "丹江口市“产供强链贷”",
    regionCode: "420381",
    eligibleDistricts: ["420381"],
  };

  it("keeps the preset's numbers under the county's identity, as version 1", () => {
    const copy = copyProgramme({ ...SHIYAN_CHANLIAN_LOAN, version: 4 }, danjiangkou);
    expect(copy).toMatchObject({ ...danjiangkou, version: 1 });
    expect(copy.maxAmountPerEnterpriseFen).toBe(SHIYAN_CHANLIAN_LOAN.maxAmountPerEnterpriseFen);
    expect(copy.riskSharingSchemes).toEqual(["4321", "4222"]);
    expect(copy.eligibleDistricts).not.toBe(danjiangkou.eligibleDistricts);
  });

  it("refuses a county that lists the city's districts or none", () => {
    expect(
      issueOf(() => copyProgramme(SHIYAN_CHANLIAN_LOAN, { ...danjiangkou, eligibleDistricts: ["420302"] })),
    ).toMatchObject({ path: ["eligibleDistricts", 0], rule: "district-outside-region" });
    expect(
      issueOf(() => copyProgramme(SHIYAN_CHANLIAN_LOAN, { ...danjiangkou, eligibleDistricts: [] })),
    ).toMatchObject({ path: ["eligibleDistricts"], rule: "min-items" });
  });
});
