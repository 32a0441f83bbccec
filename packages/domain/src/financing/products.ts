import { Decimal } from "decimal.js";
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
