import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatYuan, parseYuan } from "./money";
import {
  RISK_SHARING_PRESETS,
  type RiskParty,
  type RiskSharingScheme,
  riskSharingPreset,
  shareLoss,
  validateRiskSharingScheme,
} from "./risk-sharing";
import { issueOf, issuesOf } from "./test-support";

const loss = parseYuan("1000000.00");

function inYuan(byParty: Record<RiskParty, bigint>): Record<RiskParty, string> {
  return {
    reguarantor: formatYuan(byParty.reguarantor),
    guarantor: formatYuan(byParty.guarantor),
    bank: formatYuan(byParty.bank),
    government: formatYuan(byParty.government),
    national_fund: formatYuan(byParty.national_fund),
  };
}

describe("shareLoss — seed numbers (SPEC §3.2)", () => {
  it("4321, D = 1,000,000.00 → 400,000 / 300,000 / 200,000 / 100,000; fund 250,000; guarantor net 150,000", () => {
    const result = shareLoss(riskSharingPreset("4321"), loss, new Decimal("0.5"));
    expect(inYuan(result.byParty)).toEqual({
      reguarantor: "400000.00",
      guarantor: "300000.00",
      bank: "200000.00",
      government: "100000.00",
      national_fund: "0.00",
    });
    expect(formatYuan(result.fundPaysFen)).toBe("250000.00");
    expect(formatYuan(result.guarantorNetFen)).toBe("150000.00");
  });

  it("4222 → 400,000 / 200,000 / 200,000 / 200,000; fund 300,000; guarantor net 100,000 (default 50%)", () => {
    const result = shareLoss(riskSharingPreset("4222"), loss);
    expect(inYuan(result.byParty)).toMatchObject({
      reguarantor: "400000.00",
      guarantor: "200000.00",
      bank: "200000.00",
      government: "200000.00",
    });
    expect(result.fundPaysFen).toBe(parseYuan("300000.00"));
    expect(result.guarantorNetFen).toBe(parseYuan("100000.00"));
  });

  it("CQ-4222 → guarantor 40%, re-guarantor 20%, national fund 20%, bank 20%", () => {
    const result = shareLoss(riskSharingPreset("CQ-4222"), loss, new Decimal(0));
    expect(inYuan(result.byParty)).toEqual({
      reguarantor: "200000.00",
      guarantor: "400000.00",
      bank: "200000.00",
      government: "0.00",
      national_fund: "200000.00",
    });
    expect(result.fundPaysFen).toBe(0n);
    expect(result.guarantorNetFen).toBe(parseYuan("400000.00"));
  });

  it("odd fen go by largest remainder, ties to the earlier party", () => {
    // 3 fen under 4321: quotas 1.2 / 0.9 / 0.6 / 0.3 → 1 / 1 / 1 / 0; the guarantor's 1 fen splits 0.5/0.5 → fund.
    const result = shareLoss(riskSharingPreset("4321"), 3n);
    expect(result.byParty).toMatchObject({ reguarantor: 1n, guarantor: 1n, bank: 1n, government: 0n });
    expect(result.fundPaysFen).toBe(1n);
    expect(result.guarantorNetFen).toBe(0n);
    // 1 fen under 4222: the re-guarantor's 0.4 is the largest remainder.
    expect(shareLoss(riskSharingPreset("4222"), 1n).byParty.reguarantor).toBe(1n);
  });

  it("the fund may compensate all or none of the guarantor's share", () => {
    expect(shareLoss(riskSharingPreset("4321"), loss, new Decimal(1))).toMatchObject({
      fundPaysFen: parseYuan("400000.00"),
      guarantorNetFen: 0n,
    });
    expect(shareLoss(riskSharingPreset("4321"), loss, new Decimal(0))).toMatchObject({
      fundPaysFen: parseYuan("100000.00"),
      guarantorNetFen: parseYuan("300000.00"),
    });
  });

  it.each([
    { lossFen: 0n, share: "0.5", path: ["loss"], rule: "positive" },
    { lossFen: -1n, share: "0.5", path: ["loss"], rule: "positive" },
    { lossFen: 1n, share: "1.5", path: ["fundShareOfGuarantor"], rule: "rate-range" },
    { lossFen: 1n, share: "-0.1", path: ["fundShareOfGuarantor"], rule: "rate-range" },
  ])("rejects loss $lossFen / fund share $share with $rule", ({ lossFen, share, path, rule }) => {
    expect(issueOf(() => shareLoss(riskSharingPreset("4321"), lossFen, new Decimal(share)))).toMatchObject({
      path,
      rule,
    });
  });

  it("adds up for any loss and fund share", () => {
    const presets = fc.constantFrom(...Object.values(RISK_SHARING_PRESETS));
    const fundShare = fc.integer({ min: 0, max: 1000 }).map((n) => new Decimal(n).div(1000));
    fc.assert(
      fc.property(presets, fc.bigInt({ min: 1n, max: 10n ** 14n }), fundShare, (scheme, lossFen, share) => {
        const { byParty, fundPaysFen, guarantorNetFen } = shareLoss(scheme, lossFen, share);
        const parties = Object.values(byParty);
        expect(parties.reduce((sum, fen) => sum + fen, 0n)).toBe(lossFen);
        expect(fundPaysFen + guarantorNetFen).toBe(byParty.guarantor + byParty.government);
        expect(guarantorNetFen >= 0n && fundPaysFen >= byParty.government).toBe(true);
      }),
    );
  });
});

describe("risk-sharing schemes", () => {
  const custom = (shares: [string, string][]): RiskSharingScheme => ({
    code: "X",
    parties: shares.map(([party, share]) => ({ party: party as RiskParty, share: new Decimal(share) })),
  });

  it("presets are plain data and valid", () => {
    expect(riskSharingPreset("4321").parties.map(({ party, share }) => [party, share.toString()])).toEqual([
      ["reguarantor", "0.4"],
      ["guarantor", "0.3"],
      ["bank", "0.2"],
      ["government", "0.1"],
    ]);
    for (const scheme of Object.values(RISK_SHARING_PRESETS)) {
      expect(validateRiskSharingScheme(scheme)).toBe(scheme);
    }
  });

  it("a configured scheme may have any shares that add up to exactly 1", () => {
    const scheme = custom([
      ["guarantor", "0.333"],
      ["bank", "0.333"],
      ["government", "0.334"],
    ]);
    expect(shareLoss(scheme, 100n).byParty).toMatchObject({ guarantor: 33n, bank: 33n, government: 34n });
  });

  it.each(["4321x", "", "toString", "__proto__"])("rejects unknown preset %j", (code) => {
    expect(issueOf(() => riskSharingPreset(code))).toMatchObject({
      path: ["scheme"],
      rule: "unknown-scheme",
    });
  });

  it.each([
    {
      shares: [
        ["guarantor", "0.5"],
        ["bank", "0.49"],
      ],
      path: ["parties"],
      rule: "shares-sum-to-1",
    },
    {
      shares: [
        ["guarantor", "0.5"],
        ["bank", "0.5000000000000000000001"],
      ],
      path: ["parties"],
      rule: "shares-sum-to-1",
    },
    {
      shares: [
        ["guarantor", "0.5"],
        ["guarantor", "0.5"],
      ],
      path: ["parties", 1, "party"],
      rule: "unique-party",
    },
    {
      shares: [
        ["insurer", "0.5"],
        ["bank", "0.5"],
      ],
      path: ["parties", 0, "party"],
      rule: "enum",
    },
    {
      shares: [
        ["guarantor", "1.5"],
        ["bank", "-0.5"],
      ],
      path: ["parties", 0, "share"],
      rule: "rate-range",
    },
    { shares: [], path: ["parties"], rule: "min-items" },
  ] as { shares: [string, string][]; path: (string | number)[]; rule: string }[])(
    "rejects a scheme with $rule at $path",
    ({ shares, path, rule }) => {
      expect(issuesOf(() => validateRiskSharingScheme(custom(shares)))[0]).toMatchObject({ path, rule });
    },
  );

  it("shareLoss validates the scheme it is given, under the path 'scheme'", () => {
    const scheme = custom([["bank", "0.9"]]);
    expect(issueOf(() => shareLoss(scheme, 100n))).toMatchObject({
      path: ["scheme", "parties"],
      rule: "shares-sum-to-1",
    });
  });
});
