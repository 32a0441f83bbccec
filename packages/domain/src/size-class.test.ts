import { describe, expect, it } from "vitest";
import { classifySize, DEFAULT_INDUSTRY_SIZE_THRESHOLDS, type SizeThresholds } from "./size-class";
import { issueOf } from "./test-support";

const wan = (amount: bigint) => amount * 1_000_000n;

describe("classifySize (工信部联企业〔2011〕300号, industry)", () => {
  it.each([
    [1000, wan(40_000n), "LARGE"],
    [999, wan(40_000n), "MEDIUM"],
    [1000, wan(40_000n) - 1n, "MEDIUM"],
    [300, wan(2_000n), "MEDIUM"],
    [299, wan(2_000n), "SMALL"],
    [300, wan(2_000n) - 1n, "SMALL"],
    [20, wan(300n), "SMALL"],
    [19, wan(300n), "MICRO"],
    [20, wan(300n) - 1n, "MICRO"],
    [0, 0n, "MICRO"],
    // Both thresholds must be met: many staff but little revenue is not large.
    [5000, wan(1_000n), "SMALL"],
    [5000, wan(100n), "MICRO"],
    [10, wan(100_000n), "MICRO"],
  ] as const)("%i staff, %s fen revenue → %s", (employees, revenueFen, expected) => {
    expect(classifySize({ employees, revenueFen })).toBe(expected);
  });

  it("uses configured thresholds", () => {
    const thresholds: SizeThresholds = {
      ...DEFAULT_INDUSTRY_SIZE_THRESHOLDS,
      SMALL: { minEmployees: 10, minRevenueFen: wan(50n) },
    };
    expect(classifySize({ employees: 10, revenueFen: wan(50n) }, thresholds)).toBe("SMALL");
    expect(classifySize({ employees: 10, revenueFen: wan(50n) })).toBe("MICRO");
  });

  it.each([-1, 1.5, Number.NaN])("rejects %s employees", (employees) => {
    expect(issueOf(() => classifySize({ employees, revenueFen: 0n }))).toMatchObject({
      path: ["employees"],
      rule: "non-negative-integer",
    });
  });

  it("rejects negative revenue", () => {
    expect(issueOf(() => classifySize({ employees: 1, revenueFen: -1n }))).toMatchObject({
      path: ["revenue"],
      rule: "non-negative",
    });
  });
});
