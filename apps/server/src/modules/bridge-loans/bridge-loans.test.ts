import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fundPostings, funds, organisations } from "../../db/schema";
import * as demoRepo from "../../demo/demo.repository";
import { buildEnterpriseInput } from "../../testing/factories";
import { multipartFile, XLSX_TYPE } from "../../testing/multipart";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { flagOverdueBridges } from "./bridge-overdue.service";

const TODAY = "2026-11-02";
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(512, 0x20), Buffer.from("\n%%EOF\n")]);
const RULES = {
  groupCeiling: "80000000.00",
  generalCeiling: "30000000.00",
  maxWorkingDays: 15,
  dailyRate: "0.0001",
  waiverTags: ["LITTLE_GIANT", "SRDI_PROVINCE", "SRDI_CITY"],
  smeReductionShare: "0.5",
  smeReductionUntil: "2027-12-31",
  escalateAfterWorkingDays: 3,
};

let sequence = 0;
const newKey = () => `bridge-test-${Date.now()}-${++sequence}`;

describe("bridge loans (应急转贷): request, commitment, approval, payment, return and overdue (issue 13 point 3)", () => {
  const ctx = useTestApp();
  let cqFinance: TestClient;
  let cqManager: TestClient;
  let cqBank: TestClient;
  let otherBank: TestClient;
  let cqEnterprise: TestClient;
  let syBureau: TestClient;
  let syEnterprise: TestClient;
  let fundId: string;
  let bankOrgId: string;

  const request = (body: Record<string, unknown> = {}, client = cqEnterprise) =>
    client.post("/api/v1/bridge-loans", {
      fundId,
      bankOrgId,
      contractNo: `JH-${++sequence}`,
      maturityDate: "2026-11-20",
      maturingAmount: "1000000.00",
      amount: "1000000.00",
      ...body,
    });
  const requested = async (body: Record<string, unknown> = {}) => {
    const response = await request(body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; version: number; state: string };
  };
  const letter = async (client = cqBank) => {
    const { payload, headers } = multipartFile("file", "续贷承诺函.pdf", PDF, "application/pdf");
    const response = await client.request({
      method: "POST",
      url: "/api/v1/bridge-loan-letters",
      payload,
      headers,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const decide = async (client: TestClient, id: string, body: Record<string, unknown>) => {
    const { version } = (await client.get(`/api/v1/bridge-loans/${id}`)).json();
    return client.post(`/api/v1/bridge-loans/${id}/decisions`, { version, ...body });
  };
  const commit = async (id: string) =>
    decide(cqBank, id, {
      action: "commit",
      letterId: await letter(),
      renewalAmount: "1000000.00",
      expectedDisbursementOn: "2026-11-10",
    });
  const pay = (id: string, key = newKey(), client = cqManager) =>
    client.request({
      method: "POST",
      url: `/api/v1/bridge-loans/${id}/payment`,
      payload: {},
      headers: { "idempotency-key": key },
    });
  const giveBack = (id: string, body: Record<string, unknown> = {}, key = newKey(), client = cqBank) =>
    client.request({
      method: "POST",
      url: `/api/v1/bridge-loans/${id}/return`,
      payload: { renewalDisbursedOn: TODAY, returnedOn: TODAY, ...body },
      headers: { "idempotency-key": key },
    });
  /** A request taken through the bank's commitment and the fund's approval. */
  const approved = async (body: Record<string, unknown> = {}) => {
    const loan = await requested(body);
    expect((await commit(loan.id)).statusCode).toBe(200);
    const response = await decide(cqManager, loan.id, { action: "approve", opinion: "同意" });
    expect(response.statusCode, response.body).toBe(200);
    return loan.id;
  };
  const postingsOf = async (kind: string) =>
    ctx.database.db
      .select()
      .from(fundPostings)
      .where(and(eq(fundPostings.fundId, fundId), eq(fundPostings.kind, kind)));
  const cash = async () =>
    ((await cqManager.get(`/api/v1/bridge-funds/${fundId}`)).json() as { cashBalance: string }).cashBalance;

  beforeAll(async () => {
    ctx.setToday(TODAY);
    const db = ctx.database.db;
    await demoRepo.insertFund(db, {
      code: "CQ-BRIDGE-TEST",
      name: "重庆市应急转贷资金(测试)",
      regionCode: "500000",
      managerOrgId: ctx.orgs.cqdanbao ?? "",
      programmeCodes: [],
    });
    const [fund] = await db.select().from(funds).where(eq(funds.code, "CQ-BRIDGE-TEST"));
    fundId = fund?.id ?? "";
    bankOrgId = ctx.orgs.cqbank ?? "";
    const cqBureau = await ctx.signIn("cqjxw.operator");
    const created = await cqBureau.post(
      "/api/v1/enterprises",
      buildEnterpriseInput({ districtCode: "500106", employees: 200, tags: [] } as never, 9401),
    );
    expect(created.statusCode, created.body).toBe(201);
    await db
      .update(organisations)
      .set({ enterpriseId: created.json().id })
      .where(eq(organisations.id, ctx.orgs.cqenterprise ?? ""));
    [cqFinance, cqManager, cqBank, otherBank, cqEnterprise, syBureau, syEnterprise] = (await Promise.all(
      [
        "cqczj.admin",
        "cqdanbao.reviewer",
        "cqbank.operator",
        "cqrcb.operator",
        "cqenterprise.operator",
        "czj.admin",
        "enterprise.operator",
      ].map((username) => ctx.signIn(username)),
    )) as [TestClient, TestClient, TestClient, TestClient, TestClient, TestClient, TestClient];
    const configured = await cqFinance.put(`/api/v1/bridge-funds/${fundId}/rules`, {
      rules: RULES,
      note: "渝府办发应急转贷规则",
    });
    expect(configured.statusCode, configured.body).toBe(200);
    const appropriated = await (await ctx.signIn("cqczj.operator")).post(
      `/api/v1/funds/${fundId}/appropriations`,
      {
        amount: "25000000.00",
        date: "2026-10-15",
        memo: "应急转贷资金池",
        idempotencyKey: "bridge-appropriation",
      },
    );
    expect(appropriated.statusCode, appropriated.body).toBe(201);
  });

  describe("the fund's rules", () => {
    it("are versioned and edited by the region's finance bureau; the enterprise reads them", async () => {
      const saved = await cqFinance.put(`/api/v1/bridge-funds/${fundId}/rules`, {
        rules: { ...RULES, escalateAfterWorkingDays: 5 },
        note: "延长上报期限",
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ version: 2, rules: { escalateAfterWorkingDays: 5 } });
      expect(saved.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
      const back = await cqFinance.put(`/api/v1/bridge-funds/${fundId}/rules`, {
        rules: RULES,
        note: "恢复",
      });
      expect(back.json().version).toBe(3);
      const seen = (await cqEnterprise.get("/api/v1/bridge-funds")).json();
      expect(seen).toEqual([expect.objectContaining({ id: fundId, cashBalance: null, mayConfigure: false })]);
    });

    it.each([
      ["a bank", () => cqBank, RULES, 403, undefined],
      ["another city's finance bureau", () => syBureau, RULES, 404, undefined],
      [
        "a general ceiling above the group's",
        () => cqFinance,
        { ...RULES, generalCeiling: "90000000.00" },
        400,
        "generalCeiling",
      ],
      ["a daily rate above 1%", () => cqFinance, { ...RULES, dailyRate: "0.02" }, 400, "dailyRate"],
    ])("refuses %s", async (_, client, rules, status, field) => {
      const response = await client().put(`/api/v1/bridge-funds/${fundId}/rules`, { rules, note: "修改" });
      expect(response.statusCode, response.body).toBe(status);
      if (field) expect(response.json().errors[0].field).toBe(field);
    });
  });

  describe("the enterprise's request", () => {
    it("quotes the ceiling with its reason and the fee to the last day of use", async () => {
      const quote = (
        await cqEnterprise.post("/api/v1/bridge-loans/quote", { fundId, amount: "10000000.00" })
      ).json();
      expect(quote.ceiling).toMatchObject({ amount: "80000000.00", group: "SME" });
      expect(quote.ceiling.reason).toBe("中小微企业,适用最高限额");
      // Paid 2026-11-02, fifteen working days: back by 2026-11-23, 21 days at half of 0.01%.
      expect(quote).toMatchObject({
        withinCeiling: true,
        paidOn: TODAY,
        returnDue: "2026-11-23",
        fee: "10500.00",
      });
      expect(quote.feeWorking.periods).toEqual([
        expect.objectContaining({ days: 21, dailyRate: "0.00005", reduction: "0.5" }),
      ]);
    });

    it.each([
      [
        "over the ceiling",
        { amount: "90000000.00", maturingAmount: "90000000.00" },
        "amount",
        "within-ceiling",
      ],
      ["over the maturing amount", { amount: "10000000.01" }, "amount", "within-maturing-amount"],
      ["a maturity already past", { maturityDate: "2026-11-01" }, "maturityDate", "not-past"],
      ["a lender that is not a bank", { bankOrgId: "" }, "bankOrgId", "bank"],
    ])("refuses %s (400) and records nothing", async (_, body, field, rule) => {
      const before = (await cqEnterprise.get("/api/v1/bridge-loans")).json().length;
      const response = await request({
        ...body,
        ...("bankOrgId" in body && { bankOrgId: ctx.orgs.cqdanbao }),
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ field, rule });
      expect((await cqEnterprise.get("/api/v1/bridge-loans")).json()).toHaveLength(before);
    });

    it("quotes the ceiling's reason in the over-ceiling refusal", async () => {
      const response = await request({ amount: "90000000.00", maturingAmount: "90000000.00" });
      expect(response.json().errors[0].message).toContain("中小微企业,适用最高限额");
    });

    it("is refused to a bank, and a second live request for the same contract", async () => {
      expect((await request({}, cqBank)).statusCode).toBe(403);
      const first = await request({ contractNo: "JH-TWICE" });
      expect(first.statusCode).toBe(201);
      const second = await request({ contractNo: "JH-TWICE" });
      expect(second.statusCode).toBe(409);
      expect(second.json().errors[0].field).toBe("contractNo");
    });

    it("is seen by the enterprise, its bank, the fund's manager and the region's bureaus; not by others", async () => {
      const { id } = await requested();
      for (const client of [cqEnterprise, cqBank, cqManager, cqFinance])
        expect((await client.get(`/api/v1/bridge-loans/${id}`)).statusCode, client.username).toBe(200);
      for (const client of [otherBank, syBureau, syEnterprise]) {
        expect((await client.get(`/api/v1/bridge-loans/${id}`)).statusCode, client.username).toBe(404);
        const ids = (await client.get("/api/v1/bridge-loans")).json().map((loan: { id: string }) => loan.id);
        expect(ids, client.username).not.toContain(id);
      }
    });
  });

  describe("the bank's commitment and the fund's approval", () => {
    it("records the commitment with its letter, then the approval, each with who, when and why", async () => {
      const loan = await requested();
      const committed = await commit(loan.id);
      expect(committed.statusCode, committed.body).toBe(200);
      expect(committed.json()).toMatchObject({
        state: "COMMITTED",
        renewalAmount: "1000000.00",
        letter: {},
      });
      const file = await cqManager.get(`/api/v1/bridge-loans/${loan.id}/letter`);
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(PDF)).toBe(true);
      const approvedLoan = await decide(cqManager, loan.id, { action: "approve", opinion: "余额充足,同意" });
      expect(approvedLoan.json().state).toBe("APPROVED");
      const history = approvedLoan.json().history;
      expect(history.map((h: { action: string }) => h.action)).toEqual(["request", "commit", "approve"]);
      expect(history[1]).toMatchObject({ actorOrgName: "中国建设银行重庆市分行", businessDate: TODAY });
      expect(history[2]).toMatchObject({
        actorOrgName: "重庆市融资担保有限公司",
        details: { opinion: "余额充足,同意" },
      });
    });

    it("lets the bank decline only with a reason, which the enterprise reads", async () => {
      const loan = await requested();
      const bare = await decide(cqBank, loan.id, { action: "decline", reason: " " });
      expect(bare.statusCode).toBe(400);
      const declined = await decide(cqBank, loan.id, {
        action: "decline",
        reason: "企业经营状况恶化,不予续贷",
      });
      expect(declined.json().state).toBe("DECLINED");
      const seen = (await cqEnterprise.get(`/api/v1/bridge-loans/${loan.id}`)).json();
      expect(seen.history.at(-1)).toMatchObject({ action: "decline", reason: "企业经营状况恶化,不予续贷" });
    });

    it.each([
      ["the bank of another loan", () => otherBank, 404],
      ["the enterprise", () => cqEnterprise, 403],
      ["the fund's manager", () => cqManager, 403],
    ])("refuses the commitment from %s", async (_, client, status) => {
      const loan = await requested();
      const response = await client().post(`/api/v1/bridge-loans/${loan.id}/decisions`, {
        action: "commit",
        letterId: await letter(),
        renewalAmount: "1.00",
        expectedDisbursementOn: TODAY,
        version: loan.version,
      });
      expect(response.statusCode, response.body).toBe(status);
    });

    it("refuses approval when the fund's cash is short, and rejection without a reason", async () => {
      const loan = await requested({ amount: "80000000.00", maturingAmount: "80000000.00" });
      await commit(loan.id);
      const short = await decide(cqManager, loan.id, { action: "approve" });
      expect(short.statusCode).toBe(409);
      expect(short.json().errors[0].rule).toBe("insufficient-balance");
      expect((await decide(cqManager, loan.id, { action: "reject" })).statusCode).toBe(400);
      const rejected = await decide(cqManager, loan.id, { action: "reject", reason: "资金池余额不足" });
      expect(rejected.json()).toMatchObject({ state: "REJECTED" });
    });
  });

  describe("money", () => {
    it("refuses payment before approval", async () => {
      const loan = await requested();
      const response = await pay(loan.id);
      expect(response.statusCode).toBe(409);
      expect(response.json().errors[0].rule).toBe("action-not-allowed-in-state");
    });

    it("pays the bank once: a replay gets the first answer, a second key is refused, one posting", async () => {
      const id = await approved();
      const before = await cash();
      const key = newKey();
      const first = await pay(id, key);
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({ state: "PAID", paidOn: TODAY, returnDue: "2026-11-23" });
      const again = await pay(id, key);
      expect([again.statusCode, again.body]).toEqual([200, first.body]);
      expect(again.headers["idempotent-replayed"]).toBe("true");
      const other = await approved();
      const reused = await pay(other, key);
      expect(reused.statusCode).toBe(409);
      expect(reused.json().errors[0]).toMatchObject({
        field: "Idempotency-Key",
        rule: "reused-with-other-content",
      });
      const twice = await pay(id);
      expect(twice.statusCode).toBe(409);
      const paid = (await postingsOf("BRIDGE_PAID")).filter(
        (p) => p.idempotencyKey === `bridge-loan:${id}:paid`,
      );
      expect(paid).toHaveLength(1);
      expect(Number(before) - Number(await cash())).toBe(1_000_000);
    });

    it("refuses payment by the bank and by another region's bureau", async () => {
      const id = await approved();
      expect((await pay(id, newKey(), cqBank)).statusCode).toBe(403);
      expect((await pay(id, newKey(), syBureau)).statusCode).toBe(404);
    });

    it("takes the money back with its fee and working, once; the statement shows both postings", async () => {
      const id = await approved();
      await pay(id);
      ctx.setToday("2026-11-12");
      try {
        const early = await giveBack(id, { returnedOn: "2026-11-01" });
        expect(early.statusCode).toBe(400);
        expect(early.json().errors[0].field).toBe("returnedOn");
        const key = newKey();
        const back = await giveBack(id, { renewalDisbursedOn: "2026-11-10", returnedOn: "2026-11-10" }, key);
        expect(back.statusCode, back.body).toBe(200);
        // 2026-11-02 to 2026-11-10: 8 days × 100万 × 0.005% = 400.00.
        expect(back.json()).toMatchObject({ state: "RETURNED", fee: "400.00", returnedOn: "2026-11-10" });
        expect(back.json().feeWorking).toMatchObject({ days: 8, waived: null, fee: "400.00" });
        const replay = await giveBack(
          id,
          { renewalDisbursedOn: "2026-11-10", returnedOn: "2026-11-10" },
          key,
        );
        expect(replay.headers["idempotent-replayed"]).toBe("true");
        const twice = await giveBack(id, { renewalDisbursedOn: "2026-11-10", returnedOn: "2026-11-10" });
        expect(twice.statusCode).toBe(409);
        const returned = (await postingsOf("BRIDGE_RETURNED")).filter(
          (p) => p.idempotencyKey === `bridge-loan:${id}:returned`,
        );
        expect(returned).toHaveLength(1);
        const statement = (
          await cqManager.get(`/api/v1/funds/${fundId}/statement?from=2026-11-01&to=2026-11-30&pageSize=100`)
        ).json();
        const entry = statement.entries.items.find(
          (e: { postingId: number }) => e.postingId === returned[0]?.id,
        );
        expect(entry).toMatchObject({
          kind: "BRIDGE_RETURNED",
          cashIn: "1000400.00",
        });
        expect(entry.legs).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ credit: "应收转贷资金—中国建设银行重庆市分行", amount: "1000000.00" }),
            expect.objectContaining({ credit: "转贷资金使用费收入", amount: "400.00" }),
          ]),
        );
        expect(statement.reconciliation.reconciled).toBe(true);
      } finally {
        ctx.setToday(TODAY);
      }
    });

    it("lets only the loan's bank record the return", async () => {
      const id = await approved();
      await pay(id);
      expect((await giveBack(id, {}, newKey(), otherBank)).statusCode).toBe(404);
      expect((await giveBack(id, {}, newKey(), cqManager)).statusCode).toBe(403);
    });

    it("pays once when two payments race (one posting, one 409)", async () => {
      const id = await approved();
      const results = await Promise.all([pay(id), pay(id)]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const paid = (await postingsOf("BRIDGE_PAID")).filter(
        (p) => p.idempotencyKey === `bridge-loan:${id}:paid`,
      );
      expect(paid).toHaveLength(1);
    });

    it("exports the list as a workbook", async () => {
      const response = await cqManager.get("/api/v1/bridge-loans/export");
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain(XLSX_TYPE);
    });
  });

  describe("the workbench", () => {
    it("lists the bank's commitments to give and the manager's approvals, nothing for the enterprise", async () => {
      const waiting = await requested();
      const committed = await requested();
      expect((await commit(committed.id)).statusCode).toBe(200);
      const bench = async (client: TestClient) =>
        (await client.get("/api/v1/workbench")).json() as {
          waiting: { bridgeLoans: number };
          items: { kind: string; id: string }[];
        };
      const bank = await bench(cqBank);
      expect(bank.waiting.bridgeLoans).toBeGreaterThanOrEqual(1);
      expect(bank.items).toContainEqual(expect.objectContaining({ kind: "bridge-loan", id: waiting.id }));
      const manager = await bench(cqManager);
      expect(manager.items).toContainEqual(
        expect.objectContaining({ kind: "bridge-loan", id: committed.id }),
      );
      expect(manager.items.map((item) => item.id)).not.toContain(waiting.id);
      expect((await bench(cqEnterprise)).waiting.bridgeLoans).toBe(0);
    });
  });

  describe("overdue", () => {
    it("flags the day after the last day, escalates after the working days, each once", async () => {
      const id = await approved();
      await pay(id);
      const bell = async (username: string) =>
        (
          (await (await ctx.signIn(username)).get("/api/v1/notifications")).json() as {
            kind: string;
            link: string;
          }[]
        )
          .filter((n) => n.link === `/bridge-loans/${id}`)
          .map((n) => n.kind);
      try {
        ctx.setToday("2026-11-23");
        await flagOverdueBridges(ctx.database.db);
        expect(await bell("cqbank.operator")).toEqual([]);
        ctx.setToday("2026-11-24");
        expect((await flagOverdueBridges(ctx.database.db)).flagged).toBeGreaterThanOrEqual(1);
        expect(await flagOverdueBridges(ctx.database.db)).toEqual({ flagged: 0, escalated: 0 });
        expect(await bell("cqbank.operator")).toEqual(["bridge-overdue"]);
        expect(await bell("cqdanbao.operator")).toEqual(["bridge-overdue"]);
        expect(await bell("cqczj.operator")).toEqual([]);
        const flagged = (await cqManager.get(`/api/v1/bridge-loans/${id}`)).json();
        expect(flagged.overdue).toMatchObject({ level: 1, daysOverdue: 1, escalatesOn: "2026-11-26" });
        ctx.setToday("2026-11-27");
        expect((await flagOverdueBridges(ctx.database.db)).escalated).toBeGreaterThanOrEqual(1);
        expect(await flagOverdueBridges(ctx.database.db)).toEqual({ flagged: 0, escalated: 0 });
        expect(await bell("cqczj.operator")).toEqual(["bridge-escalated"]);
        expect(await bell("cqjxw.operator")).toEqual(["bridge-escalated"]);
        expect(await bell("czj.operator")).toEqual([]);
        expect((await bell("cqbank.operator")).sort()).toEqual(["bridge-escalated", "bridge-overdue"]);
        const history = (await cqManager.get(`/api/v1/bridge-loans/${id}`)).json().history;
        expect(history.slice(-2).map((h: { action: string }) => h.action)).toEqual(["overdue", "escalate"]);
      } finally {
        ctx.setToday(TODAY);
      }
    });
  });
});
