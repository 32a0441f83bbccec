import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fundPostings, funds } from "../../db/schema";
import { createTestPayment, transfersOf } from "../../testing/fund";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { TEST_DATABASE_KIND } from "../../testing/test-database";

const ROUNDS = 50;

/** Seed 002 art. 11(6): the finance and industry bureaus review a payment in parallel (ADR 017). */
describe(`parallel bureau reviews of a fund payment (${TEST_DATABASE_KIND})`, () => {
  const ctx = useTestApp();
  let fundId: string;
  let danbao: TestClient;
  let czj: TestClient;
  let jxj: TestClient;
  let szf: TestClient;

  beforeAll(async () => {
    const [fund] = await ctx.database.db.select().from(funds);
    fundId = fund?.id ?? "";
    [danbao, czj, jxj, szf] = await Promise.all([
      ctx.signIn("danbao.reviewer"),
      ctx.signIn("czj.reviewer"),
      ctx.signIn("jxj.reviewer"),
      ctx.signIn("szf.reviewer"),
    ]);
    const funded = await czj.post(`/api/v1/funds/${fundId}/appropriations`, {
      amount: "100000.00",
      date: "2026-01-15",
      memo: "2026年度预算",
      idempotencyKey: "parallel-review-budget",
    });
    expect(funded.statusCode).toBe(201);
  });

  const path = (id: string) => `/api/v1/fund-payments/${id}`;
  const post = (client: TestClient, id: string, body: Record<string, unknown>) =>
    client.post(`${path(id)}/actions`, body);
  /** Takes a step at the payment's current version; returns the payment after it. */
  const step = async (client: TestClient, id: string, body: Record<string, unknown>) => {
    const { version } = (await client.get(path(id))).json();
    const response = await post(client, id, { version, ...body });
    if (response.statusCode !== 200) throw new Error(response.body);
    return response.json();
  };
  /** A payment both bureaus are reviewing, and the version they read it at. */
  const inReview = async (amountFen = 10_000n) => {
    const id = await createTestPayment(ctx, fundId, [{ name: "十堰精工 贴息", amountFen }]);
    const { version } = await step(danbao, id, { action: "submit", opinion: "核算无误" });
    return { id, version: version as number };
  };
  const FINANCE_APPROVES = { action: "finance-approve", opinion: "同意" };
  const INDUSTRY_APPROVES = { action: "industry-approve", opinion: "同意" };

  it(`${ROUNDS} rounds of simultaneous approvals: no 409, and it goes to the city government exactly once`, async () => {
    const statuses: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { id, version } = await inReview();
      const responses = await Promise.all([
        post(czj, id, { version, ...FINANCE_APPROVES }),
        post(jxj, id, { version, ...INDUSTRY_APPROVES }),
      ]);
      statuses.push(...responses.map((response) => response.statusCode));
      const final = (await szf.get(path(id))).json();
      expect(final).toMatchObject({
        status: "AWAITING_APPROVAL",
        financeReview: "APPROVED",
        industryReview: "APPROVED",
        holders: ["CITY_GOVERNMENT"],
        version: version + 2,
        availableActions: ["city-approve", "city-reject"],
      });
      const decisions = final.history.slice(2);
      expect(decisions.map((entry: { action: string }) => entry.action).sort()).toEqual([
        "finance-approve",
        "industry-approve",
      ]);
      expect(decisions.map((entry: { toStatus: string }) => entry.toStatus)).toEqual([
        "IN_REVIEW",
        "AWAITING_APPROVAL",
      ]);
    }
    const conflicts = statuses.filter((status) => status === 409).length;
    console.info(
      `parallel finance + industry approvals (${TEST_DATABASE_KIND}): ${ROUNDS} rounds, ${conflicts} × 409`,
    );
    expect(statuses).toEqual(Array(2 * ROUNDS).fill(200));
  }, 300_000);

  it("refuses an approval read before the payment was returned and resubmitted, and changes nothing", async () => {
    const { id, version } = await inReview();
    await step(czj, id, { action: "finance-reject", reason: "附件不全" });
    await step(danbao, id, { action: "submit", opinion: "已补齐附件" });
    const before = (await jxj.get(path(id))).json();
    const stale = await post(jxj, id, { version, ...INDUSTRY_APPROVES });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0]).toMatchObject({ field: "version", rule: "stale-version" });
    expect((await jxj.get(path(id))).json()).toEqual(before);
    // Read again, the same decision goes through.
    expect((await post(jxj, id, { version: before.version, ...INDUSTRY_APPROVES })).statusCode).toBe(200);
  });

  it("executes only at the version read; a retry of the same run is known by its key", async () => {
    const { id } = await inReview(25_000n);
    await step(czj, id, FINANCE_APPROVES);
    await step(jxj, id, INDUSTRY_APPROVES);
    const { version } = await step(szf, id, { action: "city-approve", opinion: "同意拨付" });
    const paidLines = async () =>
      (await ctx.database.db.select().from(fundPostings).where(eq(fundPostings.paymentId, id))).filter(
        (posting) => posting.kind === "PAYMENT_PAID",
      );
    const stale = await post(danbao, id, {
      action: "execute",
      version: version - 1,
      idempotencyKey: "exec-stale",
      transfers: await transfersOf(ctx.database.db, id),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0].rule).toBe("stale-version");
    expect((await danbao.get(path(id))).json()).toMatchObject({ status: "APPROVED", version });
    expect(await paidLines()).toEqual([]);

    const current = { action: "execute", version, idempotencyKey: "exec-current" };
    const transfers = await transfersOf(ctx.database.db, id);
    const paid = await post(danbao, id, { ...current, transfers });
    expect(paid.json()).toMatchObject({ status: "PAID", paidLineCount: 1 });
    const retried = await post(danbao, id, { ...current, transfers });
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ status: "PAID", paidLineCount: 1 });
    expect(await paidLines()).toHaveLength(1);
  });
});
