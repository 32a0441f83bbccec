import { parseYuan } from "@chanrong/domain";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { funds, loanApplications, organisations } from "../../db/schema";
import { today } from "../../platform/clock";
import { approveAndPay, insertTestLoan } from "../../testing/fund-loans";
import type { LoanEventSpec } from "../../testing/loan-factory";
import { multipartFile } from "../../testing/multipart";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { rowValues, workbookOf } from "../../testing/workbooks";

/** SPEC §3.2's loan with the interest the bank recorded: 3.45% a year, 140,204.17 in all. */
const SEED_EVENTS: readonly LoanEventSpec[] = [
  { type: "DISBURSEMENT", date: "2025-03-10", amountFen: 500_000_000n },
  { type: "INTEREST_PAYMENT", date: "2025-09-10", amountFen: 8_816_667n },
  { type: "PRINCIPAL_REPAYMENT", date: "2025-09-10", amountFen: 200_000_000n },
  { type: "INTEREST_PAYMENT", date: "2026-03-10", amountFen: 5_203_750n },
  { type: "PRINCIPAL_REPAYMENT", date: "2026-03-10", amountFen: 300_000_000n },
];

/** The same principal, but only 75,000.00 of interest paid: the subsidy is capped there. */
const LOW_INTEREST_EVENTS: readonly LoanEventSpec[] = SEED_EVENTS.map((event) =>
  event.type === "INTEREST_PAYMENT"
    ? { ...event, amountFen: event.date === "2025-09-10" ? 5_000_000n : 2_500_000n }
    : event,
);

/** Overdue for nine days in 2025, then repaid in full: 按期结息 failed, so no subsidy (art. 14). */
const ONCE_OVERDUE_EVENTS: readonly LoanEventSpec[] = [
  ...SEED_EVENTS.slice(0, 2),
  { type: "OVERDUE", date: "2025-09-11", amountFen: 200_000_000n },
  { type: "PRINCIPAL_REPAYMENT", date: "2025-09-20", amountFen: 200_000_000n },
  { type: "OVERDUE_CLEARED", date: "2025-09-20", amountFen: 200_000_000n },
  ...SEED_EVENTS.slice(3),
];

const FORM = {
  address: "湖北省十堰市张湾区车城西路 18 号",
  legalRepresentative: "陈志强",
  phone: "0719-8123456",
  contactName: "李红",
  contactPhone: "13907191234",
  bankAccount: "中国工商银行十堰分行 4203000000000001",
  businessDevelopment: "2026 年营业收入 2.6 亿元,同比增长 12%。",
  enterpriseOpinion: "贷款已按期结息、到期结清,特申请贴息。",
};

const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(512, 0x20), Buffer.from("\n%%EOF\n")]);

interface LoanItem {
  applicationId: string;
  subsidy: Record<string, unknown> & { eligible: boolean };
  claim: { id: string; status: string } | null;
  payment: { id: string; status: string } | null;
  open: boolean;
}

describe("interest subsidy (贷款贴息): computation, 免申即享, the 贴息表 and its payment", () => {
  const ctx = useTestApp();
  let fundId: string;
  let seedLoan: string;
  let cappedLoan: string;
  let overdueLoan: string;
  let autoLoan: string;
  let enterprise: TestClient;
  let danbao: TestClient;
  let claimId: string;

  const loans = async (client: TestClient, query = "") =>
    (await client.get(`/api/v1/interest-subsidy/loans?pageSize=200${query}`)).json() as {
      items: LoanItem[];
      total: number;
    };
  const loanOf = async (client: TestClient, id: string) =>
    (await loans(client)).items.find((item) => item.applicationId === id);
  const claim = (body: Record<string, unknown> = {}) =>
    enterprise.post("/api/v1/interest-subsidy/claims", {
      applicationId: seedLoan,
      claimed: "81300.00",
      form: FORM,
      ...body,
    });
  const batch = (applicationIds: string[]) =>
    danbao.post("/api/v1/interest-subsidy/batches", { applicationIds });
  const account = async (kind: string, enterpriseId?: string) => {
    const fund = (await (await ctx.signIn("czj.reviewer")).get(`/api/v1/funds/${fundId}`)).json();
    return fund.accounts.find(
      (a: { kind: string; beneficiaryEnterpriseId: string | null }) =>
        a.kind === kind && (enterpriseId === undefined || a.beneficiaryEnterpriseId === enterpriseId),
    );
  };
  const enterpriseOf = async (applicationId: string) => {
    const [row] = await ctx.database.db
      .select({ enterpriseId: loanApplications.enterpriseId })
      .from(loanApplications)
      .where(eq(loanApplications.id, applicationId));
    return row?.enterpriseId ?? "";
  };

  beforeAll(async () => {
    const [fund] = await ctx.database.db.select().from(funds);
    fundId = fund?.id ?? "";
    seedLoan = await insertTestLoan(ctx, SEED_EVENTS);
    cappedLoan = await insertTestLoan(ctx, LOW_INTEREST_EVENTS, "hbbank");
    overdueLoan = await insertTestLoan(ctx, ONCE_OVERDUE_EVENTS);
    autoLoan = await insertTestLoan(ctx, SEED_EVENTS, "hbbank");
    // A loan still running is nobody's subsidy yet.
    await insertTestLoan(ctx, SEED_EVENTS.slice(0, 4));
    // The demo enterprise organisation speaks for the seed loan's borrower.
    await ctx.database.db
      .update(organisations)
      .set({ enterpriseId: await enterpriseOf(seedLoan) })
      .where(eq(organisations.id, ctx.orgs.enterprise ?? ""));
    enterprise = await ctx.signIn("enterprise.operator");
    danbao = await ctx.signIn("danbao.reviewer");
    ctx.setToday("2027-03-31");
  });

  it("computes the seed loan from the bank's events: 81,277.78 over 184 and 181 days, ACT/360", async () => {
    const listed = await loans(danbao);
    expect(listed.total).toBe(4);
    const seed = listed.items.find((item) => item.applicationId === seedLoan);
    expect(seed).toMatchObject({
      disbursed: "5000000.00",
      outstanding: "0.00",
      interestPaid: "140204.17",
      settledOn: "2026-03-10",
      termStart: "2025-03-10",
      termEnd: "2026-03-10",
      programme: { code: "SHIYAN-CHANLIAN", version: 1 },
      claim: null,
      payment: null,
      open: false,
      subsidy: {
        eligible: true,
        amount: "81277.78",
        window: { opensOn: "2027-04-01", closesOn: "2027-06-30" },
        windowState: "UPCOMING",
        working: {
          rate: "0.02",
          dayCount: "ACT/360",
          periods: [
            { from: "2025-03-10", to: "2025-09-10", days: 184, principal: "5000000.00", amount: "51111.11" },
            { from: "2025-09-10", to: "2026-03-10", days: 181, principal: "3000000.00", amount: "30166.67" },
          ],
          uncapped: "81277.78",
          cap: { basis: "interest-paid", amount: "140204.17" },
          capped: false,
          amount: "81277.78",
          rounding: "half-up-once-to-fen",
        },
      },
    });
  });

  it("caps the subsidy at the interest actually paid, and gives nothing to a loan that was ever overdue", async () => {
    expect((await loanOf(danbao, cappedLoan))?.subsidy).toMatchObject({
      eligible: true,
      amount: "75000.00",
      working: { uncapped: "81277.78", capped: true, cap: { amount: "75000.00" } },
    });
    const overdue = await loanOf(danbao, overdueLoan);
    expect(overdue?.subsidy.eligible).toBe(false);
    expect(overdue?.subsidy.reason).toMatch(/逾期/);
  });

  it("shows each enterprise only its own loans, and a bank nothing", async () => {
    const own = await loans(enterprise);
    expect(own.items.map((item) => item.applicationId)).toEqual([seedLoan]);
    expect((await loans(await ctx.signIn("icbc.reviewer"))).total).toBe(0);
    expect(
      (await (await ctx.signIn("icbc.reviewer")).get("/api/v1/interest-subsidy/claims")).json().total,
    ).toBe(0);
  });

  it("takes the 贴息表 only in Q2 of the next year, with the three vouchers, and only for one's own loan", async () => {
    const early = await claim();
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0]).toMatchObject({ field: "appliedOn", rule: "outside-application-window" });
    ctx.setToday("2027-07-01");
    expect((await claim()).json().errors[0].rule).toBe("outside-application-window");

    ctx.setToday("2027-04-01");
    const bare = await claim();
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors[0]).toMatchObject({ field: "vouchers", rule: "vouchers-required" });
    expect(bare.json().errors[0].message).toContain("借款凭证、结息凭证、还款凭证");
    for (const kind of ["LOAN_VOUCHER", "INTEREST_VOUCHER", "REPAYMENT_VOUCHER"]) {
      const uploaded = await enterprise.request({
        method: "POST",
        url: `/api/v1/applications/${seedLoan}/attachments`,
        ...multipartFile("file", `${kind}.pdf`, PDF, "application/pdf", { kind }),
      });
      expect(uploaded.statusCode).toBe(201);
    }
    expect((await claim({ applicationId: cappedLoan })).statusCode).toBe(404);
    expect((await claim({ claimed: "0.00" })).json().errors[0].field).toBe("claimed");
    expect((await claim({ form: { ...FORM, bankAccount: " " } })).json().errors[0].field).toBe(
      "form.bankAccount",
    );

    const first = await claim();
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: "SUBMITTED", appliedOn: "2027-04-01", mayWithdraw: true });
    const again = await claim();
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ field: "applicationId", rule: "already-claimed" });

    // Withdrawn to correct it, and filed again on the window's last day.
    const withdrawn = await enterprise.post(`/api/v1/interest-subsidy/claims/${first.json().id}/withdraw`, {
      version: first.json().version,
    });
    expect(withdrawn.json().status).toBe("WITHDRAWN");
    ctx.setToday("2027-06-30");
    const last = await claim();
    expect(last.statusCode).toBe(201);
    claimId = last.json().id;
  });

  it("lets the guarantor see the claim beside its computation, and nobody outside it", async () => {
    const listed = (await danbao.get("/api/v1/interest-subsidy/claims?status=SUBMITTED")).json();
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({
      id: claimId,
      claimed: "81300.00",
      difference: "22.22",
      loan: { subsidy: { amount: "81277.78" } },
      form: FORM,
    });
    const bank = await ctx.signIn("icbc.reviewer");
    expect((await bank.get(`/api/v1/interest-subsidy/claims/${claimId}`)).statusCode).toBe(404);
    expect((await bank.get(`/api/v1/interest-subsidy/claims/${claimId}/form`)).statusCode).toBe(404);
    const chongqing = await ctx.signIn("cqjxw.reviewer");
    expect((await chongqing.get(`/api/v1/interest-subsidy/claims/${claimId}`)).statusCode).toBe(404);
    // The industry bureau that reviews the payment may read it.
    expect(
      (await (await ctx.signIn("jxj.reviewer")).get(`/api/v1/interest-subsidy/claims/${claimId}`)).statusCode,
    ).toBe(200);
  });

  it("免申即享: refuses loans not eligible, claimed or out of window by name, and batches the rest", async () => {
    const overdue = await batch([autoLoan, overdueLoan]);
    expect(overdue.statusCode).toBe(400);
    expect(overdue.json().errors).toEqual([
      expect.objectContaining({ field: "applicationIds.1", rule: "not-eligible" }),
    ]);
    const claimed = await batch([seedLoan]);
    expect(claimed.statusCode).toBe(409);
    expect(claimed.json().errors[0]).toMatchObject({ field: "applicationIds.0", rule: "already-claimed" });
    expect(claimed.json().detail).toMatch(/已提交贴息申请/);
    ctx.setToday("2027-07-01");
    const late = await batch([autoLoan]);
    expect(late.statusCode).toBe(400);
    expect(late.json().errors[0]).toMatchObject({ rule: "outside-application-window" });
    expect(late.json().errors[0].message).toContain("2027-04-01至2027-06-30");
    expect(
      (
        await (
          await ctx.signIn("enterprise.reviewer")
        ).post("/api/v1/interest-subsidy/batches", {
          applicationIds: [autoLoan],
        })
      ).statusCode,
    ).toBe(403);

    ctx.setToday("2027-05-20");
    const created = await batch([autoLoan, cappedLoan]);
    expect(created.statusCode).toBe(201);
    const payment = (await danbao.get(`/api/v1/fund-payments/${created.json().paymentId}`)).json();
    expect(payment).toMatchObject({
      kind: "INTEREST_SUBSIDY",
      status: "DRAFT",
      total: "156277.78",
      year: 2027,
    });
    expect(
      payment.lines.map((line: { subject: string; amount: string }) => [line.subject, line.amount]),
    ).toEqual([
      [`INTEREST_SUBSIDY:${autoLoan}`, "81277.78"],
      [`INTEREST_SUBSIDY:${cappedLoan}`, "75000.00"],
    ]);
    expect(payment.lines[0].working.periods.map((period: { days: number }) => period.days)).toEqual([
      184, 181,
    ]);

    const twice = await batch([autoLoan]);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0]).toMatchObject({ field: "applicationIds.0", rule: "already-in-payment" });
    expect((await loanOf(danbao, autoLoan))?.payment).toMatchObject({ status: "DRAFT" });
  });

  it("pays a checked claim through the whole chain: the payable is settled and the expense rises by the subsidy", async () => {
    await (await ctx.signIn("czj.reviewer")).post(`/api/v1/funds/${fundId}/appropriations`, {
      amount: "1000000.00",
      date: "2027-01-10",
      memo: "2027年度预算",
      idempotencyKey: "approp-2027-interest",
    });
    const expenseBefore = (await account("INTEREST_SUBSIDY_EXPENSE"))?.balance ?? "0.00";
    const started = await danbao.post("/api/v1/interest-subsidy/claim-payments", { claimIds: [claimId] });
    expect(started.statusCode).toBe(201);
    const paymentId = started.json().paymentId;
    const again = await danbao.post("/api/v1/interest-subsidy/claim-payments", { claimIds: [claimId] });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ field: "claimIds.0", rule: "not-awaiting-accounting" });
    const read = async () => (await enterprise.get(`/api/v1/interest-subsidy/claims/${claimId}`)).json();
    expect(await read()).toMatchObject({
      status: "ACCOUNTING",
      mayWithdraw: false,
      payment: { id: paymentId },
    });
    const withdraw = await enterprise.post(`/api/v1/interest-subsidy/claims/${claimId}/withdraw`, {
      version: (await read()).version,
    });
    expect(withdraw.statusCode).toBe(409);

    // The guarantor's opinion fills 市担保集团意见; a bureau's rejection shows on the claim as returned.
    const act = async (username: string, action: string, extra: Record<string, string>) => {
      const client = await ctx.signIn(username);
      const { version } = (await client.get(`/api/v1/fund-payments/${paymentId}`)).json();
      return client.post(`/api/v1/fund-payments/${paymentId}/actions`, { action, version, ...extra });
    };
    await act("danbao.reviewer", "submit", { opinion: "经核算应贴息81,277.78元,同意报送" });
    // Dated by the business day the guarantor gave it (pinned here), not by the server's clock.
    expect(await read()).toMatchObject({
      status: "IN_REVIEW",
      guarantorOpinion: {
        text: "经核算应贴息81,277.78元,同意报送",
        by: "十堰融资担保集团有限公司",
        date: "2027-05-20",
      },
    });
    await act("czj.reviewer", "finance-reject", { reason: "结息凭证不清晰" });
    expect(await read()).toMatchObject({ status: "RETURNED", returnedReason: { reason: "结息凭证不清晰" } });

    const paid = await approveAndPay(ctx, paymentId, "pay-interest-claim-0001");
    // The line links what it pays for: the claim, its 贴息表 and its three vouchers; and where it went.
    const [line] = paid.lines;
    expect(line.source).toMatchObject({ claimId, defaultCaseId: null });
    expect(line.source.vouchers.map((voucher: { kind: string }) => voucher.kind).sort()).toEqual([
      "INTEREST_VOUCHER",
      "LOAN_VOUCHER",
      "REPAYMENT_VOUCHER",
    ]);
    expect(line.payeeAccount).toMatchObject({ name: line.beneficiaryName, bank: "中国工商银行十堰分行" });
    expect(line.payeeAccount.number).toMatch(/^4203/);
    expect(await read()).toMatchObject({ status: "PAID", payment: { paid: true, amount: "81277.78" } });
    const payable = await account("PAYABLE", await enterpriseOf(seedLoan));
    expect(payable).toMatchObject({ credits: "81277.78", debits: "81277.78", balance: "0.00" });
    const expenseAfter = (await account("INTEREST_SUBSIDY_EXPENSE"))?.balance;
    expect(parseYuan(expenseAfter) - parseYuan(expenseBefore)).toBe(8_127_778n);

    const form = await enterprise.get(`/api/v1/interest-subsidy/claims/${claimId}/form`);
    expect(form.headers["content-type"]).toMatch(/text\/html/);
    expect(form.body).toContain(">81,300.00 元<");
    expect(form.body).toContain(">140,204.17 元<");
    expect(form.body).toContain("十堰融资担保集团有限公司\n2027 年 5 月 20 日");
    const pdf = await danbao.get(`/api/v1/interest-subsidy/claims/${claimId}/form?format=pdf`);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // The payment's export carries the working: the line in words, and each period on its own row.
    const exported = await danbao.get(`/api/v1/fund-payments/${paymentId}/export`);
    expect(exported.headers["content-type"]).toMatch(/spreadsheetml/);
    const workbook = await workbookOf(exported.rawPayload);
    const [no, , , amount, paidOn, accountName, , , reference, working] = rowValues(
      workbook.getWorksheet("支付明细"),
      2,
    ) as string[];
    expect([no, amount, paidOn, reference]).toEqual([
      "1",
      "81,277.78",
      today(),
      "LS-pay-interest-claim-0001-1",
    ]);
    expect(accountName).toBe(line.beneficiaryName);
    expect(working).toContain("年化补贴率2%,ACT/360");
    expect(working).toContain("2025-03-10至2025-09-10 184天 × 本金5,000,000.00 × 2% / 360 = 51,111.11");
    expect(working).toContain("2025-09-10至2026-03-10 181天 × 本金3,000,000.00 × 2% / 360 = 30,166.67");
    expect(working).toContain("核定金额81,277.78(四舍五入到分,只舍入一次)");
    const periods = workbook.getWorksheet("计算明细");
    expect([rowValues(periods, 2)[4], rowValues(periods, 3)[4]]).toEqual(["184", "181"]);
    expect(periods?.rowCount).toBe(3);
    // Only those who may see the payment may export it.
    expect(
      (await (await ctx.signIn("icbc.reviewer")).get(`/api/v1/fund-payments/${paymentId}/export`)).statusCode,
    ).toBe(404);
  });
});
