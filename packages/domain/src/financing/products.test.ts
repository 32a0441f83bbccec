import { describe, expect, it } from "vitest";
import { DomainValidationError } from "../errors";
import { editOfVersion, type ProductTermsInput, productTransition, validateProductTerms } from "./products";

const bank = { orgType: "BANK", institutionKind: null, regionCode: "500000" } as const;
const terms: ProductTermsInput = {
  category: "CREDIT",
  type: "SRDI_LOAN",
  rateMin: "0.0345",
  rateMax: "0.0500",
  amountMin: "100000.00",
  amountMax: "10000000",
  termMinMonths: 6,
  termMaxMonths: 36,
  districts: ["500112"],
};

function rulesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainValidationError)
      return error.issues.map((i) => `${i.path.join(".")}:${i.rule}`);
    throw error;
  }
  return [];
}

describe("a product's terms", () => {
  it("accepts ordered ranges and returns exact amounts in fen", () => {
    expect(validateProductTerms(terms, bank)).toEqual({
      rateMin: "0.0345",
      rateMax: "0.05",
      amountMinFen: 10_000_000n,
      amountMaxFen: 1_000_000_000n,
      termMinMonths: 6,
      termMaxMonths: 36,
    });
  });

  it.each([
    ["a type of another category", { type: "FIRST_SET" }, ["type:type-of-category"]],
    ["rates out of order", { rateMin: "0.06", rateMax: "0.05" }, ["rateMax:range-order"]],
    ["a zero rate", { rateMin: "0" }, ["rateMin:positive"]],
    ["a rate above 24%", { rateMax: "0.2401" }, ["rateMax:max-24-percent"]],
    ["exactly 24%", { rateMax: "0.24" }, []],
    ["one rate only", { rateMax: null }, ["rateMax:both-or-neither"]],
    ["no rate (面议)", { rateMin: null, rateMax: null }, []],
    ["amounts out of order", { amountMin: "20000000" }, ["amountMax:range-order"]],
    ["a zero amount", { amountMin: "0" }, ["amountMin:positive"]],
    ["an amount with three decimals", { amountMax: "1.005" }, ["amountMax:max-2-decimals"]],
    ["terms out of order", { termMinMonths: 48 }, ["termMaxMonths:range-order"]],
    ["a term of 0", { termMinMonths: 0 }, ["termMinMonths:term-range"]],
    ["a term over 30 years", { termMaxMonths: 361 }, ["termMaxMonths:term-range"]],
    ["a district of another region", { districts: ["500112", "420303"] }, ["districts.1:own-region"]],
  ] as const)("%s", (_case, change, rules) => {
    expect(rulesOf(() => validateProductTerms({ ...terms, ...change } as ProductTermsInput, bank))).toEqual(
      rules,
    );
  });

  it("reports every problem at once", () => {
    const rules = rulesOf(() =>
      validateProductTerms({ ...terms, rateMin: "0.3", amountMin: "0", termMinMonths: 0 }, bank),
    );
    expect(rules).toEqual(["rateMin:max-24-percent", "amountMin:positive", "termMinMonths:term-range"]);
  });

  it.each([
    ["BANK", null, "CREDIT", "SRDI_LOAN", true],
    ["BANK", null, "BOND", "BOND_UNDERWRITING", true],
    ["BANK", null, "INSURANCE", "FIRST_SET", false],
    ["GUARANTOR", null, "GUARANTEE", "FINANCING_GUARANTEE", true],
    ["GUARANTOR", null, "CREDIT", "SRDI_LOAN", false],
    ["FINANCIAL_INSTITUTION", "INSURER", "INSURANCE", "FIRST_SET", true],
    ["FINANCIAL_INSTITUTION", "LEASING", "LEASING", "SALE_AND_LEASEBACK", true],
    ["FINANCIAL_INSTITUTION", "FUND", "EQUITY", "EQUITY_INVESTMENT", true],
    ["FINANCIAL_INSTITUTION", "FUND", "CREDIT", "SRDI_LOAN", false],
  ] as const)("%s (%s) may publish %s: %s", (orgType, institutionKind, category, type, allowed) => {
    const rules = rulesOf(() =>
      validateProductTerms({ ...terms, category, type }, { orgType, institutionKind, regionCode: "500000" }),
    );
    expect(rules.includes("category:institution-answers")).toBe(!allowed);
  });
});

describe("the 上架审核 workflow", () => {
  it.each([
    ["DRAFT", "submit", "institution", null, "PENDING_REVIEW"],
    ["RETURNED", "submit", "institution", null, "PENDING_REVIEW"],
    ["PENDING_REVIEW", "list", "bureau", "符合条件,同意上架", "LISTED"],
    ["PENDING_REVIEW", "return", "bureau", "利率区间过宽", "RETURNED"],
    ["LISTED", "delist", "bureau", "产品已停办", "DELISTED"],
  ] as const)("%s --%s by %s--> %s", (state, action, by, note, next) => {
    expect(productTransition(state, action, by, note)).toBe(next);
  });

  it.each([
    ["PENDING_REVIEW", "list", "bureau", null, "opinion:required"],
    ["PENDING_REVIEW", "return", "bureau", "  ", "reason:required"],
    ["LISTED", "delist", "bureau", null, "reason:required"],
    ["PENDING_REVIEW", "list", "institution", "ok", "action:not-your-step"],
    ["DRAFT", "submit", "bureau", null, "action:not-your-step"],
    ["DRAFT", "list", "bureau", "ok", "state:transition"],
    ["LISTED", "submit", "institution", null, "state:transition"],
    ["DELISTED", "delist", "bureau", "again", "state:transition"],
  ] as const)("refuses %s --%s by %s (%s): %s", (state, action, by, note, rule) => {
    expect(rulesOf(() => productTransition(state, action, by, note))).toEqual([rule]);
  });

  it.each([
    ["DRAFT", "in-place"],
    ["RETURNED", "in-place"],
    ["LISTED", "new-version"],
    ["DELISTED", "new-version"],
    ["PENDING_REVIEW", "refused"],
    ["SUPERSEDED", "refused"],
  ] as const)("a %s version is edited %s", (state, edit) => {
    expect(editOfVersion(state)).toBe(edit);
  });
});
