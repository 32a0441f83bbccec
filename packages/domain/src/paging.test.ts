import { describe, expect, it } from "vitest";
import { countLimit, EXACT_TOTAL_UP_TO, pageTotal } from "./paging";

describe("countLimit", () => {
  it.each([
    [0, 20, EXACT_TOTAL_UP_TO + 1],
    [980, 20, EXACT_TOTAL_UP_TO + 1],
    // Past the exact range: one item past the page says whether a next page exists.
    [1000, 20, 1021],
    [5000, 200, 5201],
  ])("offset %i, limit %i → count at most %i", (offset, limit, expected) => {
    expect(countLimit({ offset, limit })).toBe(expected);
  });
});

describe("pageTotal", () => {
  it.each([
    [0, 1001, { total: 0, totalExact: true }],
    [1000, 1001, { total: 1000, totalExact: true }],
    [1001, 1001, { total: 1000, totalExact: false }],
    [1020, 1021, { total: 1020, totalExact: true }],
    [1021, 1021, { total: 1020, totalExact: false }],
    [3600, null, { total: 3600, totalExact: true }],
  ])("%i counted with limit %i → %o", (counted, limit, expected) => {
    expect(pageTotal(counted, limit)).toEqual(expected);
  });

  it("is exact for any list no longer than EXACT_TOTAL_UP_TO, on every page", () => {
    for (const total of [0, 1, 999, EXACT_TOTAL_UP_TO]) {
      for (const offset of [0, 20, 980, 2000]) {
        expect(pageTotal(total, countLimit({ offset, limit: 20 }))).toEqual({ total, totalExact: true });
      }
    }
  });
});
