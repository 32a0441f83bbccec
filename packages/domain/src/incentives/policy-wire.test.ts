import { describe, expect, it } from "vitest";
import { issueOf } from "../test-support";
import { INCENTIVE_PRESETS, type IncentivePreset, policyFromPreset } from "./policies";
import { incentiveLineSubject, incentivePolicyFromWire, incentivePolicyToWire } from "./policy-wire";

const presets = Object.keys(INCENTIVE_PRESETS) as IncentivePreset[];

describe("incentive policies on the wire and in the database", () => {
  it("writes the staged listing reward's amounts as yuan strings", () => {
    const wire = incentivePolicyToWire(policyFromPreset("LISTING_STAGES", "500000", "2026-01-01"));
    expect(wire.formula).toEqual({
      kind: "STAGED",
      stages: [
        { stage: "IPO_AGREEMENT", amount: "1000000.00" },
        { stage: "TUTORING_FILED", amount: "2000000.00" },
        { stage: "IPO_ACCEPTED", amount: "2000000.00" },
        { stage: "LISTED", amount: "3000000.00" },
      ],
      totalCap: "8000000.00",
    });
    expect(wire.caps).toEqual({ perEnterprise: "8000000.00", perEnterprisePerYear: null, budget: null });
  });

  it.each(presets)("reads %s back unchanged through JSON", (preset) => {
    const policy = policyFromPreset(preset, "500103", "2026-03-01");
    const back = incentivePolicyFromWire(JSON.parse(JSON.stringify(incentivePolicyToWire(policy))));
    expect(back).toEqual(policy);
  });

  it.each([
    [
      "a fixed amount with three places",
      { kind: "FIXED", amount: "1.005" },
      "formula.amount",
      "max-2-decimals",
    ],
    [
      "a cap in exponent notation",
      { kind: "SHARE_OF_BASE", base: "NET_REFINANCING", rate: "0.01", cap: "1e6" },
      "formula.cap",
      "decimal-format",
    ],
  ] as const)("refuses %s naming the field", (_, formula, field, rule) => {
    const wire = incentivePolicyToWire(policyFromPreset("REFINANCING", "500000", "2026-01-01"));
    const issue = issueOf(() => incentivePolicyFromWire({ ...wire, formula }));
    expect([issue.path.join("."), issue.rule]).toEqual([field, rule]);
  });
});

describe("incentiveLineSubject — what the database refuses to pay twice", () => {
  const ids: Parameters<typeof incentiveLineSubject>[1] = {
    policyId: "p1",
    enterpriseId: "e1",
    applicationId: "a1",
    stage: null,
  };
  it.each<[IncentivePreset, Partial<typeof ids>, string]>([
    ["GAZELLE_FINANCING", {}, "INCENTIVE:p1:e1"],
    ["GAZELLE_FINANCING", { applicationId: "a2" }, "INCENTIVE:p1:e1"],
    ["LISTING_STAGES", { stage: "LISTED" }, "INCENTIVE:p1:e1:LISTED"],
    ["REFINANCING", {}, "INCENTIVE:p1:application:a1"],
    ["REFINANCING", { applicationId: "a2" }, "INCENTIVE:p1:application:a2"],
  ])("%s %o → %s", (preset, over, subject) => {
    const policy = policyFromPreset(preset, "500000", "2026-01-01");
    expect(incentiveLineSubject(policy, { ...ids, ...over })).toBe(subject);
  });
});
