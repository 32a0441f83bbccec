import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { funds } from "../../db/schema";
import {
  approveAndPay,
  insertTestLoan,
  OVERDUE_LOAN_EVENTS,
  SEED_LOAN_EVENTS,
} from "../../testing/fund-loans";
import { type TestClient, useTestApp } from "../../testing/test-app";

interface Receipt {
  id: number;
  amount: string;
  reverses: number | null;
  reason: string | null;
  feeRate: string | null;
  reversedBy: { id: number; reason: string; recordedBy: string } | null;
  mayReverse: boolean;
}

/** Issue 4 point 1: fee receipts corrected by reversing entries, everything derived counted net. */
describe("guarantee-fee receipts: corrected by a reversal, never edited", () => {
  const ctx = useTestApp();
  let fundId: string;
  let operator: TestClient;
  let reviewer: TestClient;
  let loan: string;
  let wrongId: number;

  const fees = (client = reviewer) => client.get(`/api/v1/applications/${loan}/guarantee-fees`);
  const record = (receivedOn: string, amount: string) =>
    operator.post(`/api/v1/applications/${loan}/guarantee-fees`, { receivedOn, amount });
  const reverse = (
    id: number,
    body: unknown = { reason: "金额录入错误,实收5,000.00元" },
    client = reviewer,
  ) => client.post(`/api/v1/applications/${loan}/guarantee-fees/${id}/reversal`, body);
  const feeCharged2025 = async () =>
    (await reviewer.get(`/api/v1/funds/${fundId}/fee-subsidy/2025`))
      .json()
      .lines.find((line: { applicationId: string }) => line.applicationId === loan);

  beforeAll(async () => {
    const [fund] = await ctx.database.db.select().from(funds);
    fundId = fund?.id ?? "";
    [operator, reviewer] = await Promise.all([ctx.signIn("danbao.operator"), ctx.signIn("danbao.reviewer")]);
    loan = await insertTestLoan(ctx, SEED_LOAN_EVENTS);
    ctx.setToday("2026-02-01");
    expect((await record("2025-03-10", "30000.00")).statusCode).toBe(201);
    wrongId = (await record("2025-09-10", "10000.00")).json().id;
  });

  it("refuses a correction without a reason, by an operator, a bank or a re-guarantor, changing nothing", async () => {
    for (const body of [{}, { reason: "   " }]) {
      const response = await reverse(wrongId, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe("reason");
    }
    expect((await reverse(wrongId, undefined, operator)).statusCode).toBe(403);
    for (const user of ["icbc.reviewer", "zaidanbao.reviewer"]) {
      expect((await reverse(wrongId, undefined, await ctx.signIn(user))).statusCode, user).toBe(403);
    }
    expect((await reverse(999_999)).statusCode).toBe(404);
    expect((await fees()).json()).toMatchObject({ total: "40000.00" });
    expect((await fees(operator)).json().items.map((item: Receipt) => item.mayReverse)).toEqual([
      false,
      false,
    ]);
    expect((await fees()).json().items.map((item: Receipt) => item.mayReverse)).toEqual([true, true]);
  });

  it("reverses a receipt once: a negated row naming it with the reason, the year's cap net of it", async () => {
    expect(await feeCharged2025()).toMatchObject({ feeCharged: "40000.00", amount: "34972.22" });
    const response = await reverse(wrongId);
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.total).toBe("30000.00");
    const original = body.items.find((item: Receipt) => item.id === wrongId);
    const reversal = body.items.find((item: Receipt) => item.reverses === wrongId);
    expect(original).toMatchObject({
      amount: "10000.00",
      mayReverse: false,
      reversedBy: { id: reversal.id, reason: "金额录入错误,实收5,000.00元", recordedBy: "danbao.reviewer" },
    });
    expect(reversal).toMatchObject({
      amount: "-10000.00",
      reason: "金额录入错误,实收5,000.00元",
      mayReverse: false,
    });
    // The subsidy is capped at the fees actually charged, now 30,000.00.
    expect(await feeCharged2025()).toMatchObject({
      feeCharged: "30000.00",
      amount: "30000.00",
      capped: true,
    });

    const twice = await reverse(wrongId);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0].rule).toBe("already-reversed");
    const ofReversal = await reverse(reversal.id);
    expect(ofReversal.statusCode).toBe(409);
    expect(ofReversal.json().errors[0].rule).toBe("is-reversal");
    expect((await fees()).json().items).toHaveLength(3);
  });

  it("lets the database itself refuse an edit, and a reversal that does not negate its receipt", async () => {
    const { db } = ctx.database;
    await expect(
      db.execute(sql`update guarantee_fee_receipts set amount_fen = 1 where id = ${wrongId}`),
    ).rejects.toThrow();
    const [first] = (await fees()).json().items as Receipt[];
    await expect(
      db.execute(sql`insert into guarantee_fee_receipts (application_id, received_on, amount_fen, reverses, reason, recorded_by)
        select application_id, received_on, -100, id, 'x', recorded_by from guarantee_fee_receipts where id = ${first?.id}`),
    ).rejects.toThrow();
    expect((await fees()).json().total).toBe("30000.00");
  });

  it("refuses to reverse a receipt of a year already in a live fee-subsidy batch", async () => {
    expect((await record("2025-09-10", "5000.00")).statusCode).toBe(201);
    const batch = await reviewer.post(`/api/v1/funds/${fundId}/fee-subsidy`, { year: 2025 });
    expect(batch.statusCode).toBe(201);
    expect(batch.json().batch.total).toBe("34972.22");
    const [first] = (await fees()).json().items as Receipt[];
    const refused = await reverse(first?.id ?? 0);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors[0]).toMatchObject({ field: "receivedOn", rule: "year-in-live-batch" });
    expect(refused.json().detail).toMatch(/2025年度担保费补贴已在支付申请中/);
    const after = (await fees()).json();
    expect(after.total).toBe("35000.00");
    expect(after.items.map((item: Receipt) => item.mayReverse)).toEqual([false, false, false, false]);
  });
});

interface Recovery {
  id: string;
  amount: string;
  distribution: Record<string, string>;
  postingId: number | null;
  reverses: string | null;
  reason: string | null;
  reversedBy: { id: string; reason: string } | null;
  mayReverse: boolean;
}

/** Issue 4 points 1 and 2 on the default side: recoveries corrected with their posting; claims withdrawn. */
describe("default cases: a recovery reversed with its fund posting, a claim withdrawn before the 代偿", () => {
  const ctx = useTestApp();
  let fundId: string;
  let icbc: TestClient;
  let danbao: TestClient;
  let danbaoReviewer: TestClient;
  let czj: TestClient;
  let caseId: string;
  let withdrawnCase: string;
  let withdrawnLoan: string;

  const claim = (applicationId: string, loss = "1000000.00") =>
    icbc.post("/api/v1/default-cases", {
      applicationId,
      loss,
      claimedOn: "2026-03-20",
      reason: "借款人到期未偿还本金,经催收无果",
    });
  const read = async (id = caseId, client = danbaoReviewer) =>
    (await client.get(`/api/v1/default-cases/${id}`)).json();
  const withdraw = (id: string, body: Record<string, unknown>, client = icbc) =>
    client.post(`/api/v1/default-cases/${id}/withdrawal`, body);
  const reverse = (
    recoveryId: string,
    body: unknown = { reason: "银行回单金额有误" },
    client = danbaoReviewer,
  ) => client.post(`/api/v1/default-cases/${caseId}/recoveries/${recoveryId}/reversal`, body);
  const balance = async (kind: string) =>
    ((await czj.get(`/api/v1/funds/${fundId}`)).json().accounts as { kind: string; balance: string }[]).find(
      (account) => account.kind === kind,
    )?.balance;
  const waitingIds = async () =>
    ((await danbao.get("/api/v1/default-cases?waiting=true")).json().items as { id: string }[]).map(
      (i) => i.id,
    );

  beforeAll(async () => {
    const [fund] = await ctx.database.db.select().from(funds);
    fundId = fund?.id ?? "";
    [icbc, danbao, danbaoReviewer, czj] = await Promise.all([
      ctx.signIn("icbc.operator"),
      ctx.signIn("danbao.operator"),
      ctx.signIn("danbao.reviewer"),
      ctx.signIn("czj.reviewer"),
    ]);
    const loan = await insertTestLoan(ctx, OVERDUE_LOAN_EVENTS);
    withdrawnLoan = await insertTestLoan(ctx, OVERDUE_LOAN_EVENTS);
    ctx.setToday("2026-04-01");
    await czj.post(`/api/v1/funds/${fundId}/appropriations`, {
      amount: "1000000.00",
      date: "2026-01-15",
      memo: "2026年度预算",
      idempotencyKey: "corrections-appropriation",
    });
    caseId = (await claim(loan)).json().id;
    withdrawnCase = (await claim(withdrawnLoan, "500000.00")).json().id;
  });

  it("lets the lending bank withdraw a claim with its reason; it leaves the guarantor's worklist", async () => {
    expect(await waitingIds()).toEqual(expect.arrayContaining([caseId, withdrawnCase]));
    const { version } = await read(withdrawnCase, icbc);
    for (const body of [{ version }, { version, reason: " " }]) {
      const response = await withdraw(withdrawnCase, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe("reason");
    }
    const reason = "借款人已筹措资金归还逾期本金,撤回代偿申请";
    expect((await withdraw(withdrawnCase, { version, reason }, danbao)).statusCode).toBe(403);
    expect(
      (await withdraw(withdrawnCase, { version, reason }, await ctx.signIn("hbbank.reviewer"))).statusCode,
    ).toBe(404);
    expect((await withdraw(withdrawnCase, { version: version + 1, reason })).statusCode).toBe(409);
    expect((await read(withdrawnCase)).status).toBe("CLAIMED");

    const response = await withdraw(withdrawnCase, { version, reason });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: "WITHDRAWN",
      availableActions: [],
      withdrawal: { reason, orgName: "中国工商银行十堰分行", on: "2026-04-01" },
    });
    expect(response.json().history.map((entry: { action: string }) => entry.action)).toEqual([
      "claim",
      "withdraw",
    ]);
    expect(response.json().history.at(-1)).toMatchObject({
      reason,
      fromStatus: "CLAIMED",
      toStatus: "WITHDRAWN",
    });
    expect(await read(withdrawnCase)).toMatchObject({ status: "WITHDRAWN", availableActions: [] });
    expect(await waitingIds()).toEqual([caseId]);

    const again = await withdraw(withdrawnCase, { version: response.json().version, reason });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].rule).toBe("action-not-allowed-in-state");
    const compensate = await danbao.post(`/api/v1/default-cases/${withdrawnCase}/compensation`, {
      version: response.json().version,
      compensatedOn: "2026-03-28",
    });
    expect(compensate.statusCode).toBe(409);
    // The loan may be claimed on again.
    const claimable = (await icbc.get("/api/v1/default-cases/claimable")).json();
    expect(claimable.items.map((item: { applicationId: string }) => item.applicationId)).toEqual([
      withdrawnLoan,
    ]);
  });

  it("refuses a withdrawal once the guarantor has compensated (409 action-not-allowed-in-state)", async () => {
    const { version } = await read();
    const compensated = await danbao.post(`/api/v1/default-cases/${caseId}/compensation`, {
      version,
      compensatedOn: "2026-03-28",
    });
    expect(compensated.statusCode).toBe(200);
    const refused = await withdraw(caseId, { version: compensated.json().version, reason: "误报" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors[0].rule).toBe("action-not-allowed-in-state");
    expect(await waitingIds()).toEqual([]);
    ctx.setToday("2026-07-01");
    expect((await approveAndPay(ctx, compensated.json().payment.id, "corrections-pay")).status).toBe("PAID");
  });

  it("reverses a recovery with its fund posting; the case, the fund and the report count it net", async () => {
    const recorded = await danbao.post(`/api/v1/default-cases/${caseId}/recoveries`, {
      recoveredOn: "2026-05-20",
      amount: "100000.00",
      idempotencyKey: "corrections-recovery-1",
    });
    expect(recorded.statusCode).toBe(201);
    const recoveryId = recorded.json().recoveryId as string;
    expect(await balance("FUND_CASH")).toBe("781250.00");
    const postingId = (recorded.json().defaultCase.recoveries as Recovery[])[0]?.postingId;

    // Refused, changing nothing: no reason, an operator, the bank, and the ledger's own reversal route.
    expect((await reverse(recoveryId, {})).json().errors[0].field).toBe("reason");
    expect((await reverse(recoveryId, undefined, danbao)).statusCode).toBe(403);
    expect((await reverse(recoveryId, undefined, icbc)).statusCode).toBe(403);
    const viaLedger = await danbaoReviewer.post(`/api/v1/funds/${fundId}/postings/${postingId}/reversal`, {
      reason: "x",
      date: "2026-07-01",
      idempotencyKey: "corrections-ledger-reversal",
    });
    expect(viaLedger.statusCode).toBe(409);
    expect(viaLedger.json().errors[0].rule).toBe("reverse-the-recovery");
    expect(await balance("FUND_CASH")).toBe("781250.00");

    const response = await reverse(recoveryId);
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ recovered: "0.00", recoverable: "800000.00" });
    expect(body.availableActions).toContain("record-recovery");
    const [original, reversal] = body.recoveries as Recovery[];
    expect(original).toMatchObject({
      id: recoveryId,
      mayReverse: false,
      reversedBy: { reason: "银行回单金额有误" },
    });
    expect(reversal).toMatchObject({
      amount: "-100000.00",
      reverses: recoveryId,
      reason: "银行回单金额有误",
      distribution: { reguarantor: "-50000.00", guarantor: "-18750.00", fund: "-31250.00" },
    });
    expect(body.history.at(-1)).toMatchObject({ action: "reverse-recovery", reason: "银行回单金额有误" });
    expect(await balance("FUND_CASH")).toBe("750000.00");
    expect(await balance("RECOVERIES")).toBe("0.00");
    const ledger = (await czj.get(`/api/v1/funds/${fundId}/postings?kind=REVERSAL`)).json().items;
    expect(ledger).toEqual([
      expect.objectContaining({ reverses: postingId, effectiveOn: "2026-07-01", cashOut: "31250.00" }),
    ]);

    const twice = await reverse(recoveryId);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0].rule).toBe("already-reversed");
    expect((await reverse(reversal?.id ?? "")).json().errors[0].rule).toBe("is-reversal");
    expect(await balance("FUND_CASH")).toBe("750000.00");

    // The monthly report counts May's recoveries net of the correction; the statement still reconciles.
    const report = (
      await czj.get("/api/v1/reports/programme-monthly?programme=SHIYAN-CHANLIAN&month=2026-05")
    ).json();
    expect(report.total.recoveries).toEqual({ inMonth: "0.00", cumulative: "0.00" });
    // The withdrawn claim is no default.
    expect(report.total.defaults).toEqual({ inMonth: 0, cumulative: 1 });
    const statement = (
      await czj.get(`/api/v1/funds/${fundId}/statement?from=2026-01-01&to=2026-07-31`)
    ).json();
    expect(statement.reconciliation).toMatchObject({ reconciled: true, debitsEqualCredits: true });

    // What was freed can be recovered again.
    const again = await danbao.post(`/api/v1/default-cases/${caseId}/recoveries`, {
      recoveredOn: "2026-06-30",
      amount: "800000.00",
      idempotencyKey: "corrections-recovery-2",
    });
    expect(again.statusCode).toBe(201);
    expect(again.json().defaultCase).toMatchObject({ recovered: "800000.00", recoverable: "0.00" });
  });
});

/** Issue 4 point 3: 重庆's caps computed from the rates recorded with the contract and the fee. */
describe("重庆 技改专项贷: the actual loan and fee rates make its caps compute", () => {
  const ctx = useTestApp();
  let fundId: string;
  let danbao: TestClient;
  let ratedLoan: string;
  let unratedLoan: string;
  const chongqing = { programmeCode: "CHONGQING-JIGAI", districtCode: "500103" };

  const fee = (applicationId: string, body: Record<string, unknown>) =>
    danbao.post(`/api/v1/applications/${applicationId}/guarantee-fees`, {
      receivedOn: "2025-06-10",
      amount: "40000.00",
      ...body,
    });
  const lineOf = async (applicationId: string) =>
    (await danbao.get(`/api/v1/funds/${fundId}/fee-subsidy/2025`))
      .json()
      .lines.find((line: { applicationId: string }) => line.applicationId === applicationId);

  beforeAll(async () => {
    danbao = await ctx.signIn("danbao.operator");
    const [fund] = await ctx.database.db
      .insert(funds)
      .values({
        code: "CQ-TEST",
        name: "重庆技改专项资金(测试)",
        regionCode: "500000",
        managerOrgId: ctx.orgs.danbao ?? "",
        programmeCodes: ["CHONGQING-JIGAI"],
      })
      .returning();
    fundId = fund?.id ?? "";
    ratedLoan = await insertTestLoan(ctx, SEED_LOAN_EVENTS, "icbc", {
      ...chongqing,
      loanAnnualRate: "0.0345",
    });
    unratedLoan = await insertTestLoan(ctx, SEED_LOAN_EVENTS, "icbc", chongqing);
    ctx.setToday("2026-04-01");
  });

  it("computes the interest subsidy at 50% of the contract's 3.45%: 1.725% a year, 70,102.08", async () => {
    const items = (await danbao.get("/api/v1/interest-subsidy/loans?pageSize=100")).json().items as {
      applicationId: string;
      subsidy: { eligible: boolean; amount?: string; reason?: string; working?: { rate: string } };
    }[];
    // 5,000,000 × 1.725% × 184/360 + 3,000,000 × 1.725% × 181/360
    expect(items.find((item) => item.applicationId === ratedLoan)?.subsidy).toMatchObject({
      eligible: true,
      amount: "70102.08",
      working: { rate: "0.01725" },
    });
    const unrated = items.find((item) => item.applicationId === unratedLoan)?.subsidy;
    expect(unrated).toMatchObject({ eligible: false });
    expect(unrated?.reason).toMatch(/借款合同未登记贷款实际年利率/);
  });

  it("requires the guarantee's actual fee rate with a 重庆 fee, above 0 and at most 24%, naming the field", async () => {
    for (const [body, rule] of [
      [{}, "required"],
      [{ feeRate: "0" }, "positive"],
      [{ feeRate: "0.30" }, "max-24-percent"],
      [{ feeRate: "0.8%" }, "decimal-format"],
    ] as const) {
      const response = await fee(ratedLoan, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ field: "feeRate", rule });
    }
    expect((await danbao.get(`/api/v1/applications/${ratedLoan}/guarantee-fees`)).json().items).toEqual([]);
    const recorded = await fee(ratedLoan, { feeRate: "0.008" });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json().items[0]).toMatchObject({ amount: "40000.00", feeRate: "0.008" });
  });

  it("computes the fee subsidy at 50% of 0.8%, and refuses a fee rate above the 1% ceiling", async () => {
    // 5,000,000 × 0.4% × 184/360 + 3,000,000 × 0.4% × 113/360
    expect(await lineOf(ratedLoan)).toMatchObject({
      eligible: true,
      amount: "13988.89",
      working: { rate: "0.004" },
    });
    expect((await lineOf(unratedLoan))?.reason).toMatch(/未登记收取的担保费/);
    expect((await fee(unratedLoan, { feeRate: "0.012", amount: "60000.00" })).statusCode).toBe(201);
    expect(await lineOf(unratedLoan)).toMatchObject({ eligible: false, amount: "0.00" });
    expect((await lineOf(unratedLoan))?.reason).toMatch(/1.2%高于1%/);
  });

  it("caps the guarantor's yearly application at 1,000,000.00, shared by largest remainder", async () => {
    // The seed loan a hundred times over: 1,398,888.89 on its own, beside the 13,988.89 above.
    const hundredfold = SEED_LOAN_EVENTS.map((event) => ({ ...event, amountFen: event.amountFen * 100n }));
    const bigLoan = await insertTestLoan(ctx, hundredfold, "icbc", chongqing);
    expect((await fee(bigLoan, { feeRate: "0.008", amount: "4000000.00" })).statusCode).toBe(201);
    const preview = (await danbao.get(`/api/v1/funds/${fundId}/fee-subsidy/2025`)).json();
    // 1,000,000.00 × 1,398,888.89 / 1,412,877.78 = 990,099.009…, × 13,988.89 / … = 9,900.990…: the fen
    // left over goes to the larger remainder.
    expect(await lineOf(bigLoan)).toMatchObject({
      amount: "990099.01",
      capped: true,
      working: {
        yearlyCap: {
          basis: "per-guarantor-year",
          limit: "1000000.00",
          total: "1412877.78",
          before: "1398888.89",
        },
      },
    });
    expect(await lineOf(ratedLoan)).toMatchObject({ amount: "9900.99", capped: true });
    expect(preview.total).toBe("1000000.00");
  });
});
