import { describe, expect, it } from "vitest";
import { issuesOf } from "../test-support";
import { parseMonitoringTargets, SEED_004_TARGETS, targetsForRegion } from "./targets";

describe("targets per region", () => {
  it("defaults to seed 004: 10%, 1,000亿元 and 300亿元 from 2024, 1,000 a year, 500 in the pipeline, by 2027", () => {
    expect(targetsForRegion("500101", new Map())).toEqual({
      targetMonth: "2027-12",
      manufacturingShare: "0.10",
      fundInvestment: { amountFen: 10_000_000_000_000n, from: "2024-01" },
      bondFinancing: { amountFen: 3_000_000_000_000n, from: "2024-01" },
      enterprisesServedPerYear: 1000,
      listingPipeline: 500,
    });
  });

  it("takes the region's own targets first, then its city's, then its province's", () => {
    const configured = new Map([
      ["420000", { manufacturingShare: "0.11", listingPipeline: 100 }],
      ["420300", { manufacturingShare: "0.12" }],
    ]);
    const targets = targetsForRegion("420303", configured);
    expect(targets).toMatchObject({ manufacturingShare: "0.12", listingPipeline: 100 });
    expect(targets.bondFinancing).toEqual(SEED_004_TARGETS.bondFinancing);
  });

  it("parses a configuration and refuses every bad target by field", () => {
    expect(
      parseMonitoringTargets({
        manufacturingShare: "0.12",
        bondFinancing: { amount: "5000000000", from: "2025-01" },
      }),
    ).toEqual({
      manufacturingShare: "0.12",
      bondFinancing: { amountFen: 500_000_000_000n, from: "2025-01" },
    });
    const issues = issuesOf(() =>
      parseMonitoringTargets({
        targetMonth: "2027",
        manufacturingShare: "1.5",
        fundInvestment: { amount: "-1", from: "2024-13" },
        listingPipeline: 0,
      }),
    );
    expect(issues.map((issue) => [issue.path.join("."), issue.rule])).toEqual([
      ["targetMonth", "month-format"],
      ["manufacturingShare", "rate-range"],
      ["fundInvestment.amount", "non-negative"],
      ["fundInvestment.from", "month-format"],
      ["listingPipeline", "positive-integer"],
    ]);
  });
});
