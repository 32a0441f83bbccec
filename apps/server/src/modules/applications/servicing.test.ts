import { sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  applicationBody,
  CONTRACTS,
  recommendation,
  registerDemoEnterprise,
  takeStep,
} from "../../testing/applications";
import { buildEnterpriseInput } from "../../testing/factories";
import { type TestClient, useTestApp } from "../../testing/test-app";

const SIGNED_EARLY = CONTRACTS.map((contract) => ({ ...contract, date: "2025-03-01" }));
const DISBURSEMENT = { date: "2025-03-10", amount: "5000000.00" };

describe("servicing: the bank's loan events, by hand and by API key", () => {
  const ctx = useTestApp();
  let applicationId: string;
  let key: string;
  let clients: Record<"enterprise" | "bureau" | "bank" | "guarantor" | "bankOperator", TestClient>;

  /**
   * A new application of the demo enterprise, taken by its parties through the workflow up to `last`;
   * reviewed and approved on 2025-03-01 (a disbursement may not precede the approval), then contracted
   * and disbursed (5,000,000.00 on 2025-03-10) on the real business date.
   */
  async function applicationThrough(last: "record-contracts" | "disburse"): Promise<string> {
    ctx.setToday("2025-03-01");
    const id = (await clients.enterprise.post("/api/v1/applications", applicationBody(ctx))).json()
      .id as string;
    const steps: [TestClient, Record<string, unknown>][] = [
      [clients.enterprise, { action: "submit" }],
      [clients.bureau, { action: "recommend", opinion: "同意推荐" }],
      [clients.bank, { action: "bank-approve", opinion: "同意" }],
      [clients.guarantor, { action: "guarantor-approve", opinion: "同意" }],
      // Signed before the loan events below, which may not precede the loan contract.
      [clients.bankOperator, { action: "record-contracts", contracts: SIGNED_EARLY }],
      [clients.bankOperator, { action: "disburse", disbursement: DISBURSEMENT }],
    ];
    for (const [client, body] of steps) {
      await takeStep(client, id, body.action === "recommend" ? await recommendation(client, id) : body);
      if (body.action === "guarantor-approve") ctx.setToday(null);
      if (body.action === last) break;
    }
    return id;
  }

  /** Repays what is outstanding, so the loan settles and no longer counts against the enterprise's limit. */
  async function repayInFull(id: string) {
    const { position } = (await clients.bankOperator.get(`/api/v1/applications/${id}/loan`)).json();
    const repaid = await clients.bankOperator.post(`/api/v1/applications/${id}/loan-events`, {
      type: "PRINCIPAL_REPAYMENT",
      date: "2025-12-10",
      amount: position.outstanding,
    });
    expect(repaid.json().position.status).toBe("SETTLED");
  }

  afterEach(() => ctx.setToday(null));

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

  it("records the disbursement with the 放款 step: the ledger and the status agree from the start", async () => {
    const loan = (await withKey("GET", `/api/v1/applications/${applicationId}/loan`)).json();
    expect(loan.position).toMatchObject({
      status: "ACTIVE",
      disbursed: "5000000.00",
      outstanding: "5000000.00",
    });
    expect(loan.events).toMatchObject([
      { number: 1, type: "DISBURSEMENT", occurredOn: "2025-03-10", amount: "5000000.00", viaApi: false },
    ]);
    const detail = (await clients.bankOperator.get(`/api/v1/applications/${applicationId}`)).json();
    expect(detail.status).toBe("DISBURSED");
    expect(detail.history.at(-1)).toMatchObject({ action: "disburse", actorUsername: "icbc.operator" });
  });

  it("refuses a 放款 the loan could not have had, naming the field, and changes nothing", async () => {
    const id = await applicationThrough("record-contracts");
    for (const [disbursement, field, rule, says] of [
      [
        { date: "2025-03-10", amount: "5000000.01" },
        "disbursement.amount",
        "exceeds-contract",
        "5,000,000.00",
      ],
      [{ date: "2099-01-01", amount: "1000000.00" }, "disbursement.date", "date-not-after", "营业日"],
      // Contracts signed 2025-03-01 like the approval; pinned later, the approval bounds it.
      [{ date: "2025-02-28", amount: "1000000.00" }, "disbursement.date", "date-not-before", "2025-03-01"],
    ] as const) {
      const { version } = (await clients.bankOperator.get(`/api/v1/applications/${id}`)).json();
      const refused = await clients.bankOperator.post(`/api/v1/applications/${id}/actions`, {
        action: "disburse",
        version,
        disbursement,
      });
      expect(refused.statusCode, JSON.stringify(disbursement)).toBe(400);
      expect(refused.json().errors[0]).toMatchObject({ field, rule });
      expect(refused.json().errors[0].message).toContain(says);
    }
    const { version } = (await clients.bankOperator.get(`/api/v1/applications/${id}`)).json();
    const missing = await clients.bankOperator.post(`/api/v1/applications/${id}/actions`, {
      action: "disburse",
      version,
    });
    expect(missing.json().errors[0]).toMatchObject({ field: "disbursement", rule: "disbursement-required" });
    expect((await clients.bankOperator.get(`/api/v1/applications/${id}`)).json().status).toBe("CONTRACTED");
    expect((await clients.bankOperator.get(`/api/v1/applications/${id}/loan`)).json().events).toEqual([]);
    await takeStep(clients.bankOperator, id, { action: "disburse", disbursement: DISBURSEMENT });
    await repayInFull(id);
  });

  it("refuses a disbursement dated before the approval even when the contract is older", async () => {
    ctx.setToday("2025-03-01");
    const id = (await clients.enterprise.post("/api/v1/applications", applicationBody(ctx))).json()
      .id as string;
    await takeStep(clients.enterprise, id, { action: "submit" });
    await takeStep(clients.bureau, id, await recommendation(clients.bureau, id));
    await takeStep(clients.bank, id, { action: "bank-approve", opinion: "同意" });
    ctx.setToday("2025-03-20");
    await takeStep(clients.guarantor, id, { action: "guarantor-approve", opinion: "同意" });
    await takeStep(clients.bankOperator, id, { action: "record-contracts", contracts: SIGNED_EARLY });
    const early = await clients.bankOperator.post(`/api/v1/applications/${id}/loan-events`, {
      type: "DISBURSEMENT",
      date: "2025-03-19",
      amount: "1000000.00",
    });
    ctx.setToday(null);
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0]).toMatchObject({ field: "date", rule: "date-not-before" });
    expect(early.json().errors[0].message).toContain("2025-03-20");
    await takeStep(clients.bankOperator, id, {
      action: "disburse",
      disbursement: { ...DISBURSEMENT, date: "2025-03-20" },
    });
    await repayInFull(id);
  });

  it("derives outstanding principal, interest paid and status from the events", async () => {
    const url = `/api/v1/applications/${applicationId}/loan-events`;
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
    expect(reversal.json().events.at(-1)).toMatchObject({
      viaApi: true,
      reverses: interest.id,
      reversesNumber: interest.number,
    });
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
    // The opinion cites the event by its number within the loan, as the ledger shows it.
    expect(repayment.number).toBe(repaid.json().events.length);
    expect(settled.history.at(-1).opinion).toContain(
      `2026-03-10 还本 3,000,000.00 元(台账第 ${repayment.number} 笔)后贷款本金已全部还清`,
    );
    // A settled loan takes no more events.
    const late = await withKey("POST", url, { type: "INTEREST_PAYMENT", date: "2026-03-20", amount: "1.00" });
    expect(late.statusCode).toBe(409);
  });

  it("disburses a contracted loan when the bank's system records its disbursement, then settles it", async () => {
    const id = await applicationThrough("record-contracts");
    const url = `/api/v1/applications/${id}/loan-events`;
    const disbursed = await withKey("POST", url, {
      type: "DISBURSEMENT",
      date: "2026-01-10",
      amount: "5000000.00",
    });
    expect(disbursed.statusCode).toBe(201);
    const afterDisbursement = (await clients.bankOperator.get(`/api/v1/applications/${id}`)).json();
    expect(afterDisbursement).toMatchObject({ status: "DISBURSED", holders: ["BANK"] });
    expect(afterDisbursement.history.at(-1)).toMatchObject({
      action: "disburse",
      fromStatus: "CONTRACTED",
      toStatus: "DISBURSED",
      actorUsername: "icbc.admin", // the key acts for the admin who created it
      details: { loanEventId: disbursed.json().events[0].id },
    });
    // A second tranche is only a loan event: the application is disbursed once.
    await clients.bankOperator.post(url, {
      type: "PRINCIPAL_REPAYMENT",
      date: "2026-06-10",
      amount: "5000000.00",
    });
    const settled = (await clients.bankOperator.get(`/api/v1/applications/${id}`)).json();
    expect(settled.status).toBe("SETTLED");
    expect(settled.clocks.every((c: { running: boolean }) => !c.running)).toBe(true);
    expect(settled.history.map((h: { action: string }) => h.action).slice(-2)).toEqual([
      "disburse",
      "loan-repaid",
    ]);
    expect(settled.history.at(-1)).toMatchObject({ fromStatus: "DISBURSED", actorUsername: "icbc.operator" });
  });

  it("numbers each loan's events 1, 2, 3 … whatever other loans recorded in between", async () => {
    const first = await applicationThrough("disburse");
    const second = await applicationThrough("disburse");
    const interest = { type: "INTEREST_PAYMENT", date: "2025-04-10", amount: "1000.00" };
    await clients.bankOperator.post(`/api/v1/applications/${first}/loan-events`, interest);
    await clients.bankOperator.post(`/api/v1/applications/${second}/loan-events`, interest);
    const last = await clients.bankOperator.post(`/api/v1/applications/${first}/loan-events`, interest);
    const events = last.json().events as { id: number; number: number }[];
    expect(events.map((event) => event.number)).toEqual([1, 2, 3]);
    // The global ids have gaps where the other loan's events went.
    expect(events.at(-1)?.id).toBeGreaterThan((events[1]?.id ?? 0) + 1);
    await repayInFull(first);
    await repayInFull(second);
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
