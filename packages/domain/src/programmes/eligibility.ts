import { Decimal } from "decimal.js";
import { checkIsoDate, fullYearsBetween, yearOf } from "../dates";
import { throwIfIssues, type ValidationIssue } from "../errors";
import { exactDecimal, FEN_PER_WAN, formatYuanGrouped, groupThousands } from "../money";
import type { Term } from "../vocabulary";
import type { ApplicationStatus } from "./application-workflow";
import type { ProgrammeConfig } from "./programme-config";

/** In the order the checks are shown: seed 002 arts. 5–8. */
export const ELIGIBILITY_RULES = [
  "registered-district",
  "supply-chain-category",
  "operating-history",
  "annual-revenue",
  "key-supported-list",
  "negative-list",
  "amount-limit",
  "term-limit",
  "loan-use",
] as const;

export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

/**
 * Seed 002 art. 8 (单户最高不超过1000万元,期限最长不超过3年) are ceilings: breaking one refuses the step
 * outright. The bureau may recommend despite any other failed rule, acknowledging it with a reason.
 */
export const HARD_ELIGIBILITY_RULES: readonly EligibilityRule[] = ["amount-limit", "term-limit"];

/**
 * The applications whose amounts count against the per-enterprise ceiling: from submission until the
 * loan is settled, since approving those in review as well could exceed it; a draft, a rejected or a
 * withdrawn application is no loan (ADR 017).
 */
export const LIVE_LOAN_STATUSES: readonly ApplicationStatus[] = [
  "SUBMITTED",
  "UNDER_REVIEW",
  "APPROVED",
  "CONTRACTED",
  "DISBURSED",
];

/** The enterprise's live programme loans, summed; the caller leaves out the application being decided. */
export function liveLoansFen(loans: readonly { status: string; amountFen: bigint }[]): bigint {
  return loans
    .filter((loan) => (LIVE_LOAN_STATUSES as readonly string[]).includes(loan.status))
    .reduce((sum, loan) => sum + loan.amountFen, 0n);
}

export interface EligibilityCheck {
  rule: EligibilityRule;
  passed: boolean;
  /** The actual value and the limit, in both languages, for the applicant and every reviewer. */
  reason: Term;
}

export interface EligibilityEnterprise {
  districtCode: string;
  supplyChainCategory: string | null;
  establishedOn: string;
  latestAnnualRevenue: { year: number; amountFen: bigint } | null;
  onKeySupportedList: boolean;
  onNegativeList: boolean;
}

export interface EligibilityInput {
  programme: ProgrammeConfig;
  /** The day of the check: the application date, or the day of a decision. */
  asOf: string;
  enterprise: EligibilityEnterprise;
  request: { amountFen: bigint; termMonths: number; loanUse: string };
  /** Amounts of the enterprise's other live loans under the programme, this application excluded. */
  liveProgrammeLoansFen: bigint;
}

export interface EligibilityResult {
  eligible: boolean;
  checks: EligibilityCheck[];
}

const WAN_ROUNDING = {
  "half-up": Decimal.ROUND_HALF_UP,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
} as const;

/** Fen as 万元 to the two places the forms use ("7,124.14", not "7,124.1413"). */
function wan(fen: bigint, rounding: keyof typeof WAN_ROUNDING = "half-up"): string {
  const [whole = "0", fraction = ""] = exactDecimal(fen.toString())
    .div(FEN_PER_WAN.toString())
    .toFixed(2, WAN_ROUNDING[rounding])
    .split(".");
  return `${groupThousands(whole)}.${fraction}`;
}

/**
 * An amount set beside a limit, rounded so that the figure stays on the limit's side the verdict
 * states: 19,999,999.99 元 under a minimum of 2,000 万元 reads 1,999.99, not a rounded 2,000.00.
 */
function wanBeside(fen: bigint, limit: bigint): string {
  const rounded = exactDecimal(fen.toString())
    .div(FEN_PER_WAN.toString())
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const limitWan = exactDecimal(limit.toString()).div(FEN_PER_WAN.toString());
  if (fen < limit && rounded.greaterThanOrEqualTo(limitWan)) return wan(fen, "down");
  if (fen > limit && rounded.lessThanOrEqualTo(limitWan)) return wan(fen, "up");
  return wan(fen);
}

/** A limit as a programme states it, exact and without trailing zeros: "2,000", not "2,000.00". */
function limitWan(fen: bigint): string {
  const [whole = "0", fraction = ""] = exactDecimal(fen.toString())
    .div(FEN_PER_WAN.toString())
    .toFixed(6)
    .split(".");
  const decimals = fraction.replace(/0+$/, "");
  return decimals ? `${groupThousands(whole)}.${decimals}` : groupThousands(whole);
}

function check(rule: EligibilityRule, passed: boolean, reason: Term): EligibilityCheck {
  return { rule, passed, reason };
}

function validateInput(input: EligibilityInput): void {
  const { asOf, enterprise, request, liveProgrammeLoansFen } = input;
  const issues: ValidationIssue[] = [
    checkIsoDate(asOf, ["asOf"]),
    checkIsoDate(enterprise.establishedOn, ["enterprise", "establishedOn"]),
  ].filter((issue) => issue !== undefined);
  const revenue = enterprise.latestAnnualRevenue;
  if (revenue && (!Number.isInteger(revenue.year) || revenue.year < 1000 || revenue.year > 9999)) {
    issues.push({
      path: ["enterprise", "latestAnnualRevenue", "year"],
      rule: "year-range",
      message: { zh: "收入年度须为四位整数年份", en: "Year must be a four-digit integer" },
    });
  }
  if (revenue && revenue.amountFen < 0n) {
    issues.push({
      path: ["enterprise", "latestAnnualRevenue", "amount"],
      rule: "non-negative",
      message: { zh: "主营业务收入不能为负数", en: "Must not be negative" },
    });
  }
  if (request.amountFen <= 0n) {
    issues.push({
      path: ["request", "amount"],
      rule: "positive",
      message: { zh: "申请金额必须大于0", en: "Must be greater than 0" },
    });
  }
  if (!Number.isInteger(request.termMonths) || request.termMonths < 1) {
    issues.push({
      path: ["request", "termMonths"],
      rule: "positive-integer",
      message: { zh: "申请期限须为正整数个月", en: "Term must be a whole number of months ≥ 1" },
    });
  }
  if (liveProgrammeLoansFen < 0n) {
    issues.push({
      path: ["liveProgrammeLoans"],
      rule: "non-negative",
      message: { zh: "在贷金额不能为负数", en: "Must not be negative" },
    });
  }
  throwIfIssues(issues);
}

function registeredDistrict({ programme, enterprise }: EligibilityInput): EligibilityCheck {
  const { districtCode } = enterprise;
  const listed = programme.eligibleDistricts;
  return listed.includes(districtCode)
    ? check("registered-district", true, {
        zh: `注册地区划 ${districtCode} 在本计划支持的区县内`,
        en: `Registered district ${districtCode} is one the programme supports`,
      })
    : check("registered-district", false, {
        zh: `注册地区划 ${districtCode} 不在本计划支持的区县(${listed.join("、")})内`,
        en: `Registered district ${districtCode} is not one the programme supports (${listed.join(", ")})`,
      });
}

function supplyChainCategory({ programme, enterprise }: EligibilityInput): EligibilityCheck {
  const categories = programme.supplyChainCategories;
  if (categories === null) {
    return check("supply-chain-category", true, {
      zh: "本计划不限供应链配套类别",
      en: "The programme takes any supply-chain category",
    });
  }
  const category = categories.find((item) => item.code === enterprise.supplyChainCategory);
  if (category) {
    return check("supply-chain-category", true, {
      zh: `供应链配套类别:${category.zh}`,
      en: `Supply-chain category: ${category.en}`,
    });
  }
  const allowed = {
    zh: categories.map((item) => item.zh).join(";"),
    en: categories.map((item) => item.en).join("; "),
  };
  return enterprise.supplyChainCategory === null
    ? check("supply-chain-category", false, {
        zh: `未登记供应链配套类别,本计划支持:${allowed.zh}`,
        en: `No supply-chain category recorded; the programme supports: ${allowed.en}`,
      })
    : check("supply-chain-category", false, {
        zh: `供应链配套类别 ${enterprise.supplyChainCategory} 不在本计划支持范围内,本计划支持:${allowed.zh}`,
        en: `Supply-chain category ${enterprise.supplyChainCategory} is not supported; the programme supports: ${allowed.en}`,
      });
}

function operatingHistory({ programme, asOf, enterprise }: EligibilityInput): EligibilityCheck {
  const minimum = programme.minOperatingYears;
  if (minimum === null) {
    return check("operating-history", true, {
      zh: "本计划无经营年限要求",
      en: "The programme has no operating-history requirement",
    });
  }
  const { establishedOn } = enterprise;
  if (establishedOn > asOf) {
    return check("operating-history", false, {
      zh: `成立日期 ${establishedOn} 晚于核查日 ${asOf}`,
      en: `Established ${establishedOn}, after the check date ${asOf}`,
    });
  }
  const years = fullYearsBetween(establishedOn, asOf);
  return years >= minimum
    ? check("operating-history", true, {
        zh: `${establishedOn} 成立,至 ${asOf} 已连续经营满 ${years} 年,不少于 ${minimum} 年`,
        en: `Established ${establishedOn}: ${years} full years by ${asOf}, at least ${minimum}`,
      })
    : check("operating-history", false, {
        zh: `${establishedOn} 成立,至 ${asOf} 经营不满 ${minimum} 年`,
        en: `Established ${establishedOn}: fewer than ${minimum} full years by ${asOf}`,
      });
}

/** The latest completed year counts, or the one before while that year's accounts are not yet in. */
function annualRevenue({ programme, asOf, enterprise }: EligibilityInput): EligibilityCheck {
  const minimum = programme.minAnnualRevenueFen;
  if (minimum === null) {
    return check("annual-revenue", true, {
      zh: "本计划无主营业务收入要求",
      en: "The programme has no revenue requirement",
    });
  }
  const revenue = enterprise.latestAnnualRevenue;
  if (revenue === null) {
    return check("annual-revenue", false, {
      zh: `未填报年主营业务收入,本计划要求不低于 ${limitWan(minimum)} 万元`,
      en: `No annual revenue recorded; the programme requires at least ${limitWan(minimum)} ten-thousand yuan`,
    });
  }
  const lastCompleted = yearOf(asOf) - 1;
  if (revenue.year > lastCompleted) {
    return check("annual-revenue", false, {
      zh: `${revenue.year}年尚未结束,须填报${lastCompleted}年或之前完整年度的收入`,
      en: `${revenue.year} is not over: give the revenue of ${lastCompleted} or an earlier full year`,
    });
  }
  if (revenue.year < lastCompleted - 1) {
    return check("annual-revenue", false, {
      zh: `最近填报的主营业务收入为${revenue.year}年,已过时,须为${lastCompleted - 1}年或${lastCompleted}年`,
      en: `The latest revenue recorded is for ${revenue.year}, out of date: give ${lastCompleted - 1} or ${lastCompleted}`,
    });
  }
  const stated = {
    zh: `${revenue.year}年主营业务收入 ${wanBeside(revenue.amountFen, minimum)} 万元`,
    en: `Revenue ${revenue.year}: ${wanBeside(revenue.amountFen, minimum)} ten-thousand yuan`,
  };
  return revenue.amountFen >= minimum
    ? check("annual-revenue", true, {
        zh: `${stated.zh},不低于 ${limitWan(minimum)} 万元`,
        en: `${stated.en}, at least ${limitWan(minimum)}`,
      })
    : check("annual-revenue", false, {
        zh: `${stated.zh},低于 ${limitWan(minimum)} 万元`,
        en: `${stated.en}, below ${limitWan(minimum)}`,
      });
}

function keySupportedList({ programme, enterprise }: EligibilityInput): EligibilityCheck {
  if (!programme.requireKeySupportedList) {
    return check("key-supported-list", true, {
      zh: "本计划不要求列入重点支持企业名单",
      en: "The programme does not require the key-supported list",
    });
  }
  return enterprise.onKeySupportedList
    ? check("key-supported-list", true, {
        zh: "已列入全市重点支持企业名单",
        en: "On the city's key-supported list",
      })
    : check("key-supported-list", false, {
        zh: "未列入全市重点支持企业名单",
        en: "Not on the city's key-supported list",
      });
}

function negativeList({ programme, enterprise }: EligibilityInput): EligibilityCheck {
  if (!programme.checkNegativeList) {
    return check("negative-list", true, {
      zh: "本计划不核查再担保负面清单",
      en: "The programme does not check the re-guarantor's negative list",
    });
  }
  return enterprise.onNegativeList
    ? check("negative-list", false, {
        zh: "在再担保机构负面清单内",
        en: "On the re-guarantor's negative list",
      })
    : check("negative-list", true, {
        zh: "不在再担保机构负面清单内",
        en: "Not on the re-guarantor's negative list",
      });
}

/** What the art. 8 ceilings look at. */
export interface LimitInput {
  programme: Pick<ProgrammeConfig, "maxAmountPerEnterpriseFen" | "maxTermMonths">;
  request: Pick<EligibilityInput["request"], "amountFen" | "termMonths">;
  liveProgrammeLoansFen: bigint;
}

function amountLimit({ programme, request, liveProgrammeLoansFen }: LimitInput): EligibilityCheck {
  const maximum = programme.maxAmountPerEnterpriseFen;
  if (maximum === null) {
    return check("amount-limit", true, {
      zh: "本计划未设单户贷款上限",
      en: "The programme sets no per-enterprise limit",
    });
  }
  const total = request.amountFen + liveProgrammeLoansFen;
  const sum =
    liveProgrammeLoansFen === 0n
      ? {
          zh: `本次申请 ${wanBeside(request.amountFen, maximum)} 万元,无其他在贷`,
          en: `This application ${wanBeside(request.amountFen, maximum)} ten-thousand yuan, no other live loans`,
        }
      : {
          zh: `本次申请 ${wan(request.amountFen)} 万元,加在贷 ${wan(liveProgrammeLoansFen)} 万元共 ${wanBeside(total, maximum)} 万元`,
          en: `This application ${wan(request.amountFen)} + live loans ${wan(liveProgrammeLoansFen)} = ${wanBeside(total, maximum)} ten-thousand yuan`,
        };
  if (total <= maximum) {
    return check("amount-limit", true, {
      zh: `${sum.zh},未超过单户上限 ${limitWan(maximum)} 万元,本次后尚余 ${wan(maximum - total, "down")} 万元额度`,
      en: `${sum.en}, within the per-enterprise limit of ${limitWan(maximum)}; ${wan(maximum - total, "down")} left after this one`,
    });
  }
  const headroom = maximum > liveProgrammeLoansFen ? maximum - liveProgrammeLoansFen : 0n;
  return check("amount-limit", false, {
    zh: `${sum.zh},超过单户上限 ${limitWan(maximum)} 万元,尚可申请 ${wan(headroom, "down")} 万元`,
    en: `${sum.en}, above the per-enterprise limit of ${limitWan(maximum)}; ${wan(headroom, "down")} may still be applied for`,
  });
}

function termLimit({ programme, request }: LimitInput): EligibilityCheck {
  const maximum = programme.maxTermMonths;
  if (maximum === null) {
    return check("term-limit", true, { zh: "本计划未设最长期限", en: "The programme sets no maximum term" });
  }
  return request.termMonths <= maximum
    ? check("term-limit", true, {
        zh: `申请期限 ${request.termMonths} 个月,不超过 ${maximum} 个月`,
        en: `Term of ${request.termMonths} months, at most ${maximum}`,
      })
    : check("term-limit", false, {
        zh: `申请期限 ${request.termMonths} 个月,超过最长 ${maximum} 个月`,
        en: `Term of ${request.termMonths} months, above the maximum of ${maximum}`,
      });
}

function loanUse({ programme, request }: EligibilityInput): EligibilityCheck {
  const use = programme.permittedLoanUses.find((item) => item.code === request.loanUse);
  if (use) return check("loan-use", true, { zh: `贷款用途:${use.zh}`, en: `Loan use: ${use.en}` });
  const uses = programme.permittedLoanUses;
  return check("loan-use", false, {
    zh: `贷款用途 ${request.loanUse} 不在本计划允许的用途(${uses.map((item) => item.zh).join("、")})内`,
    en: `Loan use ${request.loanUse} is not one the programme permits (${uses.map((item) => item.en).join(", ")})`,
  });
}

/**
 * The ceilings a step would break, one issue each naming the rule, the amounts and the limit: refused
 * at submission, recommendation and each approval, since other loans may have gone live meanwhile.
 */
export function limitBreaches(input: LimitInput): ValidationIssue[] {
  const { programme, request, liveProgrammeLoansFen } = input;
  const issues: ValidationIssue[] = [];
  const amount = amountLimit(input);
  if (!amount.passed && programme.maxAmountPerEnterpriseFen !== null) {
    const total = request.amountFen + liveProgrammeLoansFen;
    issues.push({
      path: ["amount"],
      rule: "amount-limit",
      message: {
        zh: amount.reason.zh,
        en:
          `This application ${formatYuanGrouped(request.amountFen)} + live programme loans ` +
          `${formatYuanGrouped(liveProgrammeLoansFen)} = ${formatYuanGrouped(total)} yuan exceeds the ` +
          `per-enterprise limit of ${formatYuanGrouped(programme.maxAmountPerEnterpriseFen)} yuan`,
      },
    });
  }
  const term = termLimit(input);
  if (!term.passed && programme.maxTermMonths !== null) {
    issues.push({
      path: ["termMonths"],
      rule: "term-limit",
      message: term.reason,
    });
  }
  return issues;
}

/** The bureau's reason to recommend despite failed rules, and the rules it saw failing. */
export interface Acknowledgement {
  rules: readonly string[];
  reason: string;
}

/**
 * The failed rules the bureau has not acknowledged: every failed rule that is not a hard limit must be
 * named in the acknowledgement, which must give a reason. Returns the issue to refuse with, or none.
 */
export function acknowledgementIssues(
  result: EligibilityResult,
  acknowledgement: Acknowledgement | undefined,
): ValidationIssue[] {
  const soft = result.checks.filter((c) => !c.passed && !HARD_ELIGIBILITY_RULES.includes(c.rule));
  const missing = soft.filter((c) => !acknowledgement?.rules.includes(c.rule));
  if (missing.length > 0) {
    return [
      {
        path: ["acknowledgement", "rules"],
        rule: "acknowledgement-required",
        message: {
          zh: `以下资格条件未通过,须确认并说明理由方可推荐:${missing.map((c) => c.reason.zh).join(";")}`,
          en: `Acknowledge the failed rules ${missing.map((c) => c.rule).join(", ")} with a reason to recommend anyway`,
        },
      },
    ];
  }
  if (soft.length > 0 && !acknowledgement?.reason.trim()) {
    return [
      {
        path: ["acknowledgement", "reason"],
        rule: "reason-required",
        message: { zh: "确认未通过的资格条件须说明推荐理由", en: "A reason to recommend anyway is required" },
      },
    ];
  }
  return [];
}

const RULES: Readonly<Record<EligibilityRule, (input: EligibilityInput) => EligibilityCheck>> = {
  "registered-district": registeredDistrict,
  "supply-chain-category": supplyChainCategory,
  "operating-history": operatingHistory,
  "annual-revenue": annualRevenue,
  "key-supported-list": keySupportedList,
  "negative-list": negativeList,
  "amount-limit": amountLimit,
  "term-limit": termLimit,
  "loan-use": loanUse,
};

/**
 * Runs every rule, so the applicant sees all that fails at once; run at application and again at each
 * decision with that day's `asOf` and live loans. Malformed input throws; an unmet rule is a failed check.
 */
export function evaluateEligibility(input: EligibilityInput): EligibilityResult {
  validateInput(input);
  const checks = ELIGIBILITY_RULES.map((rule) => RULES[rule](input));
  return { eligible: checks.every((c) => c.passed), checks };
}
