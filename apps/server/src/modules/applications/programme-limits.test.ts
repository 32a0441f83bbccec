import { beforeAll, describe, expect, it } from "vitest";
import { applicationBody, registerDemoEnterprise, takeStep } from "../../testing/applications";
import { buildEnterpriseInput } from "../../testing/factories";
import { insertProgrammeLoan } from "../../testing/loan-factory";
import { type TestClient, useTestApp } from "../../testing/test-app";

/** Seed 002 art. 8: 单户最高不超过1000万元,期限最长不超过3年, refused at every decision (ADR 017). */
describe("the programme's ceilings refuse, other failed rules the bureau acknowledges", () => {
  const ctx = useTestApp();
  let enterpriseId: string;
  let enterprise: TestClient;
  let bureau: TestClient;
  let bank: TestClient;
  let guarantor: TestClient;

  beforeAll(async () => {
    // Meets every rule but the key-supported list, which the bureau may acknowledge.
    enterpriseId = await registerDemoEnterprise(
      ctx,
      buildEnterpriseInput(
        {
          districtCode: "420303",
          establishedOn: "2015-04-01",
          revenues: [
            { year: 2024, amount: "30000000.00" },
            { year: 2025, amount: "30000000.00" },
          ],
        },
        6701,
      ),
    );
    enterprise = await ctx.signIn("enterprise.operator");
    bureau = await ctx.signIn("jxj.reviewer");
    bank = await ctx.signIn("icbc.reviewer");
    guarantor = await ctx.signIn("danbao.reviewer");
  });

  const draft = async (amount: string, termMonths: number) => {
    const response = await enterprise.post(
      "/api/v1/applications",
      applicationBody(ctx, { amount, termMonths }),
    );
    if (response.statusCode !== 201) throw new Error(response.body);
    return response.json() as { id: string; version: number };
  };
  const post = async (client: TestClient, id: string, body: Record<string, unknown>) => {
    const { version } = (await client.get(`/api/v1/applications/${id}`)).json();
    return client.post(`/api/v1/applications/${id}/actions`, { version, ...body });
  };
  const ACKNOWLEDGED = {
    rules: ["key-supported-list"],
    reason: "列入名单的申请已报市政府,经局务会研究同意推荐",
  };

  it("refuses to submit 1,200万元 over 48 months, naming both ceilings, and changes nothing", async () => {
    const { id, version } = await draft("12000000.00", 48);
    const refused = await post(enterprise, id, { action: "submit" });
    expect(refused.statusCode).toBe(409);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.json().errors).toEqual([
      {
        field: "amount",
        rule: "amount-limit",
        message: "本次申请 1,200.00 万元,无其他在贷,超过单户上限 1,000 万元,尚可申请 1,000.00 万元",
      },
      {
        field: "termMonths",
        rule: "term-limit",
        message: "申请期限 48 个月,超过最长 36 个月",
      },
    ]);
    const after = (await enterprise.get(`/api/v1/applications/${id}`)).json();
    expect(after).toMatchObject({ status: "DRAFT", version, history: [{ action: "create" }] });
  });

  it("shows the bureau every failed rule, and recommends despite a soft one only with a reason, recorded", async () => {
    const { id } = await draft("3000000.00", 36);
    await takeStep(enterprise, id, { action: "submit" });
    const eligibility = (await bureau.get(`/api/v1/applications/${id}/eligibility`)).json();
    expect(eligibility.eligible).toBe(false);
    expect(eligibility.checks.filter((c: { passed: boolean }) => !c.passed)).toEqual([
      { rule: "key-supported-list", passed: false, reason: "未列入全市重点支持企业名单", hard: false },
    ]);
    expect(eligibility.checks.find((c: { rule: string }) => c.rule === "amount-limit")).toMatchObject({
      passed: true,
      hard: true,
    });

    const unacknowledged = await post(bureau, id, { action: "recommend", opinion: "同意推荐" });
    expect(unacknowledged.statusCode).toBe(400);
    expect(unacknowledged.json().errors[0]).toMatchObject({
      field: "acknowledgement.rules",
      rule: "acknowledgement-required",
    });
    expect(unacknowledged.json().errors[0].message).toContain("未列入全市重点支持企业名单");
    const blankReason = await post(bureau, id, {
      action: "recommend",
      opinion: "同意推荐",
      acknowledgement: { rules: ["key-supported-list"], reason: "   " },
    });
    expect(blankReason.statusCode).toBe(400);
    expect(blankReason.json().errors[0].field).toBe("acknowledgement.reason");
    expect((await bureau.get(`/api/v1/applications/${id}`)).json()).toMatchObject({
      status: "SUBMITTED",
      history: [{ action: "create" }, { action: "submit" }],
    });

    const recommended = await post(bureau, id, {
      action: "recommend",
      opinion: "同意推荐",
      acknowledgement: ACKNOWLEDGED,
    });
    expect(recommended.statusCode).toBe(200);
    const step = recommended.json().history.at(-1);
    expect(step).toMatchObject({
      action: "recommend",
      actorUsername: "jxj.reviewer",
      actorOrgName: "十堰市经济和信息化局",
      details: { acknowledgement: { rules: ["key-supported-list"], reason: ACKNOWLEDGED.reason } },
    });
    expect(step.at).toBeTruthy();
  });

  it("refuses an approval once other loans that went live meanwhile exceed the ceiling", async () => {
    const { id } = await draft("1500000.00", 24);
    await takeStep(enterprise, id, { action: "submit" });
    await takeStep(bureau, id, { action: "recommend", opinion: "同意推荐", acknowledgement: ACKNOWLEDGED });
    await takeStep(guarantor, id, { action: "guarantor-approve", opinion: "同意担保" });
    // Live now: 300万 (previous test) + 150万 (this one). A loan of 600万 imported from the bank's books
    // takes the enterprise to 1,050万元.
    await insertProgrammeLoan(ctx.database.db, {
      enterpriseId,
      bankOrgId: ctx.orgs.icbc ?? "",
      guarantorOrgId: ctx.orgs.danbao ?? "",
      amountFen: 600_000_000n,
      events: [{ type: "DISBURSEMENT", date: "2026-01-10", amountFen: 600_000_000n }],
    });
    const before = (await bank.get(`/api/v1/applications/${id}`)).json();
    const refused = await post(bank, id, { action: "bank-approve", opinion: "同意贷款" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors).toMatchObject([{ field: "amount", rule: "amount-limit" }]);
    expect(refused.json().detail).toContain(
      "本次申请 150.00 万元,加在贷 900.00 万元共 1,050.00 万元,超过单户上限 1,000 万元,尚可申请 100.00 万元",
    );
    expect((await bank.get(`/api/v1/applications/${id}`)).json()).toMatchObject({
      status: "UNDER_REVIEW",
      bankReview: "PENDING",
      version: before.version,
      history: before.history,
    });
    // Rejecting stays possible: a ceiling stops approvals, not the way out.
    await takeStep(bank, id, { action: "bank-reject", reason: "超过单户贷款上限" });
  });
});

describe("two applications of one enterprise decided at once are weighed one after the other", () => {
  const ctx = useTestApp();
  let enterprise: TestClient;

  beforeAll(async () => {
    await registerDemoEnterprise(
      ctx,
      buildEnterpriseInput({ districtCode: "420303", establishedOn: "2015-04-01" }, 6702),
    );
    enterprise = await ctx.signIn("enterprise.operator");
  });

  it("submits only one of two 600万元 applications sent together: with both, 1,200万元 passes the ceiling", async () => {
    const drafts = await Promise.all(
      [1, 2].map(async () => {
        const created = await enterprise.post(
          "/api/v1/applications",
          applicationBody(ctx, { amount: "6000000.00", termMonths: 24 }),
        );
        if (created.statusCode !== 201) throw new Error(created.body);
        return created.json() as { id: string; version: number };
      }),
    );
    const submitted = await Promise.all(
      drafts.map(({ id, version }) =>
        enterprise.post(`/api/v1/applications/${id}/actions`, { version, action: "submit" }),
      ),
    );
    expect(submitted.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const refused = submitted.find((response) => response.statusCode === 409);
    expect(refused?.json().errors).toMatchObject([{ field: "amount", rule: "amount-limit" }]);
    expect(refused?.json().detail).toContain("本次申请 600.00 万元,加在贷 600.00 万元共 1,200.00 万元");
    const statuses = await Promise.all(
      drafts.map(async ({ id }) => (await enterprise.get(`/api/v1/applications/${id}`)).json().status),
    );
    expect(statuses.sort()).toEqual(["DRAFT", "SUBMITTED"]);
  });
});
