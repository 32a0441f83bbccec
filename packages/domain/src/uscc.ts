import type { Term } from "./vocabulary";
/** GB 32100-2015 统一社会信用代码: 18 characters from this 31-character set (no I, O, Z, S, V). */
export const USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

const USCC_LENGTH = 18;

/** 登记管理部门代码 (position 1), GB 32100-2015 表1. */
export const USCC_REGISTRATION_AUTHORITIES: Readonly<Record<string, string>> = {
  "1": "机构编制",
  "2": "外交",
  "3": "司法行政",
  "4": "文化",
  "5": "民政",
  "6": "旅游",
  "7": "宗教",
  "8": "工会",
  "9": "工商 / 市场监管",
  A: "中央军委改革和编制办公室",
  N: "农业",
  Y: "其他",
};

export type UsccRule = "length" | "charset" | "registration-authority" | "division-code" | "check-digit";

export type UsccValidation =
  | { valid: true; divisionCode: string }
  | { valid: false; rule: UsccRule; reason: Term };

function invalid(rule: UsccRule, reason: Term): UsccValidation {
  return { valid: false, rule, reason };
}

function charsetReason(char: string, position: number): Term {
  const upper = char.toUpperCase();
  const isFixableLowercase = char !== upper && USCC_CHARSET.includes(upper);
  return {
    zh:
      `第${position}位字符"${char}"不合法,只能使用数字和大写字母(不含I、O、Z、S、V)` +
      (isFixableLowercase ? `,请改为大写"${upper}"` : ""),
    en:
      `Illegal character "${char}" at position ${position}: use 0-9 and A-Z except I, O, Z, S, V` +
      (isFixableLowercase ? `; write it in upper case as "${upper}"` : ""),
  };
}

/** The check character (position 18) for the first 17 characters: 31 − (Σ cᵢ·wᵢ mod 31), 31 → 0. */
export function computeUsccCheckChar(first17: string): string {
  const chars = Array.from(first17);
  if (chars.length !== USCC_LENGTH - 1) {
    throw new RangeError(`computeUsccCheckChar needs 17 characters, got ${chars.length}`);
  }
  let sum = 0;
  let weight = 1; // 3^i mod 31 for position i (0-based)
  for (const [i, char] of chars.entries()) {
    const value = USCC_CHARSET.indexOf(char);
    if (value < 0) throw new RangeError(charsetReason(char, i + 1).en);
    sum += value * weight;
    weight = (weight * 3) % 31;
  }
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Validates a USCC, reporting the first failing rule in the order length, charset, registration
 * authority, division code, check digit. Nothing is trimmed or upper-cased: the code must be exact.
 */
export function validateUscc(code: string): UsccValidation {
  const chars = Array.from(code);
  if (chars.length !== USCC_LENGTH) {
    return invalid("length", {
      zh: `统一社会信用代码应为18位,实际为${chars.length}位`,
      en: `Must be 18 characters, got ${chars.length}`,
    });
  }
  const illegal = chars.findIndex((char) => !USCC_CHARSET.includes(char));
  if (illegal >= 0) return invalid("charset", charsetReason(chars[illegal] ?? "", illegal + 1));

  const authority = code.charAt(0);
  if (!Object.hasOwn(USCC_REGISTRATION_AUTHORITIES, authority)) {
    return invalid("registration-authority", {
      zh: `第1位登记管理部门代码"${authority}"不存在,应为1–9、A、N或Y`,
      en: `Unknown registration authority "${authority}": expected 1-9, A, N or Y`,
    });
  }
  const divisionCode = code.slice(2, 8);
  if (!/^\d{6}$/.test(divisionCode)) {
    return invalid("division-code", {
      zh: `第3–8位登记管理机关行政区划码应为6位数字,实际为"${divisionCode}"`,
      en: `Positions 3-8 must be a 6-digit division code, got "${divisionCode}"`,
    });
  }
  const expected = computeUsccCheckChar(code.slice(0, USCC_LENGTH - 1));
  const given = code.charAt(USCC_LENGTH - 1);
  if (given !== expected) {
    return invalid("check-digit", {
      zh: `校验码应为"${expected}",实际为"${given}"`,
      en: `Check character should be "${expected}", got "${given}"`,
    });
  }
  return { valid: true, divisionCode };
}

/** Builds a valid code from its parts (for test factories and seed data); throws if a part is illegal. */
export function makeUscc(prefix2: string, division6: string, body9: string): string {
  const first17 = `${prefix2}${division6}${body9}`;
  if (Array.from(first17).length !== USCC_LENGTH - 1) {
    throw new RangeError(`makeUscc needs 2 + 6 + 9 characters, got "${prefix2}", "${division6}", "${body9}"`);
  }
  const code = `${first17}${computeUsccCheckChar(first17)}`;
  const result = validateUscc(code);
  if (!result.valid) throw new RangeError(result.reason.en);
  return code;
}
