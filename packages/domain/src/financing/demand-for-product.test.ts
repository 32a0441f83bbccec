import { describe, expect, it } from "vitest";
import { issuesOf } from "../test-support";
import {
  type AskedProduct,
  admissionTargets,
  checkDemandForProduct,
  type DemandForProduct,
} from "./demand-for-product";

// 十堰's 工银专精特新贷 of the demo: 500,000–10,000,000 yuan, 6–36 months, unsecured or an IP pledge.
const SRDI_LOAN: AskedProduct = {
  category: "CREDIT",
  amountMinFen: 50_000_000n,
  amountMaxFen: 1_000_000_000n,
  termMinMonths: 6,
  termMaxMonths: 36,
  collateral: ["NONE", "INTELLECTUAL_PROPERTY"],
  regionCode: "420300",
  districts: [],
};
const LEASE: AskedProduct = { ...SRDI_LOAN, category: "LEASING", collateral: ["EQUIPMENT"] };

const demand = (overrides: Partial<DemandForProduct> = {}): DemandForProduct => ({
  kind: "LOAN",
  amountFen: 300_000_000n,
  termMonths: 12,
  collateral: ["REAL_ESTATE"],
  districtCode: "420303",
  ...overrides,
});

const refusals = (d: DemandForProduct, product: AskedProduct) =>
  issuesOf(() => checkDemandForProduct(d, product)).map((issue) => `${issue.path.join(".")}:${issue.rule}`);

describe("checkDemandForProduct — a demand asked for a product keeps within its terms", () => {
  it.each<[string, DemandForProduct, AskedProduct]>([
    ["a loan in range (纯信用 takes any security)", demand(), SRDI_LOAN],
    ["the lowest amount and shortest term", demand({ amountFen: 50_000_000n, termMonths: 6 }), SRDI_LOAN],
    ["the highest amount and longest term", demand({ amountFen: 1_000_000_000n, termMonths: 36 }), SRDI_LOAN],
    [
      "a lease offering the equipment",
      demand({ kind: "LEASE", collateral: ["EQUIPMENT", "GUARANTEE"] }),
      LEASE,
    ],
    ["a district the product names", demand(), { ...SRDI_LOAN, districts: ["420303"] }],
  ])("accepts %s", (_, d, product) => {
    expect(() => checkDemandForProduct(d, product)).not.toThrow();
  });

  it.each<[string, DemandForProduct, AskedProduct, string[]]>([
    ["a fen below the range", demand({ amountFen: 49_999_999n }), SRDI_LOAN, ["amount:product-range"]],
    ["a fen above the range", demand({ amountFen: 1_000_000_001n }), SRDI_LOAN, ["amount:product-range"]],
    ["a term too short", demand({ termMonths: 5 }), SRDI_LOAN, ["termMonths:product-range"]],
    ["a term too long", demand({ termMonths: 37 }), SRDI_LOAN, ["termMonths:product-range"]],
    ["another kind", demand({ kind: "EQUITY" }), SRDI_LOAN, ["kind:product-kind"]],
    ["no security the lessor takes", demand({ kind: "LEASE" }), LEASE, ["collateral:product-collateral"]],
    [
      "a district the product leaves out",
      demand(),
      { ...SRDI_LOAN, districts: ["420302"] },
      ["productId:product-region"],
    ],
    ["another city", demand({ districtCode: "500106" }), SRDI_LOAN, ["productId:product-region"]],
    [
      "everything at once",
      demand({ kind: "BOND", amountFen: 1n, termMonths: 60 }),
      LEASE,
      [
        "kind:product-kind",
        "amount:product-range",
        "termMonths:product-range",
        "collateral:product-collateral",
      ],
    ],
  ])("refuses %s", (_, d, product, expected) => {
    expect(refusals(d, product)).toEqual(expected);
  });

  it("names the product's range in the message", () => {
    const [issue] = issuesOf(() => checkDemandForProduct(demand({ amountFen: 1n }), SRDI_LOAN));
    expect(issue?.message.zh).toBe("金额须在产品额度 500,000.00–10,000,000.00 元之内");
  });
});

describe("admissionTargets — a demand asked for a product goes to its institution", () => {
  it.each<[string, string[], string | null, string | undefined, { named: string[]; openToAll: boolean }]>([
    [
      "no product, none named: every institution that fits",
      [],
      null,
      undefined,
      { named: [], openToAll: true },
    ],
    ["no product, two named", ["a", "b", "a"], null, undefined, { named: ["a", "b"], openToAll: false }],
    [
      "a product, none named: its institution by default",
      [],
      "p",
      undefined,
      { named: ["p"], openToAll: false },
    ],
    [
      "a product, its institution and another",
      ["p", "b"],
      "p",
      undefined,
      { named: ["p", "b"], openToAll: false },
    ],
    ["a product, left out with a reason", ["b"], "p", "该行额度已满", { named: ["b"], openToAll: false }],
  ])("%s", (_, named, product, reason, expected) => {
    expect(admissionTargets(named, product, reason)).toEqual(expected);
  });

  it.each([undefined, "", "  "])(
    "refuses leaving out the product's institution without a reason (%o)",
    (reason) => {
      const issues = issuesOf(() => admissionTargets(["b"], "p", reason));
      expect(issues).toMatchObject([{ path: ["productInstitutionOmittedReason"], rule: "required" }]);
    },
  );
});
