import { and, asc, countDistinct, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fundPaymentEvents, fundPaymentLines, fundPayments, fundPostings, funds } from "../../db/schema";
import {
  approvePayment,
  type ChainActors,
  chainActors,
  createFund,
  executeApproved,
  ledgerProblems,
} from "../../testing/fund-reliability";
import { useTestApp } from "../../testing/test-app";
import { TEST_DATABASE_KIND } from "../../testing/test-database";
import { appropriate } from "../ledger/funds.service";
import { LINES_PER_CHUNK } from "./payment-runs.service";
import { createPayment } from "./payments.service";

const TODAY = "2026-05-15";
/** A chunk and a quarter: the run needs two transactions, the second shorter. */
const LINES = LINES_PER_CHUNK + LINES_PER_CHUNK / 4;
const LINE_FEN = 100n;

describe(`a payment run pays its lines in chunks (${TEST_DATABASE_KIND})`, () => {
  const ctx = useTestApp();
  let actors: ChainActors;

  beforeAll(async () => {
    ctx.setToday(TODAY);
    actors = await chainActors(ctx.database.db);
  });

  /** An approved payment of LINES lines of 1.00 yuan to the guarantor, from a fund holding `cashFen`. */
  const approvedPayment = async (code: string, cashFen: bigint) => {
    const { db } = ctx.database;
    const fundId = await createFund(db, actors.guarantor.orgId, code);
    const [fund] = await db.select().from(funds).where(eq(funds.id, fundId));
    if (!fund) throw new Error("fund vanished");
    await appropriate(
      db,
      actors.finance,
      fundId,
      { amount: `${cashFen / 100n}.00`, date: TODAY, memo: "拨款", idempotencyKey: `${code}-budget` },
      null,
    );
    const paymentId = await db.transaction((tx) =>
      createPayment(tx, actors.guarantor, {
        fund,
        kind: "FEE_SUBSIDY",
        title: { zh: `分批拨付 ${code}`, en: `Paid in chunks ${code}` },
        lines: Array.from({ length: LINES }, (_, i) => ({
          subject: `FEE_SUBSIDY:${code}-${i}:2025`,
          beneficiary: { orgId: actors.guarantor.orgId, name: "danbao" },
          amountFen: LINE_FEN,
          working: { line: i },
        })),
      }),
    );
    const version = await approvePayment(db, actors, paymentId);
    const execute = () => executeApproved(db, actors, paymentId, version, `${code}-run`);
    return { paymentId, execute };
  };

  const paidLineNumbers = async (paymentId: string) =>
    (
      await ctx.database.db
        .select({ lineNo: fundPaymentLines.lineNo })
        .from(fundPaymentLines)
        .where(and(eq(fundPaymentLines.paymentId, paymentId), isNotNull(fundPaymentLines.paidAt)))
        .orderBy(asc(fundPaymentLines.lineNo))
    ).map((line) => line.lineNo);

  /** The transactions that paid the payment: a posting's recorded_at is its transaction's start. */
  const payingTransactions = async (paymentId: string) => {
    const [row] = await ctx.database.db
      .select({ n: countDistinct(fundPostings.recordedAt) })
      .from(fundPostings)
      .where(and(eq(fundPostings.paymentId, paymentId), eq(fundPostings.kind, "PAYMENT_PAID")));
    return row?.n ?? 0;
  };

  it(`pays ${LINES} lines in two transactions, each line once`, async () => {
    const { paymentId, execute } = await approvedPayment("CHUNKS-ALL", BigInt(LINES) * LINE_FEN);
    expect(await execute()).toBe("PAID");
    expect(await paidLineNumbers(paymentId)).toEqual(Array.from({ length: LINES }, (_, i) => i + 1));
    expect(await payingTransactions(paymentId)).toBe(2);
    expect(await ledgerProblems(ctx.database.db)).toEqual([]);
  });

  it("pays exactly the lines the fund can cover, in order, halving the refused chunk instead of going line by line", async () => {
    const covered = LINES_PER_CHUNK / 2 + 234;
    const { paymentId, execute } = await approvedPayment("CHUNKS-SHORT", BigInt(covered) * LINE_FEN);
    const refusal = await execute();
    expect(refusal).toBe("insufficient-balance");
    expect(await paidLineNumbers(paymentId)).toEqual(Array.from({ length: covered }, (_, i) => i + 1));
    // Halving from a chunk down to one line commits at most one transaction per halving; going line by
    // line after the first refusal would take one per line paid (1,234 here).
    expect(await payingTransactions(paymentId)).toBeLessThanOrEqual(
      Math.ceil(Math.log2(LINES_PER_CHUNK)) + 1,
    );
    const [payment] = await ctx.database.db.select().from(fundPayments).where(eq(fundPayments.id, paymentId));
    expect(payment?.status).toBe("APPROVED");
    const [last] = await ctx.database.db
      .select({ action: fundPaymentEvents.action, reason: fundPaymentEvents.reason })
      .from(fundPaymentEvents)
      .where(eq(fundPaymentEvents.paymentId, paymentId))
      .orderBy(asc(fundPaymentEvents.id))
      .then((events) => events.slice(-1));
    expect(last?.action).toBe("refused");
    expect(last?.reason).toMatch(/余额不足/);
    expect(await ledgerProblems(ctx.database.db)).toEqual([]);
  });
});
