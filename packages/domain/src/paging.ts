/**
 * A list's total is counted exactly up to this many items (fifty pages of 20); beyond, counting every
 * item only to print its number costs each page a scan of all of them, so the list says "1,000+".
 */
export const EXACT_TOTAL_UP_TO = 1_000;

/**
 * How many items a page's count may read: enough for the exact total up to EXACT_TOTAL_UP_TO, and, on a
 * page deeper than that, one past the page so that the next page is known to exist.
 */
export function countLimit(page: { offset: number; limit: number }): number {
  return Math.max(EXACT_TOTAL_UP_TO, page.offset + page.limit) + 1;
}

/**
 * The total a page reports from what its count read with `limit`: exact when the count stopped short
 * of the limit (or had none: null); otherwise "more than `total`" (`totalExact` false), `total` being
 * one less than the limit.
 */
export function pageTotal(counted: number, limit: number | null): { total: number; totalExact: boolean } {
  return limit === null || counted < limit
    ? { total: counted, totalExact: true }
    : { total: limit - 1, totalExact: false };
}
