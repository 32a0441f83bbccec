import { describe, expect, it } from "vitest";
import {
  monthsFromTo,
  rankDescending,
  ratioAsPercent,
  shareRatio,
  shiftMonth,
  yearOnYearGrowth,
} from "./dashboard";

describe("dashboard figures", () => {
  it.each([
    [1_000_000_000n, 9_000_000_000n, "0.111111"],
    [2n, 3n, "0.666667"],
    [0n, 5n, "0.000000"],
    [5n, 0n, null],
  ])("share %s ÷ %s = %s (6 places, half-up)", (part, whole, expected) => {
    expect(shareRatio(part, whole)).toBe(expected);
  });

  it.each([
    [1_100n, 1_000n, "0.100000"],
    [900n, 1_000n, "-0.100000"],
    [1_000n, 3n, "332.333333"],
    [1_000n, 0n, null],
    [1_000n, undefined, null],
  ])("growth of %s against %s a year ago = %s", (now, yearAgo, expected) => {
    expect(yearOnYearGrowth(now, yearAgo)).toBe(expected);
  });

  it("counts months across years, both ends included", () => {
    expect(shiftMonth("2026-02", -3)).toBe("2025-11");
    expect(shiftMonth("2025-12", 1)).toBe("2026-01");
    expect(monthsFromTo("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsFromTo("2026-03", "2026-02")).toEqual([]);
    expect(monthsFromTo("2026-13", "2026-02")).toEqual([]);
  });

  it("ranks highest first, equal values sharing a rank (1, 2, 2, 4), the unvalued last", () => {
    const banks = [
      { name: "A", share: "0.080000" },
      { name: "B", share: null },
      { name: "C", share: "0.120000" },
      { name: "D", share: "0.08" },
      { name: "E", share: "0.050000" },
    ];
    expect(rankDescending(banks, (bank) => bank.share).map(({ entry, rank }) => [entry.name, rank])).toEqual([
      ["C", 1],
      ["A", 2],
      ["D", 2],
      ["E", 4],
      ["B", null],
    ]);
  });

  it.each([
    ["0.100000", "10%"],
    ["-0.012500", "-1.25%"],
    ["0.123457", "12.3457%"],
    ["0", "0%"],
  ])("shows %s as %s", (ratio, expected) => {
    expect(ratioAsPercent(ratio)).toBe(expected);
  });
});
