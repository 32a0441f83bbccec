import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { issuesOf } from "../test-support";
import {
  type Acknowledgement,
  acknowledgementIssues,
  ELIGIBILITY_RULES,
  type EligibilityCheck,
  type EligibilityInput,
  type EligibilityResult,
  type EligibilityRule,
  evaluateEligibility,
  limitBreaches,
  liveLoansFen,
} from "./eligibility";
import { CHONGQING_TECH_LOAN, SHIYAN_CHANLIAN_LOAN } from "./programme-config";

const wan = (amount: bigint) => amount * 1_000_000n;

/** A 张湾区 supplier of 东风 that meets every condition of seed 002 on 2025-09-26. */
const base: EligibilityInput = {
  programme: SHIYAN_CHANLIAN_LOAN,
  asOf: "2025-09-26",
  enterprise: {
    districtCode: "420303",
    supplyChainCategory: "VEHICLE_MAKER_SUPPLIER",
    establishedOn: "2018-06-01",
    latestAnnualRevenue: { year: 2024, amountFen: wan(2_500n) },
    onKeySupportedList: true,
    onNegativeList: false,
  },
  request: { amountFen: wan(500n), termMonths: 36, loanUse: "WORKING_CAPITAL" },
  liveProgrammeLoansFen: 0n,
};

type Change = {
  asOf?: string;
  enterprise?: Partial<EligibilityInput["enterprise"]>;
  request?: Partial<EligibilityInput["request"]>;
  liveProgrammeLoansFen?: bigint;
  programme?: EligibilityInput["programme"];
};

function withChange(change: Change): EligibilityInput {
  return {
    ...base,
    ...change,
    enterprise: { ...base.enterprise, ...change.enterprise },
    request: { ...base.request, ...change.request },
  };
}

function checkOf(input: EligibilityInput, rule: EligibilityRule): EligibilityCheck {
  const found = evaluateEligibility(input).checks.find((c) => c.rule === rule);
  if (!found) throw new Error(`no check ${rule}`);
  return found;
}

describe("evaluateEligibility — seed 002 arts. 5–8", () => {
  it("passes an enterprise meeting every condition, with every rule in order", () => {
    const result = evaluateEligibility(base);
    expect(result.eligible).toBe(true);
    expect(result.checks.map((c) => c.rule)).toEqual([...ELIGIBILITY_RULES]);
    expect(result.checks.every((c) => c.passed)).toBe(true);
  });

  it.each<[EligibilityRule, string, Change, boolean, string]>([
    ["registered-district", "张湾区", {}, true, "注册地区划 420303 在本计划支持的区县内"],
    [
      "registered-district",
      "武当山旅游经济特区 (platform code)",
      { enterprise: { districtCode: "420373" } },
      true,
      "420373",
    ],
    [
      "registered-district",
      "郧阳区 is not a main urban district",
      { enterprise: { districtCode: "420304" } },
      false,
      "注册地区划 420304 不在本计划支持的区县(420302、420303、420371、420372、420373)内",
    ],
    ["supply-chain-category", "vehicle-maker supplier", {}, true, "为整车生产企业提供核心配套产品"],
    [
      "supply-chain-category",
      "NEV key parts",
      { enterprise: { supplyChainCategory: "NEV_KEY_PARTS" } },
      true,
      "“大小三电”",
    ],
    [
      "supply-chain-category",
      "no category recorded",
      { enterprise: { supplyChainCategory: null } },
      false,
      "未登记供应链配套类别",
    ],
    [
      "supply-chain-category",
      "an unknown category",
      { enterprise: { supplyChainCategory: "AFTERMARKET" } },
      false,
      "AFTERMARKET 不在本计划支持范围内",
    ],
    [
      "operating-history",
      "established exactly one year before",
      { enterprise: { establishedOn: "2024-09-26" } },
      true,
      "2024-09-26 成立,至 2025-09-26 已连续经营满 1 年,不少于 1 年",
    ],
    [
      "operating-history",
      "one day short of a year",
      { enterprise: { establishedOn: "2024-09-27" } },
      false,
      "2024-09-27 成立,至 2025-09-26 经营不满 1 年",
    ],
    [
      "operating-history",
      "established on 29 February: the year completes on 28 February",
      { asOf: "2025-02-28", enterprise: { establishedOn: "2024-02-29" } },
      true,
      "满 1 年",
    ],
    [
      "operating-history",
      "29 February, a day short",
      { asOf: "2025-02-27", enterprise: { establishedOn: "2024-02-29" } },
      false,
      "不满 1 年",
    ],
    [
      "operating-history",
      "established after the check date",
      { enterprise: { establishedOn: "2025-10-01" } },
      false,
      "成立日期 2025-10-01 晚于核查日 2025-09-26",
    ],
    [
      "annual-revenue",
      "exactly 2,000万元",
      { enterprise: { latestAnnualRevenue: { year: 2024, amountFen: wan(2_000n) } } },
      true,
      "2024年主营业务收入 2,000.00 万元,不低于 2,000 万元",
    ],
    [
      "annual-revenue",
      "1 fen less than 2,000万元, rounded down to stay below it",
      { enterprise: { latestAnnualRevenue: { year: 2024, amountFen: wan(2_000n) - 1n } } },
      false,
      "2024年主营业务收入 1,999.99 万元,低于 2,000 万元",
    ],
    [
      "annual-revenue",
      "71,241,413 元, to the two places the forms use",
      { enterprise: { latestAnnualRevenue: { year: 2024, amountFen: 7_124_141_300n } } },
      true,
      "2024年主营业务收入 7,124.14 万元,不低于 2,000 万元",
    ],
    [
      "annual-revenue",
      "1,800万元",
      { enterprise: { latestAnnualRevenue: { year: 2024, amountFen: wan(1_800n) } } },
      false,
      "2024年主营业务收入 1,800.00 万元,低于 2,000 万元",
    ],
    [
      "annual-revenue",
      "the year before last while last year's accounts are not in",
      { enterprise: { latestAnnualRevenue: { year: 2023, amountFen: wan(2_100n) } } },
      true,
      "2023年主营业务收入 2,100.00 万元",
    ],
    [
      "annual-revenue",
      "a stale year",
      { enterprise: { latestAnnualRevenue: { year: 2022, amountFen: wan(9_000n) } } },
      false,
      "最近填报的主营业务收入为2022年,已过时,须为2023年或2024年",
    ],
    [
      "annual-revenue",
      "the current, unfinished year",
      { enterprise: { latestAnnualRevenue: { year: 2025, amountFen: wan(9_000n) } } },
      false,
      "2025年尚未结束",
    ],
    [
      "annual-revenue",
      "no revenue reported",
      { enterprise: { latestAnnualRevenue: null } },
      false,
      "未填报年主营业务收入,本计划要求不低于 2,000 万元",
    ],
    ["key-supported-list", "on the list", {}, true, "已列入全市重点支持企业名单"],
    [
      "key-supported-list",
      "not on the list",
      { enterprise: { onKeySupportedList: false } },
      false,
      "未列入全市重点支持企业名单",
    ],
    ["negative-list", "not on the negative list", {}, true, "不在再担保机构负面清单内"],
    [
      "negative-list",
      "on the negative list",
      { enterprise: { onNegativeList: true } },
      false,
      "在再担保机构负面清单内",
    ],
    [
      "amount-limit",
      "500万 alone",
      {},
      true,
      "本次申请 500.00 万元,无其他在贷,未超过单户上限 1,000 万元,本次后尚余 500.00 万元额度",
    ],
    [
      "amount-limit",
      "500万 + 500万 live = exactly 1,000万",
      { liveProgrammeLoansFen: wan(500n) },
      true,
      "本次申请 500.00 万元,加在贷 500.00 万元共 1,000.00 万元,未超过单户上限 1,000 万元,本次后尚余 0.00 万元额度",
    ],
    [
      "amount-limit",
      "1 fen over",
      { liveProgrammeLoansFen: wan(500n) + 1n },
      false,
      "共 1,000.01 万元,超过单户上限 1,000 万元,尚可申请 499.99 万元",
    ],
    [
      "amount-limit",
      "1 fen over with nothing else live",
      { request: { amountFen: wan(1_000n) + 1n } },
      false,
      "本次申请 1,000.01 万元,无其他在贷,超过单户上限 1,000 万元,尚可申请 1,000.00 万元",
    ],
    [
      "amount-limit",
      "600万 with 800万 live",
      { request: { amountFen: wan(600n) }, liveProgrammeLoansFen: wan(800n) },
      false,
      "本次申请 600.00 万元,加在贷 800.00 万元共 1,400.00 万元,超过单户上限 1,000 万元,尚可申请 200.00 万元",
    ],
    [
      "amount-limit",
      "live loans already above the limit",
      { request: { amountFen: 1n }, liveProgrammeLoansFen: wan(1_200n) },
      false,
      "尚可申请 0.00 万元",
    ],
    ["term-limit", "3 years", {}, true, "申请期限 36 个月,不超过 36 个月"],
    ["term-limit", "37 months", { request: { termMonths: 37 } }, false, "申请期限 37 个月,超过最长 36 个月"],
    ["loan-use", "product R&D", { request: { loanUse: "PRODUCT_RD" } }, true, "贷款用途:产品研发"],
    ["loan-use", "bulk materials", { request: { loanUse: "BULK_MATERIALS" } }, true, "大宗原材料物资采购"],
    [
      "loan-use",
      "technical renovation is Chongqing's, not Shiyan's",
      { request: { loanUse: "TECH_RENOVATION" } },
      false,
      "贷款用途 TECH_RENOVATION 不在本计划允许的用途(产品研发、大宗原材料物资采购、生产经营流动资金周转)内",
    ],
  ])("%s: %s", (rule, _case, change, passed, reason) => {
    const input = withChange(change);
    const result = checkOf(input, rule);
    expect(result.passed).toBe(passed);
    expect(result.reason.zh).toContain(reason);
    expect(evaluateEligibility(input).eligible).toBe(passed);
  });

  it("shows every failure at once", () => {
    const result = evaluateEligibility(
      withChange({
        enterprise: { districtCode: "420304", onNegativeList: true },
        request: { termMonths: 48 },
      }),
    );
    expect(result.eligible).toBe(false);
    expect(result.checks.filter((c) => !c.passed).map((c) => c.rule)).toEqual([
      "registered-district",
      "negative-list",
      "term-limit",
    ]);
  });

  it("refuses malformed input, naming each field", () => {
    const issues = issuesOf(() =>
      evaluateEligibility(
        withChange({
          asOf: "2025-13-01",
          enterprise: { establishedOn: "2018/06/01", latestAnnualRevenue: { year: 24, amountFen: -1n } },
          request: { amountFen: 0n, termMonths: 2.5 },
          liveProgrammeLoansFen: -1n,
        }),
      ),
    );
    expect(issues.map(({ path, rule }) => [path.join("."), rule])).toEqual([
      ["asOf", "iso-date"],
      ["enterprise.establishedOn", "iso-date"],
      ["enterprise.latestAnnualRevenue.year", "year-range"],
      ["enterprise.latestAnnualRevenue.amount", "non-negative"],
      ["request.amount", "positive"],
      ["request.termMonths", "positive-integer"],
      ["liveProgrammeLoans", "non-negative"],
    ]);
  });

  it("property: the amount limit passes exactly when request + live loans ≤ 1,000万元", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: wan(2_000n) }),
        fc.bigInt({ min: 0n, max: wan(2_000n) }),
        (a, live) => {
          const result = checkOf(
            withChange({ request: { amountFen: a }, liveProgrammeLoansFen: live }),
            "amount-limit",
          );
          expect(result.passed).toBe(a + live <= wan(1_000n));
        },
      ),
    );
  });

  it("property: the revenue rule passes exactly when last year's revenue ≥ 2,000万元", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: wan(5_000n) }), (amountFen) => {
        const input = withChange({ enterprise: { latestAnnualRevenue: { year: 2024, amountFen } } });
        expect(checkOf(input, "annual-revenue").passed).toBe(amountFen >= wan(2_000n));
      }),
    );
  });
});

describe("evaluateEligibility — Chongqing 技改专项贷", () => {
  const chongqing: Change = {
    programme: CHONGQING_TECH_LOAN,
    enterprise: {
      districtCode: "500112",
      supplyChainCategory: null,
      establishedOn: "2025-06-01",
      latestAnnualRevenue: null,
      onKeySupportedList: false,
      onNegativeList: true,
    },
    request: { amountFen: wan(5_000n), termMonths: 60, loanUse: "TECH_RENOVATION" },
    liveProgrammeLoansFen: wan(3_000n),
  };

  it("applies only the conditions the seed sets: district and loan use", () => {
    const result = evaluateEligibility(withChange(chongqing));
    expect(result.eligible).toBe(true);
    expect(Object.fromEntries(result.checks.map((c) => [c.rule, c.reason.zh]))).toEqual({
      "registered-district": "注册地区划 500112 在本计划支持的区县内",
      "supply-chain-category": "本计划不限供应链配套类别",
      "operating-history": "本计划无经营年限要求",
      "annual-revenue": "本计划无主营业务收入要求",
      "key-supported-list": "本计划不要求列入重点支持企业名单",
      "negative-list": "本计划不核查再担保负面清单",
      "amount-limit": "本计划未设单户贷款上限",
      "term-limit": "本计划未设最长期限",
      "loan-use": "贷款用途:技术改造",
    });
  });

  it("refuses a Shiyan enterprise and a working-capital loan", () => {
    const result = evaluateEligibility(
      withChange({
        ...chongqing,
        enterprise: { districtCode: "420303" },
        request: { loanUse: "WORKING_CAPITAL" },
      }),
    );
    expect(result.checks.filter((c) => !c.passed).map((c) => c.rule)).toEqual([
      "registered-district",
      "loan-use",
    ]);
  });
});

describe("liveLoansFen — what counts against the per-enterprise ceiling (ADR 017)", () => {
  it.each<[string, string, bigint]>([
    ["submitted", "SUBMITTED", wan(300n)],
    ["in review", "UNDER_REVIEW", wan(300n)],
    ["approved", "APPROVED", wan(300n)],
    ["contracted", "CONTRACTED", wan(300n)],
    ["disbursed", "DISBURSED", wan(300n)],
    ["a draft", "DRAFT", 0n],
    ["settled", "SETTLED", 0n],
    ["rejected", "REJECTED", 0n],
    ["withdrawn", "WITHDRAWN", 0n],
  ])("a loan of 300万元 %s counts %s", (_name, status, counted) => {
    expect(liveLoansFen([{ status, amountFen: wan(300n) }])).toBe(counted);
  });

  it("adds up every live loan and nothing else", () => {
    const loans = [
      { status: "DISBURSED", amountFen: wan(500n) },
      { status: "UNDER_REVIEW", amountFen: wan(200n) },
      { status: "SETTLED", amountFen: wan(800n) },
      { status: "WITHDRAWN", amountFen: wan(900n) },
    ];
    expect(liveLoansFen(loans)).toBe(wan(700n));
  });
});

describe("limitBreaches — seed 002 art. 8: 单户最高不超过1000万元,期限最长不超过3年", () => {
  const limits = (request: { amountFen: bigint; termMonths: number }, liveProgrammeLoansFen = 0n) =>
    limitBreaches({ programme: SHIYAN_CHANLIAN_LOAN, request, liveProgrammeLoansFen });

  it.each<[string, bigint, number, bigint, string[]]>([
    ["1,000万元 over 3 years, nothing else live", wan(1_000n), 36, 0n, []],
    ["1,200万元 over 48 months (the case of issue 8)", wan(1_200n), 48, 0n, ["amount-limit", "term-limit"]],
    ["1,200万元 over 36 months", wan(1_200n), 36, 0n, ["amount-limit"]],
    ["500万元 over 37 months", wan(500n), 37, 0n, ["term-limit"]],
    ["500万元 with 500万元 live: exactly the ceiling", wan(500n), 36, wan(500n), []],
    ["500万元 with 600万元 live", wan(500n), 36, wan(600n), ["amount-limit"]],
    ["one fen over the ceiling", wan(400n) + 1n, 12, wan(600n), ["amount-limit"]],
  ])("%s", (_name, amountFen, termMonths, live, rules) => {
    expect(limits({ amountFen, termMonths }, live).map((issue) => issue.rule)).toEqual(rules);
  });

  it("names the amounts and the limit, in Chinese and in English", () => {
    const [amount, term] = limits({ amountFen: wan(1_200n), termMonths: 48 }, wan(100n));
    expect(amount).toMatchObject({ path: ["amount"], rule: "amount-limit" });
    expect(amount?.message).toEqual({
      zh: "本次申请 1,200.00 万元,加在贷 100.00 万元共 1,300.00 万元,超过单户上限 1,000 万元,尚可申请 900.00 万元",
      en:
        "This application 12,000,000.00 + live programme loans 1,000,000.00 = 13,000,000.00 yuan exceeds " +
        "the per-enterprise limit of 10,000,000.00 yuan",
    });
    expect(term).toMatchObject({ path: ["termMonths"], rule: "term-limit" });
    expect(term?.message).toEqual({
      zh: "申请期限 48 个月,超过最长 36 个月",
      en: "Term of 48 months, above the maximum of 36",
    });
  });

  it("has nothing to refuse where the programme sets no ceiling (重庆 技改专项贷)", () => {
    const request = { amountFen: wan(5_000n), termMonths: 120 };
    expect(
      limitBreaches({ programme: CHONGQING_TECH_LOAN, request, liveProgrammeLoansFen: wan(900n) }),
    ).toEqual([]);
  });
});

describe("acknowledgementIssues — the bureau recommends despite a failed rule only by saying why", () => {
  const notListed = evaluateEligibility(withChange({ enterprise: { onKeySupportedList: false } }));
  const overLimit = evaluateEligibility(withChange({ request: { amountFen: wan(1_200n) } }));

  it.each<[string, EligibilityResult, Acknowledgement | undefined, string[]]>([
    ["every rule passed: nothing to acknowledge", evaluateEligibility(base), undefined, []],
    ["a failed rule not acknowledged", notListed, undefined, ["acknowledgement-required"]],
    [
      "another rule acknowledged than the one that failed",
      notListed,
      { rules: ["negative-list"], reason: "市政府专题会议同意" },
      ["acknowledgement-required"],
    ],
    [
      "acknowledged without a reason",
      notListed,
      { rules: ["key-supported-list"], reason: "  " },
      ["reason-required"],
    ],
    [
      "acknowledged with a reason",
      notListed,
      { rules: ["key-supported-list"], reason: "市政府专题会议同意" },
      [],
    ],
    // A ceiling is not the bureau's to waive: limitBreaches refuses it whatever is acknowledged.
    ["only a hard limit failed", overLimit, undefined, []],
  ])("%s", (_name, result, acknowledgement, rules) => {
    expect(acknowledgementIssues(result, acknowledgement).map((issue) => issue.rule)).toEqual(rules);
  });

  it("shows the bureau the reason of each unacknowledged rule", () => {
    const [issue] = acknowledgementIssues(notListed, undefined);
    expect(issue?.message.zh).toContain("未列入全市重点支持企业名单");
    expect(issue?.message.en).toContain("Acknowledge the failed rules key-supported-list with a reason");
  });
});
