import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { fundPayments, fundPostings, funds } from "../../db/schema";
import { seedBaseline } from "../../demo/seed";
import { actorOfUser } from "../../platform/actor";
import { signInTo, startServer, until } from "../../testing/crash-server";
import { buildEnterpriseInput } from "../../testing/factories";
import { transfersOf } from "../../testing/fund";
import { ledgerProblems } from "../../testing/fund-reliability";
import { createThrowawayPostgres, TEST_DATABASE_KIND } from "../../testing/test-database";
import { createEnterprise } from "../enterprises/enterprises.service";
import { appropriate } from "../ledger/funds.service";
import { actOnPayment } from "../payments/payments.service";
import { submitApplication } from "./applications.service";
import { copyPreset, savePolicy } from "./policies.service";

const ON_POSTGRES = TEST_DATABASE_KIND === "postgres";
/** Reward payments approved and paid at once: enough for the kill to land while they are being paid. */
const REWARDS = 120;
const KILL_AFTER_PAID = 10;

if (!ON_POSTGRES) {
  console.warn(
    "\n⚠⚠⚠ incentive-crash.test.ts NOT RUN on PGlite: it kills a server sharing the database. Run it with CHANRONG_TEST_DB=postgres. ⚠⚠⚠\n",
  );
}

describe.skipIf(!ON_POSTGRES)(
  "reward payments killed with SIGKILL while being paid (PostgreSQL only)",
  () => {
    const cleanups: (() => Promise<unknown>)[] = [];
    afterAll(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    it(`pays each of ${REWARDS} rewards exactly once after a restart and the client's retries`, async () => {
      const throwaway = await createThrowawayPostgres();
      cleanups.push(() => throwaway.drop());
      const database = await openDatabase(throwaway.url);
      cleanups.push(() => database.close());
      const { db } = database;
      await database.migrate();
      const orgs = await seedBaseline(db);
      const [bureau, finance, industry, city, manager] = await Promise.all(
        ["cqjxw.operator", "cqczj.reviewer", "cqjxw.reviewer", "cqszf.reviewer", "cqdanbao.reviewer"].map(
          (user) => actorOfUser(db, user),
        ),
      );
      if (!bureau || !finance || !industry || !city || !manager) throw new Error("a seeded actor is missing");
      const [fund] = await db.select().from(funds).where(eq(funds.code, "CHONGQING-JGTX"));
      if (!fund) throw new Error("the seeded fund is missing");
      await appropriate(
        db,
        finance,
        fund.id,
        { amount: "100000000.00", date: "2026-01-15", memo: "年度奖励资金", idempotencyKey: "crash-rewards" },
        null,
      );
      const enterprise = await createEnterprise(
        db,
        bureau,
        buildEnterpriseInput({ districtCode: "500106" }, 9801),
        null,
      );
      await db.execute(
        sql`update organisations set enterprise_id = ${enterprise.id} where id = ${orgs.cqenterprise}`,
      );
      const applicant = await actorOfUser(db, "cqenterprise.operator");
      // A repeatable reward with no caps but its own: each application is a payment of its own.
      const policy = await copyPreset(
        db,
        bureau,
        { preset: "MERGER_ACQUISITION", regionCode: "500000", fundId: fund.id, from: "2026-01-01" },
        null,
      );
      // No evidence to attach to each and no yearly cap: the bureau sets the policy so.
      await savePolicy(
        db,
        bureau,
        policy.id,
        {
          policy: {
            ...policy.policy,
            evidence: [],
            caps: { ...policy.policy.caps, perEnterprisePerYear: null },
          },
          expectedVersion: 1,
          note: "测试:不设年度上限",
        },
        null,
      );
      const paymentIds: string[] = [];
      const versions = new Map<string, number>();
      for (let index = 0; index < REWARDS; index += 1) {
        const base = `${1_000_000 + index * 1_000}.00`;
        const { paymentId } = await submitApplication(
          db,
          applicant,
          { policyId: policy.id, base, evidence: [] },
          null,
        );
        let payment = await actOnPayment(
          db,
          finance,
          paymentId,
          { action: "finance-approve", version: 1, opinion: "同意" },
          null,
        );
        for (const [actor, action] of [
          [industry, "industry-approve"],
          [city, "city-approve"],
        ] as const) {
          payment = await actOnPayment(
            db,
            actor,
            paymentId,
            { action, version: payment.version, opinion: "同意" },
            null,
          );
        }
        paymentIds.push(paymentId);
        versions.set(paymentId, payment.version);
      }
      const statuses = async () =>
        db
          .select({ id: fundPayments.id, status: fundPayments.status })
          .from(fundPayments)
          .where(inArray(fundPayments.id, paymentIds));
      const paidCount = async () => (await statuses()).filter((row) => row.status === "PAID").length;

      // First life: the fund's manager pays them all at once; the server is killed a few payments in.
      const log: string[] = [];
      const first = await startServer(throwaway.url, log);
      cleanups.push(async () => first.child.kill("SIGKILL"));
      const session = await signInTo(first.base, "cqdanbao.reviewer");
      const transfers = new Map(
        await Promise.all(paymentIds.map(async (id) => [id, await transfersOf(db, id, id)] as const)),
      );
      const execute = (base: string, auth: { cookie: string; csrfToken: string }, id: string) =>
        fetch(`${base}/api/v1/fund-payments/${id}/actions`, {
          method: "POST",
          headers: {
            cookie: auth.cookie,
            "x-csrf-token": auth.csrfToken,
            "content-type": "application/json",
          },
          body: JSON.stringify({
            action: "execute",
            version: versions.get(id),
            idempotencyKey: `reward-run-${id}`,
            transfers: transfers.get(id),
          }),
        }).then(
          (response) => response.status,
          () => 0,
        );
      const running = Promise.all(paymentIds.map((id) => execute(first.base, session, id)));
      await until(`${KILL_AFTER_PAID} rewards paid`, 120, async () =>
        (await paidCount()) >= KILL_AFTER_PAID ? true : undefined,
      );
      first.child.kill("SIGKILL");
      await running;
      const paidAtCrash = await paidCount();
      expect(paidAtCrash).toBeGreaterThanOrEqual(KILL_AFTER_PAID);
      expect(paidAtCrash).toBeLessThan(REWARDS);
      expect(await ledgerProblems(db)).toEqual([]);

      // Second life: the platform finishes the runs it had started; the client retries the rest under the same keys.
      const second = await startServer(throwaway.url, log);
      cleanups.push(async () => second.child.kill("SIGTERM"));
      await until("no run left half done", 120, async () =>
        (await statuses()).some((row) => row.status === "PAYING") ? undefined : true,
      );
      const again = await signInTo(second.base, "cqdanbao.reviewer");
      const approvedStill = (await statuses())
        .filter((row) => row.status === "APPROVED")
        .map((row) => row.id);
      const retried = await Promise.all(approvedStill.map((id) => execute(second.base, again, id)));
      expect(retried.every((status) => status === 200)).toBe(true);
      // A retry of one already paid replays its answer and pays nothing.
      expect(await execute(second.base, again, paymentIds[0] ?? "")).toBe(200);

      expect(await paidCount()).toBe(REWARDS);
      const paidPostings = await db
        .select({ paymentId: fundPostings.paymentId })
        .from(fundPostings)
        .where(and(inArray(fundPostings.paymentId, paymentIds), eq(fundPostings.kind, "PAYMENT_PAID")));
      expect(paidPostings).toHaveLength(REWARDS);
      expect(new Set(paidPostings.map((row) => row.paymentId)).size).toBe(REWARDS);
      expect(await ledgerProblems(db)).toEqual([]);
    }, 600_000);
  },
);
