import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestClient, useTestApp } from "../../../testing/test-app";

type Problem = { errors: { field: string; rule: string }[] };
const rules = (response: { json(): unknown }) =>
  (response.json() as Problem).errors.map((error) => [error.field, error.rule]);

describe("quarterly figures entered by departments (issue 15 point 2)", () => {
  const ctx = useTestApp();
  let czj: TestClient;
  let jxj: TestClient;
  let cqczj: TestClient;
  let cqzjj: TestClient;
  let cqjxw: TestClient;
  let icbc: TestClient;

  const figureCount = async () =>
    (
      (await ctx.database.db.execute(sql`select count(*)::int as n from quarterly_figures`)).rows[0] as {
        n: number;
      }
    ).n;

  beforeAll(async () => {
    ctx.setToday("2026-12-05");
    [czj, jxj, cqczj, cqzjj, cqjxw, icbc] = await Promise.all([
      ctx.signIn("czj.operator"),
      ctx.signIn("jxj.operator"),
      ctx.signIn("cqczj.operator"),
      ctx.signIn("cqzjj.operator"),
      ctx.signIn("cqjxw.operator"),
      ctx.signIn("icbc.operator"),
    ]);
  });

  it("takes the finance bureau's fund investment once per Idempotency-Key, and its correction with a reason", async () => {
    const body = { quarter: "2026-Q3", figure: "FUND_INVESTMENT", amount: "1250000000.00" };
    const send = () =>
      czj.request({
        method: "POST",
        url: "/api/v1/quarterly-figures",
        payload: body,
        headers: { "idempotency-key": "fund-2026-q3" },
      });
    const first = await send();
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      regionCode: "420300",
      quarter: "2026-Q3",
      figure: "FUND_INVESTMENT",
      amount: "1250000000.00",
      count: null,
      version: 1,
      live: true,
      enteredByOrgName: "十堰市财政局",
      enteredOn: "2026-12-05",
    });
    const again = await send();
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(await figureCount()).toBe(1);

    const unexplained = await czj.post("/api/v1/quarterly-figures", { ...body, amount: "1300000000.00" });
    expect(unexplained.statusCode).toBe(400);
    expect(rules(unexplained)).toEqual([["reason", "correction-needs-reason"]]);

    const corrected = await czj.post("/api/v1/quarterly-figures", {
      ...body,
      amount: "1300000000.00",
      reason: "母基金三季度返投数据更新",
    });
    expect(corrected.statusCode, corrected.body).toBe(201);
    expect(corrected.json()).toMatchObject({ version: 2, live: true, amount: "1300000000.00" });
    expect(
      corrected
        .json()
        .versions.map((v: { version: number; live: boolean; reason: string | null }) => [
          v.version,
          v.live,
          v.reason,
        ]),
    ).toEqual([
      [2, true, "母基金三季度返投数据更新"],
      [1, false, null],
    ]);
    const listed = await jxj.get("/api/v1/quarterly-figures?quarter=2026-Q3");
    expect(listed.json().map((f: { amount: string }) => f.amount)).toEqual(["1300000000.00"]);
  });

  it("takes listings as a count from the securities regulator, and from 十堰's bureau which has none", async () => {
    const cq = await cqzjj.post("/api/v1/quarterly-figures", {
      quarter: "2026-Q2",
      figure: "NEW_LISTINGS",
      count: 3,
    });
    expect(cq.statusCode, cq.body).toBe(201);
    expect(cq.json()).toMatchObject({ regionCode: "500000", count: 3, amount: null });
    const sy = await jxj.post("/api/v1/quarterly-figures", {
      quarter: "2026-Q2",
      figure: "NEW_LISTINGS",
      count: 1,
    });
    expect(sy.statusCode, sy.body).toBe(201);
  });

  it("refuses bad figures naming field and rule, and changes nothing", async () => {
    const before = await figureCount();
    const cases: [unknown, string[][]][] = [
      [{ quarter: "2027-Q1", figure: "BOND_FINANCING", amount: "5.00" }, [["quarter", "not-future"]]],
      [{ quarter: "2026-3", figure: "BOND_FINANCING", amount: "5.00" }, [["quarter", "quarter-format"]]],
      [{ quarter: "2026-Q1", figure: "BOND_FINANCING", count: 5 }, [["count", "unit"]]],
      [{ quarter: "2026-Q1", figure: "LOANS", amount: "5.00" }, [["figure", "known-figure"]]],
    ];
    for (const [body, expected] of cases) {
      const refused = await cqczj.post("/api/v1/quarterly-figures", body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      expect(rules(refused)).toEqual(expected);
    }
    const negative = await cqczj.post("/api/v1/quarterly-figures", {
      quarter: "2026-Q1",
      figure: "BOND_FINANCING",
      amount: "-5.00",
    });
    expect(negative.statusCode).toBe(400);
    expect(await figureCount()).toBe(before);
  });

  it("lets only the department that holds a figure enter it", async () => {
    const before = await figureCount();
    const bureauBonds = await cqjxw.post("/api/v1/quarterly-figures", {
      quarter: "2026-Q1",
      figure: "BOND_FINANCING",
      amount: "5.00",
    });
    expect(bureauBonds.statusCode).toBe(403);
    const bank = await icbc.post("/api/v1/quarterly-figures", {
      quarter: "2026-Q1",
      figure: "FUND_INVESTMENT",
      amount: "5.00",
    });
    expect(bank.statusCode).toBe(403);
    expect(await figureCount()).toBe(before);
  });

  it("keeps regions apart: 重庆 never sees 十堰's figures, a bank reads none", async () => {
    const cq = await cqjxw.get("/api/v1/quarterly-figures");
    expect(cq.statusCode).toBe(200);
    expect(cq.json().map((f: { regionCode: string }) => f.regionCode)).toEqual(["500000"]);
    expect((await cqjxw.get("/api/v1/quarterly-figures?regionCode=420300")).statusCode).toBe(403);
    const shiyan = (await jxj.get("/api/v1/quarterly-figures")).json() as {
      id: string;
      regionCode: string;
    }[];
    expect(new Set(shiyan.map((f) => f.regionCode))).toEqual(new Set(["420300"]));
    expect((await cqjxw.get(`/api/v1/quarterly-figures/${shiyan[0]?.id}`)).statusCode).toBe(404);
    expect((await icbc.get("/api/v1/quarterly-figures")).statusCode).toBe(403);
    const workbook = await jxj.get("/api/v1/quarterly-figures/export");
    expect(workbook.statusCode).toBe(200);
    expect(workbook.headers["content-type"]).toContain("spreadsheetml");
    expect((await icbc.get("/api/v1/quarterly-figures/export")).statusCode).toBe(403);
  });
});
