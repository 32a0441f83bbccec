import { describe, expect, it } from "vitest";
import { DomainValidationError } from "../errors";
import {
  editOfVersion,
  type FitEnterprise,
  type ProductTargeting,
  type ProductTermsInput,
  productFitsEnterprise,
  productTransition,
  validateProductTerms,
} from "./products";

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

describe("which enterprises a product fits", () => {
  const product: ProductTargeting = {
    regionCode: "500000",
    districts: [],
    tags: [],
    clusters: [],
    industries: [],
    sizeClasses: [],
  };
  const enterprise: FitEnterprise = {
    districtCode: "500112",
    industryCode: "C3670",
    sizeClass: "SMALL",
    cluster: "NEV",
    tags: [
      { tag: "SRDI_CITY", validFrom: "2024-01-01", validTo: "2026-12-31" },
      { tag: "GAZELLE", validFrom: "2027-01-01", validTo: null },
    ],
  };
  const day = "2026-12-05";
  const missed = (
    change: Partial<ProductTargeting>,
    changeEnterprise: Partial<FitEnterprise> = {},
    on = day,
  ) =>
    productFitsEnterprise({ ...product, ...change }, { ...enterprise, ...changeEnterprise }, on)
      .reasons.filter((r) => !r.met)
      .map((r) => r.criterion);

  it("fits every enterprise of its region when it names no condition, with a reason per criterion", () => {
    const fit = productFitsEnterprise(product, enterprise, day);
    expect(fit.fits).toBe(true);
    expect(fit.reasons.map((r) => r.criterion)).toEqual([
      "district",
      "tags",
      "cluster",
      "sizeClass",
      "industry",
    ]);
  });

  it.each([
    ["another region", { regionCode: "420300" }, {}, day, ["district"]],
    ["one of its districts", { districts: ["500112", "500113"] }, {}, day, []],
    ["not one of its districts", { districts: ["500113"] }, {}, day, ["district"]],
    ["a tag held that day", { tags: ["SRDI_CITY", "UNICORN"] }, {}, day, []],
    ["a tag expired that day", { tags: ["SRDI_CITY"] }, {}, "2027-01-01", ["tags"]],
    ["a tag not yet valid", { tags: ["GAZELLE"] }, {}, day, ["tags"]],
    ["a tag valid from that day", { tags: ["GAZELLE"] }, {}, "2027-01-01", []],
    ["its cluster", { clusters: ["NEV", "ELECTRONICS"] }, {}, day, []],
    ["another cluster", { clusters: ["ELECTRONICS"] }, {}, day, ["cluster"]],
    ["an enterprise without a cluster", { clusters: ["NEV"] }, { cluster: null }, day, ["cluster"]],
    ["its size class", { sizeClasses: ["SMALL", "MICRO"] }, {}, day, []],
    ["another size class", { sizeClasses: ["LARGE"] }, {}, day, ["sizeClass"]],
    ["an industry class covering its subclass", { industries: ["C36"] }, {}, day, []],
    ["another industry", { industries: ["C39"] }, {}, day, ["industry"]],
    [
      "several misses at once",
      { districts: ["500113"], clusters: ["FOOD"], sizeClasses: ["LARGE"] },
      {},
      day,
      ["district", "cluster", "sizeClass"],
    ],
  ] as const)("%s", (_case, change, changeEnterprise, on, criteria) => {
    expect(missed(change, changeEnterprise, on)).toEqual(criteria);
    expect(
      productFitsEnterprise({ ...product, ...change }, { ...enterprise, ...changeEnterprise }, on).fits,
    ).toBe(criteria.length === 0);
  });
});
