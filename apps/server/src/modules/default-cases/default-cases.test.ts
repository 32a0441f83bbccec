import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fundAccounts, funds, fundTransfers } from "../../db/schema";
import {
  approveAndPay,
  insertTestLoan,
  OVERDUE_LOAN_EVENTS,
  SEED_LOAN_EVENTS,
} from "../../testing/fund-loans";
import { type TestClient, useTestApp } from "../../testing/test-app";

describe("default, compensation and recourse (seed 002 art. 11(8),(9))", () => {
  const ctx = useTestApp();
  let fundId: string;
  let icbc: TestClient;
  let danbao: TestClient;
  let czj: TestClient;
  /** The seed loan with its last 3,000,000.00 overdue, lent by icbc. */
  let overdueLoan: string;
  let settledLoan: string;
  /** Overdue too, but lent by the other bank. */
  let otherBanksLoan: string;
  let caseId: string;

  const claim = (applicationId: string, loss: string, client = icbc, claimedOn = "2026-03-20") =>
    client.post("/api/v1/default-cases", {
      applicationId,
      loss,
      claimedOn,
      reason: "借款人到期未偿还本金,经催收无果",
    });
  const getCase = (client = danbao) => client.get(`/api/v1/default-cases/${caseId}`);
  const recover = (amount: string, idempotencyKey: string, recoveredOn = "2026-05-20") =>
    danbao.post(`/api/v1/default-cases/${caseId}/recoveries`, { recoveredOn, amount, idempotencyKey });
  const balances = async () => {
    const accounts = (await czj.get(`/api/v1/funds/${fundId}`)).json().accounts as {
      kind: string;
      beneficiaryOrgId: string | null;
      debits: string;
      credits: string;
      balance: string;
    }[];
    return (kind: string) => accounts.find((account) => account.kind === kind);
  };

  beforeAll(async () => {
    const [fund] = await ctx.database.db.select().from(funds);
    fundId = fund?.id ?? "";
    [icbc, danbao, czj] = await Promise.all([
      ctx.signIn("icbc.operator"),
      ctx.signIn("danbao.operator"),
      ctx.signIn("czj.reviewer"),
    ]);
    overdueLoan = await insertTestLoan(ctx, OVERDUE_LOAN_EVENTS);
    settledLoan = await insertTestLoan(ctx, SEED_LOAN_EVENTS);
    otherBanksLoan = await insertTestLoan(ctx, OVERDUE_LOAN_EVENTS, "hbbank");
    ctx.setToday("2026-04-01");
    await czj.post(`/api/v1/funds/${fundId}/appropriations`, {
      amount: "1000000.00",
      date: "2026-01-15",
      memo: "2026年度预算",
      idempotencyKey: "defaults-test-appropriation",
    });
  });

  it("refuses a claim on a loan that is not overdue, above the outstanding, or of another bank", async () => {
    const settled = await claim(settledLoan, "100000.00");
    expect(settled.statusCode).toBe(400);
    expect(settled.json().errors[0].rule).toBe("loan-not-overdue");
    const tooMuch = await claim(overdueLoan, "3000000.01");
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().errors[0]).toMatchObject({ field: "loss", rule: "exceeds-outstanding" });
    expect((await claim(otherBanksLoan, "1000000.00")).statusCode).toBe(404);
    expect((await claim(overdueLoan, "1000000.00", danbao)).statusCode).toBe(403);
    const future = await claim(overdueLoan, "1000000.00", icbc, "2026-04-02");
    expect(future.json().errors[0]).toMatchObject({ field: "claimedOn", rule: "not-in-future" });
    const early = await claim(overdueLoan, "1000000.00", icbc, "2026-03-10");
    expect(early.json().errors[0]).toMatchObject({
      field: "claimedOn",
      rule: "not-before",
      message: expect.stringContaining("2026-03-11"),
    });
    const claimable = (await icbc.get("/api/v1/default-cases/claimable")).json();
    expect(claimable.items).toEqual([
      expect.objectContaining({
        applicationId: overdueLoan,
        outstanding: "3000000.00",
        overdueSince: "2026-03-11",
      }),
    ]);
    expect((await ctx.database.db.execute(sql`select count(*)::int as n from default_cases`)).rows).toEqual([
      { n: 0 },
    ]);
  });

  it("claims a loss of 1,000,000.00 split 4321 with its working; seen by its parties and region only", async () => {
    const response = await claim(overdueLoan, "1000000.00");
    expect(response.statusCode).toBe(201);
    const body = response.json();
    caseId = body.id;
    expect(body).toMatchObject({
      status: "CLAIMED",
      scheme: "4321",
      loss: "1000000.00",
      bankShare: "200000.00",
      compensationToBank: "800000.00",
      recoverable: "0.00",
      // The lending bank may still withdraw its claim until the guarantor compensates.
      availableActions: ["withdraw"],
    });
    expect(body.working).toMatchObject({ fundPays: "250000.00", guarantorNet: "150000.00" });
    expect(
      body.working.shares.map((share: { party: string; amount: string }) => [share.party, share.amount]),
    ).toEqual([
      ["reguarantor", "400000.00"],
      ["guarantor", "300000.00"],
      ["bank", "200000.00"],
      ["government", "100000.00"],
    ]);
    expect((await claim(overdueLoan, "1000000.00")).statusCode).toBe(409);
    expect((await icbc.get("/api/v1/default-cases/claimable")).json().total).toBe(0);

    for (const user of [
      "danbao.reviewer",
      "zaidanbao.operator",
      "czj.operator",
      "jxj.reviewer",
      "szf.reviewer",
    ]) {
      const client = await ctx.signIn(user);
      expect((await getCase(client)).statusCode, user).toBe(200);
      expect((await client.get("/api/v1/default-cases")).json().total, user).toBe(1);
    }
    expect((await getCase(danbao)).json().availableActions).toEqual(["compensate"]);
    for (const user of ["hbbank.reviewer", "enterprise.operator", "cqjxw.reviewer", "fund.reviewer"]) {
      const client = await ctx.signIn(user);
      expect((await getCase(client)).statusCode, user).toBe(404);
      expect((await client.get("/api/v1/default-cases")).json().total, user).toBe(0);
    }
  });

  it("records the compensation and sends the fund's 250,000.00 for review; no recovery before it is paid", async () => {
    const early = await recover("100000.00", "recovery-too-early-1", "2026-03-30");
    expect(early.statusCode).toBe(409);
    const { version } = (await getCase()).json();
    const compensate = (body: Record<string, unknown>) =>
      danbao.post(`/api/v1/default-cases/${caseId}/compensation`, {
        version,
        compensatedOn: "2026-03-28",
        ...body,
      });
    expect((await compensate({ version: version + 1 })).statusCode).toBe(409);
    const wrongScheme = await compensate({ scheme: "CQ-4222" });
    expect(wrongScheme.json().errors[0]).toMatchObject({ field: "scheme", rule: "programme-scheme" });
    const beforeClaim = await compensate({ compensatedOn: "2026-03-19" });
    expect(beforeClaim.json().errors[0]).toMatchObject({ field: "compensatedOn", rule: "not-before" });

    const compensated = await compensate({});
    expect(compensated.statusCode).toBe(200);
    expect(compensated.json()).toMatchObject({
      status: "COMPENSATED",
      compensatedOn: "2026-03-28",
      payment: { status: "DRAFT", total: "250000.00" },
      fundPartPaid: false,
      availableActions: [],
    });
    const payment = (await czj.get(`/api/v1/fund-payments/${compensated.json().payment.id}`)).json();
    expect(payment).toMatchObject({ kind: "RISK_COMPENSATION", status: "DRAFT" });
    expect(payment.lines).toEqual([
      expect.objectContaining({
        subject: `RISK_COMPENSATION:${caseId}`,
        applicationId: overdueLoan,
        beneficiaryOrgId: ctx.orgs.danbao,
        amount: "250000.00",
        working: expect.objectContaining({ scheme: "4321", fundPays: "250000.00" }),
      }),
    ]);
    const unpaid = await recover("100000.00", "recovery-too-early-2", "2026-03-30");
    expect(unpaid.statusCode).toBe(409);
    expect(unpaid.json().errors[0].rule).toBe("fund-part-unpaid");
  });

  it("pays the fund's part through the chain into the guarantor's payable and out of fund cash", async () => {
    ctx.setToday("2026-07-01");
    const { payment } = (await getCase()).json();
    expect((await approveAndPay(ctx, payment.id, "defaults-test-pay")).status).toBe("PAID");
    const account = await balances();
    expect(account("FUND_CASH")?.balance).toBe("750000.00");
    expect(account("RISK_COMPENSATION_EXPENSE")?.balance).toBe("250000.00");
    expect(account("PAYABLE")).toMatchObject({
      beneficiaryOrgId: ctx.orgs.danbao,
      credits: "250000.00",
      debits: "250000.00",
      balance: "0.00",
    });
    expect((await getCase()).json()).toMatchObject({
      fundPartPaid: true,
      availableActions: ["record-recovery"],
    });
  });

  it("distributes a recovery of 100,000.00 as 50,000.00 / 18,750.00 / 31,250.00, the fund's part back in cash", async () => {
    const first = await recover("100000.00", "recovery-2026-0001");
    expect(first.statusCode).toBe(201);
    const recorded = first.json().defaultCase;
    expect(recorded.recoveries).toEqual([
      expect.objectContaining({
        amount: "100000.00",
        distribution: {
          reguarantor: "50000.00",
          guarantor: "18750.00",
          fund: "31250.00",
          national_fund: "0.00",
        },
      }),
    ]);
    expect(recorded).toMatchObject({ recovered: "100000.00", recoverable: "700000.00" });
    let account = await balances();
    expect(account("FUND_CASH")?.balance).toBe("781250.00");
    expect(account("RECOVERIES")?.balance).toBe("31250.00");

    const retry = await recover("100000.00", "recovery-2026-0001");
    expect(retry.statusCode).toBe(200);
    expect(retry.json().recoveryId).toBe(first.json().recoveryId);
    expect((await recover("90000.00", "recovery-2026-0001")).statusCode).toBe(409);
    account = await balances();
    expect(account("FUND_CASH")?.balance).toBe("781250.00");
  });

  it("never lets the recoveries add up to more than the non-bank loss of 800,000.00", async () => {
    const over = await recover("700000.01", "recovery-2026-0002");
    expect(over.statusCode).toBe(400);
    expect(over.json().errors[0]).toMatchObject({ field: "amount", rule: "max-non-bank-loss" });
    const rest = await recover("700000.00", "recovery-2026-0003", "2026-06-30");
    expect(rest.statusCode).toBe(201);
    expect(rest.json().defaultCase).toMatchObject({
      recovered: "800000.00",
      recoverable: "0.00",
      availableActions: [],
    });
    // The fund has recovered all it paid: 250,000.00 of the 800,000.00 it bore 31.25% of.
    const account = await balances();
    expect(account("RECOVERIES")?.balance).toBe("250000.00");
    expect(account("FUND_CASH")?.balance).toBe("1000000.00");
    const [books] = await ctx.database.db
      .select({
        debits: sql<string>`sum(${fundAccounts.debitsFen})::text`,
        credits: sql<string>`sum(${fundAccounts.creditsFen})::text`,
        transferred: sql<string>`(select sum(${fundTransfers.amountFen}) from ${fundTransfers})::text`,
      })
      .from(fundAccounts);
    expect(books?.debits).toBe(books?.credits);
    expect(books?.debits).toBe(books?.transferred);
  });

  it("asks for the fund's part again after its payment was cancelled, and not before", async () => {
    const loan = await insertTestLoan(ctx, OVERDUE_LOAN_EVENTS);
    const second = (await claim(loan, "500000.00")).json();
    const compensated = await danbao.post(`/api/v1/default-cases/${second.id}/compensation`, {
      version: second.version,
      compensatedOn: "2026-06-01",
    });
    const { payment, version } = compensated.json();
    expect(payment.total).toBe("125000.00");
    const renew = (v: number) =>
      danbao.post(`/api/v1/default-cases/${second.id}/fund-payment`, { version: v });
    expect((await renew(version)).statusCode).toBe(409);

    const reviewer = await ctx.signIn("danbao.reviewer");
    const current = (await reviewer.get(`/api/v1/fund-payments/${payment.id}`)).json();
    await reviewer.post(`/api/v1/fund-payments/${payment.id}/actions`, {
      action: "cancel",
      version: current.version,
      reason: "代偿凭证需重新整理",
    });
    const cancelled = (await danbao.get(`/api/v1/default-cases/${second.id}`)).json();
    expect(cancelled).toMatchObject({
      payment: { status: "CANCELLED" },
      availableActions: ["request-fund-payment"],
    });
    const renewed = await renew(cancelled.version);
    expect(renewed.statusCode).toBe(201);
    expect(renewed.json().payment).toMatchObject({ status: "DRAFT", total: "125000.00" });
    expect(renewed.json().payment.id).not.toBe(payment.id);
  });
});
