import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatYuan, parseYuan } from "./money";
import { distributeRecovery } from "./recovery";
import { RISK_SHARING_PRESETS, riskSharingPreset, shareLoss } from "./risk-sharing";
import { issueOf } from "./test-support";

const loss = parseYuan("1000000.00");
const half = new Decimal("0.5");

describe("distributeRecovery — seed numbers (SPEC §3.3)", () => {
  it("4321, loss 1,000,000, recovered 100,000 → re-guarantor 50,000, guarantor 18,750, fund 31,250", () => {
    const result = distributeRecovery(riskSharingPreset("4321"), loss, parseYuan("100000.00"), half);
    expect(formatYuan(result.reguarantor)).toBe("50000.00");
    expect(formatYuan(result.guarantor)).toBe("18750.00");
    expect(formatYuan(result.fund)).toBe("31250.00");
    expect(result.national_fund).toBe(0n);
  });

  it("4222: burdens 400,000 / 100,000 / 300,000 → 50,000 / 12,500 / 37,500", () => {
    const result = distributeRecovery(riskSharingPreset("4222"), loss, parseYuan("100000.00"));
    expect(result).toEqual({ reguarantor: 5000000n, guarantor: 1250000n, fund: 3750000n, national_fund: 0n });
  });

  it("CQ-4222 shares recoveries with the national guarantee fund", () => {
    const result = distributeRecovery(
      riskSharingPreset("CQ-4222"),
      loss,
      parseYuan("80000.00"),
      new Decimal(0),
    );
    expect(result).toEqual({ reguarantor: 2000000n, guarantor: 4000000n, fund: 0n, national_fund: 2000000n });
  });

  it("recovering the whole non-bank loss gives each bearer back exactly what it bore", () => {
    const result = distributeRecovery(riskSharingPreset("4321"), loss, parseYuan("800000.00"));
    expect(result).toEqual({
      reguarantor: 40000000n,
      guarantor: 15000000n,
      fund: 25000000n,
      national_fund: 0n,
    });
  });

  it("odd fen go by largest remainder, ties to the re-guarantor first", () => {
    // Burdens 40 : 15 : 25 of 1 fen → quotas 0.5 / 0.1875 / 0.3125.
    expect(distributeRecovery(riskSharingPreset("4321"), loss, 1n)).toMatchObject({ reguarantor: 1n });
  });

  it("recovered must not exceed the non-bank loss; the message names it", () => {
    const issue = issueOf(() => distributeRecovery(riskSharingPreset("4321"), loss, parseYuan("800000.01")));
    expect(issue).toMatchObject({ path: ["recovered"], rule: "max-non-bank-loss" });
    expect(issue.message.zh).toContain("800000.00");
  });

  it.each([0n, -1n])("recovered must be > 0 (%s)", (recoveredFen) => {
    expect(issueOf(() => distributeRecovery(riskSharingPreset("4321"), loss, recoveredFen))).toMatchObject({
      path: ["recovered"],
      rule: "positive",
    });
  });

  it("validates loss and fund share like shareLoss", () => {
    expect(issueOf(() => distributeRecovery(riskSharingPreset("4321"), 0n, 1n))).toMatchObject({
      path: ["loss"],
    });
    expect(
      issueOf(() => distributeRecovery(riskSharingPreset("4321"), loss, 1n, new Decimal(2))),
    ).toMatchObject({
      path: ["fundShareOfGuarantor"],
    });
  });

  it("parts always add up to the recovered amount and never exceed what each bore", () => {
    const presets = fc.constantFrom(...Object.values(RISK_SHARING_PRESETS));
    const fundShare = fc.integer({ min: 0, max: 100 }).map((n) => new Decimal(n).div(100));
    const cases = fc
      .tuple(
        presets,
        fc.bigInt({ min: 1n, max: 10n ** 14n }),
        fundShare,
        fc.bigInt({ min: 0n, max: 10n ** 14n }),
      )
      .map(([scheme, lossFen, share, pick]) => {
        const nonBankFen = lossFen - shareLoss(scheme, lossFen, share).byParty.bank;
        // Any recovered amount from 1 fen up to the whole non-bank loss.
        return { scheme, lossFen, share, recoveredFen: 1n + (pick % nonBankFen), nonBankFen };
      });
    fc.assert(
      fc.property(cases, ({ scheme, lossFen, share, recoveredFen }) => {
        const parts = distributeRecovery(scheme, lossFen, recoveredFen, share);
        const { byParty, fundPaysFen, guarantorNetFen } = shareLoss(scheme, lossFen, share);
        expect(Object.values(parts).reduce((sum, fen) => sum + fen, 0n)).toBe(recoveredFen);
        expect(parts.reguarantor <= byParty.reguarantor).toBe(true);
        expect(parts.guarantor <= guarantorNetFen).toBe(true);
        expect(parts.fund <= fundPaysFen).toBe(true);
        expect(parts.national_fund <= byParty.national_fund).toBe(true);
      }),
    );
  });
});
