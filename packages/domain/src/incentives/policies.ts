import { Decimal } from "decimal.js";
import { isIsoDate } from "../dates";
import { ENTERPRISE_TAG_CODES, type EnterpriseTag } from "../enterprise-catalogue";
import { throwIfIssues, type ValidationIssue, type ValidationPath } from "../errors";
import { CLUSTER_CODES } from "../financing/catalogue";
import { FEN_PER_WAN } from "../money-text";
import type { Terms } from "../vocabulary";

/**
 * Incentive policies of seed 004 §四 as configuration (issue 13): who may apply, how the reward is
 * computed, what caps it, what evidence it needs. A policy is data, like a programme: a platform admin
 * copies a preset into a district and changes its numbers; an application keeps the version it was
 * made under.
 */

/** The four stages of seed 004 §四(四), rewarded one by one and together capped. */
export const LISTING_REWARD_STAGES = ["IPO_AGREEMENT", "TUTORING_FILED", "IPO_ACCEPTED", "LISTED"] as const;
export type ListingRewardStage = (typeof LISTING_REWARD_STAGES)[number];

export const LISTING_REWARD_STAGE_TERMS: Terms<ListingRewardStage> = {
  IPO_AGREEMENT: { zh: "与中介机构签署IPO协议", en: "IPO agreement signed with an intermediary" },
  TUTORING_FILED: {
    zh: "纳入重庆证监局辅导备案",
    en: "Tutoring filed with the securities regulator's office",
  },
  IPO_ACCEPTED: { zh: "IPO材料获受理", en: "IPO materials accepted" },
  LISTED: { zh: "成功上市(过会)", en: "Listed (approved)" },
};

/** What a share-of-base reward is a share of, as the applicant declares it with evidence. */
export const INCENTIVE_BASES = [
  "EQUITY_INVESTMENT",
  "NET_REFINANCING",
  "MA_TRANSACTION",
  "NET_EQUITY_FINANCING",
] as const;
export type IncentiveBase = (typeof INCENTIVE_BASES)[number];

export const INCENTIVE_BASE_TERMS: Terms<IncentiveBase> = {
  EQUITY_INVESTMENT: { zh: "股权投资额", en: "Equity investment" },
  NET_REFINANCING: { zh: "再融资净额", en: "Net refinancing" },
  MA_TRANSACTION: { zh: "实际并购交易额", en: "M&A transaction amount" },
  NET_EQUITY_FINANCING: { zh: "股权融资净额", en: "Net equity financing" },
};

export type IncentiveFormula =
  | { kind: "FIXED"; amountFen: bigint }
  /** base × rate, then the cap: the seed's "按…净额给予最高不超…". */
  | { kind: "SHARE_OF_BASE"; base: IncentiveBase; rate: string; capFen: bigint }
  /** Each stage's amount, and all stages together at most `totalCapFen` (seed: 800万元 over four stages). */
  | { kind: "STAGED"; stages: { stage: ListingRewardStage; amountFen: bigint }[]; totalCapFen: bigint };

/** Who files the application: the enterprise, or for the equity reward the investment fund (seed §四(三)). */
export type IncentiveApplicant = "ENTERPRISE" | "FUND";

export interface IncentiveEvidence {
  code: string;
  zh: string;
  en: string;
}

export interface IncentivePolicy {
  code: string;
  name: string;
  nameEn: string;
  /** The region the policy pays in (GB/T 2260); a district's copy names the district. */
  regionCode: string;
  applicant: IncentiveApplicant;
  eligibility: {
    /** The enterprise holds at least one of these, valid on the application day; empty: no tag needed. */
    anyOfTags: EnterpriseTag[];
    /** 33618 clusters; empty: any. */
    clusters: string[];
    /** Applications are taken from `from` to `to` (inclusive); `to` null: open-ended. */
    window: { from: string; to: string | null };
  };
  formula: IncentiveFormula;
  caps: {
    /** All rewards to one enterprise under this policy, ever. */
    perEnterpriseFen: bigint | null;
    /** Rewards to one enterprise under this policy in one calendar year. */
    perEnterprisePerYearFen: bigint | null;
    /** All rewards under this policy, to everyone. */
    budgetFen: bigint | null;
  };
  /** One-time rewards (瞪羚, 独角兽) are never paid twice to the same enterprise. */
  repeatable: boolean;
  evidence: IncentiveEvidence[];
}

const evidence = (code: string, zh: string, en: string): IncentiveEvidence => ({ code, zh, en });

const BUSINESS_LICENCE = evidence("business-licence", "营业执照", "Business licence");

/**
 * The presets of seed 004 §四(三)–(五). Where the seed gives only a cap, the cap is the amount (fixed
 * rewards) or the cap of a share whose rate is ours to configure; ADR 031 gives each number's source.
 */
export const INCENTIVE_PRESETS = {
  EQUITY_INVESTMENT: {
    name: "股权投资奖励",
    nameEn: "Equity investment reward",
    applicant: "FUND",
    eligibility: { anyOfTags: [], clusters: [] },
    formula: { kind: "SHARE_OF_BASE", base: "EQUITY_INVESTMENT", rate: "0.01", capFen: 1_000n * FEN_PER_WAN },
    caps: { perEnterpriseFen: 1_000n * FEN_PER_WAN, perEnterprisePerYearFen: null, budgetFen: null },
    repeatable: true,
    evidence: [
      evidence("investment-agreement", "投资协议", "Investment agreement"),
      evidence("payment-proof", "出资凭证", "Proof of payment"),
      evidence("fund-filing", "基金备案证明", "Fund registration"),
    ],
  },
  GAZELLE_FINANCING: {
    name: "瞪羚企业基金融资奖励",
    nameEn: "Gazelle fund-financing reward",
    applicant: "ENTERPRISE",
    eligibility: { anyOfTags: ["GAZELLE"], clusters: [] },
    formula: { kind: "FIXED", amountFen: 100n * FEN_PER_WAN },
    caps: { perEnterpriseFen: 100n * FEN_PER_WAN, perEnterprisePerYearFen: null, budgetFen: null },
    repeatable: false,
    evidence: [
      BUSINESS_LICENCE,
      evidence("fund-financing-agreement", "基金融资协议", "Fund financing agreement"),
    ],
  },
  UNICORN_FINANCING: {
    name: "独角兽企业基金融资奖励",
    nameEn: "Unicorn fund-financing reward",
    applicant: "ENTERPRISE",
    eligibility: { anyOfTags: ["UNICORN"], clusters: [] },
    formula: { kind: "FIXED", amountFen: 500n * FEN_PER_WAN },
    caps: { perEnterpriseFen: 500n * FEN_PER_WAN, perEnterprisePerYearFen: null, budgetFen: null },
    repeatable: false,
    evidence: [
      BUSINESS_LICENCE,
      evidence("fund-financing-agreement", "基金融资协议", "Fund financing agreement"),
    ],
  },
  LISTING_STAGES: {
    name: "上市分阶段奖励",
    nameEn: "Staged listing reward",
    applicant: "ENTERPRISE",
    eligibility: { anyOfTags: [], clusters: [] },
    formula: {
      kind: "STAGED",
      stages: [
        { stage: "IPO_AGREEMENT", amountFen: 100n * FEN_PER_WAN },
        { stage: "TUTORING_FILED", amountFen: 200n * FEN_PER_WAN },
        { stage: "IPO_ACCEPTED", amountFen: 200n * FEN_PER_WAN },
        { stage: "LISTED", amountFen: 300n * FEN_PER_WAN },
      ],
      totalCapFen: 800n * FEN_PER_WAN,
    },
    caps: { perEnterpriseFen: 800n * FEN_PER_WAN, perEnterprisePerYearFen: null, budgetFen: null },
    repeatable: false,
    evidence: [BUSINESS_LICENCE, evidence("stage-proof", "阶段证明文件", "Proof of the stage reached")],
  },
  NEEQ_LISTING: {
    name: "新三板挂牌奖励",
    nameEn: "NEEQ listing reward",
    applicant: "ENTERPRISE",
    eligibility: { anyOfTags: [], clusters: [] },
    formula: { kind: "FIXED", amountFen: 50n * FEN_PER_WAN },
    caps: { perEnterpriseFen: 50n * FEN_PER_WAN, perEnterprisePerYearFen: null, budgetFen: null },
    repeatable: false,
    evidence: [BUSINESS_LICENCE, evidence("listing-notice", "挂牌公告", "Listing notice")],
  },
  CQ_EQUITY_EXCHANGE_LISTING: {
    name: "重庆股份转让中心挂牌奖励",
    nameEn: "Chongqing equity exchange listing reward",
    applicant: "ENTERPRISE",
    eligibility: { anyOfTags: [], clusters: [] },
    formula: { kind: "FIXED", amountFen: 20n * FEN_PER_WAN },
    caps: { perEnterpriseFen: 20n * FEN_PER_WAN, perEnterprisePerYearFen: null, budgetFen: null },
    repeatable: false,
    evidence: [
      BUSINESS_LICENCE,
      evidence("listing-notice", "挂牌公告", "Listing notice"),
      evidence("shareholding-reform", "股份制改造完成证明", "Shareholding reform completed"),
    ],
  },
  REFINANCING: {
    name: "上市企业再融资奖励",
    nameEn: "Listed-company refinancing reward",
    applicant: "ENTERPRISE",
    eligibility: { anyOfTags: [], clusters: [] },
    formula: { kind: "SHARE_OF_BASE", base: "NET_REFINANCING", rate: "0.01", capFen: 100n * FEN_PER_WAN },
    caps: { perEnterpriseFen: null, perEnterprisePerYearFen: 100n * FEN_PER_WAN, budgetFen: null },
    repeatable: true,
    evidence: [evidence("refinancing-announcement", "再融资完成公告", "Refinancing completion notice")],
  },
  MERGER_ACQUISITION: {
    name: "上市企业并购奖励",
    nameEn: "Listed-company M&A reward",
    applicant: "ENTERPRISE",
    eligibility: { anyOfTags: [], clusters: [] },
    formula: { kind: "SHARE_OF_BASE", base: "MA_TRANSACTION", rate: "0.01", capFen: 100n * FEN_PER_WAN },
    caps: { perEnterpriseFen: null, perEnterprisePerYearFen: 100n * FEN_PER_WAN, budgetFen: null },
    repeatable: true,
    evidence: [evidence("transaction-proof", "并购交易完成证明", "Proof of the completed transaction")],
  },
  REGIONAL_FIRST_EQUITY: {
    name: "区域股权市场首次股权融资奖励",
    nameEn: "First equity financing on the regional market",
    applicant: "ENTERPRISE",
    eligibility: { anyOfTags: ["SRDI_CITY", "SRDI_PROVINCE", "LITTLE_GIANT"], clusters: [] },
    formula: { kind: "SHARE_OF_BASE", base: "NET_EQUITY_FINANCING", rate: "0.01", capFen: 50n * FEN_PER_WAN },
    caps: { perEnterpriseFen: 50n * FEN_PER_WAN, perEnterprisePerYearFen: null, budgetFen: null },
    repeatable: false,
    evidence: [evidence("financing-proof", "融资到账证明", "Proof the financing was received")],
  },
} as const satisfies Record<
  string,
  Omit<IncentivePolicy, "code" | "regionCode" | "eligibility"> & {
    eligibility: Omit<IncentivePolicy["eligibility"], "window">;
  }
>;

export type IncentivePreset = keyof typeof INCENTIVE_PRESETS;

/** A preset as a policy of a region from a day on: what the admin then edits. */
export function policyFromPreset(preset: IncentivePreset, regionCode: string, from: string): IncentivePolicy {
  const template = INCENTIVE_PRESETS[preset];
  return structuredClone({
    ...template,
    code: preset,
    regionCode,
    eligibility: {
      anyOfTags: [...template.eligibility.anyOfTags],
      clusters: [...template.eligibility.clusters],
      window: { from, to: null },
    },
    formula: template.formula as IncentiveFormula,
    evidence: [...template.evidence],
  });
}

// ── Validation ──────────────────────────────────────────────────────────────────────────────────

const positive = (fen: bigint, path: ValidationPath, issues: ValidationIssue[]) => {
  if (fen <= 0n) {
    issues.push({ path, rule: "positive", message: { zh: "金额须大于零", en: "Must be more than zero" } });
  }
};

function formulaIssues(formula: IncentiveFormula): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (formula.kind === "FIXED") positive(formula.amountFen, ["formula", "amount"], issues);
  if (formula.kind === "SHARE_OF_BASE") {
    const rate = /^\d+(\.\d{1,6})?$/.test(formula.rate) ? new Decimal(formula.rate) : null;
    if (!rate || rate.lte(0) || rate.gt(1)) {
      issues.push({
        path: ["formula", "rate"],
        rule: "rate-range",
        message: {
          zh: "奖励比例须为大于 0、不超过 1 的小数,最多 6 位小数",
          en: "The rate must be a decimal above 0 and at most 1, with at most 6 places",
        },
      });
    }
    positive(formula.capFen, ["formula", "cap"], issues);
  }
  if (formula.kind === "STAGED") {
    const seen = new Set<string>();
    formula.stages.forEach(({ stage, amountFen }, index) => {
      if (seen.has(stage)) {
        issues.push({
          path: ["formula", "stages", index, "stage"],
          rule: "unique",
          message: { zh: "同一阶段只能设置一次", en: "Each stage appears once" },
        });
      }
      seen.add(stage);
      positive(amountFen, ["formula", "stages", index, "amount"], issues);
    });
    if (formula.stages.length === 0) {
      issues.push({
        path: ["formula", "stages"],
        rule: "required",
        message: { zh: "分阶段奖励至少设置一个阶段", en: "A staged reward needs at least one stage" },
      });
    }
    positive(formula.totalCapFen, ["formula", "totalCap"], issues);
  }
  return issues;
}

/** Checks a policy as an admin entered it, every problem at once; returns it unchanged. */
export function validateIncentivePolicy(policy: IncentivePolicy): IncentivePolicy {
  const issues = formulaIssues(policy.formula);
  for (const [field, fen] of Object.entries(policy.caps)) {
    if (fen !== null) positive(fen, ["caps", field], issues);
  }
  policy.eligibility.anyOfTags.forEach((tag, index) => {
    if (!(ENTERPRISE_TAG_CODES as readonly string[]).includes(tag)) {
      issues.push({
        path: ["eligibility", "anyOfTags", index],
        rule: "enum",
        message: { zh: `未知的企业标签"${tag}"`, en: `Unknown enterprise tag "${tag}"` },
      });
    }
  });
  policy.eligibility.clusters.forEach((cluster, index) => {
    if (!(CLUSTER_CODES as readonly string[]).includes(cluster)) {
      issues.push({
        path: ["eligibility", "clusters", index],
        rule: "enum",
        message: { zh: `未知的产业集群"${cluster}"`, en: `Unknown cluster "${cluster}"` },
      });
    }
  });
  const { from, to } = policy.eligibility.window;
  if (!isIsoDate(from) || (to !== null && !isIsoDate(to))) {
    issues.push({
      path: ["eligibility", "window"],
      rule: "iso-date",
      message: { zh: "申报期须为有效日期", en: "The window needs valid dates" },
    });
  } else if (to !== null && to < from) {
    issues.push({
      path: ["eligibility", "window", "to"],
      rule: "not-before-from",
      message: { zh: "申报截止日不能早于开始日", en: "The window cannot end before it starts" },
    });
  }
  if (policy.applicant === "FUND" && policy.formula.kind !== "SHARE_OF_BASE") {
    issues.push({
      path: ["applicant"],
      rule: "fund-applies-for-investment",
      message: {
        zh: "由基金申报的奖励须按投资额计算",
        en: "A reward a fund applies for is a share of its investment",
      },
    });
  }
  throwIfIssues(issues);
  return policy;
}
