import { DomainValidationError, type ValidationPath } from "./errors";

/*
 * Amounts as text and integer fen: parsed, formatted and checked with bigint and string arithmetic
 * alone. Apart from money.ts (which re-exports it), so that a page showing amounts does not load the
 * decimal library that calculations need.
 */

export interface ParseYuanOptions {
  /** Allow a leading "-" (adjustments, reversals); amounts the user enters are otherwise never negative. */
  allowNegative?: boolean;
}

const YUAN_PATTERN = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Parses a yuan decimal string ("123", "123.4", "123.45") into integer fen without any float step. */
export function parseYuan(value: string, path: ValidationPath = [], options: ParseYuanOptions = {}): bigint {
  if (value === "") {
    throw DomainValidationError.single(path, "required", { zh: "金额不能为空", en: "Amount is required" });
  }
  if (/\s/.test(value)) {
    throw DomainValidationError.single(path, "decimal-format", {
      zh: "金额不能包含空格",
      en: "No whitespace allowed",
    });
  }
  if (/[eE]/.test(value)) {
    throw DomainValidationError.single(path, "decimal-format", {
      zh: "金额不能使用科学计数法",
      en: "No exponent notation",
    });
  }
  const match = YUAN_PATTERN.exec(value);
  if (!match) {
    throw DomainValidationError.single(path, "decimal-format", {
      zh: `金额"${value}"格式不正确,应为如"1000000.00"的十进制数`,
      en: `Expected a decimal such as "1000000.00"`,
    });
  }
  const [, sign = "", whole = "0", fraction = ""] = match;
  if (fraction.length > 2) {
    throw DomainValidationError.single(path, "max-2-decimals", {
      zh: "金额最多保留两位小数,即精确到分",
      en: "At most 2 decimal places",
    });
  }
  if (sign === "-" && !options.allowNegative) {
    throw DomainValidationError.single(path, "non-negative", {
      zh: "金额不能为负数",
      en: "Must not be negative",
    });
  }
  const fen = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
  return sign === "-" ? -fen : fen;
}

function yuanParts(fen: bigint): { sign: string; whole: string; cents: string } {
  const magnitude = fen < 0n ? -fen : fen;
  return {
    sign: fen < 0n ? "-" : "",
    whole: (magnitude / 100n).toString(),
    cents: (magnitude % 100n).toString().padStart(2, "0"),
  };
}

/** 123450n → "1234.50": the boundary representation of an amount. */
export function formatYuan(fen: bigint): string {
  const { sign, whole, cents } = yuanParts(fen);
  return `${sign}${whole}.${cents}`;
}

/** 123450n → "1,234.50" for display and forms. */
export function formatYuanGrouped(fen: bigint): string {
  const { sign, whole, cents } = yuanParts(fen);
  return `${sign}${groupThousands(whole)}.${cents}`;
}

/** "1234567" → "1,234,567": thousands separators in a run of whole digits. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const TYPED_AMOUNT = /^(\d+)(\.\d*)?$/;

/**
 * An amount as it is being typed, with separators in its whole part ("1234567.8" → "1,234,567.8");
 * text that is not (yet) a decimal is shown as typed, so the field's rules can name what is wrong.
 */
export function groupTypedAmount(text: string): string {
  const match = TYPED_AMOUNT.exec(text);
  if (!match) return text;
  const [, whole = "", fraction = ""] = match;
  return `${groupThousands(whole)}${fraction}`;
}

/** What was typed or pasted, without separators or spaces ("1,234，567.8 " → "1234567.8"). */
export function ungroupTypedAmount(text: string): string {
  return text.replace(/[,，\s]/g, "");
}

export function assertPositiveFen(fen: bigint, path: ValidationPath): void {
  if (fen <= 0n) {
    throw DomainValidationError.single(path, "positive", {
      zh: "金额必须大于0",
      en: "Must be greater than 0",
    });
  }
}

export function assertNonNegativeFen(fen: bigint, path: ValidationPath): void {
  if (fen < 0n) {
    throw DomainValidationError.single(path, "non-negative", {
      zh: "金额不能为负数",
      en: "Must not be negative",
    });
  }
}

/** Fen in 1万元: forms and ceilings state amounts in 万元. */
export const FEN_PER_WAN = 1_000_000n;

/**
 * Fen → 万元 string for forms that state amounts in 万元, rounded half-up (ties away from zero) to
 * `places` (default 2), by integer arithmetic: the same digits as decimal.js's toFixed, sign included.
 */
export function yuanToWan(fen: bigint, places = 2): string {
  const scale = 10n ** BigInt(places);
  const magnitude = fen < 0n ? -fen : fen;
  const rounded = (2n * magnitude * scale + FEN_PER_WAN) / (2n * FEN_PER_WAN);
  const whole = (rounded / scale).toString();
  const fraction = places > 0 ? `.${(rounded % scale).toString().padStart(places, "0")}` : "";
  return `${fen < 0n ? "-" : ""}${whole}${fraction}`;
}

/**
 * Fen as 万元 with at most the two places an amount typed in yuan gives it, grouped and without
 * trailing zeros, as the paper forms state it: 300,000,000 fen → "300", 7,124,141,300 → "7,124.14".
 */
export function formatWanBrief(fen: bigint): string {
  const [whole = "0", fraction = ""] = yuanToWan(fen < 0n ? -fen : fen).split(".");
  const decimals = fraction.replace(/0+$/, "");
  return `${fen < 0n ? "-" : ""}${groupThousands(whole)}${decimals ? `.${decimals}` : ""}`;
}

const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;

/** "12", "0.0345": digits with at most one point, no sign or exponent (how rates travel). */
export function isPlainDecimal(text: string): boolean {
  return PLAIN_DECIMAL.test(text);
}

/** "0.02" → "2%" for display, by string arithmetic (no float); anything but a decimal is left as it is. */
export function rateAsPercent(rate: string): string {
  if (!isPlainDecimal(rate)) return rate;
  const [whole = "0", fraction = ""] = rate.split(".");
  const digits = `${whole}${fraction.padEnd(2, "0")}`;
  const integer = digits.slice(0, whole.length + 2).replace(/^0+(?=\d)/, "");
  const decimals = digits.slice(whole.length + 2).replace(/0+$/, "");
  return `${integer}${decimals ? `.${decimals}` : ""}%`;
}
