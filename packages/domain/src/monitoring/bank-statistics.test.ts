import { describe, expect, it } from "vitest";
import { issueOf, issuesOf } from "../test-support";
import {
  type BankStatisticsInput,
  lateBanks,
  type ManufacturingFiguresInput,
  nextStatisticsVersion,
  parseBankStatistics,
  statisticsDueDate,
  statisticsTimeliness,
} from "./bank-statistics";

const CONTEXT = { today: "2026-12-05", districts: ["420302", "420303", "420322"] };

const figures = (
  balance: string,
  mediumLongTermBalance: string,
  creditBalance: string,
  newLoans: string,
  newMediumLongTerm: string,
  newCredit: string,
): ManufacturingFiguresInput => ({
  balance,
  mediumLongTermBalance,
  creditBalance,
  newLoans,
  newMediumLongTerm,
  newCredit,
});

/** 十堰 bank, November 2026: manufacturing 1,000万 of 9,000万, split over two clusters and two districts. */
function valid(): BankStatisticsInput {
  return {
    month: "2026-11",
    allLoansBalance: "90000000.00",
    manufacturing: figures("10000000.00", "6000000.00", "2500000.00", "800000.00", "300000.00", "100000.00"),
    byCluster: [
      {
        cluster: "NEV",
        ...figures("7000000.00", "4000000.00", "2000000.00", "500000.00", "200000.00", "100000.00"),
      },
      {
        cluster: "OTHER_MANUFACTURING",
        ...figures("3000000.00", "2000000.00", "500000.00", "300000.00", "100000.00", "0"),
      },
    ],
    byDistrict: [
      { district: "420302", ...figures("4000000.01", "2000000", "1000000", "400000", "150000", "50000") },
      { district: "420303", ...figures("5999999.99", "4000000", "1500000", "400000", "150000", "50000") },
    ],
  };
}

describe("bank monthly statistics", () => {
  it("accepts figures that add up and returns them in fen", () => {
    const stats = parseBankStatistics(valid(), CONTEXT);
    expect(stats.allLoansBalanceFen).toBe(9_000_000_000n);
    expect(stats.manufacturing.balanceFen).toBe(1_000_000_000n);
    expect(stats.byDistrict[0]).toMatchObject({ district: "420302", balanceFen: 400_000_001n });
    expect(stats.byCluster.map((row) => row.cluster)).toEqual(["NEV", "OTHER_MANUFACTURING"]);
  });

  it.each<[string, (input: BankStatisticsInput) => void, string, string]>([
    [
      "a negative balance",
      (i) => {
        i.allLoansBalance = "-1.00";
      },
      "allLoansBalance",
      "non-negative",
    ],
    [
      "an amount above 100万亿元",
      (i) => {
        i.allLoansBalance = "100000000000000.01";
      },
      "allLoansBalance",
      "max-amount",
    ],
    [
      "a third decimal place",
      (i) => {
        i.manufacturing.newCredit = "100000.001";
      },
      "manufacturing.newCredit",
      "max-2-decimals",
    ],
    [
      "a month in the future",
      (i) => {
        i.month = "2027-01";
      },
      "month",
      "not-after-current-month",
    ],
    [
      "a month that is not YYYY-MM",
      (i) => {
        i.month = "2026-13";
      },
      "month",
      "month-format",
    ],
    [
      "manufacturing above all loans",
      (i) => {
        i.allLoansBalance = "9999999.99";
      },
      "manufacturing.balance",
      "within-all-loans",
    ],
    [
      "an unknown cluster",
      (i) => {
        (i.byCluster[0] as { cluster: string }).cluster = "STEEL";
      },
      "byCluster.0.cluster",
      "known-cluster",
    ],
    [
      "a district of another region",
      (i) => {
        (i.byDistrict[1] as { district: string }).district = "500101";
      },
      "byDistrict.1.district",
      "district-in-region",
    ],
    [
      "a district listed twice",
      (i) => {
        (i.byDistrict[1] as { district: string }).district = "420302";
      },
      "byDistrict.1.district",
      "unique",
    ],
  ])("refuses %s, naming the field and rule", (_, spoil, path, rule) => {
    const input = valid();
    spoil(input);
    const issue = issuesOf(() => parseBankStatistics(input, CONTEXT)).find((found) => found.rule === rule);
    expect(issue?.path.join(".")).toBe(path);
  });

  it("refuses an of-which above its whole, for balances and for new loans", () => {
    const input = valid();
    input.manufacturing.mediumLongTermBalance = "10000000.01";
    input.manufacturing.newCredit = "800000.01";
    const issues = issuesOf(() => parseBankStatistics(input, CONTEXT)).filter(
      (issue) => issue.rule === "of-which-within-whole",
    );
    expect(issues.map((issue) => issue.path.join("."))).toEqual([
      "manufacturing.mediumLongTermBalance",
      "manufacturing.newCredit",
    ]);
  });

  it("refuses clusters or districts that do not add up to the manufacturing figures, to the fen", () => {
    const input = valid();
    (input.byDistrict[0] as ManufacturingFiguresInput).balance = "4000000.00";
    const issue = issueOf(() => parseBankStatistics(input, CONTEXT));
    expect(issue).toMatchObject({ path: ["byDistrict", "balance"], rule: "parts-add-up-to-total" });
    expect(issue.message.zh).toContain("合计9999999.99元");
  });

  it("reports every issue at once", () => {
    const input = valid();
    input.month = "2030-01";
    input.allLoansBalance = "abc";
    (input.byCluster[0] as ManufacturingFiguresInput).newLoans = "-5";
    const rules = issuesOf(() => parseBankStatistics(input, CONTEXT)).map((issue) => issue.rule);
    expect(rules).toEqual(["not-after-current-month", "decimal-format", "non-negative"]);
  });

  it("lets the current month through: the business date's month is the latest", () => {
    expect(parseBankStatistics({ ...valid(), month: "2026-12" }, CONTEXT).month).toBe("2026-12");
  });
});

describe("corrections", () => {
  it("makes the first submission version 1 without a reason", () => {
    expect(nextStatisticsVersion(null, undefined)).toBe(1);
  });

  it("needs a reason for a correction, which becomes the next version", () => {
    expect(issueOf(() => nextStatisticsVersion(2, "  "))).toMatchObject({
      path: ["reason"],
      rule: "correction-needs-reason",
    });
    expect(nextStatisticsVersion(2, "区县口径有误")).toBe(3);
    expect(issueOf(() => nextStatisticsVersion(1, "因".repeat(501))).rule).toBe("max-length");
  });
});

describe("late submission", () => {
  it.each([
    ["2026-11", 10, "2026-12-10"],
    ["2026-12", 10, "2027-01-10"],
    ["2027-01", 31, "2027-02-28"],
    ["2028-01", 30, "2028-02-29"],
  ])("the statistics for %s with due day %i are due on %s", (month, dueDay, due) => {
    expect(statisticsDueDate(month, dueDay)).toBe(due);
  });

  it("refuses a due day outside 1–31", () => {
    expect(issueOf(() => statisticsDueDate("2026-11", 0)).rule).toBe("day-of-month");
  });

  it("names the banks late: submitted after the due day, or missing once it has passed", () => {
    const first = new Map([
      ["on-time", "2026-12-10"],
      ["late", "2026-12-12"],
    ]);
    const banks = ["on-time", "late", "missing"];
    const timeliness = statisticsTimeliness("2026-11", banks, first, "2026-12-15");
    expect(timeliness.map((bank) => [bank.bankId, bank.status, bank.daysLate])).toEqual([
      ["on-time", "ON_TIME", 0],
      ["late", "LATE", 2],
      ["missing", "MISSING", 5],
    ]);
    expect(lateBanks(timeliness).map((bank) => bank.bankId)).toEqual(["late", "missing"]);
  });

  it("holds nobody late before the due day, and takes a configured due day", () => {
    const early = statisticsTimeliness("2026-11", ["a"], new Map(), "2026-12-10");
    expect(early[0]?.status).toBe("NOT_YET_DUE");
    const fifth = statisticsTimeliness("2026-11", ["a"], new Map([["a", "2026-12-08"]]), "2026-12-10", 5);
    expect(fifth[0]).toMatchObject({ status: "LATE", dueOn: "2026-12-05", daysLate: 3 });
  });
});
