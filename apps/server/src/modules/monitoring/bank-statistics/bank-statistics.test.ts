import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestClient, useTestApp } from "../../../testing/test-app";

const figures = (balance: string, newLoans = "0.00") => ({
  balance,
  mediumLongTermBalance: "0.00",
  creditBalance: "0.00",
  newLoans,
  newMediumLongTerm: "0.00",
  newCredit: "0.00",
});

/** A 十堰 bank's month: 1,000万 of manufacturing loans in two clusters and two districts. */
const statistics = (month: string, district2 = "6000000.00") => ({
  month,
  allLoansBalance: "90000000.00",
  manufacturing: { ...figures("10000000.00", "800000.00"), mediumLongTermBalance: "6000000.00" },
  byCluster: [
    { cluster: "NEV", ...figures("7000000.00", "500000.00"), mediumLongTermBalance: "4000000.00" },
    {
      cluster: "OTHER_MANUFACTURING",
      ...figures("3000000.00", "300000.00"),
      mediumLongTermBalance: "2000000.00",
    },
  ],
  byDistrict: [
    { district: "420302", ...figures("4000000.00", "400000.00"), mediumLongTermBalance: "3000000.00" },
    { district: "420303", ...figures(district2, "400000.00"), mediumLongTermBalance: "3000000.00" },
  ],
});

type Problem = { errors: { field: string; rule: string }[] };
const issues = (response: { json(): unknown }) =>
  (response.json() as Problem).errors.map((error) => [error.field, error.rule]);

describe("bank statistics submissions (issue 15 point 1)", () => {
  const ctx = useTestApp();
  let icbc: TestClient;
  let hbbank: TestClient;
  let jxj: TestClient;
  let cqjxw: TestClient;
  let enterprise: TestClient;

  const submissionCount = async () =>
    (
      (await ctx.database.db.execute(sql`select count(*)::int as n from bank_statistics_submissions`))
        .rows[0] as {
        n: number;
      }
    ).n;

  beforeAll(async () => {
    ctx.setToday("2026-12-05");
    [icbc, hbbank, jxj, cqjxw, enterprise] = await Promise.all([
      ctx.signIn("icbc.operator"),
      ctx.signIn("hbbank.operator"),
      ctx.signIn("jxj.operator"),
      ctx.signIn("cqjxw.operator"),
      ctx.signIn("enterprise.operator"),
    ]);
  });

  it("takes a bank's month by form; the bank and its region's bureau read it, no other bank or region", async () => {
    const submitted = await icbc.post("/api/v1/bank-statistics", statistics("2026-09"));
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { id } = submitted.json();
    expect(submitted.json()).toMatchObject({
      bankName: "中国工商银行十堰分行",
      version: 1,
      live: true,
      channel: "FORM",
      allLoansBalance: "90000000.00",
      manufacturing: { balance: "10000000.00", mediumLongTermBalance: "6000000.00", newLoans: "800000.00" },
      submittedOn: "2026-12-05",
    });
    expect(submitted.json().byDistrict.map((row: { district: string }) => row.district)).toEqual([
      "420302",
      "420303",
    ]);

    const ownList = (await icbc.get("/api/v1/bank-statistics?month=2026-09")).json() as { id: string }[];
    expect(ownList.map((row) => row.id)).toEqual([id]);
    const regionList = (await jxj.get("/api/v1/bank-statistics?month=2026-09")).json() as { id: string }[];
    expect(regionList.map((row) => row.id)).toContain(id);

    expect((await hbbank.get("/api/v1/bank-statistics?month=2026-09")).json()).toEqual([]);
    expect((await hbbank.get(`/api/v1/bank-statistics/${id}`)).statusCode).toBe(404);
    expect((await cqjxw.get(`/api/v1/bank-statistics/${id}`)).statusCode).toBe(404);
    expect((await cqjxw.get("/api/v1/bank-statistics?month=2026-09")).json()).toEqual([]);
    expect((await enterprise.get("/api/v1/bank-statistics")).statusCode).toBe(403);
    expect((await jxj.post("/api/v1/bank-statistics", statistics("2026-09"))).statusCode).toBe(403);
  });

  it("refuses statistics that do not add up, naming every field and rule, and stores nothing", async () => {
    const before = await submissionCount();
    const bad = { ...statistics("2027-01", "5999999.99"), allLoansBalance: "-1" };
    const refused = await icbc.post("/api/v1/bank-statistics", bad);
    expect(refused.statusCode).toBe(400);
    expect(issues(refused)).toEqual([
      ["month", "not-after-current-month"],
      ["allLoansBalance", "non-negative"],
      ["byDistrict.balance", "parts-add-up-to-total"],
    ]);
    const outside = statistics("2026-08");
    outside.byDistrict[1] = {
      ...(outside.byDistrict[1] as (typeof outside.byDistrict)[number]),
      district: "500106",
    };
    expect(issues(await icbc.post("/api/v1/bank-statistics", outside))).toEqual([
      ["byDistrict.1.district", "district-in-region"],
    ]);
    expect(await submissionCount()).toBe(before);
  });

  it("keeps a correction as a new version with its reason, and only the latest is live", async () => {
    const first = await icbc.post("/api/v1/bank-statistics", statistics("2026-10"));
    expect(first.statusCode, first.body).toBe(201);
    const corrected = statistics("2026-10");
    corrected.allLoansBalance = "95000000.00";
    const noReason = await icbc.post("/api/v1/bank-statistics", corrected);
    expect(issues(noReason)).toEqual([["reason", "correction-needs-reason"]]);

    const second = await icbc.post("/api/v1/bank-statistics", {
      ...corrected,
      reason: "各项贷款余额口径更正",
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ version: 2, live: true, allLoansBalance: "95000000.00" });
    expect(second.json().versions).toMatchObject([
      { version: 1, live: false, reason: null },
      { version: 2, live: true, reason: "各项贷款余额口径更正" },
    ]);
    const listed = (await jxj.get("/api/v1/bank-statistics?month=2026-10")).json() as { version: number }[];
    expect(listed.map((row) => row.version)).toEqual([2]);
    const old = (await icbc.get(`/api/v1/bank-statistics/${first.json().id}`)).json();
    expect(old).toMatchObject({ version: 1, live: false, allLoansBalance: "90000000.00" });
  });

  it("keeps one live version however many corrections arrive at once", async () => {
    expect((await icbc.post("/api/v1/bank-statistics", statistics("2026-06"))).statusCode).toBe(201);
    const corrections = await Promise.all(
      ["91000000.00", "92000000.00", "93000000.00", "94000000.00"].map((allLoansBalance) =>
        icbc.post("/api/v1/bank-statistics", {
          ...statistics("2026-06"),
          allLoansBalance,
          reason: "并发更正",
        }),
      ),
    );
    // Each correction either replaced the live version or was told another came first.
    expect(corrections.every((response) => [201, 409].includes(response.statusCode))).toBe(true);
    const rows = (
      await ctx.database.db.execute(
        sql`select version, live from bank_statistics_submissions where month = '2026-06' order by version`,
      )
    ).rows as { version: number; live: boolean }[];
    const accepted = corrections.filter((response) => response.statusCode === 201).length;
    expect(rows.map((row) => row.version)).toEqual(
      Array.from({ length: accepted + 1 }, (_, index) => index + 1),
    );
    expect(rows.filter((row) => row.live).map((row) => row.version)).toEqual([accepted + 1]);
  });

  it("takes a bank system's month by API key, once per Idempotency-Key", async () => {
    const admin = await ctx.signIn("hbbank.admin");
    const key = (await admin.post("/api/v1/api-keys", { name: "统计报送系统" })).json().key as string;
    ctx.setToday("2026-12-12");
    const send = (body: object) =>
      ctx.app.inject({
        method: "POST",
        url: "/api/v1/bank-statistics",
        payload: body,
        headers: { authorization: `Bearer ${key}`, "idempotency-key": "hbbank-2026-11" },
      });
    const first = await send(statistics("2026-11"));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ channel: "API", bankName: "湖北银行十堰分行", version: 1 });
    const repeat = await send(statistics("2026-11"));
    expect([repeat.statusCode, repeat.json().id]).toEqual([201, first.json().id]);
    expect(repeat.headers["idempotent-replayed"]).toBe("true");
    const other = await send({ ...statistics("2026-11"), allLoansBalance: "91000000.00" });
    expect(other.statusCode).toBe(409);
    expect(other.json().errors[0]).toMatchObject({
      field: "Idempotency-Key",
      rule: "reused-with-other-content",
    });
    const versions = (await hbbank.get(`/api/v1/bank-statistics/${first.json().id}`)).json().versions;
    expect(versions).toHaveLength(1);
  });

  it("tells the bureau which of its banks are late with a month, judged on the first version", async () => {
    ctx.setToday("2026-12-05");
    expect((await icbc.post("/api/v1/bank-statistics", statistics("2026-11"))).statusCode).toBe(201);
    ctx.setToday("2026-12-15");
    const november = await jxj.get("/api/v1/bank-statistics/timeliness?month=2026-11");
    expect(november.statusCode, november.body).toBe(200);
    expect(november.json().dueOn).toBe("2026-12-10");
    const byName = (body: { banks: { bankName: string; status: string; daysLate: number }[] }) =>
      Object.fromEntries(body.banks.map((bank) => [bank.bankName, [bank.status, bank.daysLate]]));
    expect(byName(november.json())).toEqual({
      中国工商银行十堰分行: ["ON_TIME", 0],
      湖北银行十堰分行: ["LATE", 2],
    });
    // Nobody sent July; its due day (10 August) is 127 days past.
    expect(byName((await jxj.get("/api/v1/bank-statistics/timeliness?month=2026-07")).json())).toEqual({
      中国工商银行十堰分行: ["MISSING", 127],
      湖北银行十堰分行: ["MISSING", 127],
    });
    expect((await icbc.get("/api/v1/bank-statistics/timeliness?month=2026-11")).statusCode).toBe(403);
    const chongqing = (await cqjxw.get("/api/v1/bank-statistics/timeliness?month=2026-11")).json();
    expect(chongqing.banks.map((bank: { bankName: string }) => bank.bankName)).not.toContain(
      "中国工商银行十堰分行",
    );
  });
});
