import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { pilotBatches, users } from "../../../db/schema";
import { indicatorRows, recordFirstBatch, recordPilot } from "../../../testing/pilots";
import { type TestClient, useTestApp } from "../../../testing/test-app";

/**
 * Yearly progress reports of the first batch's pilots against their targets: 十堰 (湖北, plan
 * 2017–2019) and 长沙 (湖南, plan 2018–2020). Targets are 110% of the base figures; the reports
 * below send the base figures, so F01 (512.35 against 563.59) attains 90.9%.
 */
describe("pilot progress reports (seed 001, issue 14)", () => {
  const ctx = useTestApp();
  let shiyan: TestClient;
  let changsha: TestClient;
  let province: TestClient;
  let miit: TestClient;
  let bank: TestClient;
  let batchId: string;
  let shiyanPilot: string;
  let changshaPilot: string;
  const fields = (response: { json(): { errors: { field: string; rule: string }[] } }) =>
    response.json().errors.map((error) => [error.field, error.rule]);
  const report = (year: number, rows = indicatorRows([`${year}`]), correctionReason?: string) =>
    shiyan.post(`/api/v1/pilots/${shiyanPilot}/progress-reports`, {
      year,
      rows,
      ...(correctionReason && { correctionReason }),
    });

  beforeAll(async () => {
    [shiyan, changsha, province, miit, bank] = await Promise.all([
      ctx.signIn("sypilot.operator"),
      ctx.signIn("cspilot.operator"),
      ctx.signIn("province.reviewer"),
      ctx.signIn("miit.reviewer"),
      ctx.signIn("icbc.operator"),
    ]);
    const db = ctx.database.db;
    const [opener] = await db.select().from(users).where(eq(users.username, "miit.operator"));
    batchId = await recordFirstBatch(db, opener?.id ?? "");
    shiyanPilot = await recordPilot(db, {
      batchId,
      orgId: ctx.orgs.sypilot ?? "",
      regionCode: "420300",
      unitCode: "420000",
      period: { from: "2017-01-01", to: "2019-12-31" },
    });
    changshaPilot = await recordPilot(db, {
      batchId,
      orgId: ctx.orgs.cspilot ?? "",
      regionCode: "430100",
      unitCode: "430000",
      period: { from: "2018-01-01", to: "2020-12-31" },
    });
  });

  it("reports a year once it has ended, on time by 31 March, and refuses years outside the plan", async () => {
    ctx.setToday("2017-12-31");
    expect(fields(await report(2017))).toEqual([["year", "report-year-ended"]]);
    ctx.setToday("2018-03-31");
    expect(fields(await report(2016))).toEqual([["year", "report-year-in-plan"]]);
    const sent = await report(2017);
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ year: 2017, version: 1, submittedOn: "2018-03-31" });
  });

  it("checks the values by the template: numbers, whole counts, bounds, units and required rows", async () => {
    ctx.setToday("2019-02-01");
    const rows = indicatorRows(["2018"]).map((row) => {
      if (row.code === "F01") return { ...row, values: { 2018: "五百" } };
      if (row.code === "I04") return { ...row, values: { 2018: "1050.5" } };
      if (row.code === "I03") return { ...row, values: { 2018: "120" } };
      if (row.code === "F02") return { ...row, unit: "万元" };
      return row;
    });
    const refused = await report(
      2018,
      rows.filter((row) => row.code !== "C01"),
    );
    expect(refused.statusCode).toBe(400);
    expect(fields(refused)).toEqual(
      expect.arrayContaining([
        ["rows.6.2018", "indicator-number"],
        ["rows.3.2018", "indicator-integer"],
        ["rows.2.2018", "indicator-bounds"],
        ["rows.7.unit", "indicator-unit"],
        ["rows.C01", "indicator-missing"],
      ]),
    );
    const detail = (await shiyan.get(`/api/v1/pilots/${shiyanPilot}`)).json();
    expect(detail.reports.find((entry: { year: number }) => entry.year === 2018).versions).toEqual([]);
  });

  it("corrects a report as a new version only with a reason, keeping the first day for timeliness", async () => {
    ctx.setToday("2018-05-10");
    const again = await report(2017);
    expect(fields(again)).toEqual([["correctionReason", "required"]]);
    const corrected = indicatorRows(["2017"]).map((row) =>
      row.code === "F01" ? { ...row, values: { 2017: "520" } } : row,
    );
    const sent = await report(2017, corrected, "统计局年报数据更新");
    expect(sent.json()).toMatchObject({ version: 2, submittedOn: "2018-05-10" });
    const year = (await miit.get(`/api/v1/pilots/${shiyanPilot}`))
      .json()
      .reports.find((entry: { year: number }) => entry.year === 2017);
    expect(year).toMatchObject({ timeliness: "ON_TIME", submittedOn: "2018-03-31", latestVersion: 2 });
    expect(year.versions.map((v: { correctionReason: string | null }) => v.correctionReason)).toEqual([
      null,
      "统计局年报数据更新",
    ]);
  });

  it("shows the ministry each indicator against its target with attainment, late and missing years flagged", async () => {
    ctx.setToday("2019-04-20");
    expect((await report(2018)).statusCode).toBe(201);
    ctx.setToday("2020-04-01");
    const detail = (await miit.get(`/api/v1/pilots/${shiyanPilot}`)).json();
    expect(detail).toMatchObject({ periodStart: "2017-01-01", periodEnd: "2019-12-31", late: 1, missing: 1 });
    expect(detail.years.map((y: { timeliness: string }) => y.timeliness)).toEqual([
      "ON_TIME",
      "LATE",
      "MISSING",
    ]);
    const f01 = detail.reports[0].progress.find((entry: { code: string }) => entry.code === "F01");
    // Corrected actual 520 against the target 512.35 × 1.1 = 563.59 (rounded to the row's 2 places).
    expect(f01).toMatchObject({
      target: "563.59",
      actual: "520",
      gap: "-43.59",
      met: false,
      attainment: "92.3",
    });
    const f06 = detail.reports[1].progress.find((entry: { code: string }) => entry.code === "F06");
    // Lower is better: 1.62 against the target 1.87 (1.62 × 1.05 × 1.1) is met, 1.87 ÷ 1.62 = 115.4%.
    expect(f06).toMatchObject({ target: "1.87", actual: "1.62", met: true, attainment: "115.4" });
  });

  it("keeps each province to its region's pilots and each city to its own", async () => {
    const cities = (list: { city: { name: string } }[]) => list.map((pilot) => pilot.city.name);
    expect(cities((await miit.get("/api/v1/pilots")).json())).toEqual([
      "十堰市产融合作试点城市",
      "长沙市产融合作试点城市",
    ]);
    expect(cities((await province.get("/api/v1/pilots")).json())).toEqual(["十堰市产融合作试点城市"]);
    expect((await province.get(`/api/v1/pilots/${changshaPilot}`)).statusCode).toBe(404);
    expect(cities((await changsha.get("/api/v1/pilots")).json())).toEqual(["长沙市产融合作试点城市"]);
    expect((await changsha.get(`/api/v1/pilots/${shiyanPilot}`)).statusCode).toBe(404);
    const intruding = await changsha.post(`/api/v1/pilots/${shiyanPilot}/progress-reports`, {
      year: 2019,
      rows: indicatorRows(["2019"]),
    });
    expect(intruding.statusCode).toBe(404);
    expect(
      (await province.post(`/api/v1/pilots/${shiyanPilot}/progress-reports`, { year: 2019, rows: [] }))
        .statusCode,
    ).toBe(403);
    expect((await bank.get("/api/v1/pilots")).statusCode).toBe(403);
    expect((await bank.get("/api/v1/pilots/export")).statusCode).toBe(403);
  });

  it("exports pilots, reports and indicators against targets in one workbook, as far as the caller sees", async () => {
    const load = async (client: TestClient) => {
      const response = await client.get("/api/v1/pilots/export");
      expect(response.headers["content-type"]).toContain("spreadsheetml");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      return workbook;
    };
    const rowsOf = (sheet: ExcelJS.Worksheet | undefined) =>
      (sheet?.getSheetValues() ?? []).slice(2).map((row) => (row as ExcelJS.CellValue[]).slice(1));
    const workbook = await load(miit);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["试点城市", "年度报告", "指标完成情况"]);
    expect(rowsOf(workbook.getWorksheet("试点城市"))).toEqual([
      [
        "十堰市产融合作试点城市",
        "十堰市",
        "湖北省",
        "第1批 第一批产融合作试点城市",
        "新申报",
        "2017-01-01 至 2019-12-31",
        "1",
        "1",
      ],
      [
        "长沙市产融合作试点城市",
        "长沙市",
        "湖南省",
        "第1批 第一批产融合作试点城市",
        "新申报",
        "2018-01-01 至 2020-12-31",
        "0",
        "2",
      ],
    ]);
    expect(rowsOf(workbook.getWorksheet("年度报告")).slice(0, 3)).toEqual([
      ["十堰市产融合作试点城市", "2017", "2018-03-31", "2018-03-31", "按时报送", "2"],
      ["十堰市产融合作试点城市", "2018", "2019-03-31", "2019-04-20", "逾期报送", "1"],
      ["十堰市产融合作试点城市", "2019", "2020-03-31", "", "逾期未报", ""],
    ]);
    const indicators = rowsOf(workbook.getWorksheet("指标完成情况"));
    expect(indicators).toHaveLength(2 * 18);
    expect(indicators).toContainEqual([
      "十堰市产融合作试点城市",
      "2017",
      "金融资源",
      "F01",
      "制造业贷款余额",
      "亿元",
      "563.59",
      "520",
      "92.3",
      "否",
    ]);
    const provincial = await load(province);
    expect(rowsOf(provincial.getWorksheet("试点城市")).map((row) => row[0])).toEqual([
      "十堰市产融合作试点城市",
    ]);
  });

  it("counts each year against the day its batch set: by 28 February, the report of 31 March is late", async () => {
    // As if the ministry had opened the first batch with 02-28 as its report day.
    await ctx.database.db
      .update(pilotBatches)
      .set({ progressReportDue: "02-28" })
      .where(eq(pilotBatches.id, batchId));
    ctx.setToday("2020-04-01");
    const detail = (await miit.get(`/api/v1/pilots/${shiyanPilot}`)).json();
    expect(detail.years.map((y: { dueOn: string; timeliness: string }) => [y.dueOn, y.timeliness])).toEqual([
      ["2018-02-28", "LATE"],
      ["2019-02-28", "LATE"],
      ["2020-02-28", "MISSING"],
    ]);
    expect(detail).toMatchObject({ late: 2, missing: 1 });
  });
});
