import { describe, expect, it } from "vitest";
import type { BankMonthlyStatistics, ManufacturingFigures } from "./bank-statistics";
import {
  cumulativeIndicator,
  enterprisesReached,
  enterprisesServedIndicator,
  type Indicator,
  listingPipelineIndicator,
  loanIndicators,
  type RegionLoanMonth,
  regionLoanMonth,
} from "./indicators";
import { SEED_004_TARGETS } from "./targets";

const YUAN = 100n;
const YI = 100_000_000n * YUAN;

/** A region whose manufacturing loans went from 8% to 9% of all loans in a year. */
const SERIES: RegionLoanMonth[] = [
  {
    month: "2025-11",
    allLoansFen: 1_000_000_000n * YUAN,
    manufacturingFen: 80_000_000n * YUAN,
    mediumLongTermFen: 40_000_000n * YUAN,
    creditFen: 16_000_000n * YUAN,
  },
  {
    month: "2026-11",
    allLoansFen: 1_100_000_000n * YUAN,
    manufacturingFen: 99_000_000n * YUAN,
    mediumLongTermFen: 54_450_000n * YUAN,
    creditFen: 17_820_000n * YUAN,
  },
];

const byCode = (indicators: Indicator[]) =>
  Object.fromEntries(indicators.map((found) => [found.code, found]));

describe("loan indicators", () => {
  const indicators = byCode(loanIndicators(SERIES, "2026-11", SEED_004_TARGETS));

  it("shows the manufacturing share with its formula, progress to 10% and a straight line to 2027-12", () => {
    expect(indicators.MANUFACTURING_SHARE).toMatchObject({
      value: "0.090000",
      target: { rule: "AT_LEAST", value: "0.100000", by: "2027-12" },
      met: false,
      progress: "0.900000",
      working: { computation: "99000000.00 ÷ 1100000000.00 = 0.090000", rounding: "ratio-half-up-6-places" },
      // 0.08 → 0.09 in 12 months; 13 more months at 0.01/12 a month reach 0.100833.
      projection: {
        method: "straight-line",
        from: { month: "2025-11", value: "0.080000" },
        perMonth: "0.000833",
        projected: "0.100833",
        meetsTarget: true,
      },
    });
    expect(indicators.MANUFACTURING_SHARE?.working?.formula.zh).toBe("制造业贷款余额 ÷ 各项贷款余额");
  });

  it("compares manufacturing growth with all loans' growth, year on year", () => {
    expect(indicators.MANUFACTURING_GROWTH).toMatchObject({
      value: "0.237500",
      target: { rule: "AT_LEAST_ALL_LOANS_GROWTH", value: "0.100000" },
      met: true,
      projection: null,
    });
    expect(indicators.MANUFACTURING_GROWTH?.working?.inputs).toHaveLength(4);
  });

  it("judges the medium/long-term and credit shares by whether they rose over the year", () => {
    expect(indicators.MEDIUM_LONG_TERM_SHARE).toMatchObject({
      value: "0.550000",
      target: { rule: "RISING", value: "0.500000" },
      met: true,
    });
    expect(indicators.CREDIT_SHARE).toMatchObject({
      value: "0.180000",
      target: { value: "0.200000" },
      met: false,
    });
  });

  it("meets a share target reached exactly, and projects nothing once the target month is here", () => {
    const exact: RegionLoanMonth = {
      ...(SERIES[1] as RegionLoanMonth),
      month: "2027-12",
      manufacturingFen: 110_000_000n * YUAN,
    };
    const [share] = loanIndicators([exact], "2027-12", SEED_004_TARGETS);
    expect(share).toMatchObject({ value: "0.100000", met: true, projection: null });
  });

  it("says which month is missing instead of guessing", () => {
    const later = byCode(loanIndicators(SERIES, "2026-12", SEED_004_TARGETS));
    expect(later.MANUFACTURING_SHARE).toMatchObject({
      value: null,
      met: null,
      missing: { zh: "缺少2026-12的数据" },
    });
    const [latest] = SERIES.slice(1);
    const growth = byCode(
      loanIndicators(latest ? [latest] : [], "2026-11", SEED_004_TARGETS),
    ).MANUFACTURING_GROWTH;
    expect(growth).toMatchObject({ value: null, missing: { en: "No figures for 2025-11" } });
  });

  it("adds up the banks' statistics of a month into the region's balances", () => {
    const figures = (balanceFen: bigint): ManufacturingFigures => ({
      balanceFen,
      mediumLongTermBalanceFen: balanceFen / 2n,
      creditBalanceFen: balanceFen / 4n,
      newLoansFen: 0n,
      newMediumLongTermFen: 0n,
      newCreditFen: 0n,
    });
    const bank = (month: string, allLoansBalanceFen: bigint, balanceFen: bigint): BankMonthlyStatistics => ({
      month,
      allLoansBalanceFen,
      manufacturing: figures(balanceFen),
      byCluster: [],
      byDistrict: [],
    });
    const stats = [bank("2026-11", 1000n, 100n), bank("2026-11", 3000n, 200n), bank("2026-10", 5000n, 500n)];
    expect(regionLoanMonth("2026-11", stats)).toEqual({
      month: "2026-11",
      allLoansFen: 4000n,
      manufacturingFen: 300n,
      mediumLongTermFen: 150n,
      creditFen: 75n,
    });
  });
});

describe("cumulative indicators", () => {
  const amounts = [
    { month: "2023-12", amountFen: 50n * YI },
    { month: "2024-03", amountFen: 200n * YI },
    { month: "2025-06", amountFen: 300n * YI },
    { month: "2026-09", amountFen: 100n * YI },
  ];

  it("adds new fund investment from 2024 against 1,000亿元 and projects the pace to 2027-12, once to the fen", () => {
    expect(cumulativeIndicator("FUND_INVESTMENT", amounts, "2026-11", SEED_004_TARGETS)).toMatchObject({
      value: "60000000000.00",
      target: { value: "100000000000.00", by: "2027-12" },
      met: false,
      progress: "0.600000",
      working: { computation: "20000000000.00 + 30000000000.00 + 10000000000.00 = 60000000000.00" },
      // 600亿 in the 35 months from 2023-12 to 2026-11; 13 more at 600/35亿 a month.
      projection: { perMonth: "1714285714.29", projected: "82285714285.71", meetsTarget: false },
    });
  });

  it("measures bond financing against 300亿元, and counts nothing entered after the month asked for", () => {
    const bonds = cumulativeIndicator("BOND_FINANCING", amounts, "2024-03", SEED_004_TARGETS);
    expect(bonds).toMatchObject({
      value: "20000000000.00",
      target: { value: "30000000000.00" },
      progress: "0.666667",
    });
  });
});

describe("counts", () => {
  it("projects enterprises served to the year's end at the pace so far, in whole enterprises", () => {
    expect(enterprisesServedIndicator(550, "2026-11", SEED_004_TARGETS)).toMatchObject({
      value: "550",
      target: { value: "1000", by: "2026-12" },
      progress: "0.550000",
      projection: { perMonth: "50.00", projected: "600", meetsTarget: false },
    });
    // 500 by June is 83.33 a month; six more months reach exactly 1,000.
    expect(enterprisesServedIndicator(500, "2026-06", SEED_004_TARGETS).projection).toMatchObject({
      perMonth: "83.33",
      projected: "1000",
      meetsTarget: true,
    });
  });

  it("measures the listing pipeline against 500 with a straight line from a year earlier", () => {
    const series = [
      { month: "2025-11", count: 380 },
      { month: "2026-11", count: 440 },
    ];
    expect(listingPipelineIndicator(series, "2026-11", SEED_004_TARGETS)).toMatchObject({
      value: "440",
      met: false,
      progress: "0.880000",
      projection: {
        from: { month: "2025-11", value: "380" },
        perMonth: "5.00",
        projected: "505",
        meetsTarget: true,
      },
    });
  });
});

describe("enterprises reached by events and demands", () => {
  it("counts each enterprise once and shows both sources in the working", () => {
    const reached = enterprisesReached(["a", "b", "b", "c"], ["c", "d"]);
    expect(reached).toEqual({ events: 3, demands: 2, distinct: 4 });
    const indicator = enterprisesServedIndicator(reached.distinct, "2026-06", SEED_004_TARGETS, reached);
    expect(indicator.working?.computation).toBe("3 + 2 − 1 = 4");
    expect(indicator.working?.inputs.map((input) => input.value)).toEqual(["3", "2", "4"]);
    expect(indicator.value).toBe("4");
  });
});
