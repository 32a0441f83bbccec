import { describe, expect, it } from "vitest";
import {
  businessDateLimit,
  checkAmountAtMost,
  checkDateWithin,
  EARLIEST_DATE,
  earliestDateLimit,
  LATEST_DATE,
  latestDateLimit,
  MAX_AMOUNT_FEN,
} from "./bounds";

const sane = { earliest: earliestDateLimit, latest: latestDateLimit };

describe("dates within their limits", () => {
  it.each([
    ["0000-01-01", sane, "date-not-before", EARLIEST_DATE],
    ["1899-12-31", sane, "date-not-before", EARLIEST_DATE],
    ["2100-01-01", sane, "date-not-after", LATEST_DATE],
    ["9999-12-31", sane, "date-not-after", LATEST_DATE],
    ["2027-03-02", { latest: businessDateLimit("2027-03-01") }, "date-not-after", "2027-03-01"],
  ])("refuses %s (%s) with %s naming %s", (value, limits, rule, limit) => {
    const issue = checkDateWithin(value, ["date"], "记账日期", limits);
    expect(issue).toMatchObject({ path: ["date"], rule });
    expect(issue?.message.zh).toContain(limit);
    expect(issue?.message.zh).toContain("记账日期");
  });

  it.each([
    [EARLIEST_DATE, sane],
    [LATEST_DATE, sane],
    ["2027-03-01", { latest: businessDateLimit("2027-03-01") }],
    ["1200-01-01", {}],
  ])("accepts %s within %j", (value, limits) => {
    expect(checkDateWithin(value, ["date"], "日期", limits)).toBeUndefined();
  });
});

describe("amounts at most their maximum", () => {
  it("states 100亿元 as the most a single amount can be", () => {
    expect(MAX_AMOUNT_FEN).toBe(10_000_000_000n * 100n);
  });

  it.each([
    [MAX_AMOUNT_FEN, undefined],
    [MAX_AMOUNT_FEN + 1n, "10,000,000,000.00"],
    [999_999_999_999_999n, "10,000,000,000.00"],
  ])("%s fen gives %s", (fen, limit) => {
    const issue = checkAmountAtMost(fen, MAX_AMOUNT_FEN, ["amount"], "金额");
    if (limit === undefined) expect(issue).toBeUndefined();
    else
      expect(issue).toMatchObject({
        path: ["amount"],
        rule: "max-amount",
        message: expect.objectContaining({ zh: expect.stringContaining(limit) }),
      });
  });
});
