import { beforeAll, describe, expect, it } from "vitest";
import { type TestClient, useTestApp } from "../../../testing/test-app";

type Figure = {
  quarter: string;
  figure: string;
  amount: string | null;
  version: number;
  reason: string | null;
  regionCode: string;
};
type Indicator = { code: string; value: string | null };

const fen = (yuan: string) => BigInt(yuan.replace(".", ""));
const quarterEnd = (quarter: string) =>
  `${quarter.slice(0, 4)}-${String(Number(quarter.slice(6)) * 3).padStart(2, "0")}`;

// The demo data as `npm start` seeds it: the departments' quarters, and the figures the other
// modules feed in through their services (events, demands, loans, incentives, the listing pipeline).
describe("monitoring fed by the departments and the platform's modules (issue 15 points 2 and 6)", () => {
  const ctx = useTestApp({ demo: true });
  let cqjxw: TestClient;
  let jxj: TestClient;

  beforeAll(async () => {
    [cqjxw, jxj] = await Promise.all([ctx.signIn("cqjxw.reviewer"), ctx.signIn("jxj.operator")]);
  });

  it("holds twelve quarters of five figures per city, one corrected with its reason", async () => {
    for (const [client, region] of [
      [cqjxw, "500000"],
      [jxj, "420300"],
    ] as const) {
      const figures = (await client.get("/api/v1/quarterly-figures")).json() as Figure[];
      expect(figures).toHaveLength(60);
      expect(new Set(figures.map((figure) => figure.regionCode))).toEqual(new Set([region]));
      expect(new Set(figures.map((figure) => figure.quarter)).size).toBe(12);
      const corrected = figures.filter((figure) => figure.version === 2);
      expect(corrected.map((figure) => figure.figure)).toEqual(["FUND_INVESTMENT"]);
      expect(corrected[0]?.reason).toContain("基金业协会");
    }
  });

  it("computes the indicators from those figures and the modules' feeds", async () => {
    const response = await cqjxw.get("/api/v1/monitoring/indicators");
    expect(response.statusCode, response.body).toBe(200);
    const { month, indicators, feeds, targets } = response.json() as {
      month: string;
      targets: { fundInvestment: { from: string } };
      indicators: Indicator[];
      feeds: {
        enterprisesServed: { events: number; demands: number; distinct: number };
        subsidisedLoans: { loans: number; amount: string };
        listingPipeline: number;
      };
    };
    const indicatorValue = (code: string) => indicators.find((indicator) => indicator.code === code)?.value;

    const figures = (await cqjxw.get("/api/v1/quarterly-figures")).json() as Figure[];
    const counted = figures.filter(
      (figure) =>
        figure.figure === "FUND_INVESTMENT" &&
        quarterEnd(figure.quarter) >= targets.fundInvestment.from &&
        quarterEnd(figure.quarter) <= month,
    );
    // Quarters before 2024 (seed 004 counts new investment from then) are left out.
    const total = counted.reduce((sum, figure) => sum + fen(figure.amount ?? "0"), 0n);
    expect(fen(indicatorValue("FUND_INVESTMENT") ?? "")).toBe(total);

    const served = feeds.enterprisesServed;
    expect(served.events).toBeGreaterThan(0);
    expect(served.demands).toBeGreaterThan(0);
    expect(served.distinct).toBeGreaterThanOrEqual(Math.max(served.events, served.demands));
    expect(served.distinct).toBeLessThanOrEqual(served.events + served.demands);
    expect(indicatorValue("ENTERPRISES_SERVED")).toBe(String(served.distinct));

    const pipeline = (await cqjxw.get("/api/v1/listing-pipeline")).json() as { joinedOn: string }[];
    const joined = pipeline.filter((entry) => entry.joinedOn.slice(0, 7) <= month).length;
    expect(feeds.listingPipeline).toBe(joined);
    expect(indicatorValue("LISTING_PIPELINE")).toBe(String(joined));
    expect(feeds.subsidisedLoans.loans).toBeGreaterThan(0);
  });

  it("scores the banks' service from the marketplace and names the slowest", async () => {
    const response = await cqjxw.get("/api/v1/monitoring/scorecard");
    expect(response.statusCode, response.body).toBe(200);
    const scorecard = response.json() as {
      satisfactionRated: boolean;
      cards: { bankName: string; scores: { criterion: string; value: string | null }[] }[];
      slowest: { criterion: string; banks: { bankName: string; value: string }[] }[];
    };
    expect(scorecard.satisfactionRated).toBe(true);
    const responseTimes = new Map(
      scorecard.cards.flatMap((card) => {
        const value = card.scores.find((score) => score.criterion === "RESPONSE_TIME")?.value;
        return value ? [[card.bankName, value] as const] : [];
      }),
    );
    expect(responseTimes.size).toBeGreaterThan(0);
    const slowest = scorecard.slowest.find((entry) => entry.criterion === "RESPONSE_TIME")?.banks ?? [];
    expect(slowest.length).toBeGreaterThan(0);
    for (const bank of slowest) expect(responseTimes.get(bank.bankName)).toBe(bank.value);
  });
});
