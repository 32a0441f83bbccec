import { eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { fundAccounts, funds, fundTransfers } from "../../db/schema";
import { DEMO_ORGANISATIONS } from "../../demo/organisations";
import { createTestPayment, transfersOf } from "../../testing/fund";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { rowValues, workbookOf } from "../../testing/workbooks";

/** The account the guarantor registered (the test payments pay the guarantor's own books). */
const guarantor = DEMO_ORGANISATIONS.find((org) => org.key === "danbao");
const GUARANTOR_ACCOUNT = {
  name: guarantor?.name,
  bank: guarantor?.account?.bankName,
  number: guarantor?.account?.accountNo,
};

/** Every row of a sheet as text cells, the header first. */
const sheetRows = (sheet: Parameters<typeof rowValues>[0]) =>
  Array.from({ length: sheet?.rowCount ?? 0 }, (_, index) =>
    rowValues(sheet, index + 1).map((cell) => String(cell ?? "")),
  );

describe("special fund ledger and payment chain", () => {
  const ctx = useTestApp();
  afterEach(() => ctx.setToday(null));
  let fundId: string;
  let czj: TestClient;
  let danbao: TestClient;
  let jxj: TestClient;
  let szf: TestClient;

  beforeAll(async () => {
    const [fund] = await ctx.database.db.select().from(funds);
    fundId = fund?.id ?? "";
    czj = await ctx.signIn("czj.reviewer");
    danbao = await ctx.signIn("danbao.reviewer");
    jxj = await ctx.signIn("jxj.reviewer");
    szf = await ctx.signIn("szf.reviewer");
  });

  const appropriate = (client: TestClient, amount: string, key: string, memo = "2026年度预算") =>
    client.post(`/api/v1/funds/${fundId}/appropriations`, {
      amount,
      date: "2026-01-15",
      memo,
      idempotencyKey: key,
    });

  const account = async (kind: string) => {
    const fund = (await czj.get(`/api/v1/funds/${fundId}`)).json();
    return fund.accounts.find((a: { kind: string }) => a.kind === kind);
  };

  it("records an appropriation once per key; the same key with other fields is refused", async () => {
    const first = await appropriate(czj, "1000000.00", "approp-2026-0001");
    expect(first.statusCode).toBe(201);
    const retry = await appropriate(czj, "1000000.00", "approp-2026-0001");
    expect(retry.statusCode).toBe(200);
    expect(retry.json().postingId).toBe(first.json().postingId);
    const altered = await appropriate(czj, "2000000.00", "approp-2026-0001");
    expect(altered.statusCode).toBe(409);
    expect(altered.json().errors[0]).toMatchObject({
      field: "idempotencyKey",
      rule: "idempotency-key-reused",
    });
    expect((await account("FUND_CASH")).balance).toBe("1000000.00");
    expect((await account("APPROPRIATIONS")).balance).toBe("1000000.00");
  });

  it("lets only the finance bureau appropriate, and names the field of a bad amount", async () => {
    expect((await appropriate(danbao, "10.00", "approp-by-guarantor")).statusCode).toBe(403);
    const bad = await appropriate(czj, "10.001", "approp-bad-amount");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe("amount");
    const outsider = await ctx.signIn("cqjxw.reviewer");
    expect((await outsider.get(`/api/v1/funds/${fundId}`)).statusCode).toBe(404);
  });

  it("dates appropriations and reversals only on days that have come, and changes nothing otherwise", async () => {
    ctx.setToday("2027-03-01");
    const before = (await account("FUND_CASH")).balance;
    const dated = (date: string, key: string) =>
      czj.post(`/api/v1/funds/${fundId}/appropriations`, {
        amount: "100.00",
        date,
        memo: "预算",
        idempotencyKey: key,
      });
    for (const [date, says] of [
      ["9999-12-31", "2099-12-31"],
      ["0000-01-01", "1900-01-01"],
      ["2027-03-02", "2027-03-01"],
    ] as const) {
      const refused = await dated(date, `approp-dated-${date}`);
      expect(refused.statusCode, date).toBe(400);
      expect(refused.json().errors[0]).toMatchObject({
        field: "date",
        message: expect.stringContaining(says),
      });
    }
    const huge = await appropriate(czj, "9999999999999.99", "approp-too-large");
    expect(huge.json().errors[0]).toMatchObject({
      field: "amount",
      message: expect.stringContaining("10,000,000,000.00"),
    });
    expect((await account("FUND_CASH")).balance).toBe(before);

    const posted = (await dated("2027-02-01", "approp-dated-ok")).json().postingId;
    const reverse = (date: string) =>
      czj.post(`/api/v1/funds/${fundId}/postings/${posted}/reversal`, {
        reason: "录入错误",
        date,
        idempotencyKey: `reverse-dated-${date}`,
      });
    for (const [date, says] of [
      ["2027-01-31", "2027-02-01"],
      ["2027-03-02", "2027-03-01"],
    ] as const) {
      const refused = await reverse(date);
      expect(refused.statusCode, date).toBe(400);
      expect(refused.json().errors[0]).toMatchObject({
        field: "date",
        message: expect.stringContaining(says),
      });
    }
    expect((await reverse("2027-03-01")).statusCode).toBe(201);
  });

  it("pays only after the chain approves, once, and leaves the books balanced", async () => {
    // A pinned business date: every step of the history, the payment run's included, is dated by it.
    ctx.setToday("2026-12-30");
    const paymentId = await createTestPayment(ctx, fundId, [
      { name: "企业甲", amountFen: 8_127_778n },
      { name: "企业乙", amountFen: 566_667n },
    ]);
    const act = async (client: TestClient, action: string, extra: Record<string, unknown> = {}) => {
      const { version } = (await client.get(`/api/v1/fund-payments/${paymentId}`)).json();
      return client.post(`/api/v1/fund-payments/${paymentId}/actions`, { action, version, ...extra });
    };
    // Nothing is paid before the city government approves.
    expect((await act(danbao, "execute", { idempotencyKey: "pay-too-early" })).statusCode).toBe(409);
    expect((await act(danbao, "submit", { opinion: "核算无误" })).json().status).toBe("IN_REVIEW");
    expect((await act(czj, "finance-approve")).statusCode).toBe(400);
    expect((await act(szf, "city-approve", { opinion: "同意" })).statusCode).toBe(409);
    expect((await act(czj, "finance-approve", { opinion: "同意" })).json().status).toBe("IN_REVIEW");
    const rejected = await act(jxj, "industry-reject", { reason: "企业乙贴息凭证不全" });
    expect(rejected.json()).toMatchObject({ status: "RETURNED", holders: ["GUARANTOR"] });
    expect((await act(danbao, "submit", { opinion: "已补齐凭证" })).json()).toMatchObject({
      status: "IN_REVIEW",
      financeReview: "PENDING",
      industryReview: "PENDING",
    });
    await act(czj, "finance-approve", { opinion: "同意" });
    expect((await act(jxj, "industry-approve", { opinion: "同意" })).json().status).toBe("AWAITING_APPROVAL");
    expect((await act(szf, "city-approve", { opinion: "同意拨付" })).json().status).toBe("APPROVED");
    expect((await account("PAYABLE")).kind).toBe("PAYABLE");

    // Before paying, the guarantor sees each payee's account from the registry.
    const approved = (await danbao.get(`/api/v1/fund-payments/${paymentId}`)).json();
    expect(approved.lines[0].payeeAccount).toEqual(GUARANTOR_ACCOUNT);
    const [first, second] = approved.lines as { id: string }[];
    // No line is paid without the bank's transfer reference (流水号): refused, naming the field and line.
    const withoutReference = await act(danbao, "execute", {
      idempotencyKey: "pay-2026-0000",
      transfers: [{ lineId: first?.id ?? "", transferReference: "ICBC20261230000123" }],
    });
    expect(withoutReference.statusCode).toBe(400);
    expect(withoutReference.json().errors[0]).toMatchObject({
      field: "transfers",
      rule: "transfer-reference-required",
    });
    expect(withoutReference.json().errors[0].message).toContain("第 2 项");
    const unchanged = (await danbao.get(`/api/v1/fund-payments/${paymentId}`)).json();
    expect(unchanged).toMatchObject({ status: "APPROVED", paidLineCount: 0 });
    expect(
      unchanged.lines.map((line: { transferReference: string | null }) => line.transferReference),
    ).toEqual([null, null]);

    const transfers = [
      { lineId: first?.id ?? "", transferReference: "ICBC20261230000123" },
      { lineId: second?.id ?? "", transferReference: "ICBC20261230000124" },
    ];
    const paid = await act(danbao, "execute", { idempotencyKey: "pay-2026-0001", transfers });
    expect(paid.statusCode).toBe(200);
    expect(paid.json()).toMatchObject({ status: "PAID", paidLineCount: 2 });
    // Created and paid on the business date, not the machine's.
    expect(paid.json()).toMatchObject({ createdOn: "2026-12-30", paidOn: "2026-12-30" });
    expect(paid.json().lines).toMatchObject([
      { transferReference: "ICBC20261230000123", payeeAccount: GUARANTOR_ACCOUNT, paidOn: "2026-12-30" },
      { transferReference: "ICBC20261230000124", payeeAccount: GUARANTOR_ACCOUNT, paidOn: "2026-12-30" },
    ]);
    const again = await act(danbao, "execute", { idempotencyKey: "pay-2026-0001", transfers });
    expect(again.json()).toMatchObject({ status: "PAID", paidLineCount: 2 });
    expect((await account("FUND_CASH")).balance).toBe("913055.55");
    expect((await account("INTEREST_SUBSIDY_EXPENSE")).balance).toBe("86944.45");

    // The statement and both exports carry each transfer's 流水号 and the account paid into, dated by business date.
    const statement = (
      await czj.get(`/api/v1/funds/${fundId}/statement?from=2026-12-30&to=2026-12-30&pageSize=50`)
    ).json();
    const payouts = statement.entries.items.filter(
      (entry: { kind: string }) => entry.kind === "PAYMENT_PAID",
    );
    expect(payouts.map((entry: { decision: { line: unknown } }) => entry.decision.line)).toMatchObject([
      { lineNo: 1, transferReference: "ICBC20261230000123", payeeAccount: GUARANTOR_ACCOUNT },
      { lineNo: 2, transferReference: "ICBC20261230000124", payeeAccount: GUARANTOR_ACCOUNT },
    ]);
    expect(payouts.map((entry: { effectiveOn: string }) => entry.effectiveOn)).toEqual([
      "2026-12-30",
      "2026-12-30",
    ]);
    const statementBook = await workbookOf(
      (await czj.get(`/api/v1/funds/${fundId}/statement/export?from=2026-12-30&to=2026-12-30`)).rawPayload,
    );
    const statementRows = sheetRows(statementBook.getWorksheet("资金明细账"));
    const header = statementRows[0] ?? [];
    const paidRow = statementRows.find((row) => row.includes("ICBC20261230000124")) ?? [];
    expect(paidRow[header.indexOf("记账日期")]).toBe("2026-12-30");
    expect(paidRow[header.indexOf("银行流水号")]).toBe("ICBC20261230000124");
    expect(paidRow[header.indexOf("收款账户")]).toContain(GUARANTOR_ACCOUNT.number);
    const paymentBook = await workbookOf(
      (await czj.get(`/api/v1/fund-payments/${paymentId}/export`)).rawPayload,
    );
    const paymentRows = sheetRows(paymentBook.getWorksheet("支付明细"));
    const paymentHeader = paymentRows[0] ?? [];
    const line2 = paymentRows.find((row) => row[0] === "2") ?? [];
    expect(line2[paymentHeader.indexOf("银行流水号")]).toBe("ICBC20261230000124");
    expect(line2[paymentHeader.indexOf("收款账号")]).toBe(GUARANTOR_ACCOUNT.number);
    expect(line2[paymentHeader.indexOf("开户银行")]).toBe(GUARANTOR_ACCOUNT.bank);
    expect(line2[paymentHeader.indexOf("拨付日期")]).toBe("2026-12-30");

    const history = paid.json().history as { action: string; businessDate: string }[];
    expect(new Set(history.map((entry) => entry.businessDate))).toEqual(new Set(["2026-12-30"]));
    expect(history.map((entry) => entry.action)).toEqual([
      "create",
      "submit",
      "finance-approve",
      "industry-reject",
      "submit",
      "finance-approve",
      "industry-approve",
      "city-approve",
      "execute",
      "paid",
    ]);
    // Trial balance: every fen debited somewhere was credited somewhere, and the totals are the transfers'.
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

  it("refuses a payment the fund cannot cover, changing nothing, and a balance never goes negative", async () => {
    const paymentId = await createTestPayment(ctx, fundId, [{ name: "企业丙", amountFen: 100_000_000n }]);
    for (const [client, action] of [
      [danbao, "submit"],
      [czj, "finance-approve"],
      [jxj, "industry-approve"],
      [szf, "city-approve"],
    ] as const) {
      const { version } = (await client.get(`/api/v1/fund-payments/${paymentId}`)).json();
      await client.post(`/api/v1/fund-payments/${paymentId}/actions`, { action, version, opinion: "同意" });
    }
    const { version } = (await danbao.get(`/api/v1/fund-payments/${paymentId}`)).json();
    const refused = await danbao.post(`/api/v1/fund-payments/${paymentId}/actions`, {
      action: "execute",
      version,
      idempotencyKey: "pay-too-much",
      transfers: await transfersOf(ctx.database.db, paymentId),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors[0].rule).toBe("insufficient-balance");
    expect((await danbao.get(`/api/v1/fund-payments/${paymentId}`)).json().status).toBe("APPROVED");
    expect((await account("FUND_CASH")).balance).toBe("913055.55");
    const negative = await ctx.database.db
      .select()
      .from(fundAccounts)
      .where(
        sql`case when ${fundAccounts.normalSide} = 'debit' then ${fundAccounts.debitsFen} < ${fundAccounts.creditsFen} else ${fundAccounts.creditsFen} < ${fundAccounts.debitsFen} end`,
      );
    expect(negative).toEqual([]);
    // The database itself refuses an overdraft, whatever the code above it does.
    const [cash] = await ctx.database.db
      .select()
      .from(fundAccounts)
      .where(eq(fundAccounts.kind, "FUND_CASH"));
    await expect(
      ctx.database.db
        .update(fundAccounts)
        .set({ creditsFen: sql`${fundAccounts.debitsFen} + 1` })
        .where(eq(fundAccounts.id, cash?.id ?? "")),
    ).rejects.toThrow();
  });

  it("corrects an appropriation only by reversing it, once", async () => {
    const posted = await appropriate(czj, "500.00", "approp-mistake-01", "误录");
    const postingId = posted.json().postingId;
    const reverse = (key: string) =>
      czj.post(`/api/v1/funds/${fundId}/postings/${postingId}/reversal`, {
        reason: "金额录入错误",
        date: "2026-01-16",
        idempotencyKey: key,
      });
    expect((await reverse("reverse-mistake-01")).statusCode).toBe(201);
    expect((await reverse("reverse-mistake-01")).statusCode).toBe(200);
    expect((await reverse("reverse-mistake-02")).statusCode).toBe(409);
    expect((await account("FUND_CASH")).balance).toBe("913055.55");
    const refusal = await ctx.database.db
      .execute(sql`delete from fund_transfers where posting_id = ${postingId}`)
      .catch((error: { cause?: Error }) => error.cause?.message);
    expect(refusal).toMatch(/insert-only/);
  });

  it("shows payments only to the fund's guarantor and the bureaus of its region", async () => {
    const icbc = await ctx.signIn("icbc.reviewer");
    expect((await icbc.get("/api/v1/fund-payments")).json().total).toBe(0);
    expect((await szf.get("/api/v1/fund-payments")).json().total).toBe(2);
    const waiting = (await danbao.get("/api/v1/fund-payments?waiting=true")).json();
    expect(waiting.items.map((p: { status: string }) => p.status)).toEqual(["APPROVED"]);
  });
});
