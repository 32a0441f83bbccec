import { count, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, enterprises, organisations } from "../../db/schema";
import { buildEnterpriseInput, usccFor } from "../../testing/factories";
import { multipartFile, XLSX_TYPE } from "../../testing/multipart";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { ENTERPRISE_COLUMNS, type SheetRow, writeEnterpriseWorkbook } from "./enterprises.excel";

const columnHeader = (key: string) => ENTERPRISE_COLUMNS.find((c) => c.key === key)?.header;

const enterpriseCount = async (db: ReturnType<typeof useTestApp>["database"]["db"]) =>
  (await db.select({ value: count() }).from(enterprises))[0]?.value ?? 0;

describe("enterprise registry (SPEC §2)", () => {
  const ctx = useTestApp();
  let bureau: TestClient;
  let ids: { icbcClient: string; hbClient: string; chongqing: string };

  beforeAll(async () => {
    bureau = await ctx.signIn("jxj.operator");
    const create = async (
      input: Parameters<typeof buildEnterpriseInput>[0],
      sequence: number,
      client = bureau,
    ) => {
      const response = await client.post("/api/v1/enterprises", buildEnterpriseInput(input, sequence));
      if (response.statusCode !== 201) throw new Error(response.body);
      return response.json().id as string;
    };
    const cq = await ctx.signIn("cqjxw.operator");
    ids = {
      icbcClient: await create(
        {
          districtCode: "420303",
          name: "十堰工行客户零部件有限公司",
          bankAccounts: [
            { bankOrgId: ctx.orgs.icbc ?? null, bankName: "中国工商银行十堰分行", accountNo: "420300000001" },
          ],
        },
        9001,
      ),
      hbClient: await create(
        {
          districtCode: "420302",
          name: "十堰湖北银行客户电池有限公司",
          bankAccounts: [
            { bankOrgId: ctx.orgs.hbbank ?? null, bankName: "湖北银行十堰分行", accountNo: "420300000002" },
          ],
        },
        9002,
      ),
      chongqing: await create({ districtCode: "500112", name: "重庆渝北电驱有限公司" }, 9003, cq),
    };
    await ctx.database.db
      .update(organisations)
      .set({ enterpriseId: ids.icbcClient })
      .where(eq(organisations.id, ctx.orgs.enterprise ?? ""));
  });

  it("refuses a wrong check digit with a message naming the rule, and writes nothing", async () => {
    const before = await enterpriseCount(ctx.database.db);
    const uscc = usccFor("420303", 1234);
    const wrong = `${uscc.slice(0, 17)}${uscc[17] === "0" ? "1" : "0"}`;
    const response = await bureau.post(
      "/api/v1/enterprises",
      buildEnterpriseInput({ districtCode: "420303", uscc: wrong }, 1234),
    );
    expect(response.statusCode).toBe(400);
    const [error] = response.json().errors;
    expect(error).toMatchObject({ field: "uscc", rule: "uscc-check-digit" });
    expect(error.message).toContain("校验");
    expect(await enterpriseCount(ctx.database.db)).toBe(before);
  });

  it.each([
    ["too short", "91420303MA0000", "uscc-length"],
    ["an illegal letter", "91420303MA000001IO", "uscc-charset"],
  ])("refuses a USCC that is %s", async (_name, uscc, rule) => {
    const response = await bureau.post(
      "/api/v1/enterprises",
      buildEnterpriseInput({ districtCode: "420303", uscc }, 1235),
    );
    expect(response.json().errors[0]).toMatchObject({ field: "uscc", rule });
  });

  it("refuses a duplicate USCC with 409", async () => {
    const response = await bureau.post(
      "/api/v1/enterprises",
      buildEnterpriseInput({ districtCode: "420303" }, 9001),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().errors[0].field).toBe("uscc");
  });

  it("lets only a platform admin confirm a really issued code that fails the check digit", async () => {
    const input = buildEnterpriseInput(
      { districtCode: "420302", uscc: "91350100M0001TGQXM", usccConfirmedAsIssued: true },
      1236,
    );
    const byBureau = await bureau.post("/api/v1/enterprises", input);
    expect(byBureau.statusCode).toBe(400);
    expect(byBureau.json().errors[0].field).toBe("usccConfirmedAsIssued");
    const admin = await ctx.signIn("platform.operator");
    const byAdmin = await admin.post("/api/v1/enterprises", input);
    expect(byAdmin.statusCode).toBe(201);
    expect(byAdmin.json().usccConfirmedAsIssued).toBe(true);
  });

  it("derives the size class from employees and the latest revenue", async () => {
    const cases = [
      { employees: 1000, revenue: "400000000.00", expected: "LARGE" },
      { employees: 999, revenue: "400000000.00", expected: "MEDIUM" },
      { employees: 300, revenue: "20000000.00", expected: "MEDIUM" },
      { employees: 300, revenue: "19999999.99", expected: "SMALL" },
      { employees: 19, revenue: "50000000.00", expected: "MICRO" },
    ];
    for (const [index, c] of cases.entries()) {
      const response = await bureau.post(
        "/api/v1/enterprises",
        buildEnterpriseInput(
          {
            districtCode: "420371",
            employees: c.employees,
            revenues: [
              { year: 2023, amount: "1.00" },
              { year: 2025, amount: c.revenue },
            ],
          },
          2000 + index,
        ),
      );
      expect(response.json().sizeClass, JSON.stringify(c)).toBe(c.expected);
    }
  });

  it("names the nested field of a bad revenue or tag period", async () => {
    const response = await bureau.post(
      "/api/v1/enterprises",
      buildEnterpriseInput(
        {
          districtCode: "420303",
          revenues: [{ year: 2025, amount: "12.345" }],
          tags: [{ tag: "GAZELLE", validFrom: "2025-06-01", validTo: "2025-01-01" }],
        },
        1237,
      ),
    );
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["revenues.0.amount", "tags.0.validTo"]));
  });

  it("refuses registration outside the bureau's region and by banks", async () => {
    const outside = await bureau.post(
      "/api/v1/enterprises",
      buildEnterpriseInput({ districtCode: "500112" }, 1238),
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0]).toMatchObject({ field: "districtCode", rule: "own-region" });
    const bank = await ctx.signIn("icbc.operator");
    expect(
      (await bank.post("/api/v1/enterprises", buildEnterpriseInput({ districtCode: "420303" }, 1239)))
        .statusCode,
    ).toBe(403);
  });

  it("shows a bank only the enterprises that have dealt with it", async () => {
    const icbc = await ctx.signIn("icbc.reviewer");
    const list = await icbc.get("/api/v1/enterprises?pageSize=100");
    expect(list.json().items.map((e: { id: string }) => e.id)).toEqual([ids.icbcClient]);
    expect((await icbc.get(`/api/v1/enterprises/${ids.hbClient}`)).statusCode).toBe(404);
    const hb = await ctx.signIn("hbbank.reviewer");
    expect((await hb.get(`/api/v1/enterprises/${ids.icbcClient}`)).statusCode).toBe(404);
    expect((await hb.get(`/api/v1/enterprises/${ids.hbClient}`)).statusCode).toBe(200);
  });

  it("masks contact phones for those who do not manage the enterprise", async () => {
    const icbc = await ctx.signIn("icbc.reviewer");
    const seenByBank = (await icbc.get(`/api/v1/enterprises/${ids.icbcClient}`)).json();
    expect(seenByBank.contactPhone).toMatch(/^\d{3}\*{4}\d{4}$/);
    const seenByBureau = (await bureau.get(`/api/v1/enterprises/${ids.icbcClient}`)).json();
    expect(seenByBureau.contactPhone).toMatch(/^\d{11}$/);
  });

  it("shows a bureau all enterprises of its region and none of another", async () => {
    const shiyan = (await bureau.get("/api/v1/enterprises?pageSize=200")).json();
    expect(shiyan.items.every((e: { districtCode: string }) => e.districtCode.startsWith("4203"))).toBe(true);
    expect(shiyan.items.map((e: { id: string }) => e.id)).not.toContain(ids.chongqing);
    const cq = await ctx.signIn("cqjxw.reviewer");
    expect((await cq.get(`/api/v1/enterprises/${ids.icbcClient}`)).statusCode).toBe(404);
    const applicant = await ctx.signIn("applicant.operator");
    expect((await applicant.get("/api/v1/enterprises")).json().total).toBe(0);
  });

  it("lets an enterprise edit its own profile, but not its USCC or another enterprise", async () => {
    const own = await ctx.signIn("enterprise.operator");
    const detail = (await own.get(`/api/v1/enterprises/${ids.icbcClient}`)).json();
    expect(detail.canEdit).toBe(true);
    const edited = await own.patch(`/api/v1/enterprises/${ids.icbcClient}`, {
      employees: 420,
      version: detail.version,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ employees: 420, version: detail.version + 1 });
    const stale = await own.patch(`/api/v1/enterprises/${ids.icbcClient}`, {
      employees: 421,
      version: detail.version,
    });
    expect(stale.statusCode).toBe(409);
    const uscc = await own.patch(`/api/v1/enterprises/${ids.icbcClient}`, {
      uscc: usccFor("420303", 7777),
      version: detail.version + 1,
    });
    expect(uscc.json().errors[0].field).toBe("uscc");
    expect(
      (await own.patch(`/api/v1/enterprises/${ids.hbClient}`, { employees: 1, version: 1 })).statusCode,
    ).toBe(404);
    const reviewer = await ctx.signIn("enterprise.reviewer");
    expect(
      (
        await reviewer.patch(`/api/v1/enterprises/${ids.icbcClient}`, {
          employees: 1,
          version: detail.version + 1,
        })
      ).statusCode,
    ).toBe(403);
    // The edit is audited with before and after.
    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "enterprise.update"))
      .orderBy(auditLog.id);
    expect(entry?.before).toMatchObject({ employees: detail.employees });
    expect(entry?.after).toMatchObject({ employees: 420 });
  });

  it("searches, filters and pages on the server", async () => {
    const byName = (await bureau.get(`/api/v1/enterprises?q=${encodeURIComponent("湖北银行客户")}`)).json();
    expect(byName.items.map((e: { id: string }) => e.id)).toEqual([ids.hbClient]);
    const byUscc = (await bureau.get(`/api/v1/enterprises?q=${usccFor("420303", 9001).slice(8)}`)).json();
    expect(byUscc.items.map((e: { id: string }) => e.id)).toEqual([ids.icbcClient]);
    const zone = (await bureau.get("/api/v1/enterprises?district=420371&pageSize=100")).json();
    expect(zone.total).toBe(5);
    const large = (await bureau.get("/api/v1/enterprises?district=420371&sizeClass=LARGE")).json();
    expect(large.total).toBe(1);
    const pageOne = (await bureau.get("/api/v1/enterprises?pageSize=2&page=1")).json();
    const pageTwo = (await bureau.get("/api/v1/enterprises?pageSize=2&page=2")).json();
    expect(pageOne.items).toHaveLength(2);
    expect(pageOne.total).toBe(pageTwo.total);
    expect(pageOne.items[0].id).not.toBe(pageTwo.items[0].id);
    expect((await bureau.get("/api/v1/enterprises?pageSize=1000")).statusCode).toBe(400);
    expect((await bureau.get("/api/v1/enterprises?colour=red")).statusCode).toBe(400);
  });

  it("filters by tags that are valid today only", async () => {
    const response = await bureau.post(
      "/api/v1/enterprises",
      buildEnterpriseInput(
        {
          districtCode: "420372",
          tags: [
            { tag: "GAZELLE", validFrom: "2020-01-01", validTo: "2021-12-31" },
            { tag: "UNICORN", validFrom: "2024-01-01", validTo: null },
          ],
        },
        1240,
      ),
    );
    const id = response.json().id;
    const gazelles = (await bureau.get("/api/v1/enterprises?tag=GAZELLE")).json();
    expect(gazelles.items.map((e: { id: string }) => e.id)).not.toContain(id);
    const unicorns = (await bureau.get("/api/v1/enterprises?tag=UNICORN")).json();
    expect(unicorns.items.map((e: { id: string }) => e.id)).toContain(id);
  });

  it("exports the filtered list to Excel", async () => {
    const response = await bureau.get("/api/v1/enterprises/export?district=420371");
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    expect(response.headers["content-disposition"]).toContain("attachment");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe("企业名称");
    expect((sheet?.rowCount ?? 0) - 1).toBe(5);
    const sizes = [2, 3, 4, 5, 6].map((row) => sheet?.getRow(row).getCell(17).value);
    expect(sizes).toEqual(expect.arrayContaining(["大型", "微型"]));
  });

  const importRows = (rows: SheetRow[]) =>
    writeEnterpriseWorkbook(rows, { template: true }).then((file) =>
      bureau.request({
        method: "POST",
        url: "/api/v1/enterprises/import",
        ...multipartFile("file", "企业.xlsx", file, XLSX_TYPE),
      }),
    );
  const sheetRow = (sequence: number, overrides: SheetRow = {}): SheetRow => {
    const input = buildEnterpriseInput({ districtCode: "420303" }, sequence);
    return {
      name: input.name,
      uscc: input.uscc,
      address: input.address,
      district: "张湾区",
      legalRepresentative: input.legalRepresentative,
      contactPhone: input.contactPhone ?? "",
      establishedOn: input.establishedOn,
      industryCode: input.industryCode,
      employees: String(input.employees),
      revenueYear: "2025",
      revenue: "30000000.00",
      ownership: "民营",
      tags: "专精特新(市级)、高新技术企业",
      ...overrides,
    };
  };

  it("imports nothing when one row is bad, and reports each bad row", async () => {
    const before = await enterpriseCount(ctx.database.db);
    const response = await importRows([
      sheetRow(3001),
      sheetRow(3002, { uscc: "91420303MA00000XXX" }),
      sheetRow(3003, { district: "火星区", employees: "many" }),
      sheetRow(3004),
    ]);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.detail).toContain("2 行有错误");
    const fields = body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(["第3行.统一社会信用代码", "第4行.所在区县(名称或代码)", "第4行.从业人员(人)"]),
    );
    expect(fields.some((f: string) => f.startsWith("第2行") || f.startsWith("第5行"))).toBe(false);
    expect(await enterpriseCount(ctx.database.db)).toBe(before);
  });

  it("refuses cells with control characters before looking anything up, importing nothing", async () => {
    const before = await enterpriseCount(ctx.database.db);
    // Excel escapes control characters as _xHHHH_, and ExcelJS reads them back as the characters.
    const response = await importRows([
      sheetRow(3011, { district: "张湾_x0000_区" }),
      sheetRow(3012, { uscc: "_x001B_" }),
      sheetRow(3013, { mainBusiness: "汽车零部件\n精密加工" }),
    ]);
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(["第2行.所在区县(名称或代码)", "第3行.统一社会信用代码"]);
    expect(await enterpriseCount(ctx.database.db)).toBe(before);
  });

  it("refuses the key-supported tag in a file: the bureau's list decides it", async () => {
    const before = await enterpriseCount(ctx.database.db);
    const response = await importRows([sheetRow(3040, { tags: "高新技术企业、全市汽车产业重点支持企业" })]);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ field: "第2行.标签(多个用、分隔)", rule: "derived-tag" }),
    ]);
    expect(await enterpriseCount(ctx.database.db)).toBe(before);
  });

  it("refuses duplicates within the file and against the registry", async () => {
    const response = await importRows([sheetRow(3005), sheetRow(3005), sheetRow(9001)]);
    const messages = response
      .json()
      .errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`);
    expect(messages).toEqual(
      expect.arrayContaining(["第3行.统一社会信用代码:unique-in-file", "第4行.统一社会信用代码:unique"]),
    );
  });

  it("imports a clean file completely, with tags and size class", async () => {
    const before = await enterpriseCount(ctx.database.db);
    const response = await importRows([sheetRow(3011), sheetRow(3012), sheetRow(3013)]);
    expect(response.json()).toEqual({ imported: 3 });
    expect(await enterpriseCount(ctx.database.db)).toBe(before + 3);
    const imported = (await bureau.get(`/api/v1/enterprises?q=${usccFor("420303", 3012)}`)).json().items[0];
    expect(imported.tags.map((t: { tag: string }) => t.tag).sort()).toEqual(["HIGH_TECH", "SRDI_CITY"]);
    expect(imported.revenues).toEqual([{ year: 2025, amount: "30000000.00" }]);
  });

  it("serves an import template whose headers the importer accepts", async () => {
    const template = await bureau.get("/api/v1/enterprises/import-template");
    expect(template.headers["content-type"]).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("template has no sheet");
    const headers = (sheet.getRow(1).values as unknown[]).filter(Boolean);
    expect(headers).toContain("统一社会信用代码");
    expect(headers).not.toContain("企业规模");
    // Fill the downloaded template as a person would and upload it back.
    const row = sheetRow(3030);
    sheet.addRow(
      headers.map((header) => {
        const column = Object.entries(row).find(([key]) => header === columnHeader(key));
        return column?.[1] ?? "";
      }),
    );
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await bureau.request({
      method: "POST",
      url: "/api/v1/enterprises/import",
      ...multipartFile("file", "filled.xlsx", filled, XLSX_TYPE),
    });
    expect(response.json()).toEqual({ imported: 1 });
  });

  it("serves the reference catalogue and regions to anyone", async () => {
    const catalogue = (
      await ctx.app.inject({ method: "GET", url: "/api/v1/reference/enterprise-catalogue" })
    ).json();
    // Every tag may be filtered by; only the key-supported one is derived from the bureau's list.
    expect(catalogue.tags.filter((t: { derived: boolean }) => t.derived)).toEqual([
      expect.objectContaining({ code: "CITY_AUTO_KEY", zh: "全市汽车产业重点支持企业" }),
    ]);
    expect(catalogue.sizeClasses).toHaveLength(4);
    const regions = (await ctx.app.inject({ method: "GET", url: "/api/v1/regions" })).json();
    expect(regions.find((r: { code: string }) => r.code === "420371")).toMatchObject({
      name: "十堰经济技术开发区",
      parentCode: "420300",
    });
  });

  it("refuses a file that is not a workbook, and imports by banks", async () => {
    const garbage = await bureau.request({
      method: "POST",
      url: "/api/v1/enterprises/import",
      ...multipartFile("file", "x.xlsx", Buffer.from("not a zip"), XLSX_TYPE),
    });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().errors[0].field).toBe("file");
    const bank = await ctx.signIn("icbc.admin");
    const file = await writeEnterpriseWorkbook([sheetRow(3020)], { template: true });
    const response = await bank.request({
      method: "POST",
      url: "/api/v1/enterprises/import",
      ...multipartFile("file", "a.xlsx", file, XLSX_TYPE),
    });
    expect(response.statusCode).toBe(403);
  });

  it("records supply-chain links between visible enterprises", async () => {
    const link = await bureau.post("/api/v1/supply-chain-links", {
      coreEnterpriseId: ids.hbClient,
      supplierEnterpriseId: ids.icbcClient,
      tier: 1,
      products: "电池模组",
    });
    expect(link.statusCode).toBe(201);
    const detail = (await bureau.get(`/api/v1/enterprises/${ids.icbcClient}`)).json();
    expect(detail.supplyChainLinks).toEqual([
      expect.objectContaining({
        coreEnterpriseName: "十堰湖北银行客户电池有限公司",
        tier: 1,
        products: "电池模组",
      }),
    ]);
    const twice = await bureau.post("/api/v1/supply-chain-links", {
      coreEnterpriseId: ids.hbClient,
      supplierEnterpriseId: ids.icbcClient,
      tier: 2,
      products: "x",
    });
    expect(twice.statusCode).toBe(409);
    const self = await bureau.post("/api/v1/supply-chain-links", {
      coreEnterpriseId: ids.hbClient,
      supplierEnterpriseId: ids.hbClient,
      tier: 1,
      products: "x",
    });
    expect(self.json().errors[0].field).toBe("supplierEnterpriseId");
    const bank = await ctx.signIn("icbc.operator");
    expect((await bank.delete(`/api/v1/supply-chain-links/${link.json().id}`)).statusCode).toBe(404);
    expect((await bureau.delete(`/api/v1/supply-chain-links/${link.json().id}`)).statusCode).toBe(204);
  });
});
