/**
 * The region a code covers: GB/T 2260 codes are hierarchical in pairs of digits, so 420000 (a
 * province) covers 42xxxx and 420300 (a city) covers 4203xx.
 */
export function regionPrefix(regionCode: string): string {
  let prefix = regionCode;
  while (prefix.length > 2 && prefix.endsWith("00")) prefix = prefix.slice(0, -2);
  return prefix === "00" ? "" : prefix;
}

export function regionCovers(scopeCode: string, code: string): boolean {
  return code.startsWith(regionPrefix(scopeCode));
}

/** The codes that cover `code`: itself, its city and its province (420303 → 420303, 420300, 420000). */
export function regionsCovering(code: string): string[] {
  return [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
}
