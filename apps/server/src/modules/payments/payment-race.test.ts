import { formatYuan } from "@chanrong/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fundPaymentEvents, fundPaymentLines, fundPayments, fundPostings, funds } from "../../db/schema";
import { transfersOf } from "../../testing/fund";
import {
  approvePayment,
  type ChainActors,
  chainActors,
  createFund,
  ledgerProblems,
} from "../../testing/fund-reliability";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { TEST_DATABASE_KIND } from "../../testing/test-database";
import { appropriate } from "../ledger/funds.service";
import { cashBalance } from "../ledger/ledger.service";
import { createPayment } from "./payments.service";

const ON_POSTGRES = TEST_DATABASE_KIND === "postgres";
const RACERS = 32;
const CASH_FEN = 1_000_000n; // 10,000.00

if (!ON_POSTGRES) {
  console.warn(
    "\n⚠⚠⚠ payment-race.test.ts NOT RUN on PGlite: one connection cannot race. Run it with CHANRONG_TEST_DB=postgres. ⚠⚠⚠\n",
  );
}

/** Sizes from 100.00 to 1,499.99, different each round, adding up to well over the cash. */
const amountsFor = (round: number) =>
  Array.from({ length: RACERS }, (_, i) => BigInt(((round * 7_919 + i * 104_729) % 140_000) + 10_000));

describe.skipIf(!ON_POSTGRES)(
  `${RACERS} approved payments race for a fund of 10,000.00 (PostgreSQL only)`,
  () => {
    const ctx = useTestApp();
    let actors: ChainActors;
    let danbao: TestClient;

    beforeAll(async () => {
      actors = await chainActors(ctx.database.db);
      danbao = await ctx.signIn("danbao.reviewer");
    });

    it.each([1, 2, 3])(
      "round %i: exactly the payments that fit are paid, once each",
      async (round) => {
        const { db } = ctx.database;
        const fundId = await createFund(db, actors.guarantor.orgId, `RACE-${round}`);
        const [fund] = await db.select().from(funds).where(eq(funds.id, fundId));
        if (!fund) throw new Error("fund vanished");
        await appropriate(
          db,
          actors.finance,
          fundId,
          {
            amount: formatYuan(CASH_FEN),
            date: "2026-01-15",
            memo: "年度拨款",
            idempotencyKey: `race-${round}`,
          },
          null,
        );
        const amounts = amountsFor(round);
        const sum = amounts.reduce((total, fen) => total + fen, 0n);
        expect(sum).toBeGreaterThan(2n * CASH_FEN);
        const payments = [];
        for (const [index, amountFen] of amounts.entries()) {
          const id = await db.transaction((tx) =>
            createPayment(tx, actors.guarantor, {
              fund,
              kind: "RISK_COMPENSATION",
              title: {
                zh: `代偿补偿 第${round}轮 ${index + 1}`,
                en: `Compensation, round ${round}, ${index + 1}`,
              },
              lines: [
                {
                  subject: `RACE:${round}:${index}`,
                  beneficiary: { orgId: actors.guarantor.orgId, name: "十堰融资担保集团" },
                  amountFen,
                  working: { round, index },
                },
              ],
            }),
          );
          payments.push({ id, amountFen, version: await approvePayment(db, actors, id) });
        }

        const responses = await Promise.all(
          payments.map(async (payment) =>
            danbao.post(`/api/v1/fund-payments/${payment.id}/actions`, {
              action: "execute",
              version: payment.version,
              idempotencyKey: `race-${round}-${payment.id}`,
              transfers: await transfersOf(db, payment.id),
            }),
          ),
        );

        const rows = await db
          .select()
          .from(fundPayments)
          .where(
            inArray(
              fundPayments.id,
              payments.map((payment) => payment.id),
            ),
          );
        const statusOf = new Map(rows.map((row) => [row.id, row.status]));
        const paid = payments.filter((payment) => statusOf.get(payment.id) === "PAID");
        const refused = payments.filter((payment) => statusOf.get(payment.id) === "APPROVED");
        expect(paid.length + refused.length).toBe(RACERS);
        expect(paid.length).toBeGreaterThan(0);
        expect(refused.length).toBeGreaterThan(0);

        const finalCash = await cashBalance(db, fundId);
        const paidSum = paid.reduce((total, payment) => total + payment.amountFen, 0n);
        expect(finalCash).toBe(CASH_FEN - paidSum);
        expect(finalCash).toBeGreaterThanOrEqual(0n);

        for (const [index, payment] of payments.entries()) {
          const response = responses[index];
          const postings = await db
            .select({ line: fundPostings.paymentLineId })
            .from(fundPostings)
            .where(and(eq(fundPostings.paymentId, payment.id), eq(fundPostings.kind, "PAYMENT_PAID")));
          const lines = await db
            .select({ id: fundPaymentLines.id })
            .from(fundPaymentLines)
            .where(eq(fundPaymentLines.paymentId, payment.id));
          if (statusOf.get(payment.id) === "PAID") {
            expect(response?.statusCode).toBe(200);
            expect(response?.json()).toMatchObject({ status: "PAID", paidLineCount: 1 });
            expect(postings.map((posting) => posting.line).sort()).toEqual(
              lines.map((line) => line.id).sort(),
            );
            continue;
          }
          // Refused because, when it ran, the cash left was below its amount: and cash only fell since.
          expect(response?.statusCode).toBe(409);
          expect(response?.json().errors[0].rule).toBe("insufficient-balance");
          expect(payment.amountFen).toBeGreaterThan(finalCash);
          expect(postings).toEqual([]);
          const history = await db
            .select()
            .from(fundPaymentEvents)
            .where(eq(fundPaymentEvents.paymentId, payment.id))
            .orderBy(asc(fundPaymentEvents.id));
          expect(history.map((entry) => entry.action).slice(-2)).toEqual(["execute", "refused"]);
          expect(history.at(-1)).toMatchObject({ fromStatus: "PAYING", toStatus: "APPROVED" });
          expect(history.at(-1)?.reason).toMatch(/余额不足/);
        }
        expect(await ledgerProblems(db)).toEqual([]);
      },
      120_000,
    );
  },
);
