import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { applicationClocks } from "../../db/schema";
import { runOnce } from "../../platform/jobs";
import {
  applicationBody,
  FORM,
  recommendation,
  registerDemoEnterprise,
  registerEligibleEnterprise,
  takeStep,
} from "../../testing/applications";
import { buildEnterpriseInput } from "../../testing/factories";
import { pdfText } from "../../testing/pdf-text";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { slaReminders } from "./reminders";

const CONTRACTS = [
  {
    kind: "LOAN",
    number: "GH-2026-001",
    date: "2026-11-20",
    amount: "5000000.00",
    parties: ["十堰精工", "工商银行十堰分行"],
  },
  {
    kind: "ENTRUSTED_GUARANTEE",
    number: "DB-WT-001",
    date: "2026-11-20",
    amount: "5000000.00",
    parties: ["十堰担保集团", "十堰精工"],
  },
  {
    kind: "COUNTER_GUARANTEE",
    number: "DB-FD-001",
    date: "2026-11-20",
    amount: "5000000.00",
    parties: ["十堰担保集团", "十堰精工"],
  },
  {
    kind: "SURETY",
    number: "BZ-001",
    date: "2026-11-20",
    amount: "5000000.00",
    parties: ["工商银行十堰分行", "十堰担保集团"],
  },
];

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

    const disbursed = await act(bankOperator, application.id, { action: "disburse" });
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
    expect(refused.json().detail).toContain("exceeds the per-enterprise limit of 10,000,000.00 yuan");
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
    expect(response.json().errors[0]).toMatchObject({ field: "bankOrgId", rule: "organisation-type" });
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

describe("a working-day review SLA across the 2025 国庆 调休 (official calendar)", () => {
  const ctx = useTestApp();

  it("counts the 调休 Sunday and Saturday, skips the holiday, and is overdue only from the day after", async () => {
    // The programme's next version reviews in 7 working days instead of one calendar week.
    const admin = await ctx.signIn("platform.admin");
    const current = (await admin.get("/api/v1/programmes/SHIYAN-CHANLIAN")).json();
    const saved = await admin.request({
      method: "PUT",
      url: "/api/v1/programmes/SHIYAN-CHANLIAN/config",
      payload: {
        config: {
          ...current.config,
          slas: { ...current.config.slas, review: { amount: 7, unit: "working-days" } },
        },
        expectedVersion: current.currentVersion,
        note: "审查时限改为 7 个工作日",
      },
    });
    expect(saved.statusCode).toBe(200);
    await registerDemoEnterprise(ctx, buildEnterpriseInput({ districtCode: "420303" }, 6501));
    const enterprise = await ctx.signIn("enterprise.operator");
    const bureau = await ctx.signIn("jxj.reviewer");
    const bank = await ctx.signIn("icbc.reviewer");

    // Friday 2025-09-26, just before 国庆 (国办发明电〔2024〕12号): 09-28 and 10-11 are worked, 10-01–10-08 off.
    ctx.setToday("2025-09-26");
    const { id } = (await enterprise.post("/api/v1/applications", applicationBody(ctx))).json();
    await takeStep(enterprise, id, { action: "submit" });
    const recommended = await takeStep(bureau, id, await recommendation(bureau, id));
    expect(recommended.programme.version).toBe(2);
    // 09-28 (Sun, 调休), 09-29, 09-30, 10-09, 10-10, 10-11 (Sat, 调休), 10-13: the seventh working day.
    const due = { startedOn: "2025-09-26", dueOn: "2025-10-13", running: true };
    expect(recommended.clocks).toEqual([
      expect.objectContaining({ clock: "bank-review", ...due }),
      expect.objectContaining({ clock: "guarantor-review", ...due }),
    ]);

    const worklistOn = async (day: string) => {
      ctx.setToday(day);
      const { items } = (await bank.get("/api/v1/applications?waiting=true")).json();
      const item = items.find((i: { id: string }) => i.id === id);
      return `${item.nextDueOn} ${item.sla}`;
    };
    expect(await worklistOn("2025-10-10")).toBe("2025-10-13 on-time");
    expect(await worklistOn("2025-10-12")).toBe("2025-10-13 due-soon");
    expect(await worklistOn("2025-10-13")).toBe("2025-10-13 due-today");
    expect(await worklistOn("2025-10-14")).toBe("2025-10-13 overdue");
    ctx.setToday(null);
  });
});

const SIGNED_EARLY = CONTRACTS.map((contract) => ({ ...contract, date: "2025-03-01" }));

describe("servicing: the bank's loan events, by hand and by API key", () => {
  const ctx = useTestApp();
  let applicationId: string;
  let key: string;
  let clients: Record<"enterprise" | "bureau" | "bank" | "guarantor" | "bankOperator", TestClient>;

  /** A new application of the demo enterprise, taken by its parties through the workflow up to `last`. */
  async function applicationThrough(last: "record-contracts" | "disburse"): Promise<string> {
    const id = (await clients.enterprise.post("/api/v1/applications", applicationBody(ctx))).json()
      .id as string;
    const steps: [TestClient, Record<string, unknown>][] = [
      [clients.enterprise, { action: "submit" }],
      [clients.bureau, { action: "recommend", opinion: "同意推荐" }],
      [clients.bank, { action: "bank-approve", opinion: "同意" }],
      [clients.guarantor, { action: "guarantor-approve", opinion: "同意" }],
      // Signed before the loan events below, which may not precede the loan contract.
      [clients.bankOperator, { action: "record-contracts", contracts: SIGNED_EARLY }],
      [clients.bankOperator, { action: "disburse" }],
    ];
    for (const [client, body] of steps) {
      await takeStep(client, id, body.action === "recommend" ? await recommendation(client, id) : body);
      if (body.action === last) break;
    }
    return id;
  }

  beforeAll(async () => {
    await registerDemoEnterprise(
      ctx,
      buildEnterpriseInput(
        {
          districtCode: "420302",
          establishedOn: "2016-01-01",
          revenues: [{ year: 2025, amount: "50000000.00" }],
        },
        6101,
      ),
    );
    clients = {
      enterprise: await ctx.signIn("enterprise.operator"),
      bureau: await ctx.signIn("jxj.reviewer"),
      bank: await ctx.signIn("icbc.reviewer"),
      guarantor: await ctx.signIn("danbao.reviewer"),
      bankOperator: await ctx.signIn("icbc.operator"),
    };
    applicationId = await applicationThrough("disburse");
    const admin = await ctx.signIn("icbc.admin");
    const created2 = await admin.post("/api/v1/api-keys", { name: "信贷系统" });
    expect(created2.statusCode).toBe(201);
    key = created2.json().key;
    // The list shows a prefix, never the key or its hash.
    const listed = (await admin.get("/api/v1/api-keys")).json();
    expect(JSON.stringify(listed)).not.toContain(key);
  });

  const withKey = (method: "GET" | "POST", url: string, payload?: object, apiKey = key) =>
    ctx.app.inject({ method, url, payload, headers: { authorization: `Bearer ${apiKey}` } });

  it("derives outstanding principal, interest paid and status from the events", async () => {
    const url = `/api/v1/applications/${applicationId}/loan-events`;
    expect(
      (await withKey("POST", url, { type: "DISBURSEMENT", date: "2025-03-10", amount: "5000000.00" }))
        .statusCode,
    ).toBe(201);
    await withKey("POST", url, { type: "INTEREST_PAYMENT", date: "2025-06-20", amount: "60000.00" });
    const repaid = await withKey("POST", url, {
      type: "PRINCIPAL_REPAYMENT",
      date: "2025-09-10",
      amount: "2000000.00",
    });
    expect(repaid.json().position).toMatchObject({
      status: "ACTIVE",
      outstanding: "3000000.00",
      interestPaid: "60000.00",
    });

    const overdraw = await withKey("POST", url, {
      type: "PRINCIPAL_REPAYMENT",
      date: "2025-10-10",
      amount: "3000000.01",
    });
    expect(overdraw.statusCode).toBe(400);
    expect(overdraw.json().errors[0].rule).toBe("exceeds-outstanding");

    // Principal is outstanding, so the application stays disbursed; nobody can settle it by hand.
    const detail = (await clients.bankOperator.get(`/api/v1/applications/${applicationId}`)).json();
    expect(detail).toMatchObject({ status: "DISBURSED", availableActions: [] });
    const byHand = await clients.bankOperator.post(`/api/v1/applications/${applicationId}/actions`, {
      action: "settle",
      version: detail.version,
    });
    expect(byHand.statusCode).toBe(400);
    expect(byHand.json().errors[0].field).toBe("action");

    const overdue = await withKey("POST", url, { type: "OVERDUE", date: "2025-12-21", amount: "0.00" });
    expect(overdue.json().position).toMatchObject({ status: "OVERDUE", everOverdue: true });
  });

  it("corrects only by a reversing event; stored events can never change", async () => {
    const url = `/api/v1/applications/${applicationId}/loan-events`;
    const { events } = (await withKey("GET", `/api/v1/applications/${applicationId}/loan`)).json();
    const interest = events.find((e: { type: string }) => e.type === "INTEREST_PAYMENT");
    const mismatched = await withKey("POST", url, {
      type: "INTEREST_PAYMENT",
      date: "2025-06-21",
      amount: "1.00",
      reverses: interest.id,
    });
    expect(mismatched.json().errors[0]).toMatchObject({ field: "reverses", rule: "matches-reversed" });
    const reversal = await withKey("POST", url, {
      type: "INTEREST_PAYMENT",
      date: "2025-06-21",
      amount: "60000.00",
      reverses: interest.id,
      note: "重复入账冲正",
    });
    expect(reversal.json().position.interestPaid).toBe("0.00");
    expect(reversal.json().events.at(-1)).toMatchObject({ viaApi: true, reverses: interest.id });
    await expect(ctx.database.db.execute(sql`update loan_events set amount_fen = 1`)).rejects.toThrow();
    await expect(ctx.database.db.execute(sql`delete from loan_events`)).rejects.toThrow();

    // The repayment that clears the principal settles the application in the same step, in the key's name.
    await withKey("POST", url, { type: "OVERDUE_CLEARED", date: "2026-01-05", amount: "0.00" });
    const repaid = await withKey("POST", url, {
      type: "PRINCIPAL_REPAYMENT",
      date: "2026-03-10",
      amount: "3000000.00",
    });
    expect(repaid.json().position).toMatchObject({
      status: "SETTLED",
      outstanding: "0.00",
      settledOn: "2026-03-10",
    });
    const settled = (await clients.bankOperator.get(`/api/v1/applications/${applicationId}`)).json();
    expect(settled).toMatchObject({ status: "SETTLED", holders: [], availableActions: [] });
    const repayment = repaid.json().events.at(-1);
    expect(settled.history.at(-1)).toMatchObject({
      action: "loan-repaid",
      fromStatus: "DISBURSED",
      toStatus: "SETTLED",
      actorUsername: "icbc.admin", // the key acts for the admin who created it
      actorOrgName: "中国工商银行十堰分行",
      details: { loanEventId: repayment.id },
    });
    expect(settled.history.at(-1).opinion).toContain(
      `2026-03-10 还本 3,000,000.00 元(台账第 ${repayment.id} 笔)后贷款本金已全部还清`,
    );
    // A settled loan takes no more events.
    const late = await withKey("POST", url, { type: "INTEREST_PAYMENT", date: "2026-03-20", amount: "1.00" });
    expect(late.statusCode).toBe(409);
  });

  it("settles a loan repaid by hand before 放款 was pressed, stopping the disbursement clock", async () => {
    const id = await applicationThrough("record-contracts");
    const url = `/api/v1/applications/${id}/loan-events`;
    for (const [type, date] of [
      ["DISBURSEMENT", "2026-01-10"],
      ["PRINCIPAL_REPAYMENT", "2026-06-10"],
    ]) {
      const recorded = await clients.bankOperator.post(url, { type, date, amount: "5000000.00" });
      expect(recorded.statusCode).toBe(201);
    }
    const settled = (await clients.bankOperator.get(`/api/v1/applications/${id}`)).json();
    expect(settled.status).toBe("SETTLED");
    expect(settled.clocks.every((c: { running: boolean }) => !c.running)).toBe(true);
    expect(settled.history.at(-1)).toMatchObject({
      action: "loan-repaid",
      fromStatus: "CONTRACTED",
      actorUsername: "icbc.operator",
    });
  });

  it("refuses events no loan could have: past the contract, before it, after today, beyond any amount", async () => {
    const id = await applicationThrough("record-contracts");
    const url = `/api/v1/applications/${id}/loan-events`;
    ctx.setToday("2027-06-30");
    const drawn = await clients.bankOperator.post(url, {
      type: "DISBURSEMENT",
      date: "2025-03-10",
      amount: "4000000.00",
    });
    expect(drawn.statusCode).toBe(201);
    for (const [body, field, says] of [
      [
        { type: "DISBURSEMENT", date: "2025-04-10", amount: "9999999999999.99" },
        "amount",
        "10,000,000,000.00",
      ],
      [{ type: "DISBURSEMENT", date: "2025-04-10", amount: "1000000.01" }, "amount", "5,000,000.00"],
      [{ type: "INTEREST_PAYMENT", date: "1900-01-01", amount: "1.00" }, "date", "2025-03-01"],
      [{ type: "INTEREST_PAYMENT", date: "9999-12-31", amount: "1.00" }, "date", "2099-12-31"],
      [{ type: "INTEREST_PAYMENT", date: "2031-01-01", amount: "1.00" }, "date", "2027-06-30"],
      [{ type: "OVERDUE", date: "0000-01-01", amount: "0.00" }, "date", "1900-01-01"],
    ] as const) {
      const refused = await clients.bankOperator.post(url, body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      expect(refused.headers["content-type"]).toContain("application/problem+json");
      expect(refused.json().errors[0].field).toBe(field);
      expect(refused.json().errors[0].message).toContain(says);
    }
    ctx.setToday(null);
    const { events, position } = (await clients.bankOperator.get(`/api/v1/applications/${id}/loan`)).json();
    expect(events).toHaveLength(1);
    expect(position.disbursed).toBe("4000000.00");
  });

  it("keeps API keys to their bank's loans and to the servicing routes", async () => {
    expect((await withKey("GET", "/api/v1/enterprises")).statusCode).toBe(403);
    const hbAdmin = await ctx.signIn("hbbank.admin");
    const otherKey = (await hbAdmin.post("/api/v1/api-keys", { name: "他行系统" })).json().key;
    const foreign = await withKey(
      "POST",
      `/api/v1/applications/${applicationId}/loan-events`,
      { type: "INTEREST_PAYMENT", date: "2025-07-01", amount: "1.00" },
      otherKey,
    );
    expect(foreign.statusCode).toBe(404);
    expect(
      (await withKey("GET", `/api/v1/applications/${applicationId}/loan`, undefined, otherKey)).statusCode,
    ).toBe(404);
    const enterprise = await ctx.signIn("enterprise.operator");
    expect((await enterprise.get(`/api/v1/applications/${applicationId}/loan`)).statusCode).toBe(200);
    expect(
      (
        await enterprise.post(`/api/v1/applications/${applicationId}/loan-events`, {
          type: "INTEREST_PAYMENT",
          date: "2025-07-01",
          amount: "1.00",
        })
      ).statusCode,
    ).toBe(403);
    // Only the bank's admin manages keys; a revoked key stops working at once.
    expect(
      (await (await ctx.signIn("icbc.operator")).post("/api/v1/api-keys", { name: "x x" })).statusCode,
    ).toBe(403);
    const admin = await ctx.signIn("icbc.admin");
    const [ours] = (await admin.get("/api/v1/api-keys")).json();
    expect((await admin.delete(`/api/v1/api-keys/${ours.id}`)).statusCode).toBe(204);
    expect((await withKey("GET", `/api/v1/applications/${applicationId}/loan`)).statusCode).toBe(401);
  });
});

describe("SLA reminders: before and at the deadline, once, even with two instances", () => {
  const ctx = useTestApp();

  it("reminds the holder once per clock and kind, whichever instance runs the job", async () => {
    await registerDemoEnterprise(
      ctx,
      buildEnterpriseInput(
        {
          districtCode: "420371",
          establishedOn: "2016-01-01",
          revenues: [{ year: 2025, amount: "50000000.00" }],
        },
        6201,
      ),
    );
    const enterprise = await ctx.signIn("enterprise.operator");
    const bureau = await ctx.signIn("jxj.reviewer");
    const { id } = (
      await enterprise.post("/api/v1/applications", {
        programmeCode: "SHIYAN-CHANLIAN",
        bankOrgId: ctx.orgs.icbc,
        guarantorOrgId: ctx.orgs.danbao,
        amount: "3000000.00",
        termMonths: 12,
        loanUse: "PRODUCT_RD",
        supplyChainCategory: "NEV_KEY_PARTS",
        form: FORM,
      })
    ).json();
    await takeStep(enterprise, id, { action: "submit" });
    await takeStep(bureau, id, await recommendation(bureau, id));
    // The bank's clock is already overdue; the guarantor's is due tomorrow.
    await ctx.database.db.execute(
      sql`update application_clocks set due_on = current_date - 2 where clock = 'bank-review'`,
    );
    await ctx.database.db.execute(
      sql`update application_clocks set due_on = current_date + 1 where clock = 'guarantor-review'`,
    );

    const now = new Date();
    const [first, second] = await Promise.all([
      runOnce(ctx.database.db, slaReminders, now),
      runOnce(ctx.database.db, slaReminders, now),
    ]);
    expect([first, second].sort()).toEqual([false, true]);
    // Even a second run for another period adds nothing already sent.
    await runOnce(ctx.database.db, slaReminders, new Date(now.getTime() + 3_600_000));

    const bank = (await (await ctx.signIn("icbc.reviewer")).get("/api/v1/notifications")).json();
    expect(bank.map((n: { kind: string }) => n.kind)).toEqual(["overdue"]);
    expect(bank[0].message).toContain("逾期");
    const guarantor = await ctx.signIn("danbao.operator");
    const [reminder] = (await guarantor.get("/api/v1/notifications")).json();
    expect(reminder.kind).toBe("due-soon");
    expect((await guarantor.post(`/api/v1/notifications/${reminder.id}/read`)).json().readAt).not.toBeNull();
    // Another organisation cannot read or mark them.
    const other = await ctx.signIn("hbbank.reviewer");
    expect((await other.get("/api/v1/notifications")).json()).toEqual([]);
    expect((await other.post(`/api/v1/notifications/${reminder.id}/read`)).statusCode).toBe(404);
  });
});

describe("attachments: checked by content, stored by hash, downloaded safely, parties only", () => {
  const ctx = useTestApp();
  let applicationId: string;
  const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2048, 0x20), Buffer.from("\n%%EOF\n")]);
  const upload = (client: TestClient, filename: string, content: Buffer, kind = "DOCUMENT") => {
    const boundary = "----chanrongtest";
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return client.request({
      method: "POST",
      url: `/api/v1/applications/${applicationId}/attachments`,
      payload,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    });
  };

  beforeAll(async () => {
    await registerDemoEnterprise(ctx, buildEnterpriseInput({ districtCode: "420372" }, 6301));
    const enterprise = await ctx.signIn("enterprise.operator");
    const application = await enterprise.post("/api/v1/applications", {
      programmeCode: "SHIYAN-CHANLIAN",
      bankOrgId: ctx.orgs.icbc,
      guarantorOrgId: ctx.orgs.danbao,
      amount: "2000000.00",
      termMonths: 12,
      loanUse: "PRODUCT_RD",
      supplyChainCategory: null,
      form: FORM,
    });
    applicationId = application.json().id;
    await enterprise.post(`/api/v1/applications/${applicationId}/actions`, { action: "submit", version: 1 });
  });

  it("stores a PDF with its hash and serves it as a download that cannot run", async () => {
    const enterprise = await ctx.signIn("enterprise.operator");
    const uploaded = await upload(enterprise, "审计报告.pdf", PDF);
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({
      contentType: "application/pdf",
      size: PDF.length,
      kind: "DOCUMENT",
    });
    expect(uploaded.json().sha256).toMatch(/^[a-f0-9]{64}$/);

    const bank = await ctx.signIn("icbc.reviewer");
    const scan = await upload(bank, "借款合同.pdf", PDF, "LOAN");
    expect(scan.json().kind).toBe("LOAN");
    const listed = (await bank.get(`/api/v1/applications/${applicationId}/attachments`)).json();
    expect(listed.map((a: { filename: string }) => a.filename)).toEqual(["审计报告.pdf", "借款合同.pdf"]);

    const download = await bank.get(`/api/v1/attachments/${uploaded.json().id}/content`);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers).toMatchObject({
      "content-type": "application/pdf",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    });
    expect(download.headers["content-disposition"]).toMatch(/^attachment;/);
  });

  it("refuses a file name with control characters, storing nothing", async () => {
    const enterprise = await ctx.signIn("enterprise.operator");
    const before = (await enterprise.get(`/api/v1/applications/${applicationId}/attachments`)).json().length;
    for (const filename of ["审计\u0000报告.pdf", "报告\u001b[31m.pdf"]) {
      const refused = await upload(enterprise, filename, PDF);
      expect(refused.statusCode, JSON.stringify(filename)).toBe(400);
      expect(refused.json().errors[0].field).toBe("file.filename");
    }
    expect((await enterprise.get(`/api/v1/applications/${applicationId}/attachments`)).json()).toHaveLength(
      before,
    );
  });

  it("refuses a file whose content does not match its name, an unknown kind, and an oversized file", async () => {
    const enterprise = await ctx.signIn("enterprise.operator");
    const disguised = await upload(
      enterprise,
      "合同.pdf",
      Buffer.from("<html><script>alert(1)</script></html>"),
    );
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().errors[0]).toMatchObject({ field: "file", rule: "file-type" });
    expect((await upload(enterprise, "a.pdf", PDF, "SELFIE")).json().errors[0].field).toBe("kind");
    const huge = await upload(enterprise, "big.pdf", Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().detail).toContain("文件超过上传大小上限");
    const listed = (await enterprise.get(`/api/v1/applications/${applicationId}/attachments`)).json();
    expect(listed).toHaveLength(2);
  });

  it("shows attachments to the application's parties only", async () => {
    const bank = await ctx.signIn("icbc.reviewer");
    const [first] = (await bank.get(`/api/v1/applications/${applicationId}/attachments`)).json();
    // The finance bureau sees the application in its region, but its documents are not its business.
    const finance = await ctx.signIn("czj.reviewer");
    expect((await finance.get(`/api/v1/applications/${applicationId}`)).statusCode).toBe(200);
    expect((await finance.get(`/api/v1/attachments/${first.id}/content`)).statusCode).toBe(404);
    const otherBank = await ctx.signIn("hbbank.reviewer");
    expect((await otherBank.get(`/api/v1/attachments/${first.id}/content`)).statusCode).toBe(404);
    expect((await otherBank.get(`/api/v1/applications/${applicationId}/attachments`)).statusCode).toBe(404);
  });
});
