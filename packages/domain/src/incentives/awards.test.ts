import { describe, expect, it } from "vitest";
import { issuesOf } from "../test-support";
import { computeIncentiveAward, type IncentiveClaim } from "./awards";
import {
  INCENTIVE_PRESETS,
  type IncentivePolicy,
  type IncentivePreset,
  policyFromPreset,
  validateIncentivePolicy,
} from "./policies";

const WAN = 1_000_000n; // fen in 1万元
const DAY = "2026-12-05";
const YUZHONG = "500103"; // 重庆 渝中区

const policy = (preset: IncentivePreset, change: (p: IncentivePolicy) => void = () => {}) => {
  const copy = policyFromPreset(preset, "500000", "2026-01-01");
  change(copy);
  return validateIncentivePolicy(copy);
};

const claim = (over: Partial<IncentiveClaim> = {}): IncentiveClaim => ({
  date: DAY,
  enterprise: {
    districtCode: YUZHONG,
    tags: [{ tag: "GAZELLE", validFrom: "2025-03-01", validTo: "2028-02-28" }],
    cluster: null,
  },
  evidence: ["business-licence", "fund-financing-agreement", "stage-proof", "refinancing-announcement"],
  received: [],
  policyCommittedFen: 0n,
  ...over,
});

const failed = (award: ReturnType<typeof computeIncentiveAward>) =>
  award.rules.filter((rule) => !rule.met).map((rule) => rule.rule);

describe("fixed one-time rewards (seed 004 §四(三): 瞪羚 ≤ 100万元, 独角兽 ≤ 500万元)", () => {
  it("pays a gazelle holding its recognition the full 100万元", () => {
    const award = computeIncentiveAward(policy("GAZELLE_FINANCING"), claim());
    expect(award.eligible).toBe(true);
    expect(award.amountFen).toBe(100n * WAN);
    expect(award.working.amount).toBe("1000000.00");
    expect(award.rules.find((r) => r.rule === "tags")?.reason).toEqual({
      zh: "持有有效认定:瞪羚企业",
      en: "Holds Gazelle",
    });
  });

  it.each([
    [
      "an expired recognition",
      { tags: [{ tag: "GAZELLE", validFrom: "2022-01-01", validTo: "2025-12-31" }] },
      "tags",
    ],
    [
      "a unicorn tag on the gazelle policy",
      { tags: [{ tag: "UNICORN", validFrom: "2025-01-01", validTo: null }] },
      "tags",
    ],
    ["an enterprise of 湖北", { districtCode: "420302" }, "region"],
  ])("refuses %s, naming the rule", (_, enterprise, rule) => {
    const award = computeIncentiveAward(
      policy("GAZELLE_FINANCING"),
      claim({ enterprise: { ...claim().enterprise, ...enterprise } }),
    );
    expect(failed(award)).toEqual([rule]);
    expect(award.amountFen).toBe(0n);
  });

  it("never pays a one-time reward twice", () => {
    const award = computeIncentiveAward(
      policy("UNICORN_FINANCING"),
      claim({
        enterprise: {
          ...claim().enterprise,
          tags: [{ tag: "UNICORN", validFrom: "2024-01-01", validTo: null }],
        },
        received: [{ year: 2025, stage: null, amountFen: 500n * WAN }],
      }),
    );
    expect(failed(award)).toEqual(["not-received"]);
    expect(award.rules.find((r) => r.rule === "not-received")?.reason.zh).toContain("一次性");
  });

  it("names the missing evidence and the window", () => {
    const late = policy("GAZELLE_FINANCING", (p) => {
      p.eligibility.window = { from: "2026-01-01", to: "2026-06-30" };
    });
    const award = computeIncentiveAward(late, claim({ evidence: ["business-licence"] }));
    expect(failed(award)).toEqual(["window", "evidence"]);
    expect(award.rules.find((r) => r.rule === "evidence")?.reason.zh).toBe("缺少证明材料:基金融资协议");
    expect(award.rules.find((r) => r.rule === "window")?.reason.zh).toContain("2026-06-30");
  });
});

describe("share-of-base rewards (§四(五): 再融资净额, 最高不超100万元)", () => {
  it.each([
    // base, received this year, received last year, amount, the cap that decided
    ["5,000万 × 1% = 50万, under every cap", 5_000n * WAN, 0n, 0n, 50n * WAN, null],
    ["2亿 × 1% = 200万, the formula's 100万 cap decides", 20_000n * WAN, 0n, 0n, 100n * WAN, "formula-cap"],
    [
      "80万 with 60万 already this year: the year's 100万 leaves 40万",
      8_000n * WAN,
      60n * WAN,
      0n,
      40n * WAN,
      "per-year",
    ],
    ["last year's rewards do not count against this year", 8_000n * WAN, 0n, 100n * WAN, 80n * WAN, null],
  ])("%s", (_, baseFen, thisYear, lastYear, amountFen, decidingCap) => {
    const award = computeIncentiveAward(
      policy("REFINANCING"),
      claim({
        baseFen,
        received: [
          { year: 2026, stage: null, amountFen: thisYear },
          { year: 2025, stage: null, amountFen: lastYear },
        ],
      }),
    );
    expect(award.amountFen).toBe(amountFen);
    expect(award.working.uncapped).toBe(`${(baseFen / 100n / 100n).toString()}.00`);
    expect(award.working.caps.filter((c) => c.applied).map((c) => c.cap)).toEqual(
      decidingCap ? [decidingCap] : [],
    );
  });

  it("rounds the share once, half up to the fen", () => {
    // 123,456.78 × 1% = 1,234.5678 → 1,234.57
    const award = computeIncentiveAward(policy("REFINANCING"), claim({ baseFen: 12_345_678n }));
    expect(award.working.amount).toBe("1234.57");
    expect(award.working.rounding).toBe("half-up-once-to-fen");
  });

  it("takes what is left of the policy's budget", () => {
    const capped = policy("REFINANCING", (p) => {
      p.caps.budgetFen = 1_000n * WAN;
    });
    const award = computeIncentiveAward(
      capped,
      claim({ baseFen: 8_000n * WAN, policyCommittedFen: 970n * WAN }),
    );
    expect(award.amountFen).toBe(30n * WAN);
    expect(award.working.caps.at(-1)).toEqual({
      cap: "budget",
      limit: "10000000.00",
      used: "9700000.00",
      remaining: "300000.00",
      applied: true,
    });
  });

  it("asks for the base, naming it", () => {
    const [issue] = issuesOf(() => computeIncentiveAward(policy("REFINANCING"), claim()));
    expect(issue).toMatchObject({ path: ["base"], rule: "positive" });
    expect(issue?.message.zh).toContain("再融资净额");
  });
});

describe("staged listing rewards (§四(四): four stages together ≤ 800万元)", () => {
  it("pays two stages applied for at once", () => {
    const award = computeIncentiveAward(
      policy("LISTING_STAGES"),
      claim({ stages: ["IPO_AGREEMENT", "TUTORING_FILED"] }),
    );
    expect(award.amountFen).toBe(300n * WAN);
    expect(award.working.stages?.map((s) => s.amount)).toEqual(["1000000.00", "2000000.00"]);
  });

  it("never exceeds the total across stages, whatever the stage amounts", () => {
    const generous = policy("LISTING_STAGES", (p) => {
      if (p.formula.kind === "STAGED") for (const stage of p.formula.stages) stage.amountFen = 300n * WAN;
    });
    const award = computeIncentiveAward(
      generous,
      claim({
        stages: ["TUTORING_FILED", "IPO_ACCEPTED", "LISTED"],
        received: [{ year: 2025, stage: "IPO_AGREEMENT", amountFen: 300n * WAN }],
      }),
    );
    // 900万 asked, 300万 received of the 800万: 500万 left
    expect(award.working.uncapped).toBe("9000000.00");
    expect(award.amountFen).toBe(500n * WAN);
    expect(award.working.caps.find((c) => c.applied)?.cap).toBe("stage-total");
  });

  it("refuses a stage already rewarded, and a stage the policy does not reward", () => {
    const again = computeIncentiveAward(
      policy("LISTING_STAGES"),
      claim({
        stages: ["IPO_AGREEMENT"],
        received: [{ year: 2025, stage: "IPO_AGREEMENT", amountFen: 100n * WAN }],
      }),
    );
    expect(failed(again)).toEqual(["stages-new"]);
    expect(again.rules.find((r) => r.rule === "stages-new")?.reason.zh).toContain("与中介机构签署IPO协议");
    const fewer = policy("LISTING_STAGES", (p) => {
      if (p.formula.kind === "STAGED") p.formula.stages = p.formula.stages.slice(0, 2);
    });
    expect(failed(computeIncentiveAward(fewer, claim({ stages: ["LISTED"] })))).toEqual(["stages-new"]);
    expect(failed(computeIncentiveAward(fewer, claim({ stages: [] })))).toEqual(["stages-new"]);
  });
});

describe("policies as configuration", () => {
  it("copies a preset so editing the copy leaves the preset alone", () => {
    const copy = policyFromPreset("GAZELLE_FINANCING", "500103", "2027-01-01");
    if (copy.formula.kind === "FIXED") copy.formula.amountFen = 80n * WAN;
    copy.eligibility.anyOfTags.push("UNICORN");
    expect(INCENTIVE_PRESETS.GAZELLE_FINANCING.formula.amountFen).toBe(100n * WAN);
    expect(INCENTIVE_PRESETS.GAZELLE_FINANCING.eligibility.anyOfTags).toEqual(["GAZELLE"]);
    expect(copy.regionCode).toBe("500103");
  });

  it("holds the seed's caps", () => {
    const caps = Object.fromEntries(
      Object.entries(INCENTIVE_PRESETS).map(([code, preset]) => [
        code,
        preset.formula.kind === "FIXED"
          ? preset.formula.amountFen / WAN
          : preset.formula.kind === "STAGED"
            ? preset.formula.totalCapFen / WAN
            : preset.formula.capFen / WAN,
      ]),
    );
    expect(caps).toMatchObject({
      EQUITY_INVESTMENT: 1_000n,
      GAZELLE_FINANCING: 100n,
      UNICORN_FINANCING: 500n,
      LISTING_STAGES: 800n,
      REFINANCING: 100n,
      MERGER_ACQUISITION: 100n,
      REGIONAL_FIRST_EQUITY: 50n,
    });
  });

  it("reports every problem of a policy at once, naming each field and rule", () => {
    const broken = policyFromPreset("LISTING_STAGES", "500000", "2026-01-01");
    if (broken.formula.kind === "STAGED") {
      broken.formula.stages.push({ stage: "LISTED", amountFen: 0n });
    }
    broken.caps.perEnterpriseFen = -1n;
    broken.eligibility.anyOfTags = ["NOT_A_TAG" as never];
    broken.eligibility.window = { from: "2026-06-01", to: "2026-01-01" };
    const issues = issuesOf(() => validateIncentivePolicy(broken)).map(
      (i) => `${i.path.join(".")} ${i.rule}`,
    );
    expect(issues).toEqual([
      "formula.stages.4.stage unique",
      "formula.stages.4.amount positive",
      "caps.perEnterpriseFen positive",
      "eligibility.anyOfTags.0 enum",
      "eligibility.window.to not-before-from",
    ]);
  });

  it.each([
    ["0", "rate-range"],
    ["1.5", "rate-range"],
    ["0.0000001", "rate-range"],
  ])("refuses the rate %s", (rate, rule) => {
    const copy = policyFromPreset("REFINANCING", "500000", "2026-01-01");
    if (copy.formula.kind === "SHARE_OF_BASE") copy.formula.rate = rate;
    expect(issuesOf(() => validateIncentivePolicy(copy)).map((i) => i.rule)).toEqual([rule]);
  });

  it("lets a fund apply only for a share of its investment", () => {
    const copy = policyFromPreset("EQUITY_INVESTMENT", "500000", "2026-01-01");
    copy.formula = { kind: "FIXED", amountFen: 10n * WAN };
    expect(issuesOf(() => validateIncentivePolicy(copy)).map((i) => i.rule)).toEqual([
      "fund-applies-for-investment",
    ]);
  });
});
