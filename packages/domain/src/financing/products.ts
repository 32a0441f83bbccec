import { Decimal } from "decimal.js";
import { tagIsValidOn } from "../enterprise-catalogue";
import { DomainValidationError, throwIfIssues, type ValidationIssue } from "../errors";
import { parseAnnualRate, parseYuan } from "../money";
import { regionCovers } from "../regions";
import type { Term } from "../vocabulary";
import {
  categoryOfProductType,
  demandKindOfCategory,
  demandKindsAnsweredBy,
  type InstitutionKind,
  type ProductCategory,
  type ProductType,
} from "./catalogue";

/**
 * The product pool (seed 004 §三): an institution's product goes through the bureau's 上架审核 before
 * enterprises see it. Each edit is a new version with its own state; the listed version stays listed
 * while the next one is reviewed.
 */
export const PRODUCT_VERSION_STATES = [
  { code: "DRAFT", zh: "草稿", en: "Draft" },
  { code: "PENDING_REVIEW", zh: "待审核", en: "Awaiting review" },
  { code: "RETURNED", zh: "已退回", en: "Returned" },
  { code: "LISTED", zh: "已上架", en: "Listed" },
  { code: "SUPERSEDED", zh: "已被新版本替代", en: "Superseded" },
  { code: "DELISTED", zh: "已下架", en: "Delisted" },
] as const;

export type ProductVersionState = (typeof PRODUCT_VERSION_STATES)[number]["code"];

export type ProductAction = "submit" | "list" | "return" | "delist";

interface ProductTransition {
  from: readonly ProductVersionState[];
  to: ProductVersionState;
  /** Who may take the step: the owning institution or the bureau of the product's region. */
  by: "institution" | "bureau";
  /** A step that must say why (a return, a delisting) or give its opinion (a listing). */
  needs: "opinion" | "reason" | null;
}

/** The 上架审核 workflow as data. */
export const PRODUCT_TRANSITIONS: Readonly<Record<ProductAction, ProductTransition>> = {
  submit: { from: ["DRAFT", "RETURNED"], to: "PENDING_REVIEW", by: "institution", needs: null },
  list: { from: ["PENDING_REVIEW"], to: "LISTED", by: "bureau", needs: "opinion" },
  return: { from: ["PENDING_REVIEW"], to: "RETURNED", by: "bureau", needs: "reason" },
  delist: { from: ["LISTED"], to: "DELISTED", by: "bureau", needs: "reason" },
};

/** The state a version reaches by `action`, or an issue saying why it cannot. */
export function productTransition(
  state: ProductVersionState,
  action: ProductAction,
  by: "institution" | "bureau",
  note: string | null,
): ProductVersionState {
  const step = PRODUCT_TRANSITIONS[action];
  if (step.by !== by) {
    throw DomainValidationError.single(["action"], "not-your-step", {
      zh: step.by === "bureau" ? "只有经信部门可以审核或下架产品" : "只有发布机构可以提交产品",
      en: step.by === "bureau" ? "Only the bureau reviews or delists" : "Only the institution submits",
    });
  }
  if (!step.from.includes(state)) {
    throw DomainValidationError.single(["state"], "transition", {
      zh: `当前状态(${stateLabel(state).zh})不能执行此操作`,
      en: `Not possible in state ${state}`,
    });
  }
  if (step.needs && !note?.trim()) {
    const field = step.needs;
    throw DomainValidationError.single([field], "required", {
      zh: field === "opinion" ? "请填写审核意见" : "请说明原因",
      en: field === "opinion" ? "An opinion is required" : "A reason is required",
    });
  }
  return step.to;
}

/** Only a version nobody is reviewing can be edited in place; a listed or delisted one is edited as a new version. */
export function editOfVersion(state: ProductVersionState): "in-place" | "new-version" | "refused" {
  if (state === "DRAFT" || state === "RETURNED") return "in-place";
  if (state === "LISTED" || state === "DELISTED") return "new-version";
  return "refused";
}

function stateLabel(state: ProductVersionState): Term {
  const entry = PRODUCT_VERSION_STATES.find((s) => s.code === state);
  return entry ? { zh: entry.zh, en: entry.en } : { zh: state, en: state };
}

/** The most months a product's term may run (30 years, a long lease or fund). */
export const MAX_PRODUCT_TERM_MONTHS = 360;

export interface ProductTermsInput {
  category: ProductCategory;
  type: ProductType;
  /** Annual rates as decimal strings ("0.0345"); both null when the rate is 面议 (equity, say). */
  rateMin: string | null;
  rateMax: string | null;
  amountMin: string;
  amountMax: string;
  termMinMonths: number;
  termMaxMonths: number;
  districts: readonly string[];
}

export interface ProductPublisher {
  orgType: string;
  institutionKind: InstitutionKind | null;
  regionCode: string;
}

export interface ProductTerms {
  rateMin: string | null;
  rateMax: string | null;
  amountMinFen: bigint;
  amountMaxFen: bigint;
  termMinMonths: number;
  termMaxMonths: number;
}

const issue = (field: string, rule: string, zh: string, en: string): ValidationIssue => ({
  path: [field],
  rule,
  message: { zh, en },
});

/** Runs a parser, turning its failure into issues collected with the rest. */
function collect<T>(issues: ValidationIssue[], parse: () => T): T | null {
  try {
    return parse();
  } catch (error) {
    if (error instanceof DomainValidationError) {
      issues.push(...error.issues);
      return null;
    }
    throw error;
  }
}

/**
 * Checks a product's terms as a whole and reports every problem at once: the type belongs to the
 * category, the publisher answers that kind of demand, ranges are ordered, rates within (0, 24%],
 * amounts positive yuan, terms 1–360 months, districts inside the publisher's region.
 */
export function validateProductTerms(input: ProductTermsInput, publisher: ProductPublisher): ProductTerms {
  const issues: ValidationIssue[] = [];
  if (categoryOfProductType(input.type) !== input.category) {
    issues.push(
      issue("type", "type-of-category", "产品类型不属于所选类别", "The type is not of this category"),
    );
  }
  const answered = demandKindsAnsweredBy(publisher.orgType, publisher.institutionKind);
  if (!answered.includes(demandKindOfCategory(input.category))) {
    issues.push(
      issue(
        "category",
        "institution-answers",
        "本机构类型不能发布此类别的产品",
        "Your kind of institution does not offer this category",
      ),
    );
  }

  if ((input.rateMin === null) !== (input.rateMax === null)) {
    issues.push(
      issue("rateMax", "both-or-neither", "利率区间须同时填写上下限或都不填", "Give both rates or neither"),
    );
  }
  const rateMin =
    input.rateMin === null ? null : collect(issues, () => parseAnnualRate(input.rateMin ?? "", ["rateMin"]));
  const rateMax =
    input.rateMax === null ? null : collect(issues, () => parseAnnualRate(input.rateMax ?? "", ["rateMax"]));
  if (rateMin && rateMax && rateMin.greaterThan(rateMax)) {
    issues.push(issue("rateMax", "range-order", "利率上限不能低于下限", "The upper rate is below the lower"));
  }

  const amountMinFen = collect(issues, () => parseYuan(input.amountMin, ["amountMin"]));
  const amountMaxFen = collect(issues, () => parseYuan(input.amountMax, ["amountMax"]));
  if (amountMinFen !== null && amountMinFen <= 0n) {
    issues.push(issue("amountMin", "positive", "金额下限须大于0", "Must be greater than 0"));
  }
  if (amountMinFen !== null && amountMaxFen !== null && amountMinFen > amountMaxFen) {
    issues.push(
      issue("amountMax", "range-order", "金额上限不能低于下限", "The upper amount is below the lower"),
    );
  }

  for (const field of ["termMinMonths", "termMaxMonths"] as const) {
    const months = input[field];
    if (!Number.isInteger(months) || months < 1 || months > MAX_PRODUCT_TERM_MONTHS) {
      issues.push(
        issue(
          field,
          "term-range",
          `期限须为1至${MAX_PRODUCT_TERM_MONTHS}个月`,
          `1 to ${MAX_PRODUCT_TERM_MONTHS} months`,
        ),
      );
    }
  }
  if (input.termMinMonths > input.termMaxMonths) {
    issues.push(
      issue("termMaxMonths", "range-order", "期限上限不能短于下限", "The longest term is below the shortest"),
    );
  }

  input.districts.forEach((district, index) => {
    if (!regionCovers(publisher.regionCode, district)) {
      issues.push({
        path: ["districts", index],
        rule: "own-region",
        message: { zh: "区县不在本机构所属地区内", en: "Outside your region" },
      });
    }
  });

  throwIfIssues(issues);
  return {
    rateMin: rateMin ? new Decimal(rateMin).toFixed() : null,
    rateMax: rateMax ? new Decimal(rateMax).toFixed() : null,
    amountMinFen: amountMinFen ?? 0n,
    amountMaxFen: amountMaxFen ?? 0n,
    termMinMonths: input.termMinMonths,
    termMaxMonths: input.termMaxMonths,
  };
}

/** Whom a product is for; an empty list places no condition. */
export interface ProductTargeting {
  /** The region the product is offered in (its institution's), and within it these districts if any. */
  regionCode: string;
  districts: readonly string[];
  tags: readonly string[];
  clusters: readonly string[];
  /** GB/T 4754 codes; a class covers its subclasses (C36 covers C3670). */
  industries: readonly string[];
  sizeClasses: readonly string[];
}

export interface FitEnterprise {
  districtCode: string;
  industryCode: string;
  sizeClass: string;
  cluster: string | null;
  tags: readonly { tag: string; validFrom: string; validTo: string | null }[];
}

export type FitCriterion = "district" | "tags" | "cluster" | "sizeClass" | "industry";

export interface FitReason {
  criterion: FitCriterion;
  met: boolean;
  reason: Term;
}

export interface ProductFit {
  fits: boolean;
  reasons: FitReason[];
}

const reason = (criterion: FitCriterion, met: boolean, zh: string, en: string): FitReason => ({
  criterion,
  met,
  reason: { zh, en },
});

/**
 * Whether a product fits an enterprise on `date`, with the reason for each criterion met or missed:
 * the enterprise is in the product's region (and one of its districts if it names any), holds one of
 * its target tags valid that day, is in one of its 33618 clusters, of one of its size classes and
 * industries. A product that names no tags, clusters, sizes or industries is for every enterprise.
 */
export function productFitsEnterprise(
  product: ProductTargeting,
  enterprise: FitEnterprise,
  date: string,
): ProductFit {
  const inRegion = regionCovers(product.regionCode, enterprise.districtCode);
  const inDistrict =
    inRegion && (product.districts.length === 0 || product.districts.includes(enterprise.districtCode));
  const reasons: FitReason[] = [
    inDistrict
      ? reason("district", true, "企业所在区县在产品服务范围内", "The enterprise's district is served")
      : reason(
          "district",
          false,
          "企业所在区县不在产品服务范围内",
          "The enterprise's district is not served",
        ),
  ];

  if (product.tags.length === 0) {
    reasons.push(reason("tags", true, "产品不限企业标签", "No tag required"));
  } else {
    const held = enterprise.tags.filter((t) => product.tags.includes(t.tag) && tagIsValidOn(t, date));
    reasons.push(
      held.length > 0
        ? reason(
            "tags",
            true,
            `企业持有有效标签:${held.map((t) => t.tag).join("、")}`,
            `Holds ${held.map((t) => t.tag).join(", ")}`,
          )
        : reason("tags", false, "企业没有产品要求的有效标签", "Holds none of the required tags on that day"),
    );
  }

  if (product.clusters.length === 0) {
    reasons.push(reason("cluster", true, "产品不限产业集群", "No cluster required"));
  } else if (enterprise.cluster && product.clusters.includes(enterprise.cluster)) {
    reasons.push(reason("cluster", true, "企业属于产品面向的产业集群", "In one of the product's clusters"));
  } else {
    reasons.push(
      reason("cluster", false, "企业不属于产品面向的产业集群", "Not in any of the product's clusters"),
    );
  }

  if (product.sizeClasses.length === 0 || product.sizeClasses.includes(enterprise.sizeClass)) {
    reasons.push(reason("sizeClass", true, "企业规模符合", "Size class accepted"));
  } else {
    reasons.push(reason("sizeClass", false, "企业规模不在产品面向范围内", "Size class not served"));
  }

  if (
    product.industries.length === 0 ||
    product.industries.some((code) => enterprise.industryCode.startsWith(code))
  ) {
    reasons.push(reason("industry", true, "企业所属行业符合", "Industry served"));
  } else {
    reasons.push(reason("industry", false, "企业所属行业不在产品面向范围内", "Industry not served"));
  }

  return { fits: reasons.every((r) => r.met), reasons };
}
