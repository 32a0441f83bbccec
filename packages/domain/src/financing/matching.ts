import { Decimal } from "decimal.js";
import { tagIsValidOn } from "../enterprise-catalogue";
import { exactDecimal, formatYuanGrouped, rateAsPercent } from "../money";
import { regionCovers } from "../regions";
import type { Term } from "../vocabulary";
import {
  COLLATERAL_KINDS,
  type CollateralKind,
  categoryOfProductType,
  type DemandKind,
  demandKindOfCategory,
  type ProductType,
} from "./catalogue";
import type { ClaimState } from "./demand-workflow";
import type { HardFilter, MatchCriterion, MatchingWeights } from "./matching-weights";

/**
 * Explainable matching of financing demands, products and enterprises (seed 004 §三(一) 分类推送,
 * §五(一) 精准对接). Deterministic: the hard filters decide whether a pair can match at all, then weighted
 * criteria score it; every filter and criterion says what it found, in both languages, so a bureau
 * officer, a bank and an enterprise read the same reasons.
 */

/** The criteria about whom a product is for (the rest, rate and track record, are about the institution). */
const TARGETING_CRITERIA = ["tags", "cluster", "sizeClass", "industry"] as const;

export interface MatchEnterprise {
  districtCode: string;
  tags: readonly { tag: string; validFrom: string; validTo: string | null }[];
  cluster: string | null;
  sizeClass: string | null;
  /** GB/T 4754 code, as specific as the registry knows it. */
  industryCode: string | null;
}

export interface MatchDemand {
  id: string;
  kind: DemandKind;
  amountFen: bigint;
  termMonths: number;
  collateralOffered: readonly CollateralKind[];
  enterprise: MatchEnterprise;
}

export interface MatchProduct {
  id: string;
  institutionId: string;
  type: ProductType;
  amountMinFen: bigint;
  amountMaxFen: bigint;
  termMinMonths: number;
  termMaxMonths: number;
  /** Annual rates as decimal fractions ("0.0345"); the minimum ranks products. Null: 面议 (bonds, equity). */
  rateMin: string | null;
  rateMax: string | null;
  collateralAccepted: readonly CollateralKind[];
  /** Regions the product serves (a city covers its districts); empty: wherever the institution works. */
  regions: readonly string[];
  /** Whom the product is designed for; empty lists target everyone. */
  targetTags: readonly string[];
  clusters: readonly string[];
  industries: readonly string[];
  sizeClasses: readonly string[];
}

/**
 * The claim states where an institution has decided (approved, declined, funded or closed): its record
 * counts these, and among them the ones it funded. A released or open claim is no decision.
 */
export const DECIDED_CLAIM_STATES: readonly ClaimState[] = ["APPROVED", "DECLINED", "FUNDED", "CLOSED"];

/** An institution's financing-marketplace record: demands it decided and how many it funded. */
export interface InstitutionRecord {
  decided: number;
  funded: number;
}

export interface FilterResult {
  filter: HardFilter;
  passed: boolean;
  reason: Term;
}

export interface CriterionResult {
  criterion: MatchCriterion;
  /** `neutral`: the product targets no one in particular on this criterion. */
  outcome: "met" | "missed" | "neutral" | "scored";
  /** Points earned, one decimal place, out of `weight`. */
  points: string;
  weight: number;
  reason: Term;
}

export interface Match {
  eligible: boolean;
  /** Out of 100, one decimal place; "0.0" when a hard filter failed. */
  score: string;
  filters: FilterResult[];
  criteria: CriterionResult[];
}

/**
 * A product that targets a group on a criterion scores the full weight for a member and nothing for
 * anyone else; a product open to all scores half, so a product designed for the enterprise ranks above
 * a general one.
 */
const NEUTRAL_SHARE = new Decimal("0.5");

/** Product types that exist for one group of enterprises (their names say so): a hard filter. */
const TYPE_REQUIRES_ONE_OF: Partial<Record<ProductType, readonly string[]>> = {
  SRDI_LOAN: ["SRDI_CITY", "SRDI_PROVINCE", "LITTLE_GIANT"],
  GAZELLE_LOAN: ["GAZELLE"],
  UNICORN_LOAN: ["UNICORN"],
};

const collateralName = (code: CollateralKind): Term => {
  const entry = COLLATERAL_KINDS.find((kind) => kind.code === code);
  return { zh: entry?.zh ?? code, en: entry?.en ?? code };
};

const joined = (codes: readonly CollateralKind[], language: "zh" | "en") =>
  codes.map((code) => collateralName(code)[language]).join(language === "zh" ? "、" : ", ") ||
  (language === "zh" ? "无" : "none");

const validTags = (enterprise: MatchEnterprise, date: string) =>
  enterprise.tags.filter((tag) => tagIsValidOn(tag, date)).map((tag) => tag.tag);

/** Whether the product serves the enterprise's district. */
const servesDistrict = (product: MatchProduct, districtCode: string) =>
  product.regions.length === 0 || product.regions.some((code) => regionCovers(code, districtCode));

/** Whether the enterprise holds a recognition the product's type requires, if it requires one. */
const holdsRequired = (product: MatchProduct, tags: readonly string[]) => {
  const required = TYPE_REQUIRES_ONE_OF[product.type];
  return !required || required.some((tag) => tags.includes(tag));
};

function enterpriseFilters(product: MatchProduct, enterprise: MatchEnterprise, date: string): FilterResult[] {
  const inRegion = servesDistrict(product, enterprise.districtCode);
  const required = TYPE_REQUIRES_ONE_OF[product.type];
  const tags = validTags(enterprise, date);
  return [
    {
      filter: "region",
      passed: inRegion,
      reason: inRegion
        ? {
            zh: `企业所在地 ${enterprise.districtCode} 在产品服务区域内`,
            en: `District ${enterprise.districtCode} is served`,
          }
        : {
            zh: `企业所在地 ${enterprise.districtCode} 不在产品服务区域（${product.regions.join("、")}）内`,
            en: `District ${enterprise.districtCode} is outside the product's regions (${product.regions.join(", ")})`,
          },
    },
    !holdsRequired(product, tags)
      ? {
          filter: "required-tags",
          passed: false,
          reason: {
            zh: `该产品仅面向具有 ${required?.join(" 或 ")} 认定的企业，企业当日无有效认定`,
            en: `The product is for enterprises recognised as ${required?.join(" or ")}; none valid on the day`,
          },
        }
      : {
          filter: "required-tags",
          passed: true,
          reason: required
            ? {
                zh: "企业具有产品要求的认定",
                en: "The enterprise holds the recognition the product requires",
              }
            : { zh: "产品无必备认定", en: "The product requires no recognition" },
        },
  ];
}

/** The demand's own hard filters as yes or no, without their reasons (what ranking many pairs needs). */
function demandTermsFit(product: MatchProduct, demand: MatchDemand) {
  return {
    answers: demandKindOfCategory(categoryOfProductType(product.type)),
    amountFits: demand.amountFen >= product.amountMinFen && demand.amountFen <= product.amountMaxFen,
    termFits: demand.termMonths >= product.termMinMonths && demand.termMonths <= product.termMaxMonths,
    unsecured: product.collateralAccepted.includes("NONE"),
    securityFits:
      product.collateralAccepted.includes("NONE") ||
      demand.collateralOffered.some((kind) => product.collateralAccepted.includes(kind)),
  };
}

/** Every hard filter passes: the same answer as demandFilters, at a fraction of its cost. */
function passesDemandFilters(product: MatchProduct, demand: MatchDemand, tags: readonly string[]): boolean {
  const fit = demandTermsFit(product, demand);
  return (
    fit.answers === demand.kind &&
    fit.amountFits &&
    fit.termFits &&
    fit.securityFits &&
    servesDistrict(product, demand.enterprise.districtCode) &&
    holdsRequired(product, tags)
  );
}

function demandFilters(product: MatchProduct, demand: MatchDemand, date: string): FilterResult[] {
  const { answers, amountFits, termFits, unsecured, securityFits } = demandTermsFit(product, demand);
  const range = `${formatYuanGrouped(product.amountMinFen)}–${formatYuanGrouped(product.amountMaxFen)}`;
  return [
    {
      filter: "kind",
      passed: answers === demand.kind,
      reason:
        answers === demand.kind
          ? { zh: "产品类别对应需求类型", en: "The product answers this kind of demand" }
          : {
              zh: `产品解决 ${answers} 类需求，需求为 ${demand.kind}`,
              en: `The product answers ${answers}, the demand is ${demand.kind}`,
            },
    },
    {
      filter: "amount",
      passed: amountFits,
      reason: {
        zh: `需求金额 ${formatYuanGrouped(demand.amountFen)} 元${amountFits ? "在" : "不在"}产品额度 ${range} 元之内`,
        en: `Amount ${formatYuanGrouped(demand.amountFen)} is ${amountFits ? "within" : "outside"} the product's ${range} yuan`,
      },
    },
    {
      filter: "term",
      passed: termFits,
      reason: {
        zh: `需求期限 ${demand.termMonths} 个月${termFits ? "在" : "不在"}产品期限 ${product.termMinMonths}–${product.termMaxMonths} 个月之内`,
        en: `Term ${demand.termMonths} months is ${termFits ? "within" : "outside"} the product's ${product.termMinMonths}–${product.termMaxMonths} months`,
      },
    },
    {
      filter: "collateral",
      passed: securityFits,
      reason: unsecured
        ? { zh: "产品接受纯信用", en: "The product lends unsecured" }
        : {
            zh: `产品接受 ${joined(product.collateralAccepted, "zh")}，企业可提供 ${joined(demand.collateralOffered, "zh")}`,
            en: `The product accepts ${joined(product.collateralAccepted, "en")}; the enterprise offers ${joined(demand.collateralOffered, "en")}`,
          },
    },
    ...enterpriseFilters(product, demand.enterprise, date),
  ];
}

interface Targeting {
  criterion: MatchCriterion;
  targets: readonly string[];
  /** Whether the enterprise belongs to one of the targets. */
  member: boolean;
  found: string;
}

function targetingOf(product: MatchProduct, enterprise: MatchEnterprise, date: string): Targeting[] {
  return targetingWith(product, enterprise, validTags(enterprise, date));
}

type TargetingCriterion = (typeof TARGETING_CRITERIA)[number];

/** The groups a product targets on a criterion; empty: open to all. */
const targetsOf = (product: MatchProduct, criterion: TargetingCriterion): readonly string[] =>
  criterion === "tags"
    ? product.targetTags
    : criterion === "cluster"
      ? product.clusters
      : criterion === "sizeClass"
        ? product.sizeClasses
        : product.industries;

/** Whether the enterprise (with `tags` valid on the day) belongs to one of the product's targets on a criterion. */
function isMember(
  product: MatchProduct,
  enterprise: MatchEnterprise,
  tags: readonly string[],
  criterion: TargetingCriterion,
): boolean {
  switch (criterion) {
    case "tags":
      return product.targetTags.some((tag) => tags.includes(tag));
    case "cluster":
      return enterprise.cluster !== null && product.clusters.includes(enterprise.cluster);
    case "sizeClass":
      return enterprise.sizeClass !== null && product.sizeClasses.includes(enterprise.sizeClass);
    case "industry": {
      const industry = enterprise.industryCode;
      // A class covers its subclasses: C36 takes in C3670.
      return industry !== null && product.industries.some((code) => industry.startsWith(code));
    }
  }
}

function targetingWith(
  product: MatchProduct,
  enterprise: MatchEnterprise,
  tags: readonly string[],
): Targeting[] {
  const found: Record<TargetingCriterion, string> = {
    tags: tags.join("、") || "—",
    cluster: enterprise.cluster ?? "—",
    sizeClass: enterprise.sizeClass ?? "—",
    industry: enterprise.industryCode ?? "—",
  };
  return TARGETING_CRITERIA.map((criterion) => ({
    criterion,
    targets: targetsOf(product, criterion),
    member: isMember(product, enterprise, tags, criterion),
    found: found[criterion],
  }));
}

const CRITERION_NAMES: Readonly<Record<MatchCriterion, Term>> = {
  tags: { zh: "企业认定", en: "Recognitions" },
  cluster: { zh: "“33618”集群", en: "'33618' cluster" },
  sizeClass: { zh: "企业规模", en: "Size class" },
  industry: { zh: "行业", en: "Industry" },
  rate: { zh: "利率", en: "Rate" },
  outcomes: { zh: "机构对接成效", en: "Institution's track record" },
};

function targetingResult(targeting: Targeting, weight: number): { result: CriterionResult; share: Decimal } {
  const name = CRITERION_NAMES[targeting.criterion];
  if (targeting.targets.length === 0) {
    return {
      share: NEUTRAL_SHARE,
      result: {
        criterion: targeting.criterion,
        outcome: "neutral",
        points: "",
        weight,
        reason: { zh: `产品不限${name.zh}`, en: `The product is open to any ${name.en.toLowerCase()}` },
      },
    };
  }
  return {
    share: new Decimal(targeting.member ? 1 : 0),
    result: {
      criterion: targeting.criterion,
      outcome: targeting.member ? "met" : "missed",
      points: "",
      weight,
      reason: {
        zh: `产品面向 ${targeting.targets.join("、")}；企业为 ${targeting.found}`,
        en: `The product targets ${targeting.targets.join(", ")}; the enterprise: ${targeting.found}`,
      },
    },
  };
}

/**
 * Lowest rate among the candidates scores the whole weight, the highest nothing, straight between. A
 * product whose rate is negotiated (面议) names no rate to compare: it scores half, as an open target does.
 */
function rateShare(
  product: MatchProduct,
  lowest: Decimal,
  highest: Decimal,
): { share: Decimal; reason: Term } {
  if (product.rateMin === null) {
    return { share: NEUTRAL_SHARE, reason: { zh: "利率面议", en: "The rate is negotiated" } };
  }
  const own = exactDecimal(product.rateMin);
  // Clamped: a product a filter ruled out may lie outside the candidates' range.
  const share = highest.equals(lowest)
    ? new Decimal(1)
    : Decimal.min(1, Decimal.max(0, highest.minus(own).div(highest.minus(lowest))));
  const bounds = `${rateAsPercent(lowest.toString())}–${rateAsPercent(highest.toString())}`;
  return {
    share,
    reason: {
      zh: `最低年利率 ${rateAsPercent(product.rateMin)}，候选产品最低年利率介于 ${bounds}`,
      en: `Lowest annual rate ${rateAsPercent(product.rateMin)}; the candidates' range ${bounds}`,
    },
  };
}

/** Funded over decided, with one success and one failure assumed so a newcomer starts at half. */
function outcomeShare(record: InstitutionRecord): { share: Decimal; reason: Term } {
  return {
    share: new Decimal(record.funded + 1).div(record.decided + 2),
    reason: {
      zh: `已办结对接 ${record.decided} 笔，其中放款 ${record.funded} 笔`,
      en: `${record.funded} funded of ${record.decided} demands decided`,
    },
  };
}

const ONE_PLACE = (value: Decimal) => value.toFixed(1, Decimal.ROUND_HALF_UP);

/** Scores criteria: each earns weight × share; the score is the earned share of the weights that apply, out of 100. */
function scored(parts: { result: CriterionResult; share: Decimal }[]): {
  score: string;
  criteria: CriterionResult[];
} {
  const applicable = parts.reduce((sum, part) => sum + part.result.weight, 0);
  const earned = parts.reduce((sum, part) => sum.plus(part.share.times(part.result.weight)), new Decimal(0));
  return {
    score: applicable === 0 ? "0.0" : ONE_PLACE(earned.div(applicable).times(100)),
    criteria: parts.map((part) => ({
      ...part.result,
      points: ONE_PLACE(part.share.times(part.result.weight)),
    })),
  };
}

function match(filters: FilterResult[], parts: { result: CriterionResult; share: Decimal }[]): Match {
  const eligible = filters.every((filter) => filter.passed);
  const { score, criteria } = scored(parts);
  return { eligible, score: eligible ? score : "0.0", filters, criteria };
}

export interface RankedProduct extends Match {
  product: MatchProduct;
}

/**
 * The products that can answer a demand, best first, and (after them) those a hard filter rules out, each
 * with its reasons. Ties go to the lower rate, then the product's id, so the order never depends on input order.
 */
export function rankProductsForDemand(
  demand: MatchDemand,
  products: readonly MatchProduct[],
  records: ReadonlyMap<string, InstitutionRecord>,
  weights: MatchingWeights,
  date: string,
): RankedProduct[] {
  const filtered = products.map((product) => ({ product, filters: demandFilters(product, demand, date) }));
  const candidateRates = filtered
    .filter((entry) => entry.filters.every((filter) => filter.passed))
    .flatMap((entry) => (entry.product.rateMin === null ? [] : [exactDecimal(entry.product.rateMin)]));
  const lowest = candidateRates.length ? Decimal.min(...candidateRates) : new Decimal(0);
  const highest = candidateRates.length ? Decimal.max(...candidateRates) : new Decimal(0);
  const ranked = filtered.map(({ product, filters }) => {
    const rate = rateShare(product, lowest, highest);
    const outcomes = outcomeShare(records.get(product.institutionId) ?? { decided: 0, funded: 0 });
    const parts = [
      ...targetingOf(product, demand.enterprise, date).map((targeting) =>
        targetingResult(targeting, weights[targeting.criterion]),
      ),
      { share: rate.share, result: scoredResult("rate", weights.rate, rate.reason) },
      { share: outcomes.share, result: scoredResult("outcomes", weights.outcomes, outcomes.reason) },
    ];
    return { product, ...match(filters, parts) };
  });
  return ranked.sort(
    (a, b) =>
      Number(b.eligible) - Number(a.eligible) ||
      new Decimal(b.score).comparedTo(a.score) ||
      compareRates(a.product.rateMin, b.product.rateMin) ||
      a.product.id.localeCompare(b.product.id),
  );
}

/** Lower rate first; a negotiated rate (null) after every stated one. */
function compareRates(a: string | null, b: string | null): number {
  if (a === null || b === null) return Number(a === null) - Number(b === null);
  return exactDecimal(a).comparedTo(b);
}

const scoredResult = (criterion: MatchCriterion, weight: number, reason: Term): CriterionResult => ({
  criterion,
  outcome: "scored",
  points: "",
  weight,
  reason,
});

export interface RankedDemand extends Match {
  demand: MatchDemand;
  /** The institution's product that answers the demand best. */
  product: MatchProduct;
}

/**
 * An institution's view: the open demands its listed products can answer, best first, each scored by its
 * best product. Rate and track record are left out — they are the same institution's for every demand.
 * `limit` keeps the best only; `total` counts every demand answered. Thousands of demands times a
 * handful of products are ranked on integers first, and only the demands returned get their reasons.
 */
export function rankDemandsForInstitution(
  products: readonly MatchProduct[],
  demands: readonly MatchDemand[],
  weights: MatchingWeights,
  date: string,
  limit = Number.POSITIVE_INFINITY,
): { total: number; ranked: RankedDemand[] } {
  const applicable = TARGETING_CRITERIA.reduce((sum, criterion) => sum + weights[criterion], 0);
  const answered: { demand: MatchDemand; product: MatchProduct; tenths: number }[] = [];
  for (const demand of demands) {
    const tags = validTags(demand.enterprise, date);
    let best: { product: MatchProduct; tenths: number } | undefined;
    for (const product of products) {
      if (!passesDemandFilters(product, demand, tags)) continue;
      const tenths = scoreInTenths(product, demand.enterprise, tags, weights, applicable);
      if (!best || tenths > best.tenths) best = { product, tenths };
    }
    if (best) answered.push({ demand, ...best });
  }
  answered.sort((a, b) => b.tenths - a.tenths || a.demand.id.localeCompare(b.demand.id));
  return {
    total: answered.length,
    ranked: answered.slice(0, limit).map(({ demand, product }) => {
      const parts = targetingOf(product, demand.enterprise, date).map((targeting) =>
        targetingResult(targeting, weights[targeting.criterion]),
      );
      return { demand, product, ...match(demandFilters(product, demand, date), parts) };
    }),
  };
}

/**
 * The targeting score out of 100 in tenths, rounded half up as `scored` rounds it, in integers: each
 * criterion earns its weight times 2 (member), 1 (open to all) or 0 (missed), halved at the end.
 */
function scoreInTenths(
  product: MatchProduct,
  enterprise: MatchEnterprise,
  tags: readonly string[],
  weights: MatchingWeights,
  applicable: number,
): number {
  if (applicable === 0) return 0;
  let earnedTwice = 0;
  for (const criterion of TARGETING_CRITERIA) {
    const share =
      targetsOf(product, criterion).length === 0 ? 1 : isMember(product, enterprise, tags, criterion) ? 2 : 0;
    earnedTwice += weights[criterion] * share;
  }
  return Math.floor((earnedTwice * 1000 + applicable) / (2 * applicable));
}

/**
 * The regions a product serves, as matching reads them: the districts it names, else its institution's
 * whole region (a city's product serves its districts).
 */
export function servedRegions(institutionRegionCode: string, districts: readonly string[]): string[] {
  return districts.length > 0 ? [...districts] : [institutionRegionCode];
}

/**
 * Whether a product is pushed to an enterprise (the catalogue's 分类推送): it is eligible and no group it
 * targets leaves the enterprise out. A product open to all on a criterion reaches everyone on it.
 */
export function productReachesEnterprise(fit: Match): boolean {
  return fit.eligible && fit.criteria.every((criterion) => criterion.outcome !== "missed");
}

/** Whether a product fits an enterprise at all (region, required recognitions), and how well, with reasons. */
export function productFitForEnterprise(
  product: MatchProduct,
  enterprise: MatchEnterprise,
  weights: MatchingWeights,
  date: string,
): Match {
  const parts = targetingOf(product, enterprise, date).map((targeting) =>
    targetingResult(targeting, weights[targeting.criterion]),
  );
  return match(enterpriseFilters(product, enterprise, date), parts);
}
