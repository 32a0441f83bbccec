import { describe, expect, it } from "vitest";
import {
  CLUSTERS_33618,
  categoriesAnswering,
  categoryOfProductType,
  demandKindOfCategory,
  demandKindsAnsweredBy,
  PRODUCT_CATEGORIES,
  PRODUCT_TYPE_CODES,
} from "./catalogue";

describe("financing reference lists", () => {
  it("names every product type once, under one category", () => {
    expect(new Set(PRODUCT_TYPE_CODES).size).toBe(PRODUCT_TYPE_CODES.length);
    expect(categoryOfProductType("YULIANDAI")).toBe("SUPPLY_CHAIN");
    expect(categoryOfProductType("FIRST_SET")).toBe("INSURANCE");
    expect(categoryOfProductType("SALE_AND_LEASEBACK")).toBe("LEASING");
  });

  it("holds seed 004's ten credit types, five supply-chain types, six insurance and five leasing types", () => {
    const counts = Object.fromEntries(
      PRODUCT_CATEGORIES.map((category) => [category.code, category.types.length]),
    );
    expect(counts).toMatchObject({ CREDIT: 10, SUPPLY_CHAIN: 5, INSURANCE: 6, LEASING: 5 });
  });

  it("says which kind of demand each category answers", () => {
    expect(demandKindOfCategory("SUPPLY_CHAIN")).toBe("LOAN");
    expect(demandKindOfCategory("LEASING")).toBe("LEASE");
    expect(demandKindOfCategory("GUARANTEE")).toBe("GUARANTEE");
  });

  it("lists the categories answering each kind of demand, the inverse of demandKindOfCategory", () => {
    expect(categoriesAnswering("LOAN")).toEqual(["CREDIT", "SUPPLY_CHAIN"]);
    expect(categoriesAnswering("LEASE")).toEqual(["LEASING"]);
    for (const kind of ["LOAN", "BOND", "EQUITY", "LEASE", "INSURANCE", "GUARANTEE"] as const) {
      for (const category of categoriesAnswering(kind)) expect(demandKindOfCategory(category)).toBe(kind);
    }
  });

  it("counts 3 + 3 + 6 + 18 clusters, as “33618” says", () => {
    const inTier = (tier: string) => CLUSTERS_33618.filter((cluster) => cluster.tier === tier).length;
    expect(["PILLAR_TRILLION", "PILLAR_500BN", "CHARACTERISTIC", "RISING_STAR"].map(inTier)).toEqual([
      3, 3, 6, 18,
    ]);
    expect(new Set(CLUSTERS_33618.map((cluster) => cluster.code)).size).toBe(30);
  });
});

describe("who answers which demand", () => {
  it.each([
    ["BANK", null, ["LOAN", "BOND"]],
    ["GUARANTOR", null, ["GUARANTEE"]],
    ["FINANCIAL_INSTITUTION", "INSURER", ["INSURANCE"]],
    ["FINANCIAL_INSTITUTION", "LEASING", ["LEASE"]],
    ["FINANCIAL_INSTITUTION", "FUND", ["EQUITY"]],
    ["FINANCIAL_INSTITUTION", "SECURITIES", ["BOND", "EQUITY"]],
    ["FINANCIAL_INSTITUTION", null, []],
    ["ENTERPRISE", null, []],
    ["INDUSTRY_BUREAU", null, []],
  ] as const)("%s (%s) answers %j", (orgType, kind, answers) => {
    expect(demandKindsAnsweredBy(orgType, kind)).toEqual(answers);
  });
});
