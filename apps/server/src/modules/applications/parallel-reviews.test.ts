import { beforeAll, describe, expect, it } from "vitest";
import { applicationBody, registerEligibleEnterprise, takeStep } from "../../testing/applications";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { TEST_DATABASE_KIND } from "../../testing/test-database";

const ROUNDS = 50;

/** SPEC §3.1 step 3: the bank and the guarantor review in parallel, each independent (ADR 017). */
describe(`parallel bank and guarantor reviews (${TEST_DATABASE_KIND})`, () => {
  const ctx = useTestApp();
  let enterprise: TestClient;
  let bureau: TestClient;
  let bank: TestClient;
  let guarantor: TestClient;

  beforeAll(async () => {
    await registerEligibleEnterprise(ctx, 6801);
    enterprise = await ctx.signIn("enterprise.operator");
    bureau = await ctx.signIn("jxj.reviewer");
    bank = await ctx.signIn("icbc.reviewer");
    guarantor = await ctx.signIn("danbao.reviewer");
  });

  /** An application of 10万元 both reviewers are reviewing, and the version they read it at. */
  const underReview = async () => {
    const created = await enterprise.post(
      "/api/v1/applications",
      applicationBody(ctx, { amount: "100000.00" }),
    );
    if (created.statusCode !== 201) throw new Error(created.body);
    const { id } = created.json() as { id: string };
    await takeStep(enterprise, id, { action: "submit" });
    const { version } = await takeStep(bureau, id, { action: "recommend", opinion: "同意推荐" });
    return { id, version: version as number };
  };
  const decide = (client: TestClient, id: string, version: number, body: Record<string, unknown>) =>
    client.post(`/api/v1/applications/${id}/actions`, { version, ...body });
  const BANK_APPROVES = { action: "bank-approve", opinion: "同意贷款" };
  const GUARANTOR_APPROVES = { action: "guarantor-approve", opinion: "同意担保" };

  it(`${ROUNDS} rounds of simultaneous approvals: no 409, and the review completes exactly once`, async () => {
    const statuses: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { id, version } = await underReview();
      const responses = await Promise.all([
        decide(bank, id, version, BANK_APPROVES),
        decide(guarantor, id, version, GUARANTOR_APPROVES),
      ]);
      statuses.push(...responses.map((response) => response.statusCode));
      const final = (await bank.get(`/api/v1/applications/${id}`)).json();
      expect(final).toMatchObject({
        status: "APPROVED",
        bankReview: "APPROVED",
        guarantorReview: "APPROVED",
        holders: ["BANK"],
        version: version + 2,
      });
      const decisions = final.history.slice(3);
      expect(decisions.map((step: { action: string }) => step.action).sort()).toEqual([
        "bank-approve",
        "guarantor-approve",
      ]);
      // The first approval leaves it under review; the second, whichever it is, completes it.
      expect(decisions.map((step: { toStatus: string }) => step.toStatus)).toEqual([
        "UNDER_REVIEW",
        "APPROVED",
      ]);
      expect(final.clocks.filter((clock: { running: boolean }) => clock.running)).toEqual([]);
    }
    const conflicts = statuses.filter((status) => status === 409).length;
    console.info(
      `parallel bank + guarantor approvals (${TEST_DATABASE_KIND}): ${ROUNDS} rounds, ${conflicts} × 409`,
    );
    expect(statuses).toEqual(Array(2 * ROUNDS).fill(200));
  }, 300_000);

  it("takes a decision read before the other party's, and refuses one read before a change to its own review", async () => {
    const { id, version } = await underReview();
    await takeStep(bank, id, { action: "bank-request-materials", opinion: "请补充近三年审计报告" });
    await takeStep(enterprise, id, { action: "provide-materials", target: "bank", opinion: "已上传" });
    // The guarantor read the application before the bank's exchange with the enterprise: still its own to decide.
    expect((await decide(guarantor, id, version, GUARANTOR_APPROVES)).statusCode).toBe(200);
    // The bank's approval read before it asked for materials decides on what has changed since.
    const before = (await bank.get(`/api/v1/applications/${id}`)).json();
    const stale = await decide(bank, id, version, BANK_APPROVES);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0]).toMatchObject({ field: "version", rule: "optimistic-lock" });
    const future = await decide(bank, id, before.version + 1, BANK_APPROVES);
    expect(future.statusCode).toBe(409);
    expect((await bank.get(`/api/v1/applications/${id}`)).json()).toEqual(before);
    expect((await decide(bank, id, before.version, BANK_APPROVES)).json().status).toBe("APPROVED");
  });

  it("refuses an approval read before the other party rejected, and changes nothing", async () => {
    const { id, version } = await underReview();
    await takeStep(guarantor, id, { action: "guarantor-reject", reason: "反担保措施不足" });
    const before = (await bank.get(`/api/v1/applications/${id}`)).json();
    const stale = await decide(bank, id, version, BANK_APPROVES);
    expect(stale.statusCode).toBe(409);
    expect((await bank.get(`/api/v1/applications/${id}`)).json()).toEqual(before);
    expect(before).toMatchObject({ status: "REJECTED", bankReview: "CLOSED", guarantorReview: "REJECTED" });
  });

  it("lets a rejection and a parallel approval both stand, ending the application rejected", async () => {
    const { id, version } = await underReview();
    const [approve, reject] = await Promise.all([
      decide(bank, id, version, BANK_APPROVES),
      decide(guarantor, id, version, { action: "guarantor-reject", reason: "反担保措施不足" }),
    ]);
    const final = (await bank.get(`/api/v1/applications/${id}`)).json();
    expect(reject.statusCode).toBe(200);
    expect(final).toMatchObject({ status: "REJECTED", guarantorReview: "REJECTED", holders: [] });
    // Approved first, the bank's approval stays on record; second, it meets a closed review (409).
    expect(final.bankReview).toBe(approve.statusCode === 200 ? "APPROVED" : "CLOSED");
    expect(
      approve.statusCode === 200 || approve.json().errors[0].rule === "action-not-allowed-in-state",
    ).toBe(true);
  });
});
