import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeUsccCheckChar,
  makeUscc,
  USCC_CHARSET,
  USCC_REGISTRATION_AUTHORITIES,
  type UsccValidation,
  validateUscc,
} from "./uscc";

function failure(code: string): Extract<UsccValidation, { valid: false }> {
  const result = validateUscc(code);
  if (result.valid) throw new Error(`${code} unexpectedly valid`);
  return result;
}

describe("validateUscc", () => {
  it("accepts the SPEC example and returns its division code", () => {
    expect(validateUscc("91440300708461136T")).toEqual({ valid: true, divisionCode: "440300" });
  });

  it("reports the check digit of the real early code 91350100M0001TGQXM", () => {
    const result = failure("91350100M0001TGQXM");
    expect(result.rule).toBe("check-digit");
    expect(result.reason.zh).toContain('校验码应为"1",实际为"M"');
    expect(result.reason.en).toContain('should be "1", got "M"');
  });

  it.each([
    ["", 0],
    ["91440300708461136", 17],
    ["91440300708461136T0", 19],
  ])("length: %j has %i characters", (code, length) => {
    const result = failure(code);
    expect(result.rule).toBe("length");
    expect(result.reason.zh).toContain(`实际为${length}位`);
  });

  it.each([
    ["91440300708461I36T", 15, "I"],
    ["9144030070846113OT", 17, "O"],
    ["91440300708461136Z", 18, "Z"],
    ["9S440300708461136T", 2, "S"],
    ["91440300708461136-", 18, "-"],
    ["91440300708461136Ｔ", 18, "Ｔ"],
  ])("charset: %s has an illegal character at position %i", (code, position, char) => {
    const result = failure(code);
    expect(result.rule).toBe("charset");
    expect(result.reason.zh).toContain(`第${position}位字符"${char}"`);
    expect(result.reason).not.toContain('大写"');
  });

  it("charset: a lowercase letter gets an upper-case hint, nothing is upper-cased silently", () => {
    const result = failure("91440300708461136t");
    expect(result.rule).toBe("charset");
    expect(result.reason.zh).toContain('请改为大写"T"');
    expect(result.reason.en).toContain('upper case as "T"');
  });

  it.each(["01440300708461136T", "B1440300708461136T", "X1440300708461136T"])(
    "registration-authority: %s",
    (code) => {
      expect(failure(code).rule).toBe("registration-authority");
    },
  );

  it.each(["91A40300708461136T", "9144030X708461136T"])("division-code: %s", (code) => {
    const result = failure(code);
    expect(result.rule).toBe("division-code");
    expect(result.reason.zh).toContain("6位数字");
  });

  it("reports rules in order: charset before registration authority before check digit", () => {
    expect(failure("01440300708461136t").rule).toBe("charset");
    expect(failure("0144030070846113AT").rule).toBe("registration-authority");
    expect(failure("91A4030070846113AT").rule).toBe("division-code");
  });
});

describe("computeUsccCheckChar / makeUscc", () => {
  it("computes the check character of the SPEC example", () => {
    expect(computeUsccCheckChar("91440300708461136")).toBe("T");
  });

  it("maps a check value of 31 to '0'", () => {
    // Σ = 0 (all zeros) gives 31 − 0 = 31 → "0".
    expect(computeUsccCheckChar("00000000000000000")).toBe("0");
  });

  it("throws on the wrong length or an illegal character", () => {
    expect(() => computeUsccCheckChar("9144030070846113")).toThrow(RangeError);
    expect(() => computeUsccCheckChar("9144030070846113I")).toThrow(RangeError);
  });

  it.each(Object.keys(USCC_REGISTRATION_AUTHORITIES))(
    "builds a valid code for registration authority %s",
    (code) => {
      const uscc = makeUscc(`${code}1`, "420300", "MA4ABCDE1");
      expect(validateUscc(uscc)).toEqual({ valid: true, divisionCode: "420300" });
    },
  );

  it("refuses illegal parts", () => {
    expect(() => makeUscc("01", "420300", "MA4ABCDE1")).toThrow(/registration authority/);
    expect(() => makeUscc("91", "42030A", "MA4ABCDE1")).toThrow(/division code/);
    expect(() => makeUscc("91", "420300", "MA4ABCDE")).toThrow(RangeError);
  });
});

describe("USCC properties", () => {
  const charArbitrary = fc.constantFrom(...USCC_CHARSET);
  const validCode = fc
    .record({
      authority: fc.constantFrom(...Object.keys(USCC_REGISTRATION_AUTHORITIES)),
      category: charArbitrary,
      division: fc.stringMatching(/^\d{6}$/),
      body: fc.array(charArbitrary, { minLength: 9, maxLength: 9 }).map((chars) => chars.join("")),
    })
    .map(({ authority, category, division, body }) => makeUscc(`${authority}${category}`, division, body));

  it("generated codes are valid", () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(validateUscc(code)).toEqual({ valid: true, divisionCode: code.slice(2, 8) });
      }),
    );
  });

  it("changing any single character to another legal character makes the code invalid", () => {
    fc.assert(
      fc.property(
        validCode,
        fc.integer({ min: 0, max: 17 }),
        charArbitrary,
        (code, position, replacement) => {
          fc.pre(code[position] !== replacement);
          const mutated = `${code.slice(0, position)}${replacement}${code.slice(position + 1)}`;
          expect(validateUscc(mutated).valid).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
