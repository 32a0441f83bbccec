import { Decimal } from "decimal.js";
import { DomainValidationError, type ValidationPath } from "./errors";
import { isPlainDecimal } from "./money-text";

export * from "./money-text";

/**
 * Decimal for intermediate money arithmetic. decimal.js defaults to 20 significant digits, which could
 * silently round a product of a large amount, a rate and a day count; at 100 digits every such product
 * is exact, so the only rounding in a calculation is the final one to the fen.
 */
const ExactDecimal = Decimal.clone({ precision: 100 });

/** Rates are limited to 12 decimal places so that {@link ExactDecimal} products stay exact. */
export const MAX_RATE_DECIMALS = 12;
/** The places the database keeps of an actual annual rate ("0.034567" = 3.4567%). */
export const MAX_ANNUAL_RATE_DECIMALS = 6;

export function exactDecimal(value: Decimal.Value): Decimal {
  return new ExactDecimal(value);
}

const ROUNDING_MODES = { "half-up": Decimal.ROUND_HALF_UP, down: Decimal.ROUND_DOWN } as const;

/** "half-up" is the money rule; "down" (toward zero) is for limits that must never be exceeded. */
export type FenRounding = keyof typeof ROUNDING_MODES;

/** A yuan-valued Decimal to integer fen. toFixed works on the exact digits, whatever the Decimal precision. */
export function fenFromDecimal(yuan: Decimal, rounding: FenRounding = "half-up"): bigint {
  if (!yuan.isFinite()) throw new RangeError(`Cannot round ${yuan.toString()} to fen`);
  return BigInt(yuan.toFixed(2, ROUNDING_MODES[rounding]).replace(".", ""));
}

/** The one rounding rule for money: to the nearest fen, ties away from zero (四舍五入). */
export function roundHalfUpToFen(yuan: Decimal): bigint {
  return fenFromDecimal(yuan, "half-up");
}

/** Scales weights to integers so the split below is exact integer arithmetic. */
function integerWeights(weights: readonly (Decimal | bigint)[]): bigint[] {
  if (weights.length === 0) {
    throw DomainValidationError.single(["weights"], "min-items", {
      zh: "至少需要一个权重",
      en: "At least one weight",
    });
  }
  weights.forEach((weight, index) => {
    const negative = typeof weight === "bigint" ? weight < 0n : !weight.isFinite() || weight.isNegative();
    if (negative) {
      throw DomainValidationError.single(["weights", index], "non-negative", {
        zh: "权重必须是非负有限数",
        en: "Weights must be finite and non-negative",
      });
    }
  });
  const places = Math.max(0, ...weights.map((w) => (typeof w === "bigint" ? 0 : w.decimalPlaces())));
  const scaled = weights.map((w) =>
    typeof w === "bigint" ? w * 10n ** BigInt(places) : BigInt(w.toFixed(places).replace(".", "")),
  );
  if (scaled.every((w) => w === 0n)) {
    throw DomainValidationError.single(["weights"], "not-all-zero", {
      zh: "权重不能全为0",
      en: "Weights must not all be 0",
    });
  }
  return scaled;
}

/**
 * Splits `total` fen in proportion to `weights` by the largest-remainder method: every part gets the
 * floor of its exact quota, then the fen left over go one each to the largest remainders, earlier
 * parties first on ties. The parts always add up to exactly `total`.
 */
export function splitLargestRemainder(total: bigint, weights: readonly (Decimal | bigint)[]): bigint[] {
  const scaled = integerWeights(weights);
  const weightSum = scaled.reduce((sum, w) => sum + w, 0n);
  // Split the magnitude so a negative total (a reversal) mirrors the positive split exactly.
  const sign = total < 0n ? -1n : 1n;
  const magnitude = total * sign;
  const floors = scaled.map((w) => (magnitude * w) / weightSum);
  const leftover = magnitude - floors.reduce((sum, part) => sum + part, 0n);
  const byRemainder = scaled
    .map((w, index) => ({ index, remainder: (magnitude * w) % weightSum }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const receivesExtraFen = new Set(byRemainder.slice(0, Number(leftover)).map(({ index }) => index));
  return floors.map((part, index) => sign * (receivesExtraFen.has(index) ? part + 1n : part));
}

/** Checks a rate or share already held as a Decimal: within [0, 1] and at most 12 decimal places. */
export function assertRate(rate: Decimal, path: ValidationPath = []): void {
  if (!rate.isFinite() || rate.isNegative() || rate.greaterThan(1)) {
    throw DomainValidationError.single(path, "rate-range", {
      zh: `比率须在0到1之间,实际为${rate.toString()}`,
      en: "Must be between 0 and 1",
    });
  }
  if (rate.decimalPlaces() > MAX_RATE_DECIMALS) {
    throw DomainValidationError.single(path, "max-12-decimals", {
      zh: `比率最多${MAX_RATE_DECIMALS}位小数`,
      en: `At most ${MAX_RATE_DECIMALS} decimal places`,
    });
  }
}

/** Parses a rate or share such as "0.02" (= 2%) into a Decimal within [0, 1]. */
export function parseRate(value: string, path: ValidationPath = []): Decimal {
  if (value === "") {
    throw DomainValidationError.single(path, "required", { zh: "比率不能为空", en: "Rate is required" });
  }
  if (!isPlainDecimal(value)) {
    throw DomainValidationError.single(path, "decimal-format", {
      zh: `比率"${value}"格式不正确,应为如"0.02"的小数`,
      en: `Expected a decimal such as "0.02"`,
    });
  }
  const rate = new Decimal(value);
  assertRate(rate, path);
  return rate;
}

/** The most an actual annual rate (a loan's, a guarantee fee's) may be: 24%, beyond any lawful rate. */
export const MAX_ANNUAL_RATE = new Decimal("0.24");

/**
 * Parses an actual annual rate as recorded from a contract, e.g. "0.0345" (= 3.45%): a decimal
 * above 0, at most 24%, with at most 6 decimal places (what the database keeps).
 */
export function parseAnnualRate(value: string, path: ValidationPath = []): Decimal {
  if (!isPlainDecimal(value)) {
    throw DomainValidationError.single(path, "decimal-format", {
      zh: `年利率(费率)"${value}"格式不正确,应为如"0.0345"的小数`,
      en: `Expected a decimal such as "0.0345"`,
    });
  }
  const rate = new Decimal(value);
  if (rate.isZero()) {
    throw DomainValidationError.single(path, "positive", {
      zh: "年利率(费率)必须大于0",
      en: "Must be greater than 0",
    });
  }
  if (rate.greaterThan(MAX_ANNUAL_RATE)) {
    throw DomainValidationError.single(path, "max-24-percent", {
      zh: "年利率(费率)不能超过24%(即0.24)",
      en: "At most 24%, i.e. 0.24",
    });
  }
  if (rate.decimalPlaces() > MAX_ANNUAL_RATE_DECIMALS) {
    throw DomainValidationError.single(path, "max-6-decimals", {
      zh: "最多6位小数",
      en: "At most 6 decimal places",
    });
  }
  return rate;
}

const PERCENT_PATTERN = /^(\d+)(?:\.(\d+))?$/;

/**
 * "3.45" (or "3.45 %") → "0.0345": a percentage as people write it, as the decimal fraction the API
 * takes. The point is shifted on the string (no float); `places` caps the fraction's decimals.
 */
export function percentToRate(
  percent: string,
  places = MAX_RATE_DECIMALS,
  path: ValidationPath = [],
): string {
  const match = PERCENT_PATTERN.exec(percent.trim().replace(/\s*[%％]$/, ""));
  if (!match) {
    throw DomainValidationError.single(path, "percent-format", {
      zh: `百分比"${percent}"格式不正确,应为如"3.45"的非负数`,
      en: `"${percent}" is not a percentage such as "3.45"`,
    });
  }
  const [, whole = "0", fraction = ""] = match;
  const significant = fraction.replace(/0+$/, "");
  if (significant.length + 2 > places) {
    throw DomainValidationError.single(path, "max-decimals", {
      zh: `百分比最多${places - 2}位小数`,
      en: `At most ${places - 2} decimal places`,
    });
  }
  const padded = whole.padStart(3, "0");
  const integer = padded.slice(0, -2).replace(/^0+(?=\d)/, "");
  const decimals = `${padded.slice(-2)}${significant}`.replace(/0+$/, "");
  return decimals ? `${integer}.${decimals}` : integer;
}
