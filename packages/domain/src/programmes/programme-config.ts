import { Decimal } from "decimal.js";
import { checkIsoDate, type DateRange, yearOf } from "../dates";
import type { Labelled } from "../enterprise-catalogue";
import { DomainValidationError, throwIfIssues, type ValidationIssue, type ValidationPath } from "../errors";
import { assertRate, exactDecimal, FEN_PER_WAN } from "../money";
import { RISK_SHARING_PRESETS } from "../risk-sharing";
import type { DayCount } from "../subsidies/interest";
import type { Term } from "../vocabulary";
import type { SlaName } from "./application-workflow";
import type { OrgType } from "./organisations";
import { programmeConfigShapeIssues } from "./programme-config-shape";
import {
  APPLICATION_MATERIAL_CODES,
  type ApplicationMaterial,
  COUNTER_GUARANTEE_METHODS,
  LOAN_USES,
  SUPPLY_CHAIN_CATEGORIES,
} from "./programme-vocabulary";
import { checkSlaPeriod, type SlaPeriod } from "./sla";

export * from "./programme-vocabulary";

/** The programme's required materials not among the kinds already attached, in the programme's order. */
export function missingMaterials(
  config: Pick<ProgrammeConfig, "requiredMaterials">,
  attachedKinds: readonly string[],
): ApplicationMaterial[] {
  return (config.requiredMaterials ?? []).filter((material) => !attachedKinds.includes(material));
}

/** Seed 002 art. 11(6): settled loans apply in the second quarter of the next year. */
export type SubsidyApplicationWindow = "Q2-next-year";

export interface InterestSubsidyRule {
  /** Yearly rate on the outstanding principal (seed 002 art. 9: 2%). */
  rate: Decimal;
  dayCount: DayCount;
  /** At most this share of the loan's actual rate (seed 004: 50%). */
  maxShareOfActualRate?: Decimal;
  /** At most this many percentage points, as a rate (0.02 = 2 points). */
  maxRatePoints?: Decimal;
  /** Per enterprise and year (seed 004: 1,000万元). */
  maxPerEnterprisePerYearFen?: bigint;
  /** 按期结息 (seed 002 art. 14): a loan that was ever overdue gets nothing. */
  noneIfEverOverdue: boolean;
  applicationWindow: SubsidyApplicationWindow;
}

export interface GuaranteeFeeSubsidyRule {
  /** Yearly rate on the guaranteed amount (seed 002 art. 9: 1%). */
  rate: Decimal;
  dayCount: DayCount;
  /** Only guarantees whose annualised fee rate is at most this qualify (seed 004: 1%). */
  feeRateCeiling?: Decimal;
  /** At most this share of the actual fee rate (seed 004: 50%). */
  maxShareOfActualFee?: Decimal;
  /** Per guarantor and yearly application (seed 004: 100万元). */
  capFen?: bigint;
}

export interface ReviewStage {
  /** Several reviewers in one stage decide in parallel, each independently. */
  reviewers: readonly { orgType: OrgType; name: string }[];
}

/**
 * A subsidised loan programme as a region configures it (SPEC §3). Versioned: a change is saved as a
 * new version, so an application is always judged by the version it was made under. A limit of null
 * means the programme sets none.
 */
export interface ProgrammeConfig {
  code: string;
  version: number;
  name: string;
  /** GB/T 2260 code of the region that runs the programme. */
  regionCode: string;
  /** Registration districts whose enterprises may apply (platform codes for zones, ADR 004). */
  eligibleDistricts: readonly string[];
  supplyChainCategories: readonly Labelled[] | null;
  minOperatingYears: number | null;
  minAnnualRevenueFen: bigint | null;
  /** On the city's key-supported list (全市汽车产业重点支持企业). */
  requireKeySupportedList: boolean;
  /** Not on the re-guarantor's negative list. */
  checkNegativeList: boolean;
  permittedLoanUses: readonly Labelled[];
  /** Across all of the enterprise's live loans under the programme, this one included. */
  maxAmountPerEnterpriseFen: bigint | null;
  maxTermMonths: number | null;
  interestSubsidy: InterestSubsidyRule;
  guaranteeFeeSubsidy: GuaranteeFeeSubsidyRule;
  /** Codes of {@link RISK_SHARING_PRESETS} a loan of the programme may use. */
  riskSharingSchemes: readonly string[];
  /** Share of the guarantor's part of a loss that the special fund compensates. */
  fundShareOfGuarantor: Decimal;
  slas: Readonly<Record<SlaName, SlaPeriod>>;
  reviewChain: readonly ReviewStage[];
  /** Years in force from publication. */
  validityYears: number;
  counterGuaranteeMethods: readonly Labelled[];
  /** Uploaded before the application can be submitted; none when absent (configurations saved before). */
  requiredMaterials?: readonly ApplicationMaterial[];
}

/** Seed 002, every number of SPEC §3's table. */
export const SHIYAN_CHANLIAN_LOAN: ProgrammeConfig = {
  code: "SHIYAN-CHANLIAN",
  version: 1,
  name: "十堰市市级“产供强链贷”",
  regionCode: "420300",
  // 茅箭区, 张湾区, 十堰经济技术开发区, 十堰高新技术产业园区, 武当山旅游经济特区 (art. 5).
  eligibleDistricts: ["420302", "420303", "420371", "420372", "420373"],
  supplyChainCategories: SUPPLY_CHAIN_CATEGORIES,
  minOperatingYears: 1,
  minAnnualRevenueFen: 2_000n * FEN_PER_WAN,
  requireKeySupportedList: true,
  checkNegativeList: true,
  permittedLoanUses: LOAN_USES.filter((use) =>
    ["PRODUCT_RD", "BULK_MATERIALS", "WORKING_CAPITAL"].includes(use.code),
  ),
  maxAmountPerEnterpriseFen: 1_000n * FEN_PER_WAN,
  maxTermMonths: 36,
  interestSubsidy: {
    rate: new Decimal("0.02"),
    dayCount: "ACT/360",
    noneIfEverOverdue: true,
    applicationWindow: "Q2-next-year",
  },
  guaranteeFeeSubsidy: { rate: new Decimal("0.01"), dayCount: "ACT/360" },
  riskSharingSchemes: ["4321", "4222"],
  fundShareOfGuarantor: new Decimal("0.5"),
  // Art. 11(2), (3): 一周内; art. 11(5): 3日内.
  slas: {
    review: { amount: 7, unit: "calendar-days" },
    disbursement: { amount: 3, unit: "calendar-days" },
  },
  // The three opinion cells of 附件1.
  reviewChain: [
    { reviewers: [{ orgType: "INDUSTRY_BUREAU", name: "市经信局" }] },
    {
      reviewers: [
        { orgType: "BANK", name: "银行" },
        { orgType: "GUARANTOR", name: "市担保集团" },
      ],
    },
  ],
  validityYears: 3,
  counterGuaranteeMethods: COUNTER_GUARANTEE_METHODS,
};

/**
 * Seed 004 §四(一) and §五(三). The seed sets no applicant conditions, loan limits, SLAs or validity of
 * its own; those below are the engine's (see the ADR) and an admin edits them like any other.
 */
export const CHONGQING_TECH_LOAN: ProgrammeConfig = {
  code: "CHONGQING-JIGAI",
  version: 1,
  name: "重庆市“技改专项贷”",
  regionCode: "500000",
  eligibleDistricts: ["500103", "500105", "500106", "500107", "500112", "500113"],
  supplyChainCategories: null,
  minOperatingYears: null,
  minAnnualRevenueFen: null,
  requireKeySupportedList: false,
  checkNegativeList: false,
  permittedLoanUses: LOAN_USES.filter((use) => ["TECH_RENOVATION", "EQUIPMENT_UPGRADE"].includes(use.code)),
  maxAmountPerEnterpriseFen: null,
  maxTermMonths: null,
  interestSubsidy: {
    // ≤ 50% of the actual rate and ≤ 2 points (the implementing rules); 2% is therefore the most paid.
    rate: new Decimal("0.02"),
    dayCount: "ACT/360",
    maxShareOfActualRate: new Decimal("0.5"),
    maxRatePoints: new Decimal("0.02"),
    maxPerEnterprisePerYearFen: 1_000n * FEN_PER_WAN,
    noneIfEverOverdue: true,
    applicationWindow: "Q2-next-year",
  },
  guaranteeFeeSubsidy: {
    // 50% of a fee rate of at most 1%: 0.5% is the most paid.
    rate: new Decimal("0.005"),
    dayCount: "ACT/360",
    feeRateCeiling: new Decimal("0.01"),
    maxShareOfActualFee: new Decimal("0.5"),
    capFen: 100n * FEN_PER_WAN,
  },
  riskSharingSchemes: ["CQ-4222"],
  // CQ-4222 has no government share and the seed names no fund compensating the guarantor.
  fundShareOfGuarantor: new Decimal("0"),
  slas: {
    review: { amount: 7, unit: "calendar-days" },
    disbursement: { amount: 3, unit: "calendar-days" },
  },
  reviewChain: [
    { reviewers: [{ orgType: "INDUSTRY_BUREAU", name: "市经济信息委" }] },
    {
      reviewers: [
        { orgType: "BANK", name: "银行" },
        { orgType: "GUARANTOR", name: "融资担保机构" },
      ],
    },
  ],
  // 行动计划(2024—2027年).
  validityYears: 4,
  counterGuaranteeMethods: COUNTER_GUARANTEE_METHODS,
  requiredMaterials: ["TECH_PROJECT_FILING"],
};

/** The chain the application workflow runs: the recommendation, then bank and guarantor in parallel. */
const SUPPORTED_REVIEW_CHAIN: readonly (readonly OrgType[])[] = [["INDUSTRY_BUREAU"], ["BANK", "GUARANTOR"]];

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const DIVISION_CODE_PATTERN = /^\d{6}$/;
const DAY_COUNTS: readonly string[] = ["ACT/360", "ACT/365"];
const APPLICATION_WINDOWS: readonly string[] = ["Q2-next-year"];

/** A region covers the codes that start with its code less trailing "00" pairs (ADR 004). */
function regionCovers(regionCode: string, code: string): boolean {
  return code.startsWith(regionCode.replace(/(00)+$/, ""));
}

function blank(value: string): boolean {
  return value.trim() === "";
}

/** Collects issues for one config so that an admin sees every problem of the form at once. */
class Checker {
  readonly issues: ValidationIssue[] = [];

  add(path: ValidationPath, rule: string, message: Term): void {
    this.issues.push({ path, rule, message });
  }

  text(value: string, path: ValidationPath, label: string): void {
    if (blank(value)) this.add(path, "required", { zh: `${label}不能为空`, en: "Required" });
  }

  positiveInteger(value: number, path: ValidationPath, label: string): void {
    if (!Number.isInteger(value) || value < 1) {
      this.add(path, "positive-integer", {
        zh: `${label}须为正整数,实际为${value}`,
        en: "Must be a whole number ≥ 1",
      });
    }
  }

  positiveFen(value: bigint, path: ValidationPath, label: string): void {
    if (value <= 0n) this.add(path, "positive", { zh: `${label}必须大于0`, en: "Must be greater than 0" });
  }

  rate(value: Decimal, path: ValidationPath): void {
    try {
      assertRate(value, path);
    } catch (error) {
      if (!(error instanceof DomainValidationError)) throw error;
      this.issues.push(...error.issues);
    }
  }

  oneOf(value: string, allowed: readonly string[], path: ValidationPath, label: string): void {
    if (!allowed.includes(value)) {
      this.add(path, "enum", {
        zh: `${label}"${value}"无效,可选${allowed.join("、")}`,
        en: `Expected one of ${allowed.join(", ")}`,
      });
    }
  }

  labelled(list: readonly Labelled[], path: ValidationPath, label: string): void {
    if (list.length === 0) {
      this.add(path, "min-items", { zh: `${label}至少需要一项`, en: "At least one item" });
    }
    list.forEach((item, index) => {
      if (blank(item.code)) {
        this.add([...path, index, "code"], "required", {
          zh: `${label}代码不能为空`,
          en: "Code is required",
        });
      } else if (list.findIndex((other) => other.code === item.code) !== index) {
        this.add([...path, index, "code"], "unique", {
          zh: `${label}代码"${item.code}"重复`,
          en: "Each code only once",
        });
      }
      if (blank(item.zh)) {
        this.add([...path, index, "zh"], "required", { zh: `${label}名称不能为空`, en: "Name is required" });
      }
    });
  }
}

function checkDistricts(check: Checker, config: ProgrammeConfig): void {
  if (config.eligibleDistricts.length === 0) {
    check.add(["eligibleDistricts"], "min-items", {
      zh: "至少需要一个支持的区县",
      en: "At least one eligible district",
    });
  }
  const regionValid = DIVISION_CODE_PATTERN.test(config.regionCode);
  config.eligibleDistricts.forEach((district, index) => {
    const path = ["eligibleDistricts", index];
    if (!DIVISION_CODE_PATTERN.test(district)) {
      check.add(path, "division-code", {
        zh: `区划代码"${district}"应为6位数字`,
        en: "A district code has 6 digits",
      });
    } else if (config.eligibleDistricts.indexOf(district) !== index) {
      check.add(path, "unique", { zh: `区划代码${district}重复`, en: `District ${district} given twice` });
    } else if (regionValid && !regionCovers(config.regionCode, district)) {
      check.add(path, "district-outside-region", {
        zh: `区划${district}不属于本计划所在地区${config.regionCode}`,
        en: "District outside the programme's region",
      });
    }
  });
}

function checkSubsidies(check: Checker, config: ProgrammeConfig): void {
  const interest = config.interestSubsidy;
  check.rate(interest.rate, ["interestSubsidy", "rate"]);
  check.oneOf(interest.dayCount, DAY_COUNTS, ["interestSubsidy", "dayCount"], "计息基准");
  if (interest.maxShareOfActualRate) {
    check.rate(interest.maxShareOfActualRate, ["interestSubsidy", "maxShareOfActualRate"]);
  }
  if (interest.maxRatePoints) check.rate(interest.maxRatePoints, ["interestSubsidy", "maxRatePoints"]);
  if (interest.maxPerEnterprisePerYearFen !== undefined) {
    check.positiveFen(
      interest.maxPerEnterprisePerYearFen,
      ["interestSubsidy", "maxPerEnterprisePerYear"],
      "单户年度贴息上限",
    );
  }
  check.oneOf(
    interest.applicationWindow,
    APPLICATION_WINDOWS,
    ["interestSubsidy", "applicationWindow"],
    "申请期",
  );

  const fee = config.guaranteeFeeSubsidy;
  check.rate(fee.rate, ["guaranteeFeeSubsidy", "rate"]);
  check.oneOf(fee.dayCount, DAY_COUNTS, ["guaranteeFeeSubsidy", "dayCount"], "计息基准");
  if (fee.feeRateCeiling) check.rate(fee.feeRateCeiling, ["guaranteeFeeSubsidy", "feeRateCeiling"]);
  if (fee.maxShareOfActualFee)
    check.rate(fee.maxShareOfActualFee, ["guaranteeFeeSubsidy", "maxShareOfActualFee"]);
  if (fee.capFen !== undefined)
    check.positiveFen(fee.capFen, ["guaranteeFeeSubsidy", "cap"], "担保费补贴上限");
}

function checkReviewChain(check: Checker, config: ProgrammeConfig): void {
  const matches =
    config.reviewChain.length === SUPPORTED_REVIEW_CHAIN.length &&
    config.reviewChain.every((stage, index) => {
      const expected = SUPPORTED_REVIEW_CHAIN[index] ?? [];
      const orgTypes = stage.reviewers.map((reviewer) => reviewer.orgType);
      return orgTypes.length === expected.length && expected.every((orgType) => orgTypes.includes(orgType));
    });
  if (!matches) {
    check.add(["reviewChain"], "unsupported-review-chain", {
      zh: "审查流程须为:经信部门推荐,然后银行与担保机构并行审查",
      en: "The workflow runs INDUSTRY_BUREAU, then BANK and GUARANTOR in parallel",
    });
  }
  config.reviewChain.forEach((stage, stageIndex) => {
    stage.reviewers.forEach((reviewer, index) => {
      check.text(reviewer.name, ["reviewChain", stageIndex, "reviewers", index, "name"], "审查机构名称");
    });
  });
}

/** Checks a programme as an admin edited it, reporting every problem at once, and returns it unchanged. */
export function validateProgrammeConfig(config: ProgrammeConfig): ProgrammeConfig {
  throwIfIssues(programmeConfigShapeIssues(config));
  const check = new Checker();
  if (!CODE_PATTERN.test(config.code)) {
    check.add(["code"], "code-format", {
      zh: "计划代码只能由字母、数字、-和_组成",
      en: "Letters, digits, - and _ only",
    });
  }
  check.positiveInteger(config.version, ["version"], "版本号");
  check.text(config.name, ["name"], "计划名称");
  if (!DIVISION_CODE_PATTERN.test(config.regionCode)) {
    check.add(["regionCode"], "division-code", {
      zh: `区划代码"${config.regionCode}"应为6位数字`,
      en: "6 digits",
    });
  }
  checkDistricts(check, config);
  if (config.supplyChainCategories !== null) {
    check.labelled(config.supplyChainCategories, ["supplyChainCategories"], "供应链类别");
  }
  if (config.minOperatingYears !== null) {
    check.positiveInteger(config.minOperatingYears, ["minOperatingYears"], "最短经营年限");
  }
  if (config.minAnnualRevenueFen !== null) {
    check.positiveFen(config.minAnnualRevenueFen, ["minAnnualRevenue"], "最低年主营业务收入");
  }
  check.labelled(config.permittedLoanUses, ["permittedLoanUses"], "贷款用途");
  if (config.maxAmountPerEnterpriseFen !== null) {
    check.positiveFen(config.maxAmountPerEnterpriseFen, ["maxAmountPerEnterprise"], "单户贷款上限");
  }
  if (config.maxTermMonths !== null)
    check.positiveInteger(config.maxTermMonths, ["maxTermMonths"], "最长期限");
  checkSubsidies(check, config);
  if (config.riskSharingSchemes.length === 0) {
    check.add(["riskSharingSchemes"], "min-items", {
      zh: "至少需要一种风险分担方案",
      en: "At least one scheme",
    });
  }
  config.riskSharingSchemes.forEach((scheme, index) => {
    if (!Object.hasOwn(RISK_SHARING_PRESETS, scheme)) {
      check.add(["riskSharingSchemes", index], "unknown-scheme", {
        zh: `未知的风险分担方案"${scheme}",可选${Object.keys(RISK_SHARING_PRESETS).join("、")}`,
        en: "Unknown scheme",
      });
    } else if (config.riskSharingSchemes.indexOf(scheme) !== index) {
      check.add(["riskSharingSchemes", index], "unique", {
        zh: `风险分担方案"${scheme}"重复`,
        en: "Each scheme only once",
      });
    }
  });
  check.rate(config.fundShareOfGuarantor, ["fundShareOfGuarantor"]);
  for (const sla of ["review", "disbursement"] as const) {
    const issue = checkSlaPeriod(config.slas[sla], ["slas", sla]);
    if (issue) check.issues.push(issue);
  }
  checkReviewChain(check, config);
  check.positiveInteger(config.validityYears, ["validityYears"], "有效期年数");
  check.labelled(config.counterGuaranteeMethods, ["counterGuaranteeMethods"], "反担保方式");
  (config.requiredMaterials ?? []).forEach((material, index, all) => {
    const path = ["requiredMaterials", index];
    check.oneOf(material, APPLICATION_MATERIAL_CODES, path, "申请材料");
    if (all.indexOf(material) !== index) {
      check.add(path, "unique", { zh: `申请材料"${material}"重复`, en: `"${material}" is listed twice` });
    }
  });
  throwIfIssues(check.issues);
  return config;
}

/** Seed 002 art. 18 (县(市)可参照执行): a county adopts a preset as version 1 of its own programme. */
export function copyProgramme(
  preset: ProgrammeConfig,
  adopter: { code: string; name: string; regionCode: string; eligibleDistricts: readonly string[] },
): ProgrammeConfig {
  return validateProgrammeConfig({
    ...preset,
    version: 1,
    code: adopter.code,
    name: adopter.name,
    regionCode: adopter.regionCode,
    eligibleDistricts: [...adopter.eligibleDistricts],
  });
}

/** The yearly subsidy rate of a loan: the programme's rate, within its caps on the loan's actual rate. */
export function effectiveInterestSubsidyRate(rule: InterestSubsidyRule, actualLoanRate: Decimal): Decimal {
  assertRate(actualLoanRate, ["actualLoanRate"]);
  const share = rule.maxShareOfActualRate && exactDecimal(rule.maxShareOfActualRate).times(actualLoanRate);
  return Decimal.min(...[rule.rate, rule.maxRatePoints, share].filter((cap) => cap !== undefined));
}

/** The yearly fee-subsidy rate of a guarantee; 0 when its fee rate is above the programme's ceiling. */
export function effectiveGuaranteeFeeSubsidyRate(
  rule: GuaranteeFeeSubsidyRule,
  actualFeeRate: Decimal,
): Decimal {
  assertRate(actualFeeRate, ["actualFeeRate"]);
  if (rule.feeRateCeiling && actualFeeRate.greaterThan(rule.feeRateCeiling)) return exactDecimal(0);
  const share = rule.maxShareOfActualFee && exactDecimal(rule.maxShareOfActualFee).times(actualFeeRate);
  return Decimal.min(...[rule.rate, share].filter((cap) => cap !== undefined));
}

/** When a loan settled on `settledOn` applies for its interest subsidy, as [from, to). */
export function interestSubsidyApplicationWindow(rule: InterestSubsidyRule, settledOn: string): DateRange {
  const issue = checkIsoDate(settledOn, ["settledOn"]);
  if (issue) throw new DomainValidationError([issue]);
  const year = yearOf(settledOn) + 1;
  // The only window so far; the switch makes a new one a compile error here.
  switch (rule.applicationWindow) {
    case "Q2-next-year":
      return { from: `${year}-04-01`, to: `${year}-07-01` };
  }
}
