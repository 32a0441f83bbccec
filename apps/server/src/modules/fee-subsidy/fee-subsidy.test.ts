import { beforeAll, describe, expect, it } from "vitest";
import { funds } from "../../db/schema";
import { approveAndPay, insertTestLoan, SEED_LOAN_EVENTS } from "../../testing/fund-loans";
import { type TestClient, useTestApp } from "../../testing/test-app";

describe("guarantee-fee subsidy (seed 002 arts. 9 and 11(7))", () => {
  const ctx = useTestApp();
  let fundId: string;
  let danbao: TestClient;
  let czj: TestClient;
  /** The seed loan, with enough fee charged in both years. */
  let seedLoan: string;
  /** The same loan shape, with less fee charged in 2025 than the subsidy and none in 2026. */
  let lowFeeLoan: string;
  /** Drawn only in 2026: nothing guaranteed in 2025. */
  let laterLoan: string;

  const fee = (applicationId: string, receivedOn: string, amount: string, client = danbao) =>
    client.post(`/api/v1/applications/${applicationId}/guarantee-fees`, { receivedOn, amount });
  const preview = (year: number, client = danbao) =>
    client.get(`/api/v1/funds/${fundId}/fee-subsidy/${year}`);
  interface Line {
    applicationId: string;
    reason: string | null;
    working: { periods: { from: string; days: number; principal: string }[] } | null;
  }
  const lineOf = (body: { lines: Line[] }, id: string) =>
    body.lines.find((line) => line.applicationId === id);

  beforeAll(async () => {
    const [fund] = await ctx.database.db.select().from(funds);
    fundId = fund?.id ?? "";
    [danbao, czj] = await Promise.all([ctx.signIn("danbao.operator"), ctx.signIn("czj.reviewer")]);
    seedLoan = await insertTestLoan(ctx, SEED_LOAN_EVENTS);
    lowFeeLoan = await insertTestLoan(ctx, SEED_LOAN_EVENTS, "hbbank");
    laterLoan = await insertTestLoan(ctx, [
      { type: "DISBURSEMENT", date: "2026-05-06", amountFen: 100_000_000n },
    ]);
    ctx.setToday("2026-02-01");
  });

  it("records the fees the guarantor charged, only on its own guarantees, never before the guarantee nor in the future", async () => {
    expect((await fee(seedLoan, "2025-03-10", "30000.00")).statusCode).toBe(201);
    const second = await fee(seedLoan, "2025-09-10", "10000.00");
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ total: "40000.00" });
    expect((await fee(seedLoan, "2026-01-05", "6000.00")).statusCode).toBe(201);
    expect((await fee(lowFeeLoan, "2025-03-12", "20000.00")).statusCode).toBe(201);

    const future = await fee(seedLoan, "2026-02-02", "100.00");
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0]).toMatchObject({ field: "receivedOn", rule: "not-in-future" });
    const beforeGuarantee = await fee(seedLoan, "2025-03-09", "100.00");
    expect(beforeGuarantee.statusCode).toBe(400);
    expect(beforeGuarantee.json().errors[0]).toMatchObject({
      field: "receivedOn",
      rule: "date-not-before",
      message: expect.stringContaining("2025-03-10"),
    });
    const zero = await fee(seedLoan, "2026-01-05", "0.00");
    expect(zero.statusCode).toBe(400);
    expect(zero.json().errors[0].field).toBe("amount");
    const bank = await ctx.signIn("icbc.operator");
    expect((await fee(seedLoan, "2026-01-05", "100.00", bank)).statusCode).toBe(403);

    // The bureaus that review the subsidy may read the fees; a bank or another region may not.
    const listed = await czj.get(`/api/v1/applications/${seedLoan}/guarantee-fees`);
    expect(listed.json()).toMatchObject({ total: "46000.00" });
    expect(listed.json().items.map((item: { amount: string }) => item.amount)).toEqual([
      "30000.00",
      "10000.00",
      "6000.00",
    ]);
    expect((await bank.get(`/api/v1/applications/${seedLoan}/guarantee-fees`)).statusCode).toBe(404);
    const chongqing = await ctx.signIn("cqjxw.reviewer");
    expect((await chongqing.get(`/api/v1/applications/${seedLoan}/guarantee-fees`)).statusCode).toBe(404);
  });

  it("previews 2025 per guarantee with its working: 34,972.22, or the fee charged when that is lower", async () => {
    const response = await preview(2025);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ year: 2025, yearEnded: true, total: "54972.22", eligibleCount: 2 });
    const seed = lineOf(body, seedLoan);
    expect(seed).toMatchObject({ amount: "34972.22", feeCharged: "40000.00", capped: false, eligible: true });
    expect(seed?.working).toMatchObject({ rate: "0.01", dayCount: "ACT/360", uncapped: "34972.22" });
    expect(seed?.working?.periods.map((period) => [period.from, period.days, period.principal])).toEqual([
      ["2025-03-10", 184, "5000000.00"],
      ["2025-09-10", 113, "3000000.00"],
    ]);
    expect(lineOf(body, lowFeeLoan)).toMatchObject({
      amount: "20000.00",
      feeCharged: "20000.00",
      capped: true,
      eligible: true,
    });
    expect(lineOf(body, laterLoan)).toBeUndefined();
    expect(body.batch).toBeNull();
  });

  it("refuses a year that has not ended, and shows the preview to no one outside the fund", async () => {
    const early = await danbao.post(`/api/v1/funds/${fundId}/fee-subsidy`, { year: 2026 });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0]).toMatchObject({ field: "year", rule: "year-not-ended" });
    const bank = await ctx.signIn("icbc.reviewer");
    expect((await preview(2025, bank)).statusCode).toBe(404);
    expect((await bank.post(`/api/v1/funds/${fundId}/fee-subsidy`, { year: 2025 })).statusCode).toBe(403);
  });

  it("applies for a year once, as one payment with a line per guarantee, paid through the chain", async () => {
    const created = await danbao.post(`/api/v1/funds/${fundId}/fee-subsidy`, { year: 2025 });
    expect(created.statusCode).toBe(201);
    const { paymentId } = created.json();
    expect(created.json().batch).toMatchObject({
      id: paymentId,
      status: "DRAFT",
      total: "54972.22",
      lineCount: 2,
    });

    const duplicate = await danbao.post(`/api/v1/funds/${fundId}/fee-subsidy`, { year: 2025 });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0]).toMatchObject({ field: "year", rule: "year-already-batched" });

    const payment = (await czj.get(`/api/v1/fund-payments/${paymentId}`)).json();
    expect(payment).toMatchObject({ kind: "FEE_SUBSIDY", year: 2025, status: "DRAFT", total: "54972.22" });
    expect(
      payment.lines.map((line: { subject: string; amount: string; beneficiaryOrgId: string }) => [
        line.subject,
        line.amount,
        line.beneficiaryOrgId,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [`FEE_SUBSIDY:${seedLoan}:2025`, "34972.22", ctx.orgs.danbao],
        [`FEE_SUBSIDY:${lowFeeLoan}:2025`, "20000.00", ctx.orgs.danbao],
      ]),
    );

    await czj.post(`/api/v1/funds/${fundId}/appropriations`, {
      amount: "100000.00",
      date: "2026-01-15",
      memo: "2026年度预算",
      idempotencyKey: "fee-test-appropriation",
    });
    expect((await approveAndPay(ctx, paymentId, "fee-test-pay-2025")).status).toBe("PAID");
    const accounts = (await czj.get(`/api/v1/funds/${fundId}`)).json().accounts;
    const balance = (kind: string) => accounts.find((a: { kind: string }) => a.kind === kind)?.balance;
    expect(balance("FEE_SUBSIDY_EXPENSE")).toBe("54972.22");
    expect(balance("FUND_CASH")).toBe("45027.78");
    expect((await preview(2025)).json().batch).toMatchObject({ id: paymentId, status: "PAID" });
  });

  it("gives 5,666.67 for 2026 once the year has ended; a guarantee without a fee gets nothing", async () => {
    ctx.setToday("2027-01-05");
    const body = (await preview(2026)).json();
    expect(lineOf(body, seedLoan)).toMatchObject({
      amount: "5666.67",
      feeCharged: "6000.00",
      eligible: true,
    });
    expect(lineOf(body, lowFeeLoan)).toMatchObject({ amount: "0.00", feeCharged: "0.00", eligible: false });
    expect(lineOf(body, lowFeeLoan)?.reason).toMatch(/未登记收取的担保费/);
    expect(lineOf(body, laterLoan)).toMatchObject({ eligible: false });
    expect(body).toMatchObject({ total: "5666.67", eligibleCount: 1 });

    const created = await danbao.post(`/api/v1/funds/${fundId}/fee-subsidy`, { year: 2026 });
    expect(created.statusCode).toBe(201);
    // A cancelled batch frees its year for a new one.
    const reviewer = await ctx.signIn("danbao.reviewer");
    const paymentId = created.json().paymentId;
    const { version } = (await reviewer.get(`/api/v1/fund-payments/${paymentId}`)).json();
    const cancelled = await reviewer.post(`/api/v1/fund-payments/${paymentId}/actions`, {
      action: "cancel",
      version,
      reason: "费用登记有误,重新核算",
    });
    expect(cancelled.json().status).toBe("CANCELLED");
    const again = await danbao.post(`/api/v1/funds/${fundId}/fee-subsidy`, { year: 2026 });
    expect(again.statusCode).toBe(201);
    expect(again.json().batch).toMatchObject({ total: "5666.67", lineCount: 1 });
  });
});
