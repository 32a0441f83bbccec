import { describe, expect, it } from "vitest";
import { issuesOf } from "../test-support";
import {
  checkFinancing,
  checkPayableDates,
  checkVerifiedFinancingRules,
  type Fundamentals,
  type ReceivableFacts,
  DEFAULT_VERIFIED_FINANCING_RULES as RULES,
  receivableExclusion,
  verifiedLimit,
} from "./verified-receivables";

const TODAY = "2026-12-05";
const ALL_GOOD: Fundamentals = {
  supplierRegistered: true,
  coreRegistered: true,
  coreInDefault: false,
  arrangementActive: true,
};
const receivable = (id: string, yuan: number, dueOn: string, status: ReceivableFacts["status"] = "OPEN") => ({
  id,
  amountFen: BigInt(yuan) * 100n,
  dueOn,
  status,
});

describe("which receivables count towards a verified limit", () => {
  it.each([
    ["open, due in 7 days (the minimum)", receivable("a", 100, "2026-12-12"), null],
    ["open, due in 365 days (the maximum)", receivable("a", 100, "2027-12-05"), null],
    ["open, due in 6 days", receivable("a", 100, "2026-12-11"), "距到期不足7天"],
    ["overdue", receivable("a", 100, "2026-12-01"), "距到期不足7天"],
    ["due in 366 days", receivable("a", 100, "2027-12-06"), "距到期超过365天"],
    ["financed", receivable("a", 100, "2027-03-01", "FINANCED"), "已融资"],
    ["settled", receivable("a", 100, "2027-03-01", "SETTLED"), "核心企业已付款"],
    ["withdrawn", receivable("a", 100, "2027-03-01", "WITHDRAWN"), "核心企业已撤回"],
  ])("%s", (_, facts, reason) => {
    expect(receivableExclusion(facts, RULES, TODAY)?.zh ?? null).toBe(reason);
  });
});

describe("a supplier's verified limit", () => {
  const tooClose = receivable("r3", 300_000, "2026-12-08");
  const financed = receivable("r4", 200_000, "2027-01-31", "FINANCED");
  const book = [
    receivable("r1", 1_000_000, "2027-03-31"),
    receivable("r2", 500_000, "2027-02-28"),
    tooClose,
    financed,
  ];

  it.each([
    // eligible 150万 × 80% = 120万; cap 1,000万 − 0 outstanding
    ["rate applies below the cap", ALL_GOOD, book, 0n, RULES, 120_000_000n, 150_000_000n],
    // cap 1,000万 − 950万 outstanding = 50万 < 120万
    ["the cap less what is outstanding", ALL_GOOD, book, 950_000_000n, RULES, 50_000_000n, 150_000_000n],
    ["nothing once the cap is used up", ALL_GOOD, book, 1_200_000_000n, RULES, 0n, 150_000_000n],
    ["a region's own rate", ALL_GOOD, book, 0n, { ...RULES, advanceRate: "0.7" }, 105_000_000n, 150_000_000n],
    ["nothing eligible", ALL_GOOD, [tooClose, financed], 0n, RULES, 0n, 0n],
    [
      "no arrangement, no limit",
      { ...ALL_GOOD, arrangementActive: false },
      book,
      0n,
      RULES,
      0n,
      150_000_000n,
    ],
    ["core in default, no limit", { ...ALL_GOOD, coreInDefault: true }, book, 0n, RULES, 0n, 150_000_000n],
    [
      "unregistered supplier, no limit",
      { ...ALL_GOOD, supplierRegistered: false },
      book,
      0n,
      RULES,
      0n,
      150_000_000n,
    ],
  ] as const)("%s", (_, fundamentals, receivables, outstandingFen, rules, limitFen, eligibleFen) => {
    const limit = verifiedLimit({
      fundamentals,
      receivables,
      outstandingFen,
      rules,
      today: TODAY,
    });
    expect(limit.limitFen).toBe(limitFen);
    expect(limit.eligibleFen).toBe(eligibleFen);
    expect(limit.working).toHaveLength(3);
  });

  it("rounds the advance down to the fen and writes out its working", () => {
    const limit = verifiedLimit({
      fundamentals: ALL_GOOD,
      receivables: [{ id: "x", amountFen: 12_345n, dueOn: "2027-01-31", status: "OPEN" }],
      outstandingFen: 0n,
      rules: { ...RULES, advanceRate: "0.3333" },
      today: TODAY,
    });
    expect(limit.advanceFen).toBe(4_114n); // 12,345 × 0.3333 = 4,114.59
    expect(limit.working[0]?.zh).toBe("合格应收账款 123.45 元 × 融资比例 33.33% = 41.14 元");
    expect(limit.working[2]?.zh).toBe("可融资额度取两者较小值:41.14 元");
  });

  it("names each failed fundamental", () => {
    const limit = verifiedLimit({
      fundamentals: { ...ALL_GOOD, arrangementActive: false, coreRegistered: false },
      receivables: [],
      outstandingFen: 0n,
      rules: RULES,
      today: TODAY,
    });
    expect(limit.checks.filter((check) => !check.passed).map((check) => check.rule)).toEqual([
      "core-registered",
      "account-lock",
    ]);
    expect(limit.working[2]?.zh).toContain("核心企业没有生效的协助账户锁定安排");
  });
});

describe("a financing of selected receivables", () => {
  const due = receivable("r1", 1_000_000, "2027-03-31");
  const tooClose = receivable("r2", 500_000, "2026-12-08");
  const book = [due, tooClose];
  const limitOf = (outstandingFen = 0n, fundamentals = ALL_GOOD) =>
    verifiedLimit({ fundamentals, receivables: book, outstandingFen, rules: RULES, today: TODAY });
  const rules = (action: () => unknown) =>
    issuesOf(action).map((issue) => [issue.path.join("."), issue.rule]);

  it.each([
    ["up to the advance on the selection", [due], 80_000_000n, [], 0n],
    ["above the advance on the selection", [due], 80_000_001n, [["amount", "within-limit"]], 0n],
    ["above what the cap leaves", [due], 60_000_000n, [["amount", "within-limit"]], 950_000_000n],
    ["an ineligible receivable", [tooClose], 1n, [["payableIds", "eligible"]], 0n],
    [
      "nothing selected",
      [],
      1n,
      [
        ["payableIds", "not-empty"],
        ["amount", "within-limit"],
      ],
      0n,
    ],
    ["a zero amount", [due], 0n, [["amount", "positive"]], 0n],
  ] as const)("%s", (_, selected, amountFen, expected, outstanding) => {
    const check = () => checkFinancing(limitOf(outstanding), selected, amountFen);
    if (expected.length === 0) expect(check).not.toThrow();
    else expect(rules(check)).toEqual(expected);
  });

  it("refuses all financing while a fundamental fails", () => {
    const check = () => checkFinancing(limitOf(0n, { ...ALL_GOOD, arrangementActive: false }), [due], 1n);
    expect(rules(check)).toEqual([
      ["payableIds", "account-lock"],
      ["amount", "within-limit"],
    ]);
  });
});

describe("payable dates and the region's rules", () => {
  it.each([
    ["2026-12-05", "2027-03-01", []],
    ["2026-12-06", "2027-03-01", [["issuedOn", "not-in-future"]]],
    ["2026-11-01", "2026-11-01", [["dueOn", "after-issued"]]],
  ] as const)("issued %s, due %s", (issuedOn, dueOn, expected) => {
    const check = () => checkPayableDates(issuedOn, dueOn, TODAY);
    if (expected.length === 0) expect(check).not.toThrow();
    else expect(issuesOf(check).map((issue) => [issue.path.join("."), issue.rule])).toEqual(expected);
  });

  it.each([
    [{ advanceRate: "1" }, []],
    [{ advanceRate: "0" }, ["rate-range"]],
    [{ advanceRate: "1.01" }, ["rate-range"]],
    [{ advanceRate: "0.12345" }, ["rate-range"]],
    [{ advanceRate: "八成" }, ["rate-range"]],
    [{ advanceRate: "1e-1" }, ["rate-range"]],
    [{ supplierCapFen: 0n }, ["positive"]],
    [{ minDaysToDue: 30, maxDaysToDue: 30 }, ["after-min"]],
  ] as const)("rules %o", (change, expected) => {
    const check = () => checkVerifiedFinancingRules({ ...RULES, ...change });
    if (expected.length === 0) expect(check).not.toThrow();
    else expect(issuesOf(check).map((issue) => issue.rule)).toEqual(expected);
  });
});
