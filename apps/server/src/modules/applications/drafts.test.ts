import { beforeAll, describe, expect, it } from "vitest";
import { applicationBody, FORM, registerEligibleEnterprise, takeStep } from "../../testing/applications";
import { buildEnterpriseInput } from "../../testing/factories";
import { type TestClient, useTestApp } from "../../testing/test-app";

describe("a draft 推荐表 is edited by its enterprise until it is submitted, offering only valid choices", () => {
  const ctx = useTestApp();
  let enterprise: TestClient;

  beforeAll(async () => {
    await registerEligibleEnterprise(ctx, 7101);
    enterprise = await ctx.signIn("enterprise.operator");
  });

  const draft = async (overrides: Record<string, unknown> = {}) => {
    const response = await enterprise.post("/api/v1/applications", applicationBody(ctx, overrides));
    if (response.statusCode !== 201) throw new Error(response.body);
    return response.json() as { id: string; version: number };
  };

  it("changes only the fields sent, at the version read, and moves the version on", async () => {
    const created = await draft();
    const edited = await enterprise.patch(`/api/v1/applications/${created.id}`, {
      version: created.version,
      amount: "3000000.00",
      termMonths: 24,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      status: "DRAFT",
      version: created.version + 1,
      amount: "3000000.00",
      termMonths: 24,
      loanUse: "BULK_MATERIALS",
      bank: { id: ctx.orgs.icbc },
      form: FORM,
    });

    // The version read before the edit is stale now: nothing changes.
    const stale = await enterprise.patch(`/api/v1/applications/${created.id}`, {
      version: created.version,
      amount: "1000000.00",
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0]).toMatchObject({ field: "version", rule: "optimistic-lock" });
    expect((await enterprise.get(`/api/v1/applications/${created.id}`)).json().amount).toBe("3000000.00");
  });

  it("refuses to edit once submitted (409, rule draft-only), leaving the application as submitted", async () => {
    const created = await draft();
    const submitted = await takeStep(enterprise, created.id, { action: "submit" });
    const refused = await enterprise.patch(`/api/v1/applications/${created.id}`, {
      version: submitted.version,
      amount: "1000000.00",
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors[0]).toMatchObject({ field: "status", rule: "draft-only" });
    expect((await enterprise.get(`/api/v1/applications/${created.id}`)).json()).toMatchObject({
      status: "SUBMITTED",
      amount: "5000000.00",
    });
  });

  it("lets no other organisation edit the draft: another enterprise does not find it, a bank may not", async () => {
    const created = await draft();
    const admin = await ctx.signIn("platform.admin");
    const otherEnterpriseId = (
      await admin.post("/api/v1/enterprises", buildEnterpriseInput({ districtCode: "420303" }, 7102))
    ).json().id;
    const org = (
      await admin.post("/api/v1/organisations", {
        name: "十堰另一家企业有限公司",
        type: "ENTERPRISE",
        regionCode: "420303",
        enterpriseId: otherEnterpriseId,
      })
    ).json();
    const user = await admin.post(`/api/v1/organisations/${org.id}/users`, {
      username: "other.operator",
      displayName: "另一企业经办人",
      password: "Shiyan-2027-draft",
      roles: ["operator"],
    });
    expect(user.statusCode, user.body).toBe(201);
    const other = await ctx.signIn("other.operator", "Shiyan-2027-draft");
    const byOther = await other.patch(`/api/v1/applications/${created.id}`, {
      version: created.version,
      amount: "1.00",
    });
    expect(byOther.statusCode).toBe(404);
    const byBank = await (await ctx.signIn("icbc.operator")).patch(`/api/v1/applications/${created.id}`, {
      version: created.version,
      amount: "1.00",
    });
    expect(byBank.statusCode).toBe(403);
    expect((await enterprise.get(`/api/v1/applications/${created.id}`)).json()).toMatchObject({
      version: created.version,
      amount: "5000000.00",
    });
  });

  it("offers a 十堰 firm only 十堰's programme, its banks and its guarantor — never the investment fund", async () => {
    const options = await enterprise.get("/api/v1/applications/options");
    expect(options.statusCode, options.body).toBe(200);
    const { programmes } = options.json();
    expect(programmes.map((p: { code: string }) => p.code)).toEqual(["SHIYAN-CHANLIAN"]);
    const [shiyan] = programmes;
    expect(shiyan.banks.map((b: { id: string }) => b.id).sort()).toEqual(
      [ctx.orgs.icbc, ctx.orgs.hbbank].sort(),
    );
    expect(shiyan.banks.map((b: { id: string }) => b.id)).not.toContain(ctx.orgs.fund);
    expect(shiyan.guarantors.map((g: { id: string }) => g.id)).toEqual([ctx.orgs.danbao]);
    // Only an enterprise has a 推荐表 to fill.
    expect((await (await ctx.signIn("icbc.operator")).get("/api/v1/applications/options")).statusCode).toBe(
      403,
    );
  });

  it("refuses on creation and on edit what the form does not offer, naming the field and rule", async () => {
    const chongqing = await enterprise.post(
      "/api/v1/applications",
      applicationBody(ctx, { programmeCode: "CHONGQING-JIGAI", loanUse: "TECH_RENOVATION" }),
    );
    expect(chongqing.statusCode).toBe(400);
    expect(chongqing.json().errors).toContainEqual(
      expect.objectContaining({ field: "programmeCode", rule: "programme-region" }),
    );
    const fundAsBank = await enterprise.post(
      "/api/v1/applications",
      applicationBody(ctx, { bankOrgId: ctx.orgs.fund }),
    );
    expect(fundAsBank.statusCode).toBe(400);
    expect(fundAsBank.json().errors).toEqual([
      expect.objectContaining({ field: "bankOrgId", rule: "programme-bank" }),
    ]);

    const created = await draft();
    const edit = await enterprise.patch(`/api/v1/applications/${created.id}`, {
      version: created.version,
      guarantorOrgId: ctx.orgs.zaidanbao,
    });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().errors[0]).toMatchObject({ field: "guarantorOrgId", rule: "programme-guarantor" });
    expect((await enterprise.get(`/api/v1/applications/${created.id}`)).json().guarantor.id).toBe(
      ctx.orgs.danbao,
    );
  });
});
