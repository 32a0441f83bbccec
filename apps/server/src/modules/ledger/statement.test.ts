import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fundAccounts } from "../../db/schema";
import { createTestPayment, theFund } from "../../testing/fund";
import { approveAndPay } from "../../testing/fund-loans";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { rowValues, workbookOf } from "../../testing/workbooks";

describe("fund statement (资金明细账)", () => {
  const ctx = useTestApp();
  let fundId: string;
  let czj: TestClient;
  const ids: Record<string, number> = {};

  const appropriate = async (amount: string, date: string, key: string, memo = "年度预算") => {
    const response = await czj.post(`/api/v1/funds/${fundId}/appropriations`, {
      amount,
      date,
      memo,
      idempotencyKey: key,
    });
    expect(response.statusCode).toBe(201);
    return response.json().postingId as number;
  };
  const statementOf = (client: TestClient, query: string) =>
    client.get(`/api/v1/funds/${fundId}/statement?${query}`);

  beforeAll(async () => {
    fundId = (await theFund(ctx)).id;
    czj = await ctx.signIn("czj.reviewer");
    ids.budget = await appropriate("1000000.00", "2026-01-15", "stmt-approp-0001");
    ids.mistake = await appropriate("500000.00", "2026-03-01", "stmt-approp-0002", "误录的追加拨款");
    const reversal = await czj.post(`/api/v1/funds/${fundId}/postings/${ids.mistake}/reversal`, {
      reason: "金额录入错误",
      date: "2026-03-05",
      idempotencyKey: "stmt-reverse-0002",
    });
    expect(reversal.statusCode).toBe(201);
    ids.reversal = reversal.json().postingId;
    const paymentId = await createTestPayment(ctx, fundId, [{ name: "企业甲", amountFen: 8_127_778n }]);
    ctx.setToday("2026-03-20");
    await approveAndPay(ctx, paymentId, "stmt-pay-0001");
    ctx.setToday(null);
    ids.late = await appropriate("200000.00", "2026-04-10", "stmt-approp-0003");
  });

  it("opens with the balance before the period, lists every posting with its decision and running cash, and closes", async () => {
    const response = await statementOf(czj, "from=2026-02-01&to=2026-03-31");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ from: "2026-02-01", to: "2026-03-31", openingCash: "1000000.00" });
    expect(body.closingCash).toBe("918722.22");
    const entries = body.entries.items;
    expect(body.entries.total).toBe(4);
    expect(
      entries.map((entry: Record<string, string>) => [
        entry.effectiveOn,
        entry.kind,
        entry.cashIn,
        entry.cashOut,
        entry.cashBalance,
      ]),
    ).toEqual([
      ["2026-03-01", "APPROPRIATION", "500000.00", "0.00", "1500000.00"],
      ["2026-03-05", "REVERSAL", "0.00", "500000.00", "1000000.00"],
      ["2026-03-20", "PAYMENT_APPROVED", "0.00", "0.00", "1000000.00"],
      ["2026-03-20", "PAYMENT_PAID", "0.00", "81277.78", "918722.22"],
    ]);
    const [mistake, reversal, approved, paid] = entries;
    // The reversal and what it reverses point at each other; both stay in the books.
    expect(mistake).toMatchObject({
      postingId: ids.mistake,
      reversedBy: ids.reversal,
      kindLabel: "财政拨款",
    });
    expect(reversal).toMatchObject({ postingId: ids.reversal, reverses: ids.mistake });
    expect(reversal.memo).toContain("金额录入错误");
    expect(reversal.recordedBy.orgName).toBe("十堰市财政局");
    // Every entry links to the decision that caused it: the payment and, when paid, the line.
    expect(approved.decision.payment.title).toBe("测试支付 企业甲");
    expect(approved.decision.line).toBeNull();
    expect(paid.decision).toMatchObject({
      payment: { kind: "INTEREST_SUBSIDY" },
      line: { lineNo: 1, beneficiary: "企业甲" },
    });
    expect(paid.movements).toEqual([
      { kind: "FUND_CASH", kindLabel: "专项资金存款", debit: "0.00", credit: "81277.78" },
      { kind: "PAYABLE", kindLabel: "应付款", debit: "81277.78", credit: "0.00" },
    ]);
    expect(approved.legs).toEqual([{ debit: "贷款贴息支出", credit: "应付款—企业甲", amount: "81277.78" }]);

    const totals = Object.fromEntries(
      body.totals.map(
        (row: { kind: string; opening: string; debits: string; credits: string; closing: string }) => [
          row.kind,
          [row.opening, row.debits, row.credits, row.closing],
        ],
      ),
    );
    expect(totals).toEqual({
      FUND_CASH: ["1000000.00", "500000.00", "581277.78", "918722.22"],
      APPROPRIATIONS: ["1000000.00", "500000.00", "500000.00", "1000000.00"],
      INTEREST_SUBSIDY_EXPENSE: ["0.00", "81277.78", "0.00", "81277.78"],
      PAYABLE: ["0.00", "81277.78", "81277.78", "0.00"],
    });
    expect(body.reconciliation).toMatchObject({
      reconciled: true,
      accountsMatchTransfers: true,
      debitsEqualCredits: true,
      totalDebits: "2362555.56",
      totalCredits: "2362555.56",
      transferred: "2362555.56",
      mismatches: [],
    });
  });

  it("pages the entries with the running balance carried across pages", async () => {
    const page = (await statementOf(czj, "from=2026-02-01&to=2026-03-31&page=2&pageSize=3")).json();
    expect(page.entries).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page.entries.items.map((entry: { cashBalance: string }) => entry.cashBalance)).toEqual([
      "918722.22",
    ]);
  });

  it("closes the whole year on the balance the accounts hold", async () => {
    const year = (await statementOf(czj, "from=2026-01-01&to=2026-12-31")).json();
    expect(year.openingCash).toBe("0.00");
    expect(year.closingCash).toBe("1118722.22");
    const fund = (await czj.get(`/api/v1/funds/${fundId}`)).json();
    const cash = fund.accounts.find((account: { kind: string }) => account.kind === "FUND_CASH");
    expect(cash.balance).toBe(year.closingCash);
    // A period before anything happened is empty, not an error.
    const before = (await statementOf(czj, "from=2025-01-01&to=2025-12-31")).json();
    expect(before).toMatchObject({ openingCash: "0.00", closingCash: "0.00", entries: { total: 0 } });
  });

  it("refuses a period that ends before it starts, and hides the fund from others", async () => {
    const backwards = await statementOf(czj, "from=2026-03-31&to=2026-02-01");
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0]).toMatchObject({ field: "to", rule: "period-order" });
    const missing = await statementOf(czj, "from=2026-03-31");
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe("to");
    for (const outsider of ["cqjxw.reviewer", "icbc.reviewer", "enterprise.operator"]) {
      const client = await ctx.signIn(outsider);
      expect((await statementOf(client, "from=2026-01-01&to=2026-12-31")).statusCode).toBe(404);
    }
    for (const reader of ["szf.reviewer", "jxj.operator", "danbao.operator", "platform.admin"]) {
      const client = await ctx.signIn(reader);
      expect((await statementOf(client, "from=2026-01-01&to=2026-12-31")).statusCode).toBe(200);
    }
  });

  it("exports the same statement to Excel: entries with balances, totals and the reconciliation", async () => {
    const response = await czj.get(`/api/v1/funds/${fundId}/statement/export?from=2026-02-01&to=2026-03-31`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    const workbook = await workbookOf(response.rawPayload);
    const entries = workbook.getWorksheet("资金明细账");
    expect(entries?.rowCount).toBe(7);
    expect(rowValues(entries, 2)).toEqual(["2026-02-01", undefined, "期初余额", ...Array(7), "1000000.00"]);
    const paid = (await statementOf(czj, "from=2026-02-01&to=2026-03-31")).json().entries.items[3];
    expect(rowValues(entries, 6).slice(0, 11)).toEqual([
      "2026-03-20",
      String(paid.postingId),
      "拨付",
      "拨付:测试支付 企业甲 第1项 企业甲",
      "测试支付 企业甲 · 第1项 企业甲",
      // The account paid into and the bank's transfer reference (流水号) the guarantor recorded.
      "十堰融资担保集团有限公司 · 中国工商银行十堰分行营业部 · 1810020109200087126",
      "LS-stmt-pay-0001-1",
      "借 应付款 81277.78;贷 专项资金存款 81277.78",
      "0.00",
      "81277.78",
      "918722.22",
    ]);
    expect(rowValues(entries, 7)[10]).toBe("918722.22");
    const check = workbook.getWorksheet("对账");
    expect(rowValues(check, 4)).toEqual(["对账结论", "已对平"]);
  });

  it("lists appropriations newest first, each reversible once by a reviewer of the finance bureau", async () => {
    const listed = (await czj.get(`/api/v1/funds/${fundId}/postings?kind=APPROPRIATION`)).json();
    expect(listed.total).toBe(3);
    expect(
      listed.items.map((item: { postingId: number; cashIn: string; mayReverse: boolean }) => [
        item.postingId,
        item.cashIn,
        item.mayReverse,
      ]),
    ).toEqual([
      [ids.late, "200000.00", true],
      [ids.mistake, "500000.00", false],
      [ids.budget, "1000000.00", true],
    ]);
    const operator = await ctx.signIn("czj.operator");
    const asOperator = (await operator.get(`/api/v1/funds/${fundId}/postings?kind=APPROPRIATION`)).json();
    expect(asOperator.items.map((item: { mayReverse: boolean }) => item.mayReverse)).toEqual([
      false,
      false,
      false,
    ]);
    expect((await czj.get(`/api/v1/funds/${fundId}/postings?kind=NOPE`)).statusCode).toBe(400);
  });

  it("pages a payment's lines and names who took each step of its history", async () => {
    const paymentId = await createTestPayment(ctx, fundId, [
      { name: "企业乙", amountFen: 100n },
      { name: "企业丙", amountFen: 200n },
      { name: "企业丁", amountFen: 300n },
    ]);
    const page = (await czj.get(`/api/v1/fund-payments/${paymentId}/lines?page=2&pageSize=2`)).json();
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items).toMatchObject([
      { lineNo: 3, beneficiaryName: "企业丁", amount: "3.00", paidAt: null },
    ]);
    const detail = (await czj.get(`/api/v1/fund-payments/${paymentId}`)).json();
    expect(detail.history).toMatchObject([
      {
        action: "create",
        actorName: "十堰融资担保集团有限公司 · 审核人",
        actorOrgName: "十堰融资担保集团有限公司",
        actorOrgType: "GUARANTOR",
      },
    ]);
    const bank = await ctx.signIn("icbc.reviewer");
    expect((await bank.get(`/api/v1/fund-payments/${paymentId}/lines`)).statusCode).toBe(404);
  });

  it("says the books do not reconcile when an account's kept totals differ from its transfers", async () => {
    const corrupt = (fen: number) =>
      ctx.database.db
        .update(fundAccounts)
        .set({ debitsFen: sql`${fundAccounts.debitsFen} + ${fen}` })
        .where(and(eq(fundAccounts.fundId, fundId), eq(fundAccounts.kind, "FUND_CASH")));
    await corrupt(100);
    try {
      const body = (await statementOf(czj, "from=2026-02-01&to=2026-03-31")).json();
      expect(body.reconciliation).toMatchObject({
        reconciled: false,
        accountsMatchTransfers: false,
        debitsEqualCredits: false,
        totalDebits: "2362556.56",
        totalCredits: "2362555.56",
        mismatches: [
          {
            kind: "FUND_CASH",
            recordedDebits: "1700001.00",
            transferDebits: "1700000.00",
            recordedCredits: "581277.78",
            transferCredits: "581277.78",
          },
        ],
      });
      // The statement itself is derived from the transfers, so its balances are unaffected.
      expect(body.closingCash).toBe("918722.22");
    } finally {
      await corrupt(-100);
    }
    const repaired = (await statementOf(czj, "from=2026-02-01&to=2026-03-31")).json();
    expect(repaired.reconciliation.reconciled).toBe(true);
  });
});
