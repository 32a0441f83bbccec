import { beforeAll, describe, expect, it } from "vitest";
import { type TestClient, useTestApp } from "../../../testing/test-app";

/** A bank's month with all its manufacturing lending in one district and outside the clusters. */
const bankMonth = (
  month: string,
  allLoans: string,
  balance: string,
  mediumLongTerm: string,
  credit: string,
) => {
  const figures = {
    balance,
    mediumLongTermBalance: mediumLongTerm,
    creditBalance: credit,
    newLoans: "0.00",
    newMediumLongTerm: "0.00",
    newCredit: "0.00",
  };
  return {
    month,
    allLoansBalance: allLoans,
    manufacturing: figures,
    byCluster: [{ cluster: "OTHER_MANUFACTURING", ...figures }],
    byDistrict: [{ district: "420302", ...figures }],
  };
};

type Card = { bankName: string; rank: number | null; total: string | null; totalWorking: { zh: string } };
type Score = { criterion: string; score: string | null; working: { zh: string } };

describe("the banks' scorecard (issue 15 point 4)", () => {
  const ctx = useTestApp();
  let icbc: TestClient;
  let hbbank: TestClient;
  let cqbank: TestClient;
  let jxj: TestClient;
  let jxjOperator: TestClient;
  let cqjxw: TestClient;

  const cardsOf = async (client: TestClient, query = "month=2026-11") => {
    const response = await client.get(`/api/v1/monitoring/scorecard?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as {
      cards: (Card & { scores: Score[] })[];
      bankCount: number;
      slowest: unknown[];
    };
  };

  beforeAll(async () => {
    ctx.setToday("2026-12-05");
    [icbc, hbbank, cqbank, jxj, jxjOperator, cqjxw] = await Promise.all([
      ctx.signIn("icbc.operator"),
      ctx.signIn("hbbank.operator"),
      ctx.signIn("cqbank.operator"),
      ctx.signIn("jxj.reviewer"),
      ctx.signIn("jxj.operator"),
      ctx.signIn("cqjxw.reviewer"),
    ]);
    const months: [TestClient, ReturnType<typeof bankMonth>][] = [
      // 工行: share 10%, growth 25% (8M → 10M), medium/long-term 60%, credit 10%.
      [icbc, bankMonth("2025-11", "90000000.00", "8000000.00", "4000000.00", "800000.00")],
      [icbc, bankMonth("2026-11", "100000000.00", "10000000.00", "6000000.00", "1000000.00")],
      // 湖北银行: share 12%, growth 0, medium/long-term 50%, credit 5%.
      [hbbank, bankMonth("2025-11", "50000000.00", "6000000.00", "3000000.00", "300000.00")],
      [hbbank, bankMonth("2026-11", "50000000.00", "6000000.00", "3000000.00", "300000.00")],
    ];
    for (const [client, body] of months) {
      const response = await client.post("/api/v1/bank-statistics", body);
      if (response.statusCode !== 201) throw new Error(response.body);
    }
  });

  it("ranks the region's banks with each score's working, checked by hand", async () => {
    const scorecard = await cardsOf(jxjOperator);
    expect(scorecard.bankCount).toBe(2);
    // Two banks: the better scores 100 and the other 0 on each criterion; the service criteria have
    // no facts and are left out. 工行 (20×0 + 20×100 + 10×100 + 10×100) ÷ 60 = 66.67; 湖北银行 2000 ÷ 60.
    expect(scorecard.cards.map((card) => [card.bankName, card.rank, card.total])).toEqual([
      ["中国工商银行十堰分行", 1, "66.67"],
      ["湖北银行十堰分行", 2, "33.33"],
    ]);
    const [first] = scorecard.cards;
    expect(first?.totalWorking.zh).toBe(
      "(20 × 0.00 + 20 × 100.00 + 10 × 100.00 + 10 × 100.00) ÷ (20 + 20 + 10 + 10) = 66.67",
    );
    const share = first?.scores.find((score) => score.criterion === "MANUFACTURING_SHARE");
    expect(share?.working.zh).toBe("100 × (0.100000 − 0.100000) ÷ (0.120000 − 0.100000) = 0.00");
    expect(first?.scores.find((score) => score.criterion === "RESPONSE_TIME")?.score).toBeNull();
  });

  it("lets banks read only a published month, and only their own card and rank", async () => {
    expect((await icbc.get("/api/v1/monitoring/scorecard?month=2026-11")).statusCode).toBe(404);
    const early = await jxj.post("/api/v1/monitoring/scorecard/publications", {
      regionCode: "420300",
      month: "2026-12",
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0]).toMatchObject({ field: "month", rule: "month-ended" });
    expect(
      (
        await jxjOperator.post("/api/v1/monitoring/scorecard/publications", {
          regionCode: "420300",
          month: "2026-11",
        })
      ).statusCode,
    ).toBe(403);

    const published = await jxj.post("/api/v1/monitoring/scorecard/publications", {
      regionCode: "420300",
      month: "2026-11",
    });
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json().publication).toMatchObject({ publishedOn: "2026-12-05" });
    expect(
      (
        await jxj.post("/api/v1/monitoring/scorecard/publications", {
          regionCode: "420300",
          month: "2026-11",
        })
      ).statusCode,
    ).toBe(409);

    const own = await cardsOf(hbbank);
    expect(own.bankCount).toBe(2);
    expect(own.cards.map((card) => [card.bankName, card.rank])).toEqual([["湖北银行十堰分行", 2]]);
    expect((await cardsOf(icbc)).cards.map((card) => card.bankName)).toEqual(["中国工商银行十堰分行"]);
    expect((await icbc.get("/api/v1/monitoring/scorecard?regionCode=500000&month=2026-11")).statusCode).toBe(
      403,
    );
    expect((await cqbank.get("/api/v1/monitoring/scorecard?month=2026-11")).statusCode).toBe(404);
    expect((await icbc.get("/api/v1/monitoring/scorecard/export?month=2026-11")).statusCode).toBe(200);
    expect((await cqbank.get("/api/v1/monitoring/scorecard/export?month=2026-11")).statusCode).toBe(404);
    expect((await cqjxw.get("/api/v1/monitoring/scorecard?regionCode=420300")).statusCode).toBe(403);
  });

  it("re-weights per region as a version; the published copy stays as it was", async () => {
    const current = (await jxj.get("/api/v1/monitoring/scorecard-config/420300")).json();
    expect(current.version).toBe(0);
    const criteria = current.config.criteria.map((entry: { criterion: string; weight: string }) =>
      entry.criterion === "MANUFACTURING_SHARE" ? { ...entry, weight: "50" } : entry,
    );
    const saved = await jxj.put("/api/v1/monitoring/scorecard-config/420300", {
      version: 0,
      config: { criteria, slowestCount: 3 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(1);
    // 工行 4000 ÷ 90 = 44.44; 湖北银行 (50 × 100) ÷ 90 = 55.56.
    expect((await cardsOf(jxjOperator)).cards.map((card) => [card.bankName, card.rank, card.total])).toEqual([
      ["湖北银行十堰分行", 1, "55.56"],
      ["中国工商银行十堰分行", 2, "44.44"],
    ]);
    expect((await cardsOf(icbc)).cards.map((card) => [card.rank, card.total])).toEqual([[1, "66.67"]]);

    const stale = await jxj.put("/api/v1/monitoring/scorecard-config/420300", {
      version: 0,
      config: { criteria, slowestCount: 3 },
    });
    expect(stale.statusCode).toBe(409);
    const bad = await jxj.put("/api/v1/monitoring/scorecard-config/420300", {
      version: 1,
      config: { criteria: [{ criterion: "LUNCH", weight: "-1" }], slowestCount: 99 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((error: { field: string }) => error.field)).toEqual([
      "criteria.0.criterion",
      "criteria.0.weight",
      "criteria",
      "slowestCount",
    ]);
    expect(
      (
        await cqjxw.put("/api/v1/monitoring/scorecard-config/420300", {
          version: 1,
          config: { criteria, slowestCount: 3 },
        })
      ).statusCode,
    ).toBe(403);
    expect((await icbc.get("/api/v1/monitoring/scorecard-config/420300")).statusCode).toBe(403);
  });
});
