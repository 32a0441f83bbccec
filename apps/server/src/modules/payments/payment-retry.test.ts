import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fundPostings, funds } from "../../db/schema";
import { createTestPayment, transfersOf } from "../../testing/fund";
import {
  approvePayment,
  type ChainActors,
  chainActors,
  ledgerProblems,
} from "../../testing/fund-reliability";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { TEST_DATABASE_KIND } from "../../testing/test-database";
import { cashBalance } from "../ledger/ledger.service";

const RETRIES = 10;

describe(`retries: one key, one effect (${TEST_DATABASE_KIND})`, () => {
  const ctx = useTestApp();
  let fundId: string;
  let actors: ChainActors;
  let czj: TestClient;
  let danbao: TestClient;

  beforeAll(async () => {
    const [fund] = await ctx.database.db.select().from(funds);
    fundId = fund?.id ?? "";
    actors = await chainActors(ctx.database.db);
    [czj, danbao] = await Promise.all([ctx.signIn("czj.reviewer"), ctx.signIn("danbao.reviewer")]);
    const funded = await czj.post(`/api/v1/funds/${fundId}/appropriations`, {
      amount: "1000000.00",
      date: "2026-01-15",
      memo: "2026年度预算",
      idempotencyKey: "retry-budget-2026",
    });
    expect(funded.statusCode).toBe(201);
  });

  /** An approved payment of the seed's subsidies, and the body its execute request repeats. */
  const approvedPayment = async (key: string) => {
    const paymentId = await createTestPayment(ctx, fundId, [
      { name: "十堰精工 贴息", amountFen: 8_127_778n },
      { name: "担保集团 2025年担保费补贴", amountFen: 3_497_222n },
      { name: "担保集团 2026年担保费补贴", amountFen: 566_667n },
    ]);
    const version = await approvePayment(ctx.database.db, actors, paymentId);
    const transfers = await transfersOf(ctx.database.db, paymentId);
    const execute = () =>
      danbao.post(`/api/v1/fund-payments/${paymentId}/actions`, {
        action: "execute",
        version,
        idempotencyKey: key,
        transfers,
      });
    return { paymentId, execute };
  };

  const paidPostings = async (paymentId: string) =>
    ctx.database.db
      .select({ id: fundPostings.id })
      .from(fundPostings)
      .where(and(eq(fundPostings.paymentId, paymentId), eq(fundPostings.kind, "PAYMENT_PAID")));

  const TOTAL_FEN = 8_127_778n + 3_497_222n + 566_667n;

  it.each(["one after another", "all at once"])(
    `pays once when the same execute is sent ${RETRIES} times %s, and refuses another key afterwards`,
    async (how) => {
      const cashBefore = await cashBalance(ctx.database.db, fundId);
      const { paymentId, execute } = await approvedPayment(
        `retry-${how === "all at once" ? "parallel" : "serial"}-0001`,
      );
      const responses =
        how === "all at once"
          ? await Promise.all(Array.from({ length: RETRIES }, execute))
          : await Array.from({ length: RETRIES }).reduce<Promise<Awaited<ReturnType<typeof execute>>[]>>(
              async (done) => [...(await done), await execute()],
              Promise.resolve([]),
            );
      expect(responses.map((response) => response.statusCode)).toEqual(Array(RETRIES).fill(200));
      for (const response of responses) {
        expect(response.json()).toMatchObject({
          id: paymentId,
          status: "PAID",
          paidLineCount: 3,
          total: "121916.67",
        });
      }
      expect(await paidPostings(paymentId)).toHaveLength(3);
      expect(await cashBalance(ctx.database.db, fundId)).toBe(cashBefore - TOTAL_FEN);
      const history = responses[0]?.json().history.map((entry: { action: string }) => entry.action);
      expect(history.filter((action: string) => action === "execute")).toHaveLength(1);
      expect(history.at(-1)).toBe("paid");

      const { version } = (await danbao.get(`/api/v1/fund-payments/${paymentId}`)).json();
      const other = await danbao.post(`/api/v1/fund-payments/${paymentId}/actions`, {
        action: "execute",
        version,
        idempotencyKey: "retry-another-key",
        transfers: await transfersOf(ctx.database.db, paymentId),
      });
      expect(other.statusCode).toBe(409);
      expect(await paidPostings(paymentId)).toHaveLength(3);
      expect(await ledgerProblems(ctx.database.db)).toEqual([]);
    },
  );

  it(`records an appropriation sent ${RETRIES} times at once with one key as one posting`, async () => {
    const cashBefore = await cashBalance(ctx.database.db, fundId);
    const responses = await Promise.all(
      Array.from({ length: RETRIES }, () =>
        czj.post(`/api/v1/funds/${fundId}/appropriations`, {
          amount: "250000.00",
          date: "2026-03-01",
          memo: "追加风险补偿资金",
          idempotencyKey: "retry-appropriation-0001",
        }),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([
      ...Array(RETRIES - 1).fill(200),
      201,
    ]);
    expect(new Set(responses.map((response) => response.json().postingId)).size).toBe(1);
    const postings = await ctx.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(fundPostings)
      .where(eq(fundPostings.idempotencyKey, "retry-appropriation-0001"));
    expect(postings[0]?.n).toBe(1);
    expect(await cashBalance(ctx.database.db, fundId)).toBe(cashBefore + 25_000_000n);
    expect(await ledgerProblems(ctx.database.db)).toEqual([]);
  });
});
