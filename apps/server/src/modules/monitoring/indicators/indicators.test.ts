import { beforeAll, describe, expect, it } from "vitest";
import { type TestClient, useTestApp } from "../../../testing/test-app";

const zeros = {
  mediumLongTermBalance: "0.00",
  creditBalance: "0.00",
  newLoans: "0.00",
  newMediumLongTerm: "0.00",
  newCredit: "0.00",
};

/** A bank's month with all its manufacturing lending in one district and outside the clusters. */
export const bankMonth = (month: string, allLoans: string, manufacturing: string, district = "420302") => {
  const figures = { balance: manufacturing, ...zeros };
  return {
    month,
    allLoansBalance: allLoans,
    manufacturing: figures,
    byCluster: [{ cluster: "OTHER_MANUFACTURING", ...figures }],
    byDistrict: [{ district, ...figures }],
  };
};

type Indicator = {
  code: string;
  value: string | null;
  met: boolean | null;
  progress: string | null;
  target: { value: string | null };
  projection: { projected: string; meetsTarget: boolean } | null;
  working: { computation: string } | null;
};

describe("indicators against targets (issue 15 point 3)", () => {
  const ctx = useTestApp();
  let icbc: TestClient;
  let hbbank: TestClient;
  let czj: TestClient;
  let jxjReviewer: TestClient;
  let jxjOperator: TestClient;
  let cqjxw: TestClient;
  let province: TestClient;

  const indicatorsOf = async (client: TestClient, query = "month=2026-11") => {
    const response = await client.get(`/api/v1/monitoring/indicators?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return new Map(
      (response.json().indicators as Indicator[]).map((indicator) => [indicator.code, indicator]),
    );
  };

  beforeAll(async () => {
    ctx.setToday("2026-12-05");
    [icbc, hbbank, czj, jxjReviewer, jxjOperator, cqjxw, province] = await Promise.all([
      ctx.signIn("icbc.operator"),
      ctx.signIn("hbbank.operator"),
      ctx.signIn("czj.operator"),
      ctx.signIn("jxj.reviewer"),
      ctx.signIn("jxj.operator"),
      ctx.signIn("cqjxw.reviewer"),
      ctx.signIn("province.operator"),
    ]);
    const submit = async (client: TestClient, body: unknown) => {
      const response = await client.post("/api/v1/bank-statistics", body);
      if (response.statusCode !== 201) throw new Error(response.body);
    };
    // 2025-11: 12M of 150M is manufacturing (8%); 2026-11: 16M of 160M (10%).
    await submit(icbc, bankMonth("2025-11", "100000000.00", "8000000.00"));
    await submit(hbbank, bankMonth("2025-11", "50000000.00", "4000000.00"));
    await submit(icbc, bankMonth("2026-11", "110000000.00", "10000000.00"));
    await submit(hbbank, bankMonth("2026-11", "50000000.00", "6000000.00", "420303"));
    for (const [quarter, amount] of [
      ["2025-Q1", "500000000.00"],
      ["2026-Q3", "1000000000.00"],
      ["2026-Q4", "9000000000.00"],
    ]) {
      const response = await czj.post("/api/v1/quarterly-figures", {
        quarter,
        figure: "FUND_INVESTMENT",
        amount,
      });
      if (response.statusCode !== 201) throw new Error(response.body);
    }
  });

  it("computes the share, growth and fund investment from the live figures, with their working", async () => {
    const indicators = await indicatorsOf(jxjOperator);
    expect([...indicators.keys()]).toEqual([
      "MANUFACTURING_SHARE",
      "MANUFACTURING_GROWTH",
      "MEDIUM_LONG_TERM_SHARE",
      "CREDIT_SHARE",
      "FUND_INVESTMENT",
      "BOND_FINANCING",
      "ENTERPRISES_SERVED",
      "LISTING_PIPELINE",
    ]);
    expect(indicators.get("MANUFACTURING_SHARE")).toMatchObject({
      value: "0.100000",
      met: true,
      progress: "1.000000",
      target: { value: "0.100000" },
      // 0.08 a year earlier, 0.10 now: 0.02 ÷ 12 a month, 13 months more to 2027-12 → 0.121667.
      projection: { projected: "0.121667", meetsTarget: true },
      working: { computation: "16000000.00 ÷ 160000000.00 = 0.100000" },
    });
    // Manufacturing (16M − 12M) ÷ 12M against all loans (160M − 150M) ÷ 150M.
    expect(indicators.get("MANUFACTURING_GROWTH")).toMatchObject({
      value: "0.333333",
      target: { value: "0.066667" },
      met: true,
    });
    // 2025-Q1 and 2026-Q3 count at 2026-11; 2026-Q4 ends in December.
    expect(indicators.get("FUND_INVESTMENT")).toMatchObject({
      value: "1500000000.00",
      progress: "0.015000",
      met: false,
      working: { computation: "500000000.00 + 1000000000.00 = 1500000000.00" },
    });
    expect(indicators.get("BOND_FINANCING")).toMatchObject({ value: "0.00", met: false });
  });

  it("moves the share's progress when the bureau raises its target, and refuses a stale or bad edit", async () => {
    const read = await jxjReviewer.get("/api/v1/monitoring/targets/420300");
    expect(read.json()).toMatchObject({
      version: 0,
      configured: null,
      inForce: { manufacturingShare: "0.10" },
    });

    const saved = await jxjReviewer.put("/api/v1/monitoring/targets/420300", {
      version: 0,
      targets: { manufacturingShare: "0.12" },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 1,
      inForce: { manufacturingShare: "0.12", listingPipeline: 500 },
    });

    const share = (await indicatorsOf(jxjOperator)).get("MANUFACTURING_SHARE");
    expect(share).toMatchObject({
      met: false,
      progress: "0.833333",
      target: { value: "0.120000" },
      projection: { projected: "0.121667", meetsTarget: true },
    });

    const stale = await jxjReviewer.put("/api/v1/monitoring/targets/420300", {
      version: 0,
      targets: { manufacturingShare: "0.5" },
    });
    expect(stale.statusCode).toBe(409);
    const bad = await jxjReviewer.put("/api/v1/monitoring/targets/420300", {
      version: 1,
      targets: { manufacturingShare: "ten", listingPipeline: 0 },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(["listingPipeline", "manufacturingShare"]);
    expect((await jxjReviewer.get("/api/v1/monitoring/targets/420300")).json()).toMatchObject({
      version: 1,
      configured: { manufacturingShare: "0.12" },
    });
  });

  it("lets only the region's bureau edit, and the region's readers read", async () => {
    const body = { version: 1, targets: { listingPipeline: 50 } };
    expect((await jxjOperator.put("/api/v1/monitoring/targets/420300", body)).statusCode).toBe(403);
    expect((await cqjxw.put("/api/v1/monitoring/targets/420300", body)).statusCode).toBe(403);
    expect((await czj.put("/api/v1/monitoring/targets/420300", body)).statusCode).toBe(403);
    expect((await icbc.get("/api/v1/monitoring/indicators?month=2026-11")).statusCode).toBe(403);
    expect((await icbc.get("/api/v1/monitoring/targets/420300")).statusCode).toBe(403);
    expect((await cqjxw.get("/api/v1/monitoring/indicators?regionCode=420300")).statusCode).toBe(403);
    const provincial = await indicatorsOf(province, "regionCode=420300&month=2026-11");
    expect(provincial.get("MANUFACTURING_SHARE")?.value).toBe("0.100000");
    // 重庆 has no statistics: its share is missing, not 0.
    const chongqing = await indicatorsOf(cqjxw);
    expect(chongqing.get("MANUFACTURING_SHARE")).toMatchObject({ value: null, met: null });
    expect(chongqing.get("FUND_INVESTMENT")?.value).toBe("0.00");
    const workbook = await province.get(
      "/api/v1/monitoring/indicators/export?regionCode=420300&month=2026-11",
    );
    expect(workbook.statusCode).toBe(200);
    expect(workbook.headers["content-type"]).toContain("spreadsheetml");
    expect((await icbc.get("/api/v1/monitoring/indicators/export")).statusCode).toBe(403);
  });
});
