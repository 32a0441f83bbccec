import { describe, expect, it } from "vitest";
import { issuesOf } from "../test-support";
import {
  entersQuarterlyFigure,
  nextQuarterlyFigureVersion,
  parseQuarterlyFigure,
  quarterEndMonth,
  quarterlyAmounts,
  quarterOf,
} from "./quarterly-figures";

const TODAY = "2026-12-05";

describe("quarterly figures entered by departments", () => {
  it("takes an amount in yuan as fen, and a count of listings", () => {
    expect(
      parseQuarterlyFigure({ quarter: "2026-Q3", figure: "FUND_INVESTMENT", amount: "2500000000.00" }, TODAY),
    ).toEqual({ quarter: "2026-Q3", figure: "FUND_INVESTMENT", amountFen: 250_000_000_000n, count: null });
    expect(parseQuarterlyFigure({ quarter: "2026-Q4", figure: "NEW_LISTINGS", count: 0 }, TODAY)).toEqual({
      quarter: "2026-Q4",
      figure: "NEW_LISTINGS",
      amountFen: null,
      count: 0,
    });
  });

  it.each([
    [{ quarter: "2027-Q1", figure: "BOND_FINANCING", amount: "1.00" }, [["quarter", "not-future"]]],
    [{ quarter: "2026-3", figure: "BOND_FINANCING", amount: "1.00" }, [["quarter", "quarter-format"]]],
    [{ quarter: "2026-Q1", figure: "LOANS", amount: "1.00" }, [["figure", "known-figure"]]],
    [{ quarter: "2026-Q1", figure: "BOND_FINANCING", count: 3 }, [["count", "unit"]]],
    [{ quarter: "2026-Q1", figure: "NEW_LISTINGS", amount: "3" }, [["amount", "unit"]]],
    [{ quarter: "2026-Q1", figure: "NEW_LISTINGS", count: -1 }, [["count", "non-negative-integer"]]],
    [{ quarter: "2026-Q1", figure: "NEW_LISTINGS", count: 1.5 }, [["count", "non-negative-integer"]]],
    [{ quarter: "2026-Q1", figure: "GUARANTEE_AMOUNT" }, [["amount", "required"]]],
    [
      { quarter: "2028-Q1", figure: "GUARANTEE_AMOUNT", amount: "-5.00" },
      [
        ["quarter", "not-future"],
        ["amount", "non-negative"],
      ],
    ],
  ])("refuses %j naming the field and rule", (input, expected) => {
    const found = issuesOf(() => parseQuarterlyFigure(input, TODAY)).map((i) => [i.path.join("."), i.rule]);
    expect(found.map(([field]) => field)).toEqual(expected.map(([field]) => field));
    expect(found[0]?.[1]).toBe(expected[0]?.[1]);
  });

  it("places quarters at their last month and knows who enters what", () => {
    expect([quarterOf("2026-12-05"), quarterOf("2026-01-01"), quarterOf("2026-06-30")]).toEqual([
      "2026-Q4",
      "2026-Q1",
      "2026-Q2",
    ]);
    expect(quarterEndMonth("2025-Q2")).toBe("2025-06");
    expect(
      quarterlyAmounts("BOND_FINANCING", [
        { quarter: "2025-Q2", figure: "BOND_FINANCING", amountFen: 100n, count: null },
        { quarter: "2025-Q2", figure: "FUND_INVESTMENT", amountFen: 7n, count: null },
      ]),
    ).toEqual([{ month: "2025-06", amountFen: 100n }]);
    expect(entersQuarterlyFigure("SECURITIES_REGULATOR", "NEW_LISTINGS")).toBe(true);
    expect(entersQuarterlyFigure("FINANCE_BUREAU", "FUND_INVESTMENT")).toBe(true);
    expect(entersQuarterlyFigure("BANK", "FUND_INVESTMENT")).toBe(false);
    expect(entersQuarterlyFigure("INDUSTRY_BUREAU", "BOND_FINANCING")).toBe(false);
  });

  it("numbers versions: the first needs no reason, a correction does", () => {
    expect(nextQuarterlyFigureVersion(null, undefined)).toBe(1);
    expect(nextQuarterlyFigureVersion(2, "基金业协会数据更新")).toBe(3);
    expect(issuesOf(() => nextQuarterlyFigureVersion(1, "  ")).map((i) => i.rule)).toEqual([
      "correction-needs-reason",
    ]);
  });
});
