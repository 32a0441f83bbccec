import { describe, expect, it } from "vitest";
import { DomainValidationError } from "../errors";
import { CHONGQING_TECH_LOAN, SHIYAN_CHANLIAN_LOAN } from "./programme-config";
import { programmeConfigFromWire, programmeConfigToWire } from "./programme-config-wire";

describe("programme configuration on the wire", () => {
  it("shows 十堰's limits in yuan and its rates as decimal strings", () => {
    const wire = programmeConfigToWire(SHIYAN_CHANLIAN_LOAN);
    expect(wire).toMatchObject({
      minAnnualRevenue: "20000000.00",
      maxAmountPerEnterprise: "10000000.00",
      fundShareOfGuarantor: "0.5",
      interestSubsidy: { rate: "0.02", dayCount: "ACT/360" },
      guaranteeFeeSubsidy: { rate: "0.01" },
    });
    expect(wire).not.toHaveProperty("minAnnualRevenueFen");
    // Survives JSON (jsonb) unchanged.
    expect(JSON.parse(JSON.stringify(wire))).toEqual(wire);
  });

  it.each([
    ["十堰", SHIYAN_CHANLIAN_LOAN],
    ["重庆", CHONGQING_TECH_LOAN],
  ])("round-trips the %s preset exactly", (_name, preset) => {
    const back = programmeConfigFromWire(JSON.parse(JSON.stringify(programmeConfigToWire(preset))));
    expect(programmeConfigToWire(back)).toEqual(programmeConfigToWire(preset));
    expect(back.minAnnualRevenueFen).toBe(preset.minAnnualRevenueFen);
    expect(back.fundShareOfGuarantor.equals(preset.fundShareOfGuarantor)).toBe(true);
  });

  it("moves unset limits to the wire key as null (重庆 has no revenue or amount limit)", () => {
    const wire = programmeConfigToWire(CHONGQING_TECH_LOAN);
    expect(wire).toMatchObject({ minAnnualRevenue: null, maxAmountPerEnterprise: null });
    expect(Object.keys(wire).some((key) => key.endsWith("Fen"))).toBe(false);
  });

  it("names the field of a bad amount or rate", () => {
    const wire = programmeConfigToWire(SHIYAN_CHANLIAN_LOAN);
    const badAmount = { ...wire, maxAmountPerEnterprise: "10,000,000" };
    expect(() => programmeConfigFromWire(badAmount)).toThrow(DomainValidationError);
    try {
      programmeConfigFromWire({
        ...wire,
        interestSubsidy: { ...(wire.interestSubsidy as object), rate: 0.02 },
      });
    } catch (error) {
      expect((error as DomainValidationError).issues[0]?.path).toEqual(["interestSubsidy", "rate"]);
    }
    expect.assertions(2);
  });

  it("validates the decoded configuration as a whole", () => {
    const wire = programmeConfigToWire(SHIYAN_CHANLIAN_LOAN);
    expect(() => programmeConfigFromWire({ ...wire, eligibleDistricts: [] })).toThrow(DomainValidationError);
  });
});
