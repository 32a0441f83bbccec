import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { applicationClocks } from "../../db/schema";
import { today } from "../../platform/clock";
import {
  applicationBody,
  CONTRACTS,
  FORM,
  recommendation,
  registerDemoEnterprise,
  registerEligibleEnterprise,
  takeStep,
} from "../../testing/applications";
import { buildEnterpriseInput } from "../../testing/factories";
import { pdfText } from "../../testing/pdf-text";
import { type TestClient, useTestApp } from "../../testing/test-app";
import * as repo from "./applications.repository";

describe("loan applications: 推荐表 to disbursement (seed 002 art. 11)", () => {
  const ctx = useTestApp();
  let enterprise: TestClient;
  let bureau: TestClient;
  let bank: TestClient;
  let bankOperator: TestClient;
  let guarantor: TestClient;

  beforeAll(async () => {
    bureau = await ctx.signIn("jxj.reviewer");
    await registerEligibleEnterprise(ctx, 6001);
    enterprise = await ctx.signIn("enterprise.operator");
    bank = await ctx.signIn("icbc.reviewer");
    bankOperator = await ctx.signIn("icbc.operator");
    guarantor = await ctx.signIn("danbao.reviewer");
  });

  const start = async (amount = "5000000.00") => {
    const response = await enterprise.post("/api/v1/applications", {
      programmeCode: "SHIYAN-CHANLIAN",
      bankOrgId: ctx.orgs.icbc,
      guarantorOrgId: ctx.orgs.danbao,
      amount,
      termMonths: 24,
      loanUse: "WORKING_CAPITAL",
      supplyChainCategory: "VEHICLE_MAKER_SUPPLIER",
      form: FORM,
    });
    if (response.statusCode !== 201) throw new Error(response.body);
    return response.json() as { id: string; version: number; history: unknown[] };
  };
  const act = async (client: TestClient, id: string, body: Record<string, unknown>) => {
    const { version } = (await client.get(`/api/v1/applications/${id}`)).json();
    return client.post(`/api/v1/applications/${id}/actions`, { version, ...body });
  };

  it("goes from the 推荐表 through parallel reviews and contracts to disbursement", async () => {
    const application = await start();
    expect(application).toMatchObject({
      status: "DRAFT",
      holders: ["ENTERPRISE"],
      programme: { code: "SHIYAN-CHANLIAN", version: 1 },
    });
    // Creating the draft is the first step of its history.
    expect(application.history).toMatchObject([
      { action: "create", fromStatus: "DRAFT", toStatus: "DRAFT", actorUsername: "enterprise.operator" },
    ]);
    // A draft is the enterprise's own business.
    expect((await bank.get(`/api/v1/applications/${application.id}`)).statusCode).toBe(404);

    const submitted = await act(enterprise, application.id, { action: "submit" });
    expect(submitted.json()).toMatchObject({ status: "SUBMITTED", holders: ["INDUSTRY_BUREAU"] });
    const submitStep = submitted.json().history.find((h: { action: string }) => h.action === "submit");
    expect(submitStep.details.eligibility.eligible).toBe(true);
    expect(submitStep).toMatchObject({
      actorUsername: "enterprise.operator",
      actorOrgName: "十堰精工汽车零部件有限公司",
    });

    // The bank may not recommend: that is the bureau's.
    const byBank = await act(bank, application.id, { action: "recommend", opinion: "同意" });
    expect(byBank.statusCode).toBe(403);
    const recommended = await act(bureau, application.id, {
      action: "recommend",
      opinion: "符合条件,同意推荐",
    });
    expect(recommended.json()).toMatchObject({
      status: "UNDER_REVIEW",
      bankReview: "PENDING",
      guarantorReview: "PENDING",
    });
    expect(recommended.json().holders.sort()).toEqual(["BANK", "GUARANTOR"]);
    const clocks = recommended.json().clocks.filter((c: { running: boolean }) => c.running);
    expect(clocks.map((c: { clock: string }) => c.clock).sort()).toEqual(["bank-review", "guarantor-review"]);
    const startedOn = clocks[0].startedOn as string;
    const due = new Date(`${startedOn}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 7); // one week, calendar days (art. 11(2),(3))
    expect(clocks[0].dueOn).toBe(due.toISOString().slice(0, 10));

    // Both reviewers have it in their worklists; the enterprise does not.
    const bankList = (await bank.get("/api/v1/applications?waiting=true")).json();
    expect(bankList.items.map((i: { id: string }) => i.id)).toContain(application.id);
    expect((await enterprise.get("/api/v1/applications?waiting=true")).json().total).toBe(0);

    // The bank asks for more materials: its clock stops and restarts when they arrive.
    const asked = await act(bank, application.id, {
      action: "bank-request-materials",
      opinion: "请补充近三年审计报告",
    });
    expect(asked.json()).toMatchObject({ bankReview: "MATERIALS_REQUESTED" });
    expect(asked.json().holders).toContain("ENTERPRISE");
    const provided = await act(enterprise, application.id, {
      action: "provide-materials",
      target: "bank",
      opinion: "已上传审计报告",
    });
    expect(provided.json().bankReview).toBe("PENDING");
    expect(provided.json().clocks.filter((c: { clock: string }) => c.clock === "bank-review")).toHaveLength(
      2,
    );

    await act(guarantor, application.id, { action: "guarantor-approve", opinion: "同意担保" });
    const approved = await act(bank, application.id, { action: "bank-approve", opinion: "同意贷款" });
    expect(approved.json()).toMatchObject({ status: "APPROVED", holders: ["BANK"] });

    const incomplete = await act(bankOperator, application.id, {
      action: "record-contracts",
      contracts: CONTRACTS.slice(0, 3),
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().errors[0].rule).toBe("contracts-incomplete");
    // The loan contract may carry the loan's actual annual rate (重庆 caps its subsidy by it).
    const withRate = (annualRate: string) =>
      CONTRACTS.map((contract) => (contract.kind === "LOAN" ? { ...contract, annualRate } : contract));
    const tooHigh = await act(bankOperator, application.id, {
      action: "record-contracts",
      contracts: withRate("0.30"),
    });
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().errors[0]).toMatchObject({
      field: "contracts.0.annualRate",
      rule: "max-24-percent",
    });
    const contracted = await act(bankOperator, application.id, {
      action: "record-contracts",
      contracts: withRate("0.0345"),
    });
    expect(contracted.json()).toMatchObject({ status: "CONTRACTED" });
    expect(contracted.json().contracts).toHaveLength(4);
    expect(
      contracted
        .json()
        .contracts.map((c: { kind: string; annualRate: string | null }) => [c.kind, c.annualRate]),
    ).toEqual(
      expect.arrayContaining([
        ["LOAN", "0.0345"],
        ["SURETY", null],
      ]),
    );
    expect(
      contracted
        .json()
        .clocks.find((c: { clock: string; running: boolean }) => c.clock === "disbursement" && c.running),
    ).toBeTruthy();

    // The 推荐表 prints with the three opinions filled in as they were given.
    const printed = await bank.get(`/api/v1/applications/${application.id}/recommendation-form`);
    expect(printed.headers["content-type"]).toContain("text/html");
    for (const text of ["符合条件,同意推荐", "同意贷款", "同意担保", "500 万元", "十堰市经济和信息化局"]) {
      expect(printed.body).toContain(text);
    }
    const pdf = await bank.get(`/api/v1/applications/${application.id}/recommendation-form?format=pdf`);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(
      (
        await (
          await ctx.signIn("hbbank.reviewer")
        ).get(`/api/v1/applications/${application.id}/recommendation-form`)
      ).statusCode,
    ).toBe(404);

    const disbursed = await act(bankOperator, application.id, {
      action: "disburse",
      disbursement: { date: today(), amount: "5000000.00" },
    });
    expect(disbursed.json()).toMatchObject({ status: "DISBURSED" });
    expect(disbursed.json().clocks.every((c: { running: boolean }) => !c.running)).toBe(true);
    expect(disbursed.json().history.map((h: { action: string }) => h.action)).toEqual([
      "create",
      "submit",
      "recommend",
      "bank-request-materials",
      "provide-materials",
      "guarantor-approve",
      "bank-approve",
      "record-contracts",
      "disburse",
    ]);
  });

  it("dates each opinion on the 推荐表 by the business date it was given, not the server's clock", async () => {
    // Small, so that with the first test's loan it stays under the programme's 1,000万元 ceiling.
    const application = await start("100000.00");
    // The step's body is made on its day too: the rules the bureau acknowledges depend on the date.
    const on = async (day: string, client: TestClient, body: () => Promise<Record<string, unknown>>) => {
      ctx.setToday(day);
      try {
        const response = await act(client, application.id, await body());
        expect(response.statusCode, response.body).toBe(200);
      } finally {
        ctx.setToday(null);
      }
    };
    await on("2025-03-03", enterprise, async () => ({ action: "submit" }));
    await on("2025-03-05", bureau, () => recommendation(bureau, application.id));
    await on("2025-03-10", guarantor, async () => ({ action: "guarantor-approve", opinion: "同意担保" }));
    await on("2025-03-12", bank, async () => ({ action: "bank-approve", opinion: "同意贷款" }));

    const url = `/api/v1/applications/${application.id}/recommendation-form`;
    const html = (await bank.get(url)).body;
    expect(html).toContain("2025 年 3 月 3 日"); // submitted
    expect(html).toContain("十堰市经济和信息化局\n2025 年 3 月 5 日");
    expect(html).toContain("十堰融资担保集团有限公司\n2025 年 3 月 10 日");
    expect(html).toContain("中国工商银行十堰分行\n2025 年 3 月 12 日");
    const pdf = pdfText((await bank.get(`${url}?format=pdf`)).rawPayload);
    for (const day of [3, 5, 10, 12]) expect(pdf).toContain(`2025 年 3 月 ${day} 日`);
  });

  it("never shows a bank another bank's applications", async () => {
    const other = await ctx.signIn("hbbank.reviewer");
    const { items } = (await other.get("/api/v1/applications?pageSize=100")).json();
    expect(items).toHaveLength(0);
    const [first] = (await bank.get("/api/v1/applications")).json().items;
    expect((await other.get(`/api/v1/applications/${first.id}`)).statusCode).toBe(404);
    expect(
      (
        await other.post(`/api/v1/applications/${first.id}/actions`, {
          action: "bank-approve",
          version: 1,
          opinion: "x",
        })
      ).statusCode,
    ).toBe(404);
  });

  it("rejects only with a reason, which closes the other review and ends its clock", async () => {
    const application = await start("1000000.00");
    await act(enterprise, application.id, { action: "submit" });
    await act(bureau, application.id, { action: "recommend", opinion: "同意推荐" });
    const noReason = await act(guarantor, application.id, { action: "guarantor-reject" });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].rule).toBe("reason-required");
    const rejected = await act(guarantor, application.id, {
      action: "guarantor-reject",
      reason: "反担保措施不足",
    });
    // The bank's review is closed, not left showing 审查中.
    expect(rejected.json()).toMatchObject({
      status: "REJECTED",
      guarantorReview: "REJECTED",
      bankReview: "CLOSED",
      holders: [],
    });
    expect(rejected.json().clocks.every((c: { running: boolean }) => !c.running)).toBe(true);
    expect(rejected.json().history.at(-1)).toMatchObject({
      reason: "反担保措施不足",
      actorUsername: "danbao.reviewer",
    });
    expect((await act(bank, application.id, { action: "bank-approve", opinion: "同意" })).statusCode).toBe(
      409,
    );
  });

  it("refuses a stale decision with 409 and changes nothing", async () => {
    const application = await start("1000000.00");
    const submitted = (await act(enterprise, application.id, { action: "submit" })).json();
    const stale = await bureau.post(`/api/v1/applications/${application.id}/actions`, {
      action: "recommend",
      opinion: "同意",
      version: submitted.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    expect((await bureau.get(`/api/v1/applications/${application.id}`)).json()).toMatchObject({
      status: "SUBMITTED",
      version: submitted.version,
    });
  });

  it("lets exactly one of the bank and the enterprise win when they act at once", async () => {
    const application = await start("1000000.00");
    await act(enterprise, application.id, { action: "submit" });
    await act(bureau, application.id, { action: "recommend", opinion: "同意推荐" });
    const { version } = (await bank.get(`/api/v1/applications/${application.id}`)).json();
    const [approve, withdraw] = await Promise.all([
      bank.post(`/api/v1/applications/${application.id}/actions`, {
        action: "bank-approve",
        opinion: "同意",
        version,
      }),
      enterprise.post(`/api/v1/applications/${application.id}/actions`, {
        action: "withdraw",
        reason: "资金需求变化",
        version,
      }),
    ]);
    expect([approve.statusCode, withdraw.statusCode].sort()).toEqual([200, 409]);
    const final = (await bank.get(`/api/v1/applications/${application.id}`)).json();
    expect(final.version).toBe(version + 1);
    expect(final.history).toHaveLength(4);
  });

  it("refuses to submit past the 1,000万元 ceiling, counting the enterprise's live programme loans", async () => {
    const application = await start("6000000.00");
    const refused = await act(enterprise, application.id, { action: "submit" });
    // The first loan (5,000,000.00) is disbursed and live: 5,000,000 + 6,000,000 > 10,000,000.
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors).toMatchObject([{ field: "amount", rule: "amount-limit" }]);
    expect(refused.json().detail).toContain("本次申请 600.00 万元,加在贷");
    expect(refused.json().detail).toContain("超过单户上限 1,000 万元");
    expect((await enterprise.get(`/api/v1/applications/${application.id}`)).json()).toMatchObject({
      status: "DRAFT",
      version: application.version,
      history: [{ action: "create" }],
    });
  });

  it("flags overdue items in the holder's worklist", async () => {
    const application = await start("1000000.00");
    await act(enterprise, application.id, { action: "submit" });
    await act(bureau, application.id, { action: "recommend", opinion: "同意推荐" });
    await ctx.database.db
      .update(applicationClocks)
      .set({ dueOn: sql`current_date - 1` })
      .where(eq(applicationClocks.applicationId, application.id));
    const item = (await bank.get("/api/v1/applications?waiting=true&pageSize=100"))
      .json()
      .items.find((i: { id: string }) => i.id === application.id);
    expect(item.sla).toBe("overdue");
  });

  it("gives the same total on every page, past the last one too, and pages without overlap", async () => {
    for (const amount of ["100000.00", "200000.00", "300000.00"]) {
      await act(enterprise, (await start(amount)).id, { action: "submit" });
    }
    const first = (await bank.get("/api/v1/applications?pageSize=2")).json();
    const second = (await bank.get("/api/v1/applications?pageSize=2&page=2")).json();
    const past = (await bank.get("/api/v1/applications?pageSize=2&page=999")).json();
    expect(first.total).toBeGreaterThan(2);
    expect(second.total).toBe(first.total);
    expect(past).toMatchObject({ items: [], total: first.total, totalExact: true, page: 999 });
    expect(first.totalExact).toBe(true);
    const ids = [...first.items, ...second.items].map((item: { id: string }) => item.id);
    expect(new Set(ids).size).toBe(4);
  });

  it("counts the total only up to the limit it is given, on a page and past the last one", async () => {
    const scope = { kind: "bank", orgId: ctx.orgs.icbc ?? "" } as const;
    const db = ctx.database.db;
    const all = await repo.listApplications(db, scope, {}, { offset: 0, limit: 2, countLimit: null });
    expect(all.counted).toBeGreaterThan(3);
    const capped = await repo.listApplications(db, scope, {}, { offset: 0, limit: 2, countLimit: 3 });
    expect(capped).toEqual({ items: all.items, counted: 3 });
    const past = await repo.listApplications(db, scope, {}, { offset: 999, limit: 2, countLimit: 3 });
    expect(past).toEqual({ items: [], counted: 3 });
  });

  it("exports the bureau's overview to Excel, exactly the applications it sees", async () => {
    const overview = (await bureau.get("/api/v1/applications?pageSize=200")).json();
    const response = await bureau.get("/api/v1/applications/export");
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe("企业名称");
    expect((sheet?.rowCount ?? 0) - 1).toBe(overview.total);
    const statuses = Array.from({ length: overview.total }, (_, i) =>
      String(sheet?.getRow(i + 2).getCell(5).value),
    );
    expect(statuses).toEqual(expect.arrayContaining(["已放款", "未通过"]));
    // A bank exports only its own.
    const other = await ctx.signIn("hbbank.reviewer");
    const empty = new ExcelJS.Workbook();
    await empty.xlsx.load(
      (await other.get("/api/v1/applications/export")).rawPayload as unknown as ArrayBuffer,
    );
    expect(empty.worksheets[0]?.rowCount).toBe(1);
  });

  it("refuses a bad 推荐表 naming the field", async () => {
    const response = await enterprise.post("/api/v1/applications", {
      programmeCode: "SHIYAN-CHANLIAN",
      bankOrgId: ctx.orgs.danbao,
      guarantorOrgId: ctx.orgs.danbao,
      amount: "5000000.00",
      termMonths: 24,
      loanUse: "WORKING_CAPITAL",
      supplyChainCategory: null,
      form: FORM,
    });
    expect(response.json().errors[0]).toMatchObject({ field: "bankOrgId", rule: "programme-bank" });
    const bankCannotApply = await bank.post("/api/v1/applications", {});
    expect(bankCannotApply.statusCode).toBe(400);
  });
});

describe("the bureau's overview: filters by district, bank and period; the export is the filtered list", () => {
  const ctx = useTestApp();
  const ids = { zhangwanIcbc: "", zhangwanHbbank: "", maojianIcbc: "" };
  let bureau: TestClient;

  beforeAll(async () => {
    bureau = await ctx.signIn("jxj.reviewer");
    const enterprise = await ctx.signIn("enterprise.operator");
    const submitted = async (bankOrgId: string | undefined, day: string) => {
      const id = (await enterprise.post("/api/v1/applications", applicationBody(ctx, { bankOrgId }))).json()
        .id;
      ctx.setToday(day);
      await takeStep(enterprise, id, { action: "submit" });
      ctx.setToday(null);
      return id as string;
    };
    await registerDemoEnterprise(ctx, buildEnterpriseInput({ districtCode: "420303" }, 6401)); // 张湾区
    ids.zhangwanIcbc = await submitted(ctx.orgs.icbc, "2026-03-02");
    ids.zhangwanHbbank = await submitted(ctx.orgs.hbbank, "2026-04-15");
    await registerDemoEnterprise(ctx, buildEnterpriseInput({ districtCode: "420302" }, 6402)); // 茅箭区
    ids.maojianIcbc = await submitted(ctx.orgs.icbc, "2026-05-20");
    // A draft stays the enterprise's own, whatever the filter.
    await enterprise.post("/api/v1/applications", applicationBody(ctx));
  });

  const found = async (client: TestClient, query: string) => {
    const response = await client.get(`/api/v1/applications?pageSize=200&${query}`);
    expect(response.statusCode).toBe(200);
    const { items, total } = response.json();
    expect(total).toBe(items.length);
    return items.map((item: { id: string }) => item.id).sort();
  };
  const sorted = (...list: string[]) => [...list].sort();

  it("filters by the enterprise's registered district; the city's code covers its districts", async () => {
    expect(await found(bureau, "district=420303")).toEqual(sorted(ids.zhangwanIcbc, ids.zhangwanHbbank));
    expect(await found(bureau, "district=420302")).toEqual([ids.maojianIcbc]);
    expect(await found(bureau, "district=420300")).toEqual(sorted(...Object.values(ids)));
    expect(await found(bureau, "district=420322")).toEqual([]);
  });

  it("filters by the lending bank", async () => {
    expect(await found(bureau, `bankOrgId=${ctx.orgs.icbc}`)).toEqual(
      sorted(ids.zhangwanIcbc, ids.maojianIcbc),
    );
    expect(await found(bureau, `bankOrgId=${ctx.orgs.hbbank}`)).toEqual([ids.zhangwanHbbank]);
  });

  it("filters by the day of submission, both ends included", async () => {
    expect(await found(bureau, "submittedFrom=2026-04-15")).toEqual(
      sorted(ids.zhangwanHbbank, ids.maojianIcbc),
    );
    expect(await found(bureau, "submittedTo=2026-04-15")).toEqual(
      sorted(ids.zhangwanIcbc, ids.zhangwanHbbank),
    );
    expect(await found(bureau, "submittedFrom=2026-04-15&submittedTo=2026-04-15")).toEqual([
      ids.zhangwanHbbank,
    ]);
  });

  it("combines the filters with status and waiting, and exports exactly the filtered list", async () => {
    const query = `district=420303&bankOrgId=${ctx.orgs.icbc}&status=SUBMITTED&waiting=true`;
    expect(await found(bureau, query)).toEqual([ids.zhangwanIcbc]);
    expect(await found(bureau, "district=420303&submittedFrom=2026-04-01&status=UNDER_REVIEW")).toEqual([]);

    const response = await bureau.get("/api/v1/applications/export?district=420303&submittedFrom=2026-04-01");
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(2).getCell(10).value).toBe("2026-04-15"); // 提交日期
  });

  it("never lets a bank see another bank's applications by naming that bank", async () => {
    const icbc = await ctx.signIn("icbc.reviewer");
    const hbbank = await ctx.signIn("hbbank.reviewer");
    expect(await found(icbc, `bankOrgId=${ctx.orgs.icbc}`)).toEqual(
      sorted(ids.zhangwanIcbc, ids.maojianIcbc),
    );
    expect(await found(icbc, `bankOrgId=${ctx.orgs.hbbank}`)).toEqual([]);
    expect(await found(hbbank, `bankOrgId=${ctx.orgs.icbc}&district=420300`)).toEqual([]);
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load(
      (await hbbank.get(`/api/v1/applications/export?bankOrgId=${ctx.orgs.icbc}`))
        .rawPayload as unknown as ArrayBuffer,
    );
    expect(exported.worksheets[0]?.rowCount).toBe(1);
  });

  it.each([
    ["district=4203", "district"],
    ["district=42030x", "district"],
    ["bankOrgId=icbc", "bankOrgId"],
    ["submittedFrom=2026-02-30", "submittedFrom"],
    ["submittedTo=20260401", "submittedTo"],
    ["submittedFrom=2026-05-01&submittedTo=2026-04-01", "submittedTo"],
    ["status=PAID", "status"],
    ["bank=icbc", "bank"],
  ])("refuses %s with 400 naming %s, in the list and the export", async (query, field) => {
    for (const path of ["/api/v1/applications", "/api/v1/applications/export"]) {
      const response = await bureau.get(`${path}?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });
});
