import { describe, expect, it } from "vitest";
import { DomainValidationError } from "../errors";
import {
  type MatchDemand,
  type MatchEnterprise,
  type MatchProduct,
  productFitForEnterprise,
  productReachesEnterprise,
  rankDemandsForInstitution,
  rankProductsForDemand,
  servedRegions,
} from "./matching";
import { DEFAULT_MATCHING_WEIGHTS, validateMatchingWeights } from "./matching-weights";

const DAY = "2026-12-05";
const WAN = 1_000_000n; // fen in 万元

const enterprise: MatchEnterprise = {
  districtCode: "500106",
  tags: [
    { tag: "SRDI_CITY", validFrom: "2025-01-01", validTo: "2027-12-31" },
    { tag: "GAZELLE", validFrom: "2023-01-01", validTo: "2025-12-31" },
  ],
  cluster: "NEV",
  sizeClass: "MEDIUM",
  industryCode: "C3670",
};

const demand: MatchDemand = {
  id: "d-1",
  kind: "LOAN",
  amountFen: 500n * WAN,
  termMonths: 12,
  collateralOffered: ["RECEIVABLES"],
  enterprise,
};

const product = (overrides: Partial<MatchProduct> = {}): MatchProduct => ({
  id: "p-1",
  institutionId: "bank-a",
  type: "COMMERCIAL_VALUE_CREDIT",
  amountMinFen: 100n * WAN,
  amountMaxFen: 1000n * WAN,
  termMinMonths: 6,
  termMaxMonths: 36,
  rateMin: "0.0345",
  rateMax: "0.05",
  collateralAccepted: ["RECEIVABLES", "REAL_ESTATE"],
  regions: ["500000"],
  targetTags: [],
  clusters: [],
  industries: [],
  sizeClasses: [],
  ...overrides,
});

const noRecords = new Map();
const rankOne = (candidate: MatchProduct, forDemand: MatchDemand = demand) =>
  rankProductsForDemand(forDemand, [candidate], noRecords, DEFAULT_MATCHING_WEIGHTS, DAY)[0];

describe("hard filters: a product that cannot answer the demand is ruled out, with the reason", () => {
  it.each([
    ["kind", product({ type: "DIRECT_LEASE" }), "产品解决 LEASE 类需求，需求为 LOAN"],
    [
      "amount",
      product({ amountMaxFen: 300n * WAN }),
      "需求金额 5,000,000.00 元不在产品额度 1,000,000.00–3,000,000.00 元之内",
    ],
    ["amount", product({ amountMinFen: 600n * WAN }), "不在产品额度 6,000,000.00–10,000,000.00 元之内"],
    ["term", product({ termMaxMonths: 6 }), "需求期限 12 个月不在产品期限 6–6 个月之内"],
    [
      "collateral",
      product({ collateralAccepted: ["REAL_ESTATE"] }),
      "产品接受 不动产抵押，企业可提供 应收账款质押",
    ],
    ["region", product({ regions: ["420300"] }), "企业所在地 500106 不在产品服务区域（420300）内"],
    // The 瞪羚 recognition ended in 2025: a 瞪羚贷 no longer fits on the day.
    ["required-tags", product({ type: "GAZELLE_LOAN" }), "仅面向具有 GAZELLE 认定的企业"],
  ] as const)("%s", (filter, candidate, reason) => {
    const ranked = rankOne(candidate);
    expect(ranked?.eligible).toBe(false);
    expect(ranked?.score).toBe("0.0");
    const failed = ranked?.filters.filter((result) => !result.passed);
    expect(failed?.map((result) => result.filter)).toEqual([filter]);
    expect(failed?.[0]?.reason.zh).toContain(reason);
  });

  it.each([
    ["an unsecured product takes any demand", product({ collateralAccepted: ["NONE"] })],
    ["a city's product serves its districts", product({ regions: ["500000"] })],
    ["a product of no particular region serves all", product({ regions: [] })],
    ["a 专精特新贷 fits a 市级专精特新 enterprise", product({ type: "SRDI_LOAN" })],
    ["the amount bounds are inclusive", product({ amountMinFen: 500n * WAN, amountMaxFen: 500n * WAN })],
  ])("%s", (_, candidate) => {
    expect(rankOne(candidate)?.eligible).toBe(true);
  });
});

describe("weighted criteria", () => {
  it("scores each criterion with its working: targeted and met, open to all (half), targeted and missed", () => {
    const ranked = rankProductsForDemand(
      demand,
      [product({ clusters: ["NEV"], sizeClasses: ["SMALL", "MICRO"], industries: ["C36"] })],
      new Map([["bank-a", { decided: 8, funded: 6 }]]),
      DEFAULT_MATCHING_WEIGHTS,
      DAY,
    )[0];
    expect(ranked?.criteria.map((c) => [c.criterion, c.outcome, c.points, c.weight])).toEqual([
      ["tags", "neutral", "12.5", 25],
      ["cluster", "met", "20.0", 20],
      ["sizeClass", "missed", "0.0", 15],
      ["industry", "met", "10.0", 10],
      ["rate", "scored", "20.0", 20],
      // (6 + 1) / (8 + 2) of 10 points.
      ["outcomes", "scored", "7.0", 10],
    ]);
    expect(ranked?.score).toBe("69.5");
    expect(ranked?.criteria[2]?.reason.zh).toBe("产品面向 SMALL、MICRO；企业为 MEDIUM");
  });

  it("counts only recognitions valid on the day", () => {
    const gazelleOnly = rankOne(product({ targetTags: ["GAZELLE"] }));
    expect(gazelleOnly?.criteria[0]).toMatchObject({ outcome: "missed", points: "0.0" });
    const srdi = rankOne(product({ targetTags: ["GAZELLE", "SRDI_CITY"] }));
    expect(srdi?.criteria[0]).toMatchObject({ outcome: "met", points: "25.0" });
  });

  it("gives the lowest rate among the candidates the whole rate weight, the highest none, straight between", () => {
    const ranked = rankProductsForDemand(
      demand,
      [
        product({ id: "p-high", rateMin: "0.05" }),
        product({ id: "p-low", rateMin: "0.03" }),
        product({ id: "p-mid", rateMin: "0.04" }),
        product({ id: "p-ruled-out", rateMin: "0.01", termMaxMonths: 6 }),
      ],
      noRecords,
      DEFAULT_MATCHING_WEIGHTS,
      DAY,
    );
    expect(ranked.map((r) => [r.product.id, r.criteria.find((c) => c.criterion === "rate")?.points])).toEqual(
      [
        ["p-low", "20.0"],
        ["p-mid", "10.0"],
        ["p-high", "0.0"],
        // A ruled-out product neither ranks nor sets the range; its share is capped at the weight.
        ["p-ruled-out", "20.0"],
      ],
    );
    expect(ranked[3]?.eligible).toBe(false);
  });

  it("orders the same whatever order the products come in; ties go to the lower rate, then the id", () => {
    const products = [
      product({ id: "p-b" }),
      product({ id: "p-a" }),
      product({ id: "p-c", clusters: ["NEV"] }),
      product({ id: "p-d", rateMax: "0.06" }),
    ];
    const order = (list: MatchProduct[]) =>
      rankProductsForDemand(demand, list, noRecords, DEFAULT_MATCHING_WEIGHTS, DAY).map((r) => r.product.id);
    expect(order(products)).toEqual(["p-c", "p-a", "p-b", "p-d"]);
    expect(order([...products].reverse())).toEqual(["p-c", "p-a", "p-b", "p-d"]);
  });

  it("weighs as configured", () => {
    const clusterOnly = { tags: 0, cluster: 100, sizeClass: 0, industry: 0, rate: 0, outcomes: 0 };
    const ranked = rankProductsForDemand(
      demand,
      [product({ clusters: ["NEV"] })],
      noRecords,
      clusterOnly,
      DAY,
    );
    expect(ranked[0]?.score).toBe("100.0");
  });

  it.each([
    [{ ...DEFAULT_MATCHING_WEIGHTS, rate: 21 }, "sum-100"],
    [{ ...DEFAULT_MATCHING_WEIGHTS, rate: -5, outcomes: 35 }, "integer-0-100"],
    [{ ...DEFAULT_MATCHING_WEIGHTS, rate: 19.5, outcomes: 10.5 }, "integer-0-100"],
  ])("refuses weights %j (%s)", (weights, rule) => {
    expect(() => validateMatchingWeights(weights)).toThrow(DomainValidationError);
    try {
      validateMatchingWeights(weights);
    } catch (error) {
      expect((error as DomainValidationError).issues[0]?.rule).toBe(rule);
    }
  });
});

describe("an institution's open demands, best first", () => {
  it("scores each demand by the institution's best product and leaves out what none answers", () => {
    const products = [product({ id: "general" }), product({ id: "nev", clusters: ["NEV"] })];
    const other: MatchDemand = {
      ...demand,
      id: "d-2",
      enterprise: { ...enterprise, cluster: "FOOD" },
    };
    const lease: MatchDemand = { ...demand, id: "d-3", kind: "LEASE" };
    const { total, ranked } = rankDemandsForInstitution(
      products,
      [other, lease, demand],
      DEFAULT_MATCHING_WEIGHTS,
      DAY,
    );
    expect(total).toBe(2);
    expect(ranked.map((r) => [r.demand.id, r.product.id, r.score])).toEqual([
      // tags 12.5 + cluster 20 + size 7.5 + industry 5 of 70 applicable points.
      ["d-1", "nev", "64.3"],
      ["d-2", "general", "50.0"],
    ]);
  });
});

describe("an institution's ranking at scale: integers first, reasons for those returned", () => {
  // Every combination of targeting over a few enterprises: the quick ranking must agree with the full
  // working on who is answered, by which product, with what score, in what order.
  const profiles: MatchEnterprise[] = [
    enterprise,
    { ...enterprise, cluster: "FOOD", sizeClass: "SMALL", industryCode: "C1391", tags: [] },
    { ...enterprise, districtCode: "500107", cluster: null, sizeClass: null, industryCode: null },
  ];
  const demands: MatchDemand[] = profiles.flatMap((profile, p) =>
    [100n, 500n, 2000n].map((wan, a) => ({
      ...demand,
      id: `d-${p}-${a}`,
      amountFen: wan * WAN,
      enterprise: profile,
    })),
  );
  const products = [
    product({ id: "open" }),
    product({ id: "nev", clusters: ["NEV"], amountMaxFen: 600n * WAN }),
    product({ id: "srdi", type: "SRDI_LOAN", targetTags: ["SRDI_CITY"], sizeClasses: ["MEDIUM"] }),
    product({ id: "food", clusters: ["FOOD"], industries: ["C13"], sizeClasses: ["SMALL"] }),
    product({ id: "yubei", regions: ["500112"] }),
  ];
  const weightings = [
    DEFAULT_MATCHING_WEIGHTS,
    { tags: 7, cluster: 13, sizeClass: 29, industry: 11, rate: 33, outcomes: 7 },
    { tags: 0, cluster: 0, sizeClass: 0, industry: 0, rate: 50, outcomes: 50 },
  ];

  it.each(weightings)("agrees with the full working under weights %j", (weights) => {
    const { total, ranked } = rankDemandsForInstitution(products, demands, weights, DAY);
    const full = demands.flatMap((subject) => {
      const best = products
        .map((candidate) => ({
          candidate,
          ...productFitForEnterprise(candidate, subject.enterprise, weights, DAY),
          eligible: rankOne(candidate, subject)?.eligible ?? false,
        }))
        .filter((entry) => entry.eligible)
        .reduce<{ candidate: MatchProduct; score: string } | null>(
          (top, entry) => (top && Number(top.score) >= Number(entry.score) ? top : entry),
          null,
        );
      return best ? [[subject.id, best.candidate.id, best.score]] : [];
    });
    expect(total).toBe(full.length);
    expect(ranked.map((r) => [r.demand.id, r.product.id, r.score]).sort()).toEqual(full.sort());
    const scores = ranked.map((r) => Number(r.score));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("returns the best `limit` with their reasons and counts every demand answered", () => {
    const all = rankDemandsForInstitution(products, demands, DEFAULT_MATCHING_WEIGHTS, DAY);
    const top = rankDemandsForInstitution(products, demands, DEFAULT_MATCHING_WEIGHTS, DAY, 2);
    expect(top.total).toBe(all.total);
    expect(top.ranked).toEqual(all.ranked.slice(0, 2));
    expect(top.ranked[0]?.criteria).toHaveLength(4);
    expect(top.ranked[0]?.filters.every((f) => f.passed)).toBe(true);
  });
});

describe("whom a product fits", () => {
  it("fits by region and recognitions, scored on the enterprise's profile alone", () => {
    const fit = productFitForEnterprise(
      product({ type: "SRDI_LOAN", clusters: ["NEV"] }),
      enterprise,
      DEFAULT_MATCHING_WEIGHTS,
      DAY,
    );
    expect(fit.eligible).toBe(true);
    expect(fit.filters.map((f) => f.filter)).toEqual(["region", "required-tags"]);
    expect(fit.score).toBe("64.3");
    const elsewhere = productFitForEnterprise(
      product({ regions: ["420300"] }),
      enterprise,
      DEFAULT_MATCHING_WEIGHTS,
      DAY,
    );
    expect(elsewhere.eligible).toBe(false);
  });
});

describe("whom a catalogue pushes a product to: eligible, and in every group it targets", () => {
  const registered: MatchEnterprise = {
    districtCode: "500112",
    industryCode: "C3670",
    sizeClass: "SMALL",
    cluster: "NEV",
    tags: [
      { tag: "SRDI_CITY", validFrom: "2024-01-01", validTo: "2026-12-31" },
      { tag: "GAZELLE", validFrom: "2027-01-01", validTo: null },
    ],
  };
  const open = product({ regions: servedRegions("500000", []) });
  const missed = (change: Partial<MatchProduct>, on = DAY) => {
    const fit = productFitForEnterprise({ ...open, ...change }, registered, DEFAULT_MATCHING_WEIGHTS, on);
    return [
      ...fit.filters.filter((f) => !f.passed).map((f) => f.filter),
      ...fit.criteria.filter((c) => c.outcome === "missed").map((c) => c.criterion),
    ];
  };

  it("reaches every enterprise of its region when it targets no one, with a reason per filter and criterion", () => {
    const fit = productFitForEnterprise(open, registered, DEFAULT_MATCHING_WEIGHTS, DAY);
    expect(productReachesEnterprise(fit)).toBe(true);
    expect([...fit.filters.map((f) => f.filter), ...fit.criteria.map((c) => c.criterion)]).toEqual([
      "region",
      "required-tags",
      "tags",
      "cluster",
      "sizeClass",
      "industry",
    ]);
    expect(fit.criteria.every((c) => c.outcome === "neutral")).toBe(true);
  });

  it.each([
    ["another region", { regions: servedRegions("420300", []) }, DAY, ["region"]],
    ["one of its districts", { regions: servedRegions("500000", ["500112", "500113"]) }, DAY, []],
    ["not one of its districts", { regions: servedRegions("500000", ["500113"]) }, DAY, ["region"]],
    ["a tag held that day", { targetTags: ["SRDI_CITY", "UNICORN"] }, DAY, []],
    ["a tag expired that day", { targetTags: ["SRDI_CITY"] }, "2027-01-01", ["tags"]],
    ["a tag not yet valid", { targetTags: ["GAZELLE"] }, DAY, ["tags"]],
    ["a tag valid from that day", { targetTags: ["GAZELLE"] }, "2027-01-01", []],
    ["its cluster", { clusters: ["NEV", "ELECTRONICS"] }, DAY, []],
    ["another cluster", { clusters: ["ELECTRONICS"] }, DAY, ["cluster"]],
    ["its size class", { sizeClasses: ["SMALL", "MICRO"] }, DAY, []],
    ["another size class", { sizeClasses: ["LARGE"] }, DAY, ["sizeClass"]],
    ["an industry class covering its subclass", { industries: ["C36"] }, DAY, []],
    ["another industry", { industries: ["C39"] }, DAY, ["industry"]],
    ["a type for recognised enterprises only", { type: "UNICORN_LOAN" }, DAY, ["required-tags"]],
    [
      "several misses at once",
      { regions: servedRegions("500000", ["500113"]), clusters: ["FOOD"], sizeClasses: ["LARGE"] },
      DAY,
      ["region", "cluster", "sizeClass"],
    ],
  ] as const)("%s", (_case, change, on, misses) => {
    expect(missed(change, on)).toEqual(misses);
    const fit = productFitForEnterprise({ ...open, ...change }, registered, DEFAULT_MATCHING_WEIGHTS, on);
    expect(productReachesEnterprise(fit)).toBe(misses.length === 0);
  });

  it("does not reach an enterprise without a cluster when the product targets clusters", () => {
    const fit = productFitForEnterprise(
      { ...open, clusters: ["NEV"] },
      { ...registered, cluster: null },
      DEFAULT_MATCHING_WEIGHTS,
      DAY,
    );
    expect(fit.eligible).toBe(true);
    expect(productReachesEnterprise(fit)).toBe(false);
  });
});

describe("a negotiated rate (面议)", () => {
  it("scores half the rate weight, sets no bound for the others and ranks after an equal stated rate", () => {
    const ranked = rankProductsForDemand(
      demand,
      [
        product({ id: "p-negotiated", rateMin: null, rateMax: null }),
        product({ id: "p-low", rateMin: "0.03" }),
        product({ id: "p-high", rateMin: "0.05" }),
      ],
      noRecords,
      DEFAULT_MATCHING_WEIGHTS,
      DAY,
    );
    const rate = (id: string) =>
      ranked.find((r) => r.product.id === id)?.criteria.find((c) => c.criterion === "rate");
    expect(rate("p-negotiated")).toMatchObject({ points: "10.0", reason: { zh: "利率面议" } });
    expect(rate("p-low")?.points).toBe("20.0");
    expect(rate("p-high")?.points).toBe("0.0");
    expect(ranked.map((r) => r.product.id)).toEqual(["p-low", "p-negotiated", "p-high"]);
  });
});
