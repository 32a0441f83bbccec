import { formatYuan } from "@chanrong/domain";
import { and, asc, count, eq, isNotNull, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import {
  fundPaymentEvents,
  fundPaymentLines,
  fundPayments,
  fundPostings,
  funds,
  fundTransfers,
} from "../../db/schema";
import { seedBaseline } from "../../demo/seed";
import { signInTo, startServer, until } from "../../testing/crash-server";
import { transfersOf } from "../../testing/fund";
import { approvePayment, chainActors, ledgerProblems } from "../../testing/fund-reliability";
import { createThrowawayPostgres, TEST_DATABASE_KIND } from "../../testing/test-database";
import { appropriate } from "../ledger/funds.service";
import { cashBalance } from "../ledger/ledger.service";
import { LINES_PER_CHUNK } from "./payment-runs.service";
import { createPayment } from "./payments.service";

const ON_POSTGRES = TEST_DATABASE_KIND === "postgres";
/** Four chunks of lines, each paid in a transaction of its own: enough for the kill to land mid-run. */
const LINES = 4 * LINES_PER_CHUNK;
/** Killed once this many lines are paid: well inside the run, far from its end. */
const KILL_AFTER_PAID = 100;

if (!ON_POSTGRES) {
  console.warn(
    "\n⚠⚠⚠ payment-crash.test.ts NOT RUN on PGlite: it kills a server sharing the database. Run it with CHANRONG_TEST_DB=postgres. ⚠⚠⚠\n",
  );
}

describe.skipIf(!ON_POSTGRES)(
  "a payment run killed with SIGKILL resumes after restart (PostgreSQL only)",
  () => {
    const cleanups: (() => Promise<unknown>)[] = [];
    afterAll(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    it(`pays every one of ${LINES} lines exactly once`, async () => {
      const throwaway = await createThrowawayPostgres();
      cleanups.push(() => throwaway.drop());
      const database = await openDatabase(throwaway.url);
      cleanups.push(() => database.close());
      const { db } = database;
      await database.migrate();
      const orgs = await seedBaseline(db);
      const actors = await chainActors(db);
      const [fund] = await db.select().from(funds);
      if (!fund) throw new Error("the seeded fund is missing");

      // A yearly batch to several beneficiaries, approved by the chain, with cash for all of it.
      const payees = ["danbao", "zaidanbao", "icbc", "hbbank"].map((key) => ({
        orgId: orgs[key] ?? "",
        name: key,
      }));
      const amounts = Array.from({ length: LINES }, (_, i) => BigInt(10_000 + ((i * 7_919) % 500_000)));
      const totalFen = amounts.reduce((sum, fen) => sum + fen, 0n);
      await appropriate(
        db,
        actors.finance,
        fund.id,
        {
          amount: formatYuan(totalFen + 10_000_000n),
          date: "2026-01-15",
          memo: "年度拨款",
          idempotencyKey: "crash-budget",
        },
        null,
      );
      const paymentId = await db.transaction((tx) =>
        createPayment(tx, actors.guarantor, {
          fund,
          kind: "FEE_SUBSIDY",
          title: { zh: "2025年度担保费补贴(批量)", en: "Guarantee-fee subsidy 2025 (batch)" },
          year: 2025,
          lines: amounts.map((amountFen, i) => {
            const beneficiary = payees[i % payees.length];
            if (!beneficiary) throw new Error("no payee");
            return { subject: `FEE_SUBSIDY:crash-${i}:2025`, beneficiary, amountFen, working: { line: i } };
          }),
        }),
      );
      const version = await approvePayment(db, actors, paymentId);
      const cashBefore = await cashBalance(db, fund.id);
      const paidLines = async () =>
        (
          await db
            .select({ n: count() })
            .from(fundPaymentLines)
            .where(and(eq(fundPaymentLines.paymentId, paymentId), isNotNull(fundPaymentLines.paidAt)))
        )[0]?.n ?? 0;

      // First life: start the run over HTTP and kill the server in the middle of it.
      const log: string[] = [];
      const first = await startServer(throwaway.url, log);
      cleanups.push(async () => first.child.kill("SIGKILL"));
      const { cookie, csrfToken } = await signInTo(first.base, "danbao.reviewer");
      const execute = fetch(`${first.base}/api/v1/fund-payments/${paymentId}/actions`, {
        method: "POST",
        headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
        body: JSON.stringify({
          action: "execute",
          version,
          idempotencyKey: "crash-run-0001",
          transfers: await transfersOf(db, paymentId),
        }),
      }).then(
        (response) => `answered ${response.status}`,
        () => "connection lost",
      );
      await until(`${KILL_AFTER_PAID} paid lines`, 120, async () =>
        (await paidLines()) >= KILL_AFTER_PAID ? true : undefined,
      );
      const exited = new Promise((done) => first.child.once("exit", (_code, signal) => done(signal)));
      first.child.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");
      expect(await execute).toBe("connection lost");

      // Between lives: partly paid, and every paid line paid exactly once (a chunk of lines commits whole or not at all).
      const paidAtCrash = await paidLines();
      expect(paidAtCrash).toBeGreaterThanOrEqual(KILL_AFTER_PAID);
      expect(paidAtCrash).toBeLessThan(LINES);
      const [crashed] = await db.select().from(fundPayments).where(eq(fundPayments.id, paymentId));
      expect(crashed?.status).toBe("PAYING");
      expect(await ledgerProblems(db)).toEqual([]);

      // Second life: the startup job (paymentRunResumer) finishes the run.
      const restartedAt = Date.now();
      const second = await startServer(throwaway.url, log);
      cleanups.push(async () => second.child.kill("SIGTERM"));
      await until("the payment to be PAID", 180, async () => {
        const [row] = await db.select().from(fundPayments).where(eq(fundPayments.id, paymentId));
        return row?.status === "PAID" ? row : undefined;
      });
      console.info(
        `crash test: killed at ${paidAtCrash}/${LINES} lines paid; resumed and PAID ${((Date.now() - restartedAt) / 1000).toFixed(1)} s after the restart`,
      );

      expect(await paidLines()).toBe(LINES);
      const [cashOut] = await db
        .select({ postings: count(), total: sql<string>`coalesce(sum(${fundTransfers.amountFen}), 0)::text` })
        .from(fundPostings)
        .innerJoin(fundTransfers, eq(fundTransfers.postingId, fundPostings.id))
        .where(and(eq(fundPostings.paymentId, paymentId), eq(fundPostings.kind, "PAYMENT_PAID")));
      expect(cashOut?.postings).toBe(LINES);
      expect(BigInt(cashOut?.total ?? "0")).toBe(totalFen);
      expect(await cashBalance(db, fund.id)).toBe(cashBefore - totalFen);
      expect(await ledgerProblems(db)).toEqual([]);
      const history = await db
        .select({ action: fundPaymentEvents.action })
        .from(fundPaymentEvents)
        .where(eq(fundPaymentEvents.paymentId, paymentId))
        .orderBy(asc(fundPaymentEvents.id));
      expect(history.map((entry) => entry.action).slice(-2)).toEqual(["execute", "paid"]);
    }, 420_000);
  },
);
