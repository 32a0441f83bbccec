import { DomainValidationError, throwIfIssues, type ValidationIssue } from "../errors";
import { formatYuanGrouped } from "../money";
import { regionCovers } from "../regions";
import {
  type CollateralKind,
  type DemandKind,
  demandKindOfCategory,
  type ProductCategory,
} from "./catalogue";

/**
 * A demand asked for a product (issue 12 point 2: 申请此产品): checked against the product's listed terms,
 * and addressed to the product's institution when the bureau admits it.
 */

/** The listed terms of the product an enterprise asks for, as the demand is checked against them. */
export interface AskedProduct {
  category: ProductCategory;
  amountMinFen: bigint;
  amountMaxFen: bigint;
  termMinMonths: number;
  termMaxMonths: number;
  collateral: readonly CollateralKind[];
  /** The institution's region, and within it the districts the product names (none: all of them). */
  regionCode: string;
  districts: readonly string[];
}

export interface DemandForProduct {
  kind: DemandKind;
  amountFen: bigint;
  termMonths: number;
  collateral: readonly CollateralKind[];
  /** The enterprise's district. */
  districtCode: string;
}

/**
 * Refuses a demand asked for a product that does not answer it, every problem at once, each naming the
 * demand's field: the kind the product's category answers, the amount and term within its ranges
 * (inclusive), at least one security it accepts (纯信用 takes any), the enterprise's district served.
 */
export function checkDemandForProduct(demand: DemandForProduct, product: AskedProduct): void {
  const issues: ValidationIssue[] = [];
  const refuse = (field: string, rule: string, zh: string, en: string) =>
    issues.push({ path: [field], rule, message: { zh, en } });
  const kind = demandKindOfCategory(product.category);
  if (demand.kind !== kind) {
    refuse("kind", "product-kind", "融资类型须与所申请产品的类别一致", `The product answers ${kind} demands`);
  }
  if (demand.amountFen < product.amountMinFen || demand.amountFen > product.amountMaxFen) {
    const range = `${formatYuanGrouped(product.amountMinFen)}–${formatYuanGrouped(product.amountMaxFen)}`;
    refuse(
      "amount",
      "product-range",
      `金额须在产品额度 ${range} 元之内`,
      `The amount must be within the product's ${range} yuan`,
    );
  }
  if (demand.termMonths < product.termMinMonths || demand.termMonths > product.termMaxMonths) {
    const range = `${product.termMinMonths}–${product.termMaxMonths}`;
    refuse(
      "termMonths",
      "product-range",
      `期限须在产品期限 ${range} 个月之内`,
      `The term must be within the product's ${range} months`,
    );
  }
  const unsecured = product.collateral.includes("NONE");
  if (!unsecured && !demand.collateral.some((kind) => product.collateral.includes(kind))) {
    refuse(
      "collateral",
      "product-collateral",
      "担保方式须至少有一项为产品所接受",
      "Offer at least one security the product accepts",
    );
  }
  const served =
    regionCovers(product.regionCode, demand.districtCode) &&
    (product.districts.length === 0 || product.districts.includes(demand.districtCode));
  if (!served) {
    refuse(
      "productId",
      "product-region",
      "该产品不服务企业所在区县",
      "The product does not serve the enterprise's district",
    );
  }
  throwIfIssues(issues);
}

export interface AdmissionTargets {
  /** The institutions the demand is pushed to; empty: every institution that fits. */
  named: string[];
  openToAll: boolean;
}

/**
 * Whom an admitted demand is pushed to. A demand asked for a product is addressed to that product's
 * institution: named by default, the bureau may add others, and leaving it out needs a reason. Any other
 * demand goes to the institutions the bureau names, or to every one that fits when it names none.
 */
export function admissionTargets(
  named: readonly string[],
  productInstitution: string | null,
  omittedReason: string | null | undefined,
): AdmissionTargets {
  const unique = [...new Set(named)];
  if (productInstitution === null) return { named: unique, openToAll: unique.length === 0 };
  if (unique.length === 0) return { named: [productInstitution], openToAll: false };
  if (!unique.includes(productInstitution) && !omittedReason?.trim()) {
    throw DomainValidationError.single(["productInstitutionOmittedReason"], "required", {
      zh: "未推送至所申请产品的机构时,请说明理由",
      en: "Give a reason for leaving out the institution of the product asked for",
    });
  }
  return { named: unique, openToAll: false };
}
