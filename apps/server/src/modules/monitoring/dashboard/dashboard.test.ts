import { beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "../../../testing/pdf-text";
import { type TestClient, useTestApp } from "../../../testing/test-app";
import { rowValues, workbookOf } from "../../../testing/workbooks";

const WAN = "0000.00"; // yuan in 万: "800" + WAN = 8,000,000.00
const figures = (balanceWan: string) => ({
  balance: `${balanceWan}${WAN}`,
  mediumLongTermBalance: "0.00",
  creditBalance: "0.00",
  newLoans: "0.00",
  newMediumLongTerm: "0.00",
  newCredit: "0.00",
});

/** A bank's month in 万元: all loans, then manufacturing by NEV and other, and by district. */
function month(
  month: string,
  allWan: string,
  clusters: { NEV: string; OTHER_MANUFACTURING: string },
  districts: Record<string, string>,
) {
  const total = String(Number(clusters.NEV) + Number(clusters.OTHER_MANUFACTURING));
  return {
    month,
    allLoansBalance: `${allWan}${WAN}`,
    manufacturing: figures(total),
    byCluster: Object.entries(clusters).map(([cluster, wan]) => ({ cluster, ...figures(wan) })),
    byDistrict: Object.entries(districts).map(([district, wan]) => ({ district, ...figures(wan) })),
  };
}

interface Dashboard {
  series: {
    month: string;
    banks: number;
    allLoans: string | null;
    figures: { balance: string } | null;
    share: string | null;
    growth: string | null;
    allLoansGrowth: string | null;
  }[];
  indicators: {
    code: string;
    value: string | null;
    target: { value: string | null };
    projection: { meetsTarget: boolean } | null;
  }[];
  byDistrict: { key: string; name: { zh: string }; balance: string; growth: string | null }[];
  byCluster: { key: string; balance: string; growth: string | null }[];
  banks: {
    bankName: string;
    share: string | null;
    growth: string | null;
    shareRank: number | null;
    growthRank: number | null;
  }[];
  reporting: { month: string; expected: number; reported: number; missing: string[] } | null;
}

const at = (dashboard: Dashboard, month: string) => dashboard.series.find((entry) => entry.month === month);

describe("monitoring dashboard and briefing (issue 15 point 5)", () => {
  const ctx = useTestApp();
  let jxj: TestClient;
  let icbc: TestClient;
  let cqjxw: TestClient;
  let enterprise: TestClient;
  const url = (query: string) => `/api/v1/monitoring/dashboard?from=2026-08&to=2026-09${query}`;
  const read = async (client: TestClient, query = "") => {
    const response = await client.get(url(query));
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Dashboard;
  };

  beforeAll(async () => {
    ctx.setToday("2026-10-08");
    let hbbank: TestClient;
    let cqbank: TestClient;
    [jxj, icbc, hbbank, cqjxw, cqbank, enterprise] = await Promise.all([
      ctx.signIn("jxj.operator"),
      ctx.signIn("icbc.operator"),
      ctx.signIn("hbbank.operator"),
      ctx.signIn("cqjxw.operator"),
      ctx.signIn("cqbank.operator"),
      ctx.signIn("enterprise.operator"),
    ]);
    const submissions: [TestClient, ReturnType<typeof month>][] = [
      [
        icbc,
        month(
          "2025-09",
          "8000",
          { NEV: "600", OTHER_MANUFACTURING: "200" },
          { 420302: "300", 420303: "500" },
        ),
      ],
      [
        icbc,
        month(
          "2026-09",
          "9000",
          { NEV: "700", OTHER_MANUFACTURING: "300" },
          { 420302: "400", 420303: "600" },
        ),
      ],
      [hbbank, month("2025-09", "2500", { NEV: "100", OTHER_MANUFACTURING: "300" }, { 420302: "400" })],
      [hbbank, month("2026-09", "3000", { NEV: "100", OTHER_MANUFACTURING: "400" }, { 420302: "500" })],
      [cqbank, month("2026-09", "5000", { NEV: "600", OTHER_MANUFACTURING: "0" }, { 500106: "600" })],
    ];
    for (const [client, body] of submissions) {
      const response = await client.post("/api/v1/bank-statistics", body);
      expect(response.statusCode, response.body).toBe(201);
    }
  });

  it("adds up the region's banks month by month, with the share against the target and growth against all loans", async () => {
    const dashboard = await read(jxj);
    expect(dashboard.series.map((entry) => entry.month)).toEqual(["2026-08", "2026-09"]);
    expect(at(dashboard, "2026-08")).toMatchObject({ banks: 0, figures: null, share: null });
    // 9,000万 + 3,000万 of all loans, 1,000万 + 500万 of manufacturing; a year earlier 10,500万 and 1,200万.
    expect(at(dashboard, "2026-09")).toMatchObject({
      banks: 2,
      allLoans: "120000000.00",
      figures: { balance: "15000000.00" },
      share: "0.125000",
      growth: "0.250000",
      allLoansGrowth: "0.142857",
    });
    const share = dashboard.indicators.find((entry) => entry.code === "MANUFACTURING_SHARE");
    expect(share).toMatchObject({ value: "0.125000", target: { value: "0.100000" } });
    // From 11.4286% a year earlier to 12.5%: the straight line stays above 10% at 2027-12.
    expect(share?.projection?.meetsTarget).toBe(true);
    expect(dashboard.byDistrict.map((entry) => [entry.name.zh, entry.balance, entry.growth])).toEqual([
      ["茅箭区", "9000000.00", "0.285714"],
      ["张湾区", "6000000.00", "0.200000"],
    ]);
    expect(dashboard.byCluster.map((entry) => [entry.key, entry.balance, entry.growth])).toEqual([
      ["NEV", "8000000.00", "0.142857"],
      ["OTHER_MANUFACTURING", "7000000.00", "0.400000"],
    ]);
    // 湖北银行 500/3000 = 16.67% before 工行 1000/9000 = 11.11%; both grew 25%: they share the growth rank.
    expect(
      dashboard.banks.map((bank) => [bank.bankName, bank.share, bank.shareRank, bank.growthRank]),
    ).toEqual([
      ["湖北银行十堰分行", "0.166667", 1, 1],
      ["中国工商银行十堰分行", "0.111111", 2, 1],
    ]);
  });

  it("says how complete the month shown is: the region's reporting banks and who has not submitted it", async () => {
    expect((await read(jxj)).reporting).toEqual({ month: "2026-09", expected: 2, reported: 2, missing: [] });
    // 重庆: 建设银行 reported September, 重庆农商行 has not — its total is not the region's yet.
    expect((await read(cqjxw)).reporting).toEqual({
      month: "2026-09",
      expected: 2,
      reported: 1,
      missing: ["重庆农村商业银行"],
    });
    const august = await jxj.get("/api/v1/monitoring/dashboard?from=2026-07&to=2026-08");
    expect(august.json().reporting).toMatchObject({ expected: 2, reported: 0 });
    // A bank reads its own figures, not who else has reported.
    expect((await read(icbc)).reporting).toBeNull();
    // The briefing says it too, in its headline: 重庆农商行 appears in 重庆's only as the bank yet to report.
    const briefing = async (client: TestClient) =>
      pdfText((await client.get("/api/v1/monitoring/briefing?month=2026-09")).rawPayload).normalize("NFKC");
    const chongqing = await briefing(cqjxw);
    expect(chongqing).toContain("尚未报送");
    expect(chongqing).toContain("重庆农村商业银行");
    expect(chongqing).toContain("共 2 家报送银行");
    expect(await briefing(jxj)).not.toContain("尚未报送");
  });

  it("drills down to a district, a cluster or a bank", async () => {
    const district = await read(jxj, "&district=420302");
    expect(at(district, "2026-09")).toMatchObject({
      allLoans: null,
      share: null,
      figures: { balance: "9000000.00" },
      growth: "0.285714",
    });
    expect(district.indicators).toEqual([]);
    // In 茅箭区 工行 grew 300万 → 400万 (33.33%), 湖北银行 400万 → 500万 (25%).
    expect(district.banks.map((bank) => [bank.bankName, bank.growth, bank.growthRank])).toEqual([
      ["中国工商银行十堰分行", "0.333333", 1],
      ["湖北银行十堰分行", "0.250000", 2],
    ]);

    const cluster = await read(jxj, "&cluster=NEV");
    expect(at(cluster, "2026-09")).toMatchObject({ figures: { balance: "8000000.00" }, growth: "0.142857" });

    const hbbankId = ctx.orgs.hbbank;
    const bank = await read(jxj, `&bankOrgId=${hbbankId}`);
    expect(at(bank, "2026-09")).toMatchObject({ allLoans: "30000000.00", share: "0.166667" });
    expect(bank.banks.map((entry) => entry.bankName)).toEqual(["湖北银行十堰分行"]);
    expect(bank.byDistrict.map((entry) => [entry.key, entry.balance])).toEqual([["420302", "5000000.00"]]);
  });

  it("shows a bank its own figures only, another region's bureau its own region, and refuses the rest", async () => {
    const own = await read(icbc);
    expect(at(own, "2026-09")).toMatchObject({ allLoans: "90000000.00", share: "0.111111" });
    expect(own.banks.map((bank) => bank.bankName)).toEqual(["中国工商银行十堰分行"]);
    expect((await icbc.get(url(`&bankOrgId=${ctx.orgs.hbbank}`))).statusCode).toBe(403);

    const chongqing = await read(cqjxw);
    expect(at(chongqing, "2026-09")).toMatchObject({ banks: 1, allLoans: "50000000.00" });
    expect((await cqjxw.get(url("&regionCode=420300"))).statusCode).toBe(403);
    expect((await enterprise.get(url(""))).statusCode).toBe(403);
    expect((await enterprise.get("/api/v1/monitoring/briefing?month=2026-09")).statusCode).toBe(403);
  });

  it("refuses filters that name nothing in the region, naming the field and the rule", async () => {
    const refusal = async (query: string) => {
      const response = await jxj.get(`/api/v1/monitoring/dashboard?${query}`);
      expect(response.statusCode, response.body).toBe(400);
      return (response.json() as { errors: { field: string; rule: string }[] }).errors.map((e) => [
        e.field,
        e.rule,
      ]);
    };
    expect(await refusal("district=500106&cluster=NEV")).toEqual([
      ["district", "district-in-region"],
      ["cluster", "district-or-cluster"],
    ]);
    expect(await refusal(`bankOrgId=${ctx.orgs.cqbank}`)).toEqual([["bankOrgId", "bank-in-region"]]);
    expect(await refusal("from=2026-10&to=2026-09")).toEqual([["from", "from-not-after-to"]]);
    expect(await refusal("from=2020-01&to=2026-09")).toEqual([["from", "at-most-60-months"]]);
    expect((await jxj.get("/api/v1/monitoring/dashboard?to=2026-9")).statusCode).toBe(400);
  });

  it("exports a chart's table as a workbook", async () => {
    const response = await jxj.get(`${url("")}&table=banks`.replace("/dashboard?", "/dashboard/export?"));
    expect(response.statusCode, response.body).toBe(200);
    const sheet = (await workbookOf(response.rawPayload)).worksheets[0];
    expect(rowValues(sheet, 1).slice(0, 3)).toEqual(["占比排名", "银行", "制造业贷款占比"]);
    expect(rowValues(sheet, 2).slice(0, 3)).toEqual(["1", "湖北银行十堰分行", "16.6667%"]);
  });

  it("prints the month's briefing as an A4 PDF with its charts and tables in Chinese", async () => {
    const response = await jxj.get("/api/v1/monitoring/briefing?month=2026-09");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1").match(/\/Type \/Page\n/g)?.length).toBe(4);
    const text = pdfText(pdf).normalize("NFKC");
    expect(text).not.toContain("\ufffd");
    for (const expected of [
      "十堰市制造业金融监测月报(2026-09)",
      "12.5%",
      "湖北银行十堰分行",
      "茅箭区",
      "智能网联新能源汽车",
    ]) {
      expect(text).toContain(expected);
    }
    // The charts' text is set in the bundled font too, never PDFKit's Helvetica (boxes for Chinese).
    expect(pdf.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(pdf.toString("latin1")).not.toContain("/Helvetica");
    const own = await icbc.get("/api/v1/monitoring/briefing?month=2026-09");
    expect(pdfText(own.rawPayload)).not.toContain("湖北银行");
  });
});
