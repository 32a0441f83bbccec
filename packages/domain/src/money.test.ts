import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assertNonNegativeFen,
  assertPositiveFen,
  fenFromDecimal,
  formatWanBrief,
  formatYuan,
  formatYuanGrouped,
  groupTypedAmount,
  parseAnnualRate,
  parseRate,
  parseYuan,
  percentToRate,
  rateAsPercent,
  roundHalfUpToFen,
  splitLargestRemainder,
  ungroupTypedAmount,
  yuanToWan,
} from "./money";
import { issueOf } from "./test-support";

describe("parseYuan", () => {
  it.each([
    ["0", 0n],
    ["123", 12300n],
    ["123.4", 12340n],
    ["123.45", 12345n],
    ["0.01", 1n],
    ["007.50", 750n],
    ["1000000.00", 100000000n],
    ["92233720368547758.07", 9223372036854775807n],
  ])("%s → %s fen", (value, fen) => {
    expect(parseYuan(value)).toBe(fen);
  });

  it("accepts negatives only when allowed", () => {
    expect(parseYuan("-12.30", [], { allowNegative: true })).toBe(-1230n);
    expect(issueOf(() => parseYuan("-12.30", ["amount"]))).toMatchObject({
      path: ["amount"],
      rule: "non-negative",
    });
  });

  it.each([
    ["", "required"],
    [" 1", "decimal-format"],
    ["1 ", "decimal-format"],
    ["1\t", "decimal-format"],
    ["1 000", "decimal-format"],
    ["1e5", "decimal-format"],
    ["1E5", "decimal-format"],
    ["+1", "decimal-format"],
    ["1.", "decimal-format"],
    [".5", "decimal-format"],
    ["1,000.00", "decimal-format"],
    ["１２３", "decimal-format"],
    ["NaN", "decimal-format"],
    ["Infinity", "decimal-format"],
    ["0x10", "decimal-format"],
    ["1.234", "max-2-decimals"],
    ["1.000", "max-2-decimals"],
    ["-1", "non-negative"],
  ])("rejects %j with rule %s", (value, rule) => {
    expect(issueOf(() => parseYuan(value, ["events", 0, "amount"]))).toMatchObject({
      path: ["events", 0, "amount"],
      rule,
    });
  });

  it("round-trips with formatYuan for any fen", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (fen) => {
        expect(parseYuan(formatYuan(fen), [], { allowNegative: true })).toBe(fen);
      }),
    );
  });
});

describe("formatYuan / formatYuanGrouped", () => {
  it.each([
    [0n, "0.00", "0.00"],
    [5n, "0.05", "0.05"],
    [99999n, "999.99", "999.99"],
    [123450n, "1234.50", "1,234.50"],
    [100000000n, "1000000.00", "1,000,000.00"],
    [-5n, "-0.05", "-0.05"],
    [-123456789n, "-1234567.89", "-1,234,567.89"],
  ])("%s fen → %s / %s", (fen, plain, grouped) => {
    expect(formatYuan(fen)).toBe(plain);
    expect(formatYuanGrouped(fen)).toBe(grouped);
  });
});

describe("roundHalfUpToFen / fenFromDecimal", () => {
  it.each([
    ["0.005", 1n],
    ["0.0049999999", 0n],
    ["1.125", 113n],
    ["2.675", 268n], // 2.675 as a binary float is 2.67499…; Decimal keeps it exact
    ["81277.7777777777777777", 8127778n],
    ["-0.005", -1n],
    ["-0.004", 0n],
    ["12345678901234567890.125", 1234567890123456789013n],
  ])("%s yuan → %s fen", (yuan, fen) => {
    expect(roundHalfUpToFen(new Decimal(yuan))).toBe(fen);
    expect(fenFromDecimal(new Decimal(yuan))).toBe(fen);
  });

  it("rounds toward zero when asked for 'down'", () => {
    expect(fenFromDecimal(new Decimal("1.239"), "down")).toBe(123n);
    expect(fenFromDecimal(new Decimal("-1.239"), "down")).toBe(-123n);
  });

  it("refuses non-finite values", () => {
    expect(() => roundHalfUpToFen(new Decimal(Number.NaN))).toThrow(RangeError);
    expect(() => roundHalfUpToFen(new Decimal(Number.POSITIVE_INFINITY))).toThrow(RangeError);
  });
});

describe("yuanToWan", () => {
  it.each([
    [500000000n, 2, "500.00"],
    [123456789n, 2, "123.46"],
    [123456789n, 6, "123.456789"],
    [100000000000n, 0, "100000"],
    [500000n, 0, "1"], // 0.5 万元 rounds half-up
  ])("%s fen → %s places → %s 万元", (fen, places, wan) => {
    expect(yuanToWan(fen, places)).toBe(wan);
  });

  it("defaults to two places", () => {
    expect(yuanToWan(2000000000n)).toBe("2000.00");
  });

  it("gives decimal.js's digits, ties away from zero and the sign kept, by integer arithmetic", () => {
    const amounts = [0n, 1n, -1n, 4_999n, 5_000n, -5_000n, 499_999n, 500_000n, -500_000n, 123_456_789n];
    for (const fen of [...amounts, 12_345_678_901_234_567n, -987_654_321n])
      for (const places of [0, 1, 2, 4, 6])
        expect(yuanToWan(fen, places), `${fen} fen, ${places} places`).toBe(
          new Decimal(fen.toString()).div(1_000_000).toFixed(places, Decimal.ROUND_HALF_UP),
        );
  });
});

describe("formatWanBrief: 万元 to at most two places, as the forms state it", () => {
  it.each([
    [300_000_000n, "300"],
    [7_124_141_300n, "7,124.14"],
    [7_124_145_000n, "7,124.15"],
    [500_000n, "0.5"],
    [1_000_000n, "1"],
    [0n, "0"],
    [1n, "0"],
    [-123_456_789n, "-123.46"],
    [12_345_678_901_234_567n, "12,345,678,901.23"],
  ])("%s fen → %s 万元", (fen, wan) => {
    expect(formatWanBrief(fen)).toBe(wan);
  });
});

describe("splitLargestRemainder", () => {
  it.each([
    { total: 100n, weights: [1n, 1n, 1n], parts: [34n, 33n, 33n] },
    { total: 1n, weights: [1n, 1n], parts: [1n, 0n] },
    { total: 10n, weights: [1n, 2n, 3n], parts: [2n, 3n, 5n] },
    { total: 5n, weights: [0n, 1n], parts: [0n, 5n] },
    { total: 0n, weights: [1n, 2n], parts: [0n, 0n] },
    { total: -100n, weights: [1n, 1n, 1n], parts: [-34n, -33n, -33n] },
  ])("splits $total by $weights", ({ total, weights, parts }) => {
    expect(splitLargestRemainder(total, weights)).toEqual(parts);
  });

  it("accepts Decimal weights with any number of places", () => {
    const shares = ["0.4", "0.3", "0.2", "0.1"].map((s) => new Decimal(s));
    expect(splitLargestRemainder(100000000n, shares)).toEqual([40000000n, 30000000n, 20000000n, 10000000n]);
    expect(splitLargestRemainder(3n, shares)).toEqual([1n, 1n, 1n, 0n]);
    expect(splitLargestRemainder(7n, [new Decimal("0.333"), new Decimal("2"), new Decimal("1e-7")])).toEqual([
      1n,
      6n,
      0n,
    ]);
  });

  it.each([
    { weights: [], path: ["weights"], rule: "min-items" },
    { weights: [0n, 0n], path: ["weights"], rule: "not-all-zero" },
    { weights: [1n, -1n], path: ["weights", 1], rule: "non-negative" },
    { weights: [new Decimal(1), new Decimal(Number.NaN)], path: ["weights", 1], rule: "non-negative" },
  ])("rejects weights $weights with $rule", ({ weights, path, rule }) => {
    expect(issueOf(() => splitLargestRemainder(10n, weights))).toMatchObject({ path, rule });
  });

  const weightsArbitrary = fc.oneof(
    fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 12 }),
    fc.array(
      fc
        .tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 0, max: 12 }))
        .map(([digits, places]) => new Decimal(digits.toString()).div(10 ** places)),
      { minLength: 1, maxLength: 12 },
    ),
  );
  const nonZeroWeights = weightsArbitrary.filter((weights) =>
    weights.some((w) => (typeof w === "bigint" ? w > 0n : !w.isZero())),
  );

  it("always adds up to the whole, each part within one fen of its exact quota", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), nonZeroWeights, (total, weights) => {
        const parts = splitLargestRemainder(total, weights);
        expect(parts).toHaveLength(weights.length);
        expect(parts.reduce((sum, part) => sum + part, 0n)).toBe(total);
        const exact = weights.map((w) => new Decimal(w.toString()));
        const weightSum = exact.reduce((sum, w) => sum.plus(w), new Decimal(0));
        parts.forEach((part, index) => {
          const quota = new Decimal(total.toString()).times(exact[index] as Decimal).div(weightSum);
          expect(quota.minus(part.toString()).abs().lessThan(1)).toBe(true);
        });
      }),
    );
  });
});

describe("parseRate", () => {
  it.each([
    ["0.02", "0.02"],
    ["0", "0"],
    ["1", "1"],
    ["0.000000000001", "1e-12"],
  ])("%s → %s", (value, expected) => {
    expect(parseRate(value, ["rate"]).toString()).toBe(expected);
  });

  it.each([
    ["", "required"],
    ["-0.1", "decimal-format"],
    ["2%", "decimal-format"],
    ["1e-2", "decimal-format"],
    [" 0.02", "decimal-format"],
    [".02", "decimal-format"],
    ["1.01", "rate-range"],
    ["2", "rate-range"],
    ["0.0000000000001", "max-12-decimals"],
  ])("rejects %j with rule %s", (value, rule) => {
    expect(issueOf(() => parseRate(value, ["rate"]))).toMatchObject({ path: ["rate"], rule });
  });
});

describe("parseAnnualRate: an actual loan or fee rate from a contract", () => {
  it.each([
    ["0.0345", "0.0345"],
    ["0.008", "0.008"],
    ["0.24", "0.24"],
    ["0.000001", "0.000001"],
  ])("%s → %s", (value, expected) => {
    expect(parseAnnualRate(value, ["feeRate"]).toString()).toBe(expected);
  });

  it.each([
    ["", "decimal-format"],
    ["3.45%", "decimal-format"],
    ["-0.01", "decimal-format"],
    ["0", "positive"],
    ["0.000", "positive"],
    ["0.240001", "max-24-percent"],
    ["3.45", "max-24-percent"],
    ["0.0000001", "max-6-decimals"],
  ])("rejects %j with rule %s", (value, rule) => {
    expect(issueOf(() => parseAnnualRate(value, ["feeRate"]))).toMatchObject({ path: ["feeRate"], rule });
  });
});

describe("percentToRate: a percentage as typed → the decimal fraction the API takes", () => {
  it.each([
    ["3.45", "0.0345"],
    ["3.455", "0.03455"],
    ["0", "0"],
    ["0.5", "0.005"],
    ["12.5", "0.125"],
    ["100", "1"],
    ["3.450", "0.0345"],
    ["007.10", "0.071"],
    [" 3.45 % ", "0.0345"],
    ["3.45％", "0.0345"],
    ["9007199254740993.01", "90071992547409.9301"],
  ])("%s → %s", (percent, rate) => {
    expect(percentToRate(percent)).toBe(rate);
  });

  it.each(["abc", "", "-1", "3,45", "1e2", "3.", ".5", "3.4.5"])("refuses %j", (percent) => {
    expect(issueOf(() => percentToRate(percent, undefined, ["annualRate"]))).toMatchObject({
      path: ["annualRate"],
      rule: "percent-format",
    });
  });

  it("refuses more decimals than the fraction may keep", () => {
    expect(percentToRate("3.4567", 6)).toBe("0.034567");
    expect(issueOf(() => percentToRate("3.45678", 6))).toMatchObject({ rule: "max-decimals" });
    expect(issueOf(() => percentToRate("0.12345678901"))).toMatchObject({ rule: "max-decimals" });
  });

  it("reads back as the same percentage", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 10 }),
        (units, shift) => {
          const digits = units.toString().padStart(shift + 1, "0");
          const percent = shift === 0 ? digits : `${digits.slice(0, -shift)}.${digits.slice(-shift)}`;
          const normalised = rateAsPercent(percentToRate(percent)).replace(/%$/, "");
          expect(normalised).toBe(
            percent
              .replace(/(\.\d*?)0+$/, "$1")
              .replace(/\.$/, "")
              .replace(/^0+(?=\d)/, ""),
          );
        },
      ),
    );
  });
});

describe("groupTypedAmount / ungroupTypedAmount: an amount shown with separators as it is typed", () => {
  it.each([
    ["", ""],
    ["1", "1"],
    ["1234", "1,234"],
    ["1234567.", "1,234,567."],
    ["1234567.8", "1,234,567.8"],
    ["0.1234", "0.1234"],
    ["92233720368547758.07", "92,233,720,368,547,758.07"],
    ["12a34", "12a34"],
    ["-1234", "-1234"],
    ["1.2.3", "1.2.3"],
  ])("%j is shown as %j", (typed, shown) => {
    expect(groupTypedAmount(typed)).toBe(shown);
  });

  it.each([
    ["1,234,567.89", "1234567.89"],
    ["1，234 567", "1234567"],
    [" 800 ", "800"],
    ["12a34", "12a34"],
  ])("%j is read as %j", (typed, value) => {
    expect(ungroupTypedAmount(typed)).toBe(value);
  });

  it("reads back what it shows", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,20}(\.\d{0,6})?$/), (typed) => {
        expect(ungroupTypedAmount(groupTypedAmount(typed))).toBe(typed);
      }),
    );
  });
});

describe("amount guards", () => {
  it("assertPositiveFen / assertNonNegativeFen name the path", () => {
    expect(() => assertPositiveFen(1n, ["loss"])).not.toThrow();
    expect(issueOf(() => assertPositiveFen(0n, ["loss"]))).toMatchObject({
      path: ["loss"],
      rule: "positive",
    });
    expect(() => assertNonNegativeFen(0n, ["interestPaid"])).not.toThrow();
    expect(issueOf(() => assertNonNegativeFen(-1n, ["interestPaid"]))).toMatchObject({
      path: ["interestPaid"],
      rule: "non-negative",
    });
  });
});
