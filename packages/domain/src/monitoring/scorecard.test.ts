import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { issuesOf } from "../test-support";
import type { BankMonthlyStatistics } from "./bank-statistics";
import {
  type BankMeasures,
  checkPublishableMonth,
  DEFAULT_SCORECARD,
  lendingMeasures,
  parseScorecardConfig,
  type ScorecardConfig,
  type ScorecardCriterion,
  scoreBanks,
  serviceMeasures,
} from "./scorecard";

const bank = (bankId: string, measures: Partial<Record<ScorecardCriterion, string>>): BankMeasures => ({
  bankId,
  measures: Object.fromEntries(Object.entries(measures).map(([key, value]) => [key, new Decimal(value)])),
});

/** Share weighs 60, response time 40; the slowest two named. */
const SHARE_AND_SPEED: ScorecardConfig = {
  criteria: [
    { criterion: "MANUFACTURING_SHARE", weight: new Decimal(60) },
    { criterion: "RESPONSE_TIME", weight: new Decimal(40) },
  ],
  slowestCount: 2,
};

const BANKS = [
  bank("A", { MANUFACTURING_SHARE: "0.15", RESPONSE_TIME: "2" }),
  bank("B", { MANUFACTURING_SHARE: "0.05", RESPONSE_TIME: "10" }),
  bank("C", { MANUFACTURING_SHARE: "0.10", RESPONSE_TIME: "6" }),
];

const ranking = (banks: BankMeasures[], config = SHARE_AND_SPEED) =>
  scoreBanks(banks, config).cards.map((card) => [card.bankId, card.rank, card.total]);

describe("bank scorecard", () => {
  it("scores each criterion from the worst bank (0) to the best (100), times better short, with the working", () => {
    const card = scoreBanks(BANKS, SHARE_AND_SPEED).cards.find((found) => found.bankId === "C");
    expect(card?.scores).toMatchObject([
      {
        criterion: "MANUFACTURING_SHARE",
        best: "0.150000",
        worst: "0.050000",
        score: "50.00",
        working: { zh: "100 × (0.100000 − 0.050000) ÷ (0.150000 − 0.050000) = 50.00" },
      },
      { criterion: "RESPONSE_TIME", best: "2.000000", worst: "10.000000", score: "50.00" },
    ]);
    expect(card?.totalWorking.zh).toBe("(60 × 50.00 + 40 × 50.00) ÷ (60 + 40) = 50.00");
  });

  it("ranks by total, best first", () => {
    expect(ranking(BANKS)).toEqual([
      ["A", 1, "100.00"],
      ["C", 2, "50.00"],
      ["B", 3, "0.00"],
    ]);
  });

  it("gives equal totals the same rank and skips the ranks they take (1, 2, 2, 4), in the order given", () => {
    const twin = bank("D", { MANUFACTURING_SHARE: "0.10", RESPONSE_TIME: "6" });
    expect(ranking([...BANKS, twin])).toEqual([
      ["A", 1, "100.00"],
      ["C", 2, "50.00"],
      ["D", 2, "50.00"],
      ["B", 4, "0.00"],
    ]);
  });

  it("leaves out a criterion a bank has no figure for, and ranks a bank with none at all last, unranked", () => {
    const noDemands = bank("E", { MANUFACTURING_SHARE: "0.10" });
    const nothing = bank("F", {});
    const card = scoreBanks([...BANKS, noDemands, nothing], SHARE_AND_SPEED).cards;
    expect(card.find((found) => found.bankId === "E")).toMatchObject({
      rank: 2,
      total: "50.00",
      totalWorking: { zh: "(60 × 50.00) ÷ (60) = 50.00" },
    });
    expect(card.at(-1)).toMatchObject({ bankId: "F", rank: null, total: null });
  });

  it("gives every bank 100 when all have the same figure, and rounds scores half-up to 2 places", () => {
    const same = [bank("A", { SATISFACTION: "4.5" }), bank("B", { SATISFACTION: "4.5" })];
    const config = {
      criteria: [{ criterion: "SATISFACTION" as const, weight: new Decimal(1) }],
      slowestCount: 0,
    };
    expect(ranking(same, config)).toEqual([
      ["A", 1, "100.00"],
      ["B", 1, "100.00"],
    ]);
    // 100 × 0.1 ÷ 0.3 = 33.333…; 100 × 0.2 ÷ 0.3 = 66.666…
    const thirds = [
      bank("A", { CREDIT_SHARE: "0.1" }),
      bank("B", { CREDIT_SHARE: "0.2" }),
      bank("C", { CREDIT_SHARE: "0.4" }),
    ];
    const credit = {
      criteria: [{ criterion: "CREDIT_SHARE" as const, weight: new Decimal(1) }],
      slowestCount: 0,
    };
    expect(ranking(thirds, credit).map(([, , total]) => total)).toEqual(["100.00", "33.33", "0.00"]);
  });

  it("names the slowest banks by response and review time, with any tied at the cut", () => {
    const banks = [
      ...BANKS,
      bank("D", { RESPONSE_TIME: "6", REVIEW_TIME: "3" }),
      bank("E", { REVIEW_TIME: "9" }),
    ];
    const { slowest } = scoreBanks(banks, { ...DEFAULT_SCORECARD, slowestCount: 2 });
    expect(slowest).toEqual([
      {
        criterion: "RESPONSE_TIME",
        banks: [
          { bankId: "B", value: "10.000000" },
          { bankId: "C", value: "6.000000" },
          { bankId: "D", value: "6.000000" },
        ],
      },
      {
        criterion: "REVIEW_TIME",
        banks: [
          { bankId: "E", value: "9.000000" },
          { bankId: "D", value: "3.000000" },
        ],
      },
    ]);
  });
});

describe("lending measures from a bank's statistics", () => {
  const month = (allLoansBalanceFen: bigint, balanceFen: bigint): BankMonthlyStatistics => ({
    month: "2026-11",
    allLoansBalanceFen,
    manufacturing: {
      balanceFen,
      mediumLongTermBalanceFen: (balanceFen * 3n) / 5n,
      creditBalanceFen: balanceFen / 4n,
      newLoansFen: 0n,
      newMediumLongTermFen: 0n,
      newCreditFen: 0n,
    },
    byCluster: [],
    byDistrict: [],
  });
  const shown = (measures: ReturnType<typeof lendingMeasures>) =>
    Object.fromEntries(Object.entries(measures).map(([criterion, value]) => [criterion, value.toString()]));

  it("gives the share of all loans, growth over a year and the medium/long-term and credit shares", () => {
    expect(shown(lendingMeasures(month(1_000_000n, 120_000n), month(900_000n, 100_000n)))).toEqual({
      MANUFACTURING_SHARE: "0.12",
      MANUFACTURING_GROWTH: "0.2",
      MEDIUM_LONG_TERM_SHARE: "0.6",
      CREDIT_SHARE: "0.25",
    });
  });

  it("leaves out growth without last year's month, and shares over a zero base", () => {
    expect(shown(lendingMeasures(month(0n, 0n)))).toEqual({});
    expect(Object.keys(lendingMeasures(month(1_000n, 100n)))).toEqual([
      "MANUFACTURING_SHARE",
      "MEDIUM_LONG_TERM_SHARE",
      "CREDIT_SHARE",
    ]);
  });
});

describe("scorecard configuration", () => {
  it("defaults to the seed's lending figures weighing 60 and the service figures 40, three slowest named", () => {
    const total = DEFAULT_SCORECARD.criteria.reduce((sum, { weight }) => sum.plus(weight), new Decimal(0));
    expect(total.toString()).toBe("100");
    expect(DEFAULT_SCORECARD.slowestCount).toBe(3);
  });

  it("parses criteria and weights", () => {
    const config = parseScorecardConfig({
      criteria: [
        { criterion: "MANUFACTURING_SHARE", weight: "70" },
        { criterion: "SATISFACTION", weight: "30.5" },
      ],
      slowestCount: 5,
    });
    expect(config.criteria.map(({ criterion, weight }) => [criterion, weight.toString()])).toEqual([
      ["MANUFACTURING_SHARE", "70"],
      ["SATISFACTION", "30.5"],
    ]);
  });

  it("refuses unknown or repeated criteria, bad weights, all-zero weights and a bad count, all at once", () => {
    const issues = issuesOf(() =>
      parseScorecardConfig({
        criteria: [
          { criterion: "PROFIT", weight: "0" },
          { criterion: "CREDIT_SHARE", weight: "0" },
          { criterion: "CREDIT_SHARE", weight: "-1" },
        ],
        slowestCount: 1.5,
      }),
    );
    expect(issues.map((issue) => [issue.path.join("."), issue.rule])).toEqual([
      ["criteria.0.criterion", "known-criterion"],
      ["criteria.2.criterion", "unique"],
      ["criteria.2.weight", "weight-format"],
      ["criteria", "not-all-zero"],
      ["slowestCount", "range"],
    ]);
  });
});

describe("service measures from the marketplace and the loan programmes", () => {
  const claim = (orgId: string, state: string, responseDays: number | null, extra = {}) => ({
    orgId,
    state,
    declineReason: null,
    responseDays,
    rating: null,
    ...extra,
  });

  it("means the days to respond and to review, the share of turn-downs with a reason, and the ratings", () => {
    const claims = [
      claim("A", "FUNDED", 1, { rating: 5 }),
      claim("A", "DECLINED", 2, { declineReason: "抵押物不足" }),
      claim("A", "DECLINED", 4, { declineReason: " " }),
      claim("A", "RELEASED", null),
      claim("A", "CLAIMED", 3, { rating: 4 }),
      claim("B", "FUNDED", 9),
    ];
    const reviews = [
      { bankOrgId: "A", reviewDays: 3 },
      { bankOrgId: "A", reviewDays: 4 },
      { bankOrgId: "B", reviewDays: 10 },
    ];
    const measures = serviceMeasures("A", claims, reviews);
    // (1 + 2 + 4 + 3) ÷ 4 = 2.5 days; 1 of 3 turn-downs with a reason; (5 + 4) ÷ 2; (3 + 4) ÷ 2.
    expect(
      Object.fromEntries(Object.entries(measures).map(([key, value]) => [key, value?.toString()])),
    ).toEqual({
      RESPONSE_TIME: "2.5",
      DECLINE_WITH_REASON_RATE: `0.${"3".repeat(100)}`,
      SATISFACTION: "4.5",
      REVIEW_TIME: "3.5",
    });
  });

  it("leaves out what a bank has no facts for", () => {
    expect(serviceMeasures("C", [claim("C", "CLAIMED", null)], [])).toEqual({});
  });
});

describe("publication", () => {
  it("publishes a month once it has ended", () => {
    expect(() => checkPublishableMonth("2026-11", "2026-12-01")).not.toThrow();
    expect(issuesOf(() => checkPublishableMonth("2026-12", "2026-12-31")).map((i) => i.rule)).toEqual([
      "month-ended",
    ]);
    expect(issuesOf(() => checkPublishableMonth("2027-01", "2026-12-31")).map((i) => i.rule)).toEqual([
      "month-ended",
    ]);
  });
});
