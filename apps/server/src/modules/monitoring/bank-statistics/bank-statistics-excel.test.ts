import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { multipartFile, XLSX_TYPE } from "../../../testing/multipart";
import { type TestClient, useTestApp } from "../../../testing/test-app";

/** A 十堰 bank's month in the template: 1,000万 of manufacturing loans in two clusters and two districts. */
const TOTALS: Record<string, string> = {
  各项贷款余额: "90000000.00",
  制造业贷款余额: "10000000.00",
  "其中:中长期贷款余额": "6000000.00",
  "其中:信用贷款余额": "2500000.50",
  当月新发放制造业贷款: "800000.00",
  "其中:中长期贷款": "300000.00",
  "其中:信用贷款": "100000.00",
};
/** Figures in the breakdown sheets' column order: balance, mlt, credit, new, new mlt, new credit. */
const CLUSTERS: Record<string, string[]> = {
  NEV: ["7000000.00", "4000000.00", "2000000.25", "500000.00", "200000.00", "60000.00"],
  OTHER_MANUFACTURING: ["3000000.00", "2000000.00", "500000.25", "300000.00", "100000.00", "40000.00"],
};
const DISTRICTS: Record<string, string[]> = {
  "420302": ["4000000.00", "3000000.00", "1000000.00", "400000.00", "150000.00", "50000.00"],
  "420303": ["6000000.00", "3000000.00", "1500000.50", "400000.00", "150000.00", "50000.00"],
};

/** Fills the downloaded template as a bank clerk would: amounts typed into the blank cells. */
async function fill(template: Buffer, change: (workbook: ExcelJS.Workbook) => void = () => {}) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  workbook.getWorksheet("汇总")?.eachRow((row) => {
    const amount = TOTALS[String(row.getCell(1).value)];
    if (amount) row.getCell(2).value = amount;
  });
  for (const [sheet, figures] of [
    ["按产业集群", CLUSTERS],
    ["按区县", DISTRICTS],
  ] as const) {
    workbook.getWorksheet(sheet)?.eachRow((row) => {
      figures[String(row.getCell(1).value)]?.forEach((amount, index) => {
        row.getCell(3 + index).value = amount;
      });
    });
  }
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type Problem = {
  detail: string;
  errors: {
    field: string;
    rule: string;
    cell?: { sheet: string; row: number | null; column: string | null };
  }[];
};

describe("bank statistics by Excel (issue 15 point 1)", () => {
  const ctx = useTestApp();
  let icbc: TestClient;
  let hbbank: TestClient;
  let jxj: TestClient;
  let pbcsy: TestClient;
  let pbccq: TestClient;
  let template: Buffer;

  const upload = (client: TestClient, file: Buffer, fields: Record<string, string> = {}, key?: string) => {
    const body = multipartFile("file", "统计.xlsx", file, XLSX_TYPE, fields);
    return client.request({
      method: "POST",
      url: "/api/v1/bank-statistics/upload",
      payload: body.payload,
      headers: { ...body.headers, ...(key && { "idempotency-key": key }) },
    });
  };
  const submissionCount = async () =>
    (
      (await ctx.database.db.execute(sql`select count(*)::int as n from bank_statistics_submissions`))
        .rows[0] as { n: number }
    ).n;

  beforeAll(async () => {
    ctx.setToday("2026-11-08");
    [icbc, hbbank, jxj, pbcsy, pbccq] = await Promise.all([
      ctx.signIn("icbc.operator"),
      ctx.signIn("hbbank.operator"),
      ctx.signIn("jxj.operator"),
      ctx.signIn("pbcsy.operator"),
      ctx.signIn("pbccq.operator"),
    ]);
    const response = await icbc.request({
      method: "GET",
      url: "/api/v1/bank-statistics/template?month=2026-10",
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe(XLSX_TYPE);
    template = response.rawPayload;
  });

  it("gives a template of the month: totals, the 33618 clusters with other manufacturing, the region's districts, notes", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "汇总",
      "按产业集群",
      "按区县",
      "填报说明",
    ]);
    const totals = workbook.getWorksheet("汇总");
    expect(totals?.getRow(1).values).toEqual([undefined, "项目", "金额(元)"]);
    expect(totals?.getRow(2).values).toEqual([undefined, "统计月份(YYYY-MM)", "2026-10"]);
    const clusterCodes: string[] = [];
    workbook.getWorksheet("按产业集群")?.eachRow((row, n) => {
      if (n > 1) clusterCodes.push(String(row.getCell(1).value));
    });
    expect(clusterCodes[0]).toBe("NEV");
    expect(clusterCodes.at(-1)).toBe("OTHER_MANUFACTURING");
    const districts: string[] = [];
    workbook.getWorksheet("按区县")?.eachRow((row, n) => {
      if (n > 1) districts.push(String(row.getCell(1).value));
    });
    expect(districts).toContain("420303");
    expect(districts.every((code) => code.startsWith("4203"))).toBe(true);
    const notes = workbook.getWorksheet("填报说明")?.getColumn(1).values.join("\n");
    expect(notes).toContain("金额单位:元,保留两位小数");
    expect(notes).toContain("2026-11-10");
    // A later month has no template; the bureau has none.
    expect((await icbc.get("/api/v1/bank-statistics/template?month=2026-12")).statusCode).toBe(400);
    expect((await jxj.get("/api/v1/bank-statistics/template?month=2026-10")).statusCode).toBe(403);
  });

  it("refuses a file with one error, naming its sheet, row and column, and saves nothing", async () => {
    const before = await submissionCount();
    // 420303's credit balance typed with three places: one cell, and so the districts no longer add up.
    const bad = await fill(template, (workbook) => {
      workbook.getWorksheet("按区县")?.eachRow((row) => {
        if (row.getCell(1).value === "420303") row.getCell(5).value = "1500000.505";
      });
    });
    const response = await upload(icbc, bad);
    expect(response.statusCode, response.body).toBe(400);
    const problem = response.json() as Problem;
    expect(problem.errors).toHaveLength(1);
    const [error] = problem.errors;
    expect(error).toMatchObject({ field: "byDistrict.1.creditBalance", rule: "max-2-decimals" });
    const districtRow = error?.cell?.row ?? 0;
    expect(error?.cell).toEqual({ sheet: "按区县", row: districtRow, column: "E" });
    expect(districtRow).toBeGreaterThan(2);
    expect(await submissionCount()).toBe(before);

    // Parts that do not add up are named by their column, the sheet's sum against the total.
    const offByOneFen = await fill(template, (workbook) => {
      workbook.getWorksheet("按产业集群")?.eachRow((row) => {
        if (row.getCell(1).value === "NEV") row.getCell(3).value = "7000000.01";
      });
    });
    const sums = (await upload(icbc, offByOneFen)).json() as Problem;
    expect(sums.errors.map((e) => [e.field, e.rule, e.cell])).toEqual([
      ["byCluster.balance", "parts-add-up-to-total", { sheet: "按产业集群", row: null, column: "C" }],
    ]);
    expect(await submissionCount()).toBe(before);
  });

  it("saves the filled template as the bank's month by the EXCEL channel: the figures read back equal", async () => {
    const response = await upload(icbc, await fill(template));
    expect(response.statusCode, response.body).toBe(201);
    const saved = response.json();
    expect(saved).toMatchObject({
      month: "2026-10",
      version: 1,
      channel: "EXCEL",
      dueOn: "2026-11-10",
      timeliness: "ON_TIME",
      allLoansBalance: "90000000.00",
      manufacturing: {
        balance: "10000000.00",
        mediumLongTermBalance: "6000000.00",
        creditBalance: "2500000.50",
        newLoans: "800000.00",
        newMediumLongTerm: "300000.00",
        newCredit: "100000.00",
      },
    });
    const figures = (row: Record<string, string>) => [
      row.balance,
      row.mediumLongTermBalance,
      row.creditBalance,
      row.newLoans,
      row.newMediumLongTerm,
      row.newCredit,
    ];
    const read = (await icbc.get(`/api/v1/bank-statistics/${saved.id}`)).json();
    expect(
      Object.fromEntries(read.byCluster.map((row: Record<string, string>) => [row.cluster, figures(row)])),
    ).toEqual(CLUSTERS);
    expect(
      Object.fromEntries(read.byDistrict.map((row: Record<string, string>) => [row.district, figures(row)])),
    ).toEqual(DISTRICTS);
  });

  it("takes a second upload of the month only as a correction with a reason, kept as version 2", async () => {
    const corrected = await fill(template, (workbook) => {
      workbook.getWorksheet("汇总")?.eachRow((row) => {
        if (row.getCell(1).value === "各项贷款余额") row.getCell(2).value = "91000000.00";
      });
    });
    const before = await submissionCount();
    const withoutReason = (await upload(icbc, corrected)).json() as Problem;
    expect(withoutReason.errors.map((e) => [e.field, e.rule, e.cell])).toEqual([
      ["reason", "correction-needs-reason", undefined],
    ]);
    expect(await submissionCount()).toBe(before);
    const response = await upload(icbc, corrected, { reason: "各项贷款余额漏计票据贴现" });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ version: 2, allLoansBalance: "91000000.00", channel: "EXCEL" });
    expect(response.json().versions.map((v: { reason: string | null }) => v.reason)).toEqual([
      null,
      "各项贷款余额漏计票据贴现",
    ]);
  });

  it("records an upload once per Idempotency-Key, and refuses the key with another file", async () => {
    const file = await fill(template, (workbook) => {
      workbook.getWorksheet("汇总")?.eachRow((row) => {
        if (row.getCell(1).value === "各项贷款余额") row.getCell(2).value = "92000000.00";
      });
    });
    const before = await submissionCount();
    const fields = { reason: "再次更正各项贷款余额" };
    const first = await upload(icbc, file, fields, "upload-key-1");
    expect(first.statusCode, first.body).toBe(201);
    const again = await upload(icbc, file, fields, "upload-key-1");
    expect([again.statusCode, again.body]).toEqual([201, first.body]);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(await submissionCount()).toBe(before + 1);
    const other = await upload(icbc, await fill(template), fields, "upload-key-1");
    expect(other.statusCode, other.body).toBe(409);
    expect(other.json().errors[0]).toMatchObject({
      field: "Idempotency-Key",
      rule: "reused-with-other-content",
    });
    expect(await submissionCount()).toBe(before + 1);
  });

  it("keeps banks apart: another bank's upload is its own month; it never reads the first bank's", async () => {
    const [icbcMonth] = (await icbc.get("/api/v1/bank-statistics?month=2026-10")).json();
    const response = await upload(hbbank, await fill(template));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ bankName: "湖北银行十堰分行", version: 1 });
    const seen = (await hbbank.get("/api/v1/bank-statistics?month=2026-10")).json();
    expect(seen.map((row: { bankName: string }) => row.bankName)).toEqual(["湖北银行十堰分行"]);
    expect((await hbbank.get(`/api/v1/bank-statistics/${icbcMonth.id}`)).statusCode).toBe(404);
    // Neither the bureau nor the PBOC branch uploads.
    expect((await upload(jxj, await fill(template))).statusCode).toBe(403);
    expect((await upload(pbcsy, await fill(template))).statusCode).toBe(403);
  });

  it("lets the region's PBOC branch read every bank's month and who is late, not another region's", async () => {
    const months = (await pbcsy.get("/api/v1/bank-statistics?month=2026-10")).json();
    expect(months.map((row: { bankName: string }) => row.bankName).sort()).toEqual([
      "中国工商银行十堰分行",
      "湖北银行十堰分行",
    ]);
    const timeliness = (await pbcsy.get("/api/v1/bank-statistics/timeliness?month=2026-10")).json();
    expect(timeliness.dueOn).toBe("2026-11-10");
    expect(timeliness.banks.map((bank: { status: string }) => bank.status)).toEqual(["ON_TIME", "ON_TIME"]);
    const exported = await pbcsy.get("/api/v1/bank-statistics/export?month=2026-10");
    expect(exported.statusCode, exported.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["报送情况", "报送数据"]);
    expect(workbook.getWorksheet("报送情况")?.getRow(2).getCell(2).value).toBe("按时报送");
    expect((await pbccq.get("/api/v1/bank-statistics?month=2026-10")).json()).toEqual([]);
    expect((await pbccq.get(`/api/v1/bank-statistics/${months[0].id}`)).statusCode).toBe(404);
  });
});
