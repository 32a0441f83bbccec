import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { multipartFile, XLSX_TYPE } from "../../testing/multipart";
import { confirmedArrangement, payable, SCF, scfParties } from "../../testing/supply-chain-finance";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { TEST_DATABASE_KIND } from "../../testing/test-database";
import { rowValues, workbookOf } from "../../testing/workbooks";

type Response = Awaited<ReturnType<TestClient["get"]>>;
const issues = (response: Response) =>
  (response.json().errors as { field: string; rule: string }[]).map((error) => [error.field, error.rule]);

describe(`data-verified supply-chain financing, seed 004 §三(五) (${TEST_DATABASE_KIND})`, () => {
  const ctx = useTestApp();
  let core: TestClient;
  let coreAdmin: TestClient;
  let supplier: TestClient;
  let bank: TestClient;
  let otherBank: TestClient;
  let bureau: TestClient;
  let parties: Awaited<ReturnType<typeof scfParties>>;
  const ids: Record<string, string> = {};
  const versions = async (client: TestClient) =>
    Object.fromEntries(
      ((await client.get(`${SCF}/payables`)).json() as { documentNo: string; version: number }[]).map((p) => [
        p.documentNo,
        p.version,
      ]),
    );
  const keyed = (client: TestClient, url: string, payload: object, key: string) =>
    client.request({ method: "POST", url, payload, headers: { "idempotency-key": key } });

  beforeAll(async () => {
    ctx.setToday("2026-12-05");
    parties = await scfParties(ctx, 9301);
    [core, coreAdmin, supplier, bank, otherBank, bureau] = await Promise.all([
      ctx.signIn("enterprise.operator"),
      ctx.signIn("enterprise.admin"),
      ctx.signIn("cqenterprise.operator"),
      ctx.signIn("cqbank.operator"),
      ctx.signIn("cqrcb.operator"),
      ctx.signIn("cqjxw.reviewer"),
    ]);
  });

  it("takes the core's payables by form or ERP once per document number, refusing each bad field", async () => {
    const s1 = parties.supplier.uscc;
    const first = await keyed(
      core,
      "/api/v1/supply-chain-finance/payables",
      payable(s1, "FP-001", "1000000.00", "2027-03-01"),
      "erp-fp-001",
    );
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      status: "OPEN",
      amount: "1000000.00",
      supplierName: expect.any(String),
    });
    ids.p1 = first.json().id;
    const replay = await keyed(
      core,
      "/api/v1/supply-chain-finance/payables",
      payable(s1, "FP-001", "1000000.00", "2027-03-01"),
      "erp-fp-001",
    );
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(replay.json().id).toBe(ids.p1);
    const reused = await keyed(
      core,
      "/api/v1/supply-chain-finance/payables",
      payable(s1, "FP-009", "1.00", "2027-03-01"),
      "erp-fp-001",
    );
    expect(reused.json().errors[0]).toMatchObject({ field: "Idempotency-Key" });

    const duplicate = await core.post(`${SCF}/payables`, payable(s1, "FP-001", "5.00", "2027-03-01"));
    expect(duplicate.statusCode).toBe(409);
    expect(issues(duplicate)).toEqual([["documentNo", "unique"]]);
    const badUscc = await core.post(
      `${SCF}/payables`,
      payable(`${s1.slice(0, 17)}0`, "X-1", "5.00", "2027-03-01"),
    );
    expect(issues(badUscc)).toEqual([["supplierUscc", "uscc-check-digit"]]);
    const self = await core.post(`${SCF}/payables`, payable(parties.core.uscc, "X-2", "5.00", "2027-03-01"));
    expect(issues(self)).toEqual([["supplierUscc", "not-self"]]);
    const dates = await core.post(`${SCF}/payables`, {
      ...payable(s1, "X-3", "5.00", "2026-12-01"),
      issuedOn: "2026-12-06",
    });
    expect(issues(dates)).toEqual([
      ["issuedOn", "not-in-future"],
      ["dueOn", "after-issued"],
    ]);
    for (const outsider of [bank, bureau, await ctx.signIn("cqenterprise.reviewer")]) {
      const refused = await outsider.post(`${SCF}/payables`, payable(s1, "X-4", "5.00", "2027-03-01"));
      expect(refused.statusCode, outsider.username).toBe(403);
    }

    const key = (await coreAdmin.post("/api/v1/api-keys", { name: "ERP 应付账款接口" })).json().key as string;
    const byErp = await ctx.app.inject({
      method: "POST",
      url: `${SCF}/payables`,
      payload: payable(s1, "YS-002", "500000.00", "2027-02-15"),
      headers: { authorization: `Bearer ${key}` },
    });
    expect(byErp.statusCode, byErp.body).toBe(201);
    expect(byErp.json().viaApiKey).toBe(true);
    ids.p2 = byErp.json().id;
  });

  it("uploads a filled Excel template all or nothing, with a row-by-row report", async () => {
    const template = await core.request({ method: "GET", url: `${SCF}/payables/template` });
    expect(template.statusCode).toBe(200);
    const fill = async (rows: string[][]) => {
      const workbook = await workbookOf(template.rawPayload);
      const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
      expect(rowValues(sheet, 1)).toEqual([
        "单据类型(订单/发票/应收账款)",
        "单据号",
        "供应商统一社会信用代码",
        "金额(元)",
        "开具日期",
        "到期日期",
      ]);
      for (const row of rows) sheet.addRow(row);
      const file = Buffer.from(await workbook.xlsx.writeBuffer());
      return core.request({
        method: "POST",
        url: `${SCF}/payables/import`,
        ...multipartFile("file", "应付.xlsx", file, XLSX_TYPE),
      });
    };
    const { supplier: s1, other, unregisteredUscc } = parties;
    const bad = await fill([
      ["订单", "DD-003", s1.uscc, "300000", "2026-12-01", "2026-12-10"],
      ["支票", "DD-004", s1.uscc, "1", "2026-12-01", "2027-01-10"],
      ["发票", "FP-001", s1.uscc, "1", "2026-12-01", "2027-01-10"],
      ["发票", "FP-005", other.uscc, "-3", "2026-12-01", "2027-01-10"],
    ]);
    expect(bad.statusCode).toBe(400);
    expect(issues(bad)).toEqual([
      ["第3行.单据类型(订单/发票/应收账款)", "invalid_value"],
      ["第4行.单据号", "unique"],
      ["第5行.金额(元)", "invalid_format"],
    ]);
    expect(Object.keys(await versions(core))).toEqual(["YS-002", "FP-001"]);

    const good = await fill([
      ["订单", "DD-003", s1.uscc, "300000", "2026-12-01", "2026-12-10"],
      ["发票", "FP-004", other.uscc, "800000.00", "2026-11-30", "2027-04-01"],
      ["应收账款", "YS-005", unregisteredUscc, "200000", "2026-11-30", "2027-01-31"],
    ]);
    expect(good.json()).toEqual({ imported: 3 });
  });

  it("lets the core correct and withdraw a payable nobody financed, with a reason", async () => {
    const v = await versions(core);
    const [yso] = ((await core.get(`${SCF}/payables`)).json() as { id: string; documentNo: string }[]).filter(
      (p) => p.documentNo === "YS-005",
    );
    const corrected = await core.put(`${SCF}/payables/${yso?.id}`, {
      ...payable(parties.unregisteredUscc, "", "250000.00", "2027-01-31"),
      documentNo: undefined,
      kind: "RECEIVABLE",
      version: v["YS-005"],
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ amount: "250000.00", kind: "RECEIVABLE" });
    expect(
      (await core.post(`${SCF}/payables/${yso?.id}/withdraw`, { reason: "  ", version: v["YS-005"] }))
        .statusCode,
    ).toBe(400);
    const withdrawn = await core.post(`${SCF}/payables/${yso?.id}/withdraw`, {
      reason: "对方开错发票,作废",
      version: corrected.json().version,
    });
    expect(withdrawn.json()).toMatchObject({ status: "WITHDRAWN", withdrawReason: "对方开错发票,作废" });
    const notMine = await otherBank.post(`${SCF}/payables/${yso?.id}/withdraw`, { reason: "x", version: 3 });
    expect(notMine.statusCode).toBe(403);
  });

  it("gives no limit without an account-lock arrangement the bank confirmed", async () => {
    const [before] = (await supplier.get(`${SCF}/limits`)).json();
    expect(before).toMatchObject({ limit: "0.00", eligible: "1500000.00", banks: [] });
    expect(before.checks.find((c: { rule: string }) => c.rule === "account-lock")).toMatchObject({
      passed: false,
    });

    const recorded = await core.post(`${SCF}/arrangements`, {
      bankOrgId: ctx.orgs.cqbank,
      accountBank: "中国建设银行重庆九龙坡支行",
      accountName: "回款监管账户",
      accountNo: "50001083600052512345",
      effectiveFrom: "2026-11-01",
      effectiveTo: "2027-10-31",
    });
    expect(recorded.json()).toMatchObject({ status: "PROPOSED", accountNo: "****************2345" });
    const { id, version } = recorded.json();
    expect(
      (await bank.post(`${SCF}/arrangements/${id}/decision`, { action: "CONFIRM", version })).statusCode,
    ).toBe(403);
    const reviewer = await ctx.signIn("cqbank.reviewer");
    const noReason = await reviewer.post(`${SCF}/arrangements/${id}/decision`, {
      action: "DECLINE",
      version,
    });
    expect(issues(noReason)).toEqual([["note", "required"]]);
    const confirmed = await reviewer.post(`${SCF}/arrangements/${id}/decision`, {
      action: "CONFIRM",
      version,
    });
    expect(confirmed.json()).toMatchObject({
      status: "CONFIRMED",
      activeToday: true,
      decidedByName: expect.any(String),
    });
    await confirmedArrangement(ctx, core, "cqrcb");

    const [limit] = (await supplier.get(`${SCF}/limits`)).json();
    // FP-001 100万 + YS-002 50万 eligible; DD-003 is due in 5 days. 150万 × 80% = 120万 under the 1,000万 cap.
    expect(limit).toMatchObject({
      eligible: "1500000.00",
      advance: "1200000.00",
      limit: "1200000.00",
      outstanding: "0.00",
    });
    expect(limit.working[0].zh).toBe("合格应收账款 1,500,000.00 元 × 融资比例 80% = 1,200,000.00 元");
    expect(limit.receivables.find((r: { documentNo: string }) => r.documentNo === "DD-003").reason.zh).toBe(
      "距到期不足7天",
    );
    expect(limit.banks.map((b: { orgId: string }) => b.orgId).sort()).toEqual(
      [ctx.orgs.cqbank, ctx.orgs.cqrcb].sort(),
    );
  });

  it("finances a receivable once across banks, within the limit", async () => {
    const over = await bank.post(`${SCF}/financings`, { payableIds: [ids.p1], amount: "800000.01" });
    expect(issues(over)).toEqual([["amount", "within-limit"]]);
    const financed = await keyed(
      bank,
      "/api/v1/supply-chain-finance/financings",
      { payableIds: [ids.p1], amount: "800000.00" },
      "cqbank-fin-1",
    );
    expect(financed.statusCode, financed.body).toBe(201);
    expect(financed.json()).toMatchObject({
      status: "FINANCED",
      financedOn: "2026-12-05",
      receivables: [{ documentNo: "FP-001" }],
    });
    ids.f1 = financed.json().id;
    const replay = await keyed(
      bank,
      "/api/v1/supply-chain-finance/financings",
      { payableIds: [ids.p1], amount: "800000.00" },
      "cqbank-fin-1",
    );
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    const reused = await keyed(
      bank,
      "/api/v1/supply-chain-finance/financings",
      { payableIds: [ids.p1], amount: "1.00" },
      "cqbank-fin-1",
    );
    expect(reused.json().errors[0]).toMatchObject({ field: "Idempotency-Key" });

    const twice = await otherBank.post(`${SCF}/financings`, { payableIds: [ids.p1], amount: "100.00" });
    expect(twice.statusCode).toBe(409);
    expect(issues(twice)).toEqual([["payableIds", "already-financed"]]);
    expect(twice.json().detail).toContain("FP-001");
    const stranger = await (await ctx.signIn("icbc.operator")).post(`${SCF}/financings`, {
      payableIds: [ids.p2],
      amount: "1.00",
    });
    expect(issues(stranger)).toEqual([
      ["payableIds", "account-lock"],
      ["amount", "within-limit"],
    ]);

    const [limit] = (await supplier.get(`${SCF}/limits`)).json();
    expect(limit).toMatchObject({ eligible: "500000.00", outstanding: "800000.00", limit: "400000.00" });
    const correct = await core.put(`${SCF}/payables/${ids.p1}`, {
      ...payable(parties.supplier.uscc, "", "1.00", "2027-03-01"),
      documentNo: undefined,
      version: 2,
    });
    expect(correct.statusCode).toBe(409);
  });

  it("takes a supplier's request to an arranged bank, which finances or declines it", async () => {
    const toStranger = await supplier.post(`${SCF}/financings`, {
      payableIds: [ids.p2],
      amount: "400000.00",
      bankOrgId: ctx.orgs.icbc,
    });
    expect(issues(toStranger)).toEqual([["bankOrgId", "account-lock"]]);
    const notOwn = await (await ctx.signIn("enterprise.operator")).post(`${SCF}/financings`, {
      payableIds: [ids.p2],
      amount: "1.00",
      bankOrgId: ctx.orgs.cqrcb,
    });
    expect(issues(notOwn)).toEqual([["payableIds", "own-receivables"]]);
    const asked = await supplier.post(`${SCF}/financings`, {
      payableIds: [ids.p2],
      amount: "400000.00",
      bankOrgId: ctx.orgs.cqrcb,
    });
    expect(asked.json()).toMatchObject({ status: "REQUESTED", bankOrgId: ctx.orgs.cqrcb });
    const { id, version } = asked.json();
    expect(
      (await bank.post(`${SCF}/financings/${id}/decision`, { action: "FINANCE", version })).statusCode,
    ).toBe(404);
    const funded = await keyed(
      otherBank,
      `/api/v1/supply-chain-finance/financings/${id}/decision`,
      { action: "FINANCE", version },
      "cqrcb-decide-1",
    );
    expect(funded.json()).toMatchObject({ status: "FINANCED", receivables: [{ documentNo: "YS-002" }] });
    const replay = await keyed(
      otherBank,
      `/api/v1/supply-chain-finance/financings/${id}/decision`,
      { action: "FINANCE", version },
      "cqrcb-decide-1",
    );
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    ids.f2 = id;
  });

  it("releases the receivables on repayment: paid by the core, or free again when the supplier repaid", async () => {
    const f1 = (await bank.get(`${SCF}/financings/${ids.f1}`)).json();
    const early = await bank.post(`${SCF}/financings/${ids.f1}/repay`, {
      source: "CORE_PAYMENT",
      repaidOn: "2026-12-06",
      version: f1.version,
    });
    expect(issues(early)).toEqual([["repaidOn", "not-in-future"]]);
    const repaid = await keyed(
      bank,
      `/api/v1/supply-chain-finance/financings/${ids.f1}/repay`,
      { source: "CORE_PAYMENT", repaidOn: "2026-12-05", version: f1.version },
      "cqbank-repay-1",
    );
    expect(repaid.json()).toMatchObject({ status: "REPAID", repaymentSource: "CORE_PAYMENT" });
    const again = await keyed(
      bank,
      `/api/v1/supply-chain-finance/financings/${ids.f1}/repay`,
      { source: "CORE_PAYMENT", repaidOn: "2026-12-05", version: f1.version },
      "cqbank-repay-1",
    );
    expect(again.headers["idempotent-replayed"]).toBe("true");
    const status = async (id: string) =>
      ((await core.get(`${SCF}/payables`)).json() as { id: string; status: string }[]).find(
        (p) => p.id === id,
      )?.status;
    expect(await status(ids.p1 ?? "")).toBe("SETTLED");

    const report = (await bureau.get(`${SCF}/report`)).json();
    expect(report.totals).toEqual({
      count: 2,
      financed: "1200000.00",
      outstanding: "400000.00",
      repaid: "800000.00",
    });
    expect(report.byBank).toHaveLength(2);
    expect(report.byCore).toEqual([
      expect.objectContaining({ coreEnterpriseId: parties.core.id, financed: "1200000.00" }),
    ]);
    const exported = await bureau.request({ method: "GET", url: `${SCF}/report/export` });
    const sheets = (await workbookOf(exported.rawPayload)).worksheets;
    expect(sheets.map((s) => s.name)).toEqual(["汇总", "按银行", "按核心企业"]);
    expect(rowValues(sheets[0], 2)).toEqual(["500000", "2", "1200000.00", "400000.00", "800000.00"]);

    const f2 = (await otherBank.get(`${SCF}/financings/${ids.f2}`)).json();
    await otherBank.post(`${SCF}/financings/${ids.f2}/repay`, {
      source: "SUPPLIER",
      repaidOn: "2026-12-05",
      version: f2.version,
    });
    expect(await status(ids.p2 ?? "")).toBe("OPEN");
    const [limit] = (await supplier.get(`${SCF}/limits`)).json();
    expect(limit).toMatchObject({ eligible: "500000.00", outstanding: "0.00", limit: "400000.00" });
  });

  it("shows lines only to the core, the supplier's own, and the banks offered or financing them; the bureau totals", async () => {
    const docs = async (client: TestClient) => {
      const listed = await client.get(`${SCF}/payables`);
      expect(listed.statusCode, `${client.username}: ${listed.body}`).toBe(200);
      return (listed.json() as { documentNo: string }[]).map((p) => p.documentNo).sort();
    };
    expect(await docs(core)).toEqual(["DD-003", "FP-001", "FP-004", "YS-002", "YS-005"]);
    expect(await docs(supplier)).toEqual(["DD-003", "FP-001", "YS-002"]);
    // The arranged banks: open lines of the core, and what each financed (FP-001 is paid, so cqrcb no longer sees it).
    expect(await docs(bank)).toEqual(["DD-003", "FP-001", "FP-004", "YS-002"]);
    expect(await docs(otherBank)).toEqual(["DD-003", "FP-004", "YS-002"]);
    expect(await docs(await ctx.signIn("icbc.operator"))).toEqual([]);
    // The bank's desk: every supplier of its arranged core, each limit with its reasons.
    const desk = (await bank.get(`${SCF}/limits`)).json() as {
      supplierUscc: string;
      limit: string;
      checks: { rule: string; passed: boolean }[];
    }[];
    expect(desk.map((limit) => limit.supplierUscc).sort()).toEqual(
      [parties.supplier.uscc, parties.other.uscc].sort(),
    );
    expect(desk.find((limit) => limit.supplierUscc === parties.other.uscc)?.limit).toBe("640000.00");
    expect((await (await ctx.signIn("icbc.operator")).get(`${SCF}/limits`)).json()).toEqual([]);
    for (const refused of [bureau, await ctx.signIn("platform.admin"), await ctx.signIn("cqdanbao.operator")])
      expect((await refused.get(`${SCF}/payables`)).statusCode, refused.username).toBe(403);
    expect((await supplier.get(`${SCF}/report`)).statusCode).toBe(403);
    expect((await bank.get(`${SCF}/report`)).statusCode).toBe(403);
    const shiyan = (await (await ctx.signIn("jxj.reviewer")).get(`${SCF}/report`)).json();
    expect(shiyan.totals).toEqual({ count: 0, financed: "0.00", outstanding: "0.00", repaid: "0.00" });
    expect((await supplier.get(`${SCF}/financings/${ids.f1}`)).statusCode).toBe(200);
    expect((await otherBank.get(`${SCF}/financings/${ids.f1}`)).statusCode).toBe(404);
    const arrangements = (await otherBank.get(`${SCF}/arrangements`)).json();
    expect(arrangements.map((a: { bankOrgId: string }) => a.bankOrgId)).toEqual([ctx.orgs.cqrcb]);
    expect((await supplier.get(`${SCF}/arrangements`)).json()).toEqual([]);
  });

  it("applies a region's own rules, set by a platform admin only", async () => {
    const rules = { advanceRate: "0.5", supplierCap: "300000.00", minDaysToDue: 7, maxDaysToDue: 365 };
    expect((await bureau.put(`${SCF}/rules/500000`, rules)).statusCode).toBe(403);
    const admin = await ctx.signIn("platform.admin");
    expect(issues(await admin.put(`${SCF}/rules/500000`, { ...rules, advanceRate: "1.5" }))).toEqual([
      ["advanceRate", "rate-range"],
    ]);
    expect(issues(await admin.put(`${SCF}/rules/999999`, rules))).toEqual([["regionCode", "exists"]]);
    expect((await admin.put(`${SCF}/rules/500000`, rules)).json()).toMatchObject({
      configured: true,
      supplierCap: "300000.00",
    });
    expect((await bureau.get(`${SCF}/rules/500107`)).json()).toMatchObject({
      regionCode: "500000",
      advanceRate: "0.5",
    });
    const [limit] = (await supplier.get(`${SCF}/limits`)).json();
    // 50万 eligible × 50% = 25万, under the region's 30万 cap.
    expect(limit).toMatchObject({ advance: "250000.00", cap: "300000.00", limit: "250000.00" });
  });
});
