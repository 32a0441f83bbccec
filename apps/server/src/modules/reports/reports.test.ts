import {
  compensationOfLoss,
  feeSubsidyOfGuarantee,
  interestSubsidyOfLoan,
  type LoanEvent,
  loanPosition,
  riskSharingPreset,
  SHIYAN_CHANLIAN_LOAN,
} from "@chanrong/domain";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { applicationEvents, defaultCases, loanApplications, loanEvents, recoveries } from "../../db/schema";
import { actorFor, createTestPayment, theFund } from "../../testing/fund";
import { approveAndPay, insertTestLoan, SEED_LOAN_EVENTS } from "../../testing/fund-loans";
import { insertProgrammeLoan, type LoanEventSpec } from "../../testing/loan-factory";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { rowValues, workbookOf } from "../../testing/workbooks";
import { post } from "../ledger/ledger.service";
import { createPayment, type PaymentLineInput } from "../payments/payments.service";

describe("monthly programme report (seed 002 art. 17)", () => {
  const ctx = useTestApp();
  const loans: Record<string, string> = {};
  let czj: TestClient;

  const report = (client: TestClient, month: string, programme = "SHIYAN-CHANLIAN") =>
    client.get(`/api/v1/reports/programme-monthly?programme=${programme}&month=${month}`);

  const positionOf = (events: readonly LoanEventSpec[]) =>
    loanPosition(events.map((event, index): LoanEvent => ({ ...event, id: String(index), reverses: null })));

  /** When the imported application was submitted, and so (having no approval of its own) approved. */
  const submitted = (applicationId: string, submittedOn: string) =>
    ctx.database.db
      .update(loanApplications)
      .set({ submittedOn })
      .where(eq(loanApplications.id, applicationId));

  /** A payment of one line for a loan, taken through the chain and paid on `paidOn`. */
  async function pay(
    kind: "INTEREST_SUBSIDY" | "FEE_SUBSIDY" | "RISK_COMPENSATION",
    line: PaymentLineInput,
    paidOn: string,
  ) {
    const fund = await theFund(ctx);
    const actor = await actorFor(ctx, "danbao.reviewer");
    const paymentId = await ctx.database.db.transaction((tx) =>
      createPayment(tx, actor, {
        fund,
        kind,
        title: { zh: `${kind} ${paidOn}`, en: `${kind} ${paidOn}` },
        lines: [line],
      }),
    );
    ctx.setToday(paidOn);
    try {
      await approveAndPay(ctx, paymentId, `report-${paidOn}-${kind}`);
    } finally {
      ctx.setToday(null);
    }
  }

  const L4_EVENTS: LoanEventSpec[] = [
    { type: "DISBURSEMENT", date: "2025-01-10", amountFen: 100_000_000n },
    { type: "INTEREST_PAYMENT", date: "2025-06-30", amountFen: 3_000_000n },
    { type: "PRINCIPAL_REPAYMENT", date: "2025-12-10", amountFen: 100_000_000n },
    { type: "INTEREST_PAYMENT", date: "2025-12-10", amountFen: 3_000_000n },
  ];
  const L3_EVENTS: LoanEventSpec[] = [
    { type: "DISBURSEMENT", date: "2026-02-01", amountFen: 200_000_000n },
    { type: "PRINCIPAL_REPAYMENT", date: "2026-06-01", amountFen: 100_000_000n },
    { type: "OVERDUE", date: "2026-09-01", amountFen: 100_000_000n },
  ];

  beforeAll(async () => {
    const db = ctx.database.db;
    const fund = await theFund(ctx);
    const danbao = await actorFor(ctx, "danbao.reviewer");
    const hbbank = await actorFor(ctx, "hbbank.operator");
    const icbc = await actorFor(ctx, "icbc.operator");
    czj = await ctx.signIn("czj.reviewer");
    const appropriation = await czj.post(`/api/v1/funds/${fund.id}/appropriations`, {
      amount: "2000000.00",
      date: "2026-01-10",
      memo: "2026年度强链补链专项资金",
      idempotencyKey: "report-approp-2026",
    });
    expect(appropriation.statusCode).toBe(201);

    // L1: the seed's loan at ICBC; L4 settled at 湖北银行 in 2025; L3 at ICBC, overdue and defaulted;
    // L2 at 湖北银行 lent in the report month, with a wrong second disbursement reversed.
    loans.L1 = await insertTestLoan(ctx, SEED_LOAN_EVENTS, "icbc");
    await submitted(loans.L1, "2025-02-20");
    loans.L4 = await insertTestLoan(ctx, L4_EVENTS, "hbbank");
    await submitted(loans.L4, "2025-01-05");
    loans.L3 = await insertTestLoan(ctx, L3_EVENTS, "icbc");
    await submitted(loans.L3, "2026-01-20");
    loans.L2 = await insertTestLoan(
      ctx,
      [
        { type: "DISBURSEMENT", date: "2026-10-15", amountFen: 300_000_000n },
        { type: "DISBURSEMENT", date: "2026-10-16", amountFen: 50_000_000n },
      ],
      "hbbank",
    );
    // L2 went through the workflow: approved at 02:30 on 1 October in 十堰 (still 30 September in UTC),
    // contracts two weeks later; the approval is the first of these.
    await submitted(loans.L2, "2026-09-25");
    const step = (action: string, fromStatus: string, toStatus: string, at: string) => ({
      applicationId: loans.L2 ?? "",
      action,
      fromStatus,
      toStatus,
      actorUserId: hbbank.userId,
      actorOrgId: hbbank.orgId,
      at: new Date(at),
    });
    await db
      .insert(applicationEvents)
      .values([
        step("bank-approve", "UNDER_REVIEW", "APPROVED", "2026-09-30T18:30:00Z"),
        step("record-contracts", "APPROVED", "CONTRACTED", "2026-10-14T10:00:00+08:00"),
      ]);
    const [wrong] = await db
      .select({ id: loanEvents.id })
      .from(loanEvents)
      .where(and(eq(loanEvents.applicationId, loans.L2), eq(loanEvents.occurredOn, "2026-10-16")));
    await db.insert(loanEvents).values({
      applicationId: loans.L2,
      type: "DISBURSEMENT",
      occurredOn: "2026-10-17",
      amountFen: 50_000_000n,
      reverses: wrong?.id ?? null,
      note: "重复录入,冲正",
      recordedBy: hbbank.userId,
      recordedByOrg: hbbank.orgId,
    });
    // A 重庆 loan in the same month must not count towards 十堰's programme.
    const [l1] = await db.select().from(loanApplications).where(eq(loanApplications.id, loans.L1));
    await insertProgrammeLoan(db, {
      enterpriseId: l1?.enterpriseId ?? "",
      bankOrgId: ctx.orgs.icbc ?? "",
      guarantorOrgId: ctx.orgs.danbao ?? "",
      amountFen: 90_000_000n,
      programmeCode: "CHONGQING-JIGAI",
      events: [{ type: "DISBURSEMENT", date: "2026-10-05", amountFen: 90_000_000n }],
    });

    const feeRule = SHIYAN_CHANLIAN_LOAN.guaranteeFeeSubsidy;
    const fee2025 = (events: readonly LoanEventSpec[], chargedFen: bigint) => {
      const subsidy = feeSubsidyOfGuarantee(feeRule, 2025, positionOf(events), chargedFen);
      if (!subsidy) throw new Error("no fee subsidy");
      return subsidy;
    };
    const toGuarantor = { orgId: danbao.orgId, name: "十堰融资担保集团有限公司" };
    const l1Fee = fee2025(SEED_LOAN_EVENTS, 4_000_000n);
    expect(l1Fee.amountFen).toBe(3_497_222n);
    await pay(
      "FEE_SUBSIDY",
      {
        subject: `FEE_SUBSIDY:${loans.L1}:2025`,
        applicationId: loans.L1,
        beneficiary: toGuarantor,
        amountFen: l1Fee.amountFen,
        working: l1Fee.working,
      },
      "2026-02-15",
    );
    const l4Interest = interestSubsidyOfLoan(SHIYAN_CHANLIAN_LOAN.interestSubsidy, positionOf(L4_EVENTS));
    if (!l4Interest.eligible) throw new Error(l4Interest.reason.en);
    expect(l4Interest.amountFen).toBe(1_855_556n);
    const [l4] = await db.select().from(loanApplications).where(eq(loanApplications.id, loans.L4));
    await pay(
      "INTEREST_SUBSIDY",
      {
        subject: `INTEREST_SUBSIDY:${loans.L4}`,
        applicationId: loans.L4,
        beneficiary: { enterpriseId: l4?.enterpriseId ?? "", name: "贴息企业" },
        amountFen: l4Interest.amountFen,
        working: l4Interest.working,
      },
      "2026-05-20",
    );
    const l4Fee = fee2025(L4_EVENTS, 1_200_000n);
    expect(l4Fee.amountFen).toBe(927_778n);
    await pay(
      "FEE_SUBSIDY",
      {
        subject: `FEE_SUBSIDY:${loans.L4}:2025`,
        applicationId: loans.L4,
        beneficiary: toGuarantor,
        amountFen: l4Fee.amountFen,
        working: l4Fee.working,
      },
      "2026-10-09",
    );
    // L3 defaults: ICBC claims a loss of 1,000,000.00 under 4321; the fund pays 250,000.00.
    const compensation = compensationOfLoss(
      riskSharingPreset("4321"),
      positionOf(L3_EVENTS),
      100_000_000n,
      SHIYAN_CHANLIAN_LOAN.fundShareOfGuarantor,
    );
    expect(compensation.fundPaysFen).toBe(25_000_000n);
    const [defaultCase] = await db
      .insert(defaultCases)
      .values({
        applicationId: loans.L3,
        fundId: fund.id,
        status: "COMPENSATED",
        lossFen: 100_000_000n,
        scheme: "4321",
        claimedOn: "2026-10-20",
        claimReason: "到期未还",
        claimedBy: icbc.userId,
        compensatedOn: "2026-10-22",
        compensatedBy: danbao.userId,
        working: compensation.working,
      })
      .returning();
    await pay(
      "RISK_COMPENSATION",
      {
        subject: `RISK_COMPENSATION:${loans.L3}`,
        applicationId: loans.L3,
        beneficiary: toGuarantor,
        amountFen: compensation.fundPaysFen,
        working: compensation.working,
      },
      "2026-10-28",
    );
    // A payment for nothing in the programme moves the fund's cash but no programme figure.
    const stray = await createTestPayment(ctx, fund.id, [{ name: "其他", amountFen: 10_000n }]);
    ctx.setToday("2026-10-29");
    await approveAndPay(ctx, stray, "report-stray");
    ctx.setToday(null);
    // The guarantor recovers 100,000.00; the fund's part (31,250.00) comes back into its cash.
    const [recovery] = await db
      .insert(recoveries)
      .values({
        defaultCaseId: defaultCase?.id ?? "",
        recoveredOn: "2026-10-30",
        amountFen: 10_000_000n,
        distribution: { reguarantor: "5000000", guarantor: "1875000", fund: "3125000" },
        recordedBy: danbao.userId,
      })
      .returning();
    await db.transaction((tx) =>
      post(tx, {
        fundId: fund.id,
        idempotencyKey: `recovery:${recovery?.id}`,
        kind: "RECOVERY",
        effectiveOn: "2026-10-30",
        memo: "追偿款回收",
        legs: [{ debit: { kind: "FUND_CASH" }, credit: { kind: "RECOVERIES" }, amountFen: 3_125_000n }],
        recoveryId: recovery?.id ?? "",
        recordedBy: danbao,
      }),
    );
  });

  it("gives October 2026 per bank and per guarantor, every figure derived from the stored facts", async () => {
    const response = await report(czj, "2026-10");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      programme: { code: "SHIYAN-CHANLIAN" },
      month: "2026-10",
      from: "2026-10-01",
      to: "2026-10-31",
      fund: { code: "SHIYAN-QLBL", cashBalance: "1718344.44" },
    });
    const icbc = {
      applications: { inMonth: 0, cumulative: 2 },
      approvals: { inMonth: 0, cumulative: 2 },
      disbursed: { inMonth: "0.00", cumulative: "7000000.00" },
      outstanding: "1000000.00",
      loansOutstanding: 1,
      interestSubsidy: { inMonth: "0.00", cumulative: "0.00" },
      feeSubsidy: { inMonth: "0.00", cumulative: "34972.22" },
      defaults: { inMonth: 1, cumulative: 1 },
      defaultLoss: { inMonth: "1000000.00", cumulative: "1000000.00" },
      compensation: { inMonth: "250000.00", cumulative: "250000.00" },
      recoveries: { inMonth: "100000.00", cumulative: "100000.00" },
    };
    const hbbank = {
      applications: { inMonth: 0, cumulative: 2 },
      approvals: { inMonth: 1, cumulative: 2 },
      disbursed: { inMonth: "3000000.00", cumulative: "4000000.00" },
      outstanding: "3000000.00",
      loansOutstanding: 1,
      interestSubsidy: { inMonth: "0.00", cumulative: "18555.56" },
      feeSubsidy: { inMonth: "9277.78", cumulative: "9277.78" },
      defaults: { inMonth: 0, cumulative: 0 },
      defaultLoss: { inMonth: "0.00", cumulative: "0.00" },
      compensation: { inMonth: "0.00", cumulative: "0.00" },
      recoveries: { inMonth: "0.00", cumulative: "0.00" },
    };
    // In the order of their names in pinyin: 湖北 (Hubei) before 中国 (Zhongguo).
    expect(body.byBank).toEqual([
      { orgId: ctx.orgs.hbbank, name: "湖北银行十堰分行", ...hbbank },
      { orgId: ctx.orgs.icbc, name: "中国工商银行十堰分行", ...icbc },
    ]);
    const both = {
      applications: { inMonth: 0, cumulative: 4 },
      approvals: { inMonth: 1, cumulative: 4 },
      disbursed: { inMonth: "3000000.00", cumulative: "11000000.00" },
      outstanding: "4000000.00",
      loansOutstanding: 2,
      interestSubsidy: { inMonth: "0.00", cumulative: "18555.56" },
      feeSubsidy: { inMonth: "9277.78", cumulative: "44250.00" },
      defaults: { inMonth: 1, cumulative: 1 },
      defaultLoss: { inMonth: "1000000.00", cumulative: "1000000.00" },
      compensation: { inMonth: "250000.00", cumulative: "250000.00" },
      recoveries: { inMonth: "100000.00", cumulative: "100000.00" },
    };
    expect(body.byGuarantor).toEqual([{ orgId: ctx.orgs.danbao, name: "十堰融资担保集团有限公司", ...both }]);
    expect(body.total).toEqual(both);
  });

  it("keeps a twelve-month trend of lending, outstanding, payments and the fund's cash", async () => {
    const { trend } = (await report(czj, "2026-10")).json();
    expect(trend.map((month: { month: string }) => month.month)).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
    ]);
    const pick = (key: string) => trend.map((month: Record<string, string>) => month[key]);
    expect(pick("outstanding")).toEqual([
      "4000000.00",
      "3000000.00",
      "3000000.00",
      "5000000.00",
      "2000000.00",
      "2000000.00",
      "2000000.00",
      "1000000.00",
      "1000000.00",
      "1000000.00",
      "1000000.00",
      "4000000.00",
    ]);
    expect(pick("cashBalance")).toEqual([
      "0.00",
      "0.00",
      "2000000.00",
      "1965027.78",
      "1965027.78",
      "1965027.78",
      "1946472.22",
      "1946472.22",
      "1946472.22",
      "1946472.22",
      "1946472.22",
      "1718344.44",
    ]);
    expect(trend[3]).toMatchObject({ month: "2026-02", disbursed: "2000000.00", feeSubsidy: "34972.22" });
    expect(trend[6]).toMatchObject({ month: "2026-05", interestSubsidy: "18555.56" });
    expect(trend[11]).toMatchObject({
      disbursed: "3000000.00",
      feeSubsidy: "9277.78",
      compensation: "250000.00",
      recoveries: "100000.00",
    });
  });

  it("counts an approval on the day it was in 十堰, and stands at the end of an earlier month", async () => {
    const september = (await report(czj, "2026-09")).json();
    const hbbank = september.byBank.find((row: { orgId: string }) => row.orgId === ctx.orgs.hbbank);
    expect(hbbank).toMatchObject({
      applications: { inMonth: 1, cumulative: 2 },
      approvals: { inMonth: 0, cumulative: 1 },
      disbursed: { inMonth: "0.00", cumulative: "1000000.00" },
      outstanding: "0.00",
      loansOutstanding: 0,
    });
    expect(september.total.defaults).toEqual({ inMonth: 0, cumulative: 0 });
    expect(september.fund.cashBalance).toBe("1946472.22");
    const lastYear = (await report(czj, "2025-09")).json();
    const icbc = lastYear.byBank.find((row: { orgId: string }) => row.orgId === ctx.orgs.icbc);
    expect(icbc).toMatchObject({
      disbursed: { inMonth: "0.00", cumulative: "5000000.00" },
      outstanding: "3000000.00",
    });
  });

  it("is for the bureaus, the city government, the fund's guarantor and the platform; others are refused", async () => {
    for (const reader of ["szf.reviewer", "jxj.operator", "danbao.operator", "platform.admin"]) {
      const client = await ctx.signIn(reader);
      expect((await report(client, "2026-10")).statusCode).toBe(200);
    }
    const bank = await ctx.signIn("icbc.reviewer");
    expect((await report(bank, "2026-10")).statusCode).toBe(403);
    const chongqing = await ctx.signIn("cqjxw.reviewer");
    expect((await report(chongqing, "2026-10")).statusCode).toBe(404);
    expect((await report(czj, "2026-10", "NOPE")).statusCode).toBe(404);
    const badMonth = await report(czj, "2026-13");
    expect(badMonth.statusCode).toBe(400);
    expect(badMonth.json().errors[0].field).toBe("month");
  });

  it("exports the report to Excel, per bank, per guarantor and the trend", async () => {
    const response = await czj.get(
      "/api/v1/reports/programme-monthly/export?programme=SHIYAN-CHANLIAN&month=2026-10",
    );
    expect(response.statusCode).toBe(200);
    const workbook = await workbookOf(response.rawPayload);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["按银行", "按担保机构", "月度趋势"]);
    const banks = workbook.getWorksheet("按银行");
    expect(rowValues(banks, 1).slice(0, 3)).toEqual(["银行", "本月申请笔数", "累计申请笔数"]);
    const total = rowValues(banks, 4);
    expect(total[0]).toBe("合计");
    expect(total.slice(5, 7)).toEqual(["3000000.00", "11000000.00"]);
    expect(total.at(-2)).toBe("4000000.00");
    expect(rowValues(workbook.getWorksheet("月度趋势"), 13).at(-1)).toBe("1718344.44");
  });
});
