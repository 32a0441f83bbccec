import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema";
import { registerDemoEnterprise } from "../../testing/applications";
import { buildEnterpriseInput } from "../../testing/factories";
import { type TestClient, useTestApp } from "../../testing/test-app";

const demandBody = (overrides: Record<string, unknown> = {}) => ({
  kind: "LOAN",
  amount: "5000000.00",
  termMonths: 12,
  purpose: "购置数控加工中心,扩大轮毂产能",
  collateral: ["EQUIPMENT", "RECEIVABLES"],
  keyProject: "年产20万套轮毂技改项目",
  urgency: "URGENT",
  ...overrides,
});

interface Claim {
  id: string;
  orgName: string;
  state: string;
  version: number;
  dueOn: string | null;
  claimable: boolean;
  actions: string[];
}

interface Notice {
  kind: string;
  link: string | null;
  readAt: string | null;
  message: string;
}

describe("financing demands: whitelist curation, claims and deadlines (issue 12 points 3–4)", () => {
  const ctx = useTestApp();
  let enterprise: TestClient;
  let bureau: TestClient;
  let bureauOperator: TestClient;
  let icbc: TestClient;
  let icbcOperator: TestClient;
  let hbbank: TestClient;
  let cqbank: TestClient;
  let cqBureau: TestClient;
  let officerId: string;
  let enterpriseId: string;

  const post = async (client: TestClient, overrides: Record<string, unknown> = {}) => {
    const response = await client.post("/api/v1/financing-demands", demandBody(overrides));
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; version: number; status: string };
  };
  const admit = async (id: string, extra: Record<string, unknown> = {}) => {
    const demand = (await bureau.get(`/api/v1/financing-demands/${id}`)).json();
    const response = await bureau.post(`/api/v1/financing-demands/${id}/curation`, {
      action: "admit",
      version: demand.version,
      note: "一企一策:优先对接设备抵押类产品",
      officerUserId: officerId,
      ...extra,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const claimsOf = async (client: TestClient, demandId: string): Promise<Claim[]> =>
    ((await client.get("/api/v1/financing-claims")).json() as (Claim & { demandId: string })[]).filter(
      (claim) => claim.demandId === demandId,
    );
  /** The bell's notifications opening one demand's page. */
  const bellOf = async (client: TestClient, demandId: string): Promise<Notice[]> =>
    ((await client.get("/api/v1/notifications")).json() as Notice[]).filter(
      (notice) => notice.link === `/financing-demands/${demandId}`,
    );
  const act = (client: TestClient, claim: Claim, body: Record<string, unknown>) =>
    client.post(`/api/v1/financing-claims/${claim.id}/actions`, { version: claim.version, ...body });

  beforeAll(async () => {
    ctx.setToday("2026-11-02");
    enterpriseId = await registerDemoEnterprise(ctx, buildEnterpriseInput({ districtCode: "420303" }, 7101));
    [enterprise, bureau, bureauOperator, icbc, icbcOperator, hbbank, cqbank, cqBureau] = (await Promise.all(
      [
        "enterprise.operator",
        "jxj.reviewer",
        "jxj.operator",
        "icbc.reviewer",
        "icbc.operator",
        "hbbank.reviewer",
        "cqbank.reviewer",
        "cqjxw.reviewer",
      ].map((username) => ctx.signIn(username)),
    )) as TestClient[] as [
      TestClient,
      TestClient,
      TestClient,
      TestClient,
      TestClient,
      TestClient,
      TestClient,
      TestClient,
    ];
    const me = (await bureau.get("/api/v1/auth/me")).json();
    officerId = me.user.id;
  });

  describe("posting", () => {
    it("an enterprise posts for itself; the bureau for an enterprise of its region", async () => {
      const own = await post(enterprise);
      expect(own.status).toBe("SUBMITTED");
      // Posted once per Idempotency-Key: a retried post is the first one, not a second demand.
      const keyedPost = () =>
        enterprise.request({
          method: "POST",
          url: "/api/v1/financing-demands",
          payload: demandBody({ amount: "1200000.00" }),
          headers: { "idempotency-key": "demand-post-once" },
        });
      const first = await keyedPost();
      const repeat = await keyedPost();
      expect(repeat.headers["idempotent-replayed"]).toBe("true");
      expect(repeat.json().id).toBe(first.json().id);
      const detail = (await enterprise.get(`/api/v1/financing-demands/${own.id}`)).json();
      expect(detail).toMatchObject({
        amount: "5000000.00",
        kind: "LOAN",
        collateral: ["EQUIPMENT", "RECEIVABLES"],
      });
      expect(detail.history).toMatchObject([
        { action: "post", toState: "SUBMITTED", businessDate: "2026-11-02" },
      ]);
      const forIt = await post(bureauOperator, { enterpriseId, kind: "LEASE" });
      expect(forIt.status).toBe("SUBMITTED");
    });

    it.each([
      [{ amount: "0" }, "amount", "positive"],
      [{ amount: "12.345" }, "amount", undefined],
      [{ collateral: [] }, "collateral", undefined],
      [{ kind: "LOTTERY" }, "kind", undefined],
      [{ termMonths: 0 }, "termMonths", undefined],
    ])("refuses %o naming %s", async (overrides, field, rule) => {
      const response = await enterprise.post("/api/v1/financing-demands", demandBody(overrides));
      expect(response.statusCode).toBe(400);
      const error = response.json().errors[0];
      expect(error.field).toBe(field);
      if (rule) expect(error.rule).toBe(rule);
    });

    it("refuses a bank, a bureau without an enterprise, and a bureau for another region's enterprise", async () => {
      expect((await icbc.post("/api/v1/financing-demands", demandBody())).statusCode).toBe(403);
      const missing = await bureauOperator.post("/api/v1/financing-demands", demandBody());
      expect(missing.json().errors[0]).toMatchObject({ field: "enterpriseId", rule: "required" });
      const outside = await cqBureau.post("/api/v1/financing-demands", demandBody({ enterpriseId }));
      expect(outside.statusCode).toBe(404);
      expect(outside.json().errors[0]).toMatchObject({ field: "enterpriseId", rule: "in-region" });
    });

    it("shows a demand to its enterprise and its region's bureau only", async () => {
      const { id } = await post(enterprise);
      expect(
        (await enterprise.get("/api/v1/financing-demands")).json().map((d: { id: string }) => d.id),
      ).toContain(id);
      expect(
        (await bureau.get("/api/v1/financing-demands")).json().map((d: { id: string }) => d.id),
      ).toContain(id);
      expect((await cqBureau.get("/api/v1/financing-demands")).json()).toEqual([]);
      expect((await cqBureau.get(`/api/v1/financing-demands/${id}`)).statusCode).toBe(404);
      // Not pushed to any institution yet.
      expect((await icbc.get(`/api/v1/financing-demands/${id}`)).statusCode).toBe(404);
      expect((await icbc.get("/api/v1/financing-demands")).statusCode).toBe(403);
    });
  });

  describe("curation", () => {
    it("refuses an operator, a missing note, an officer of another organisation, a stale version", async () => {
      const { id, version } = await post(enterprise);
      const body = { action: "admit", version, note: "一企一策", officerUserId: officerId };
      expect((await bureauOperator.post(`/api/v1/financing-demands/${id}/curation`, body)).statusCode).toBe(
        403,
      );
      const noNote = await bureau.post(`/api/v1/financing-demands/${id}/curation`, {
        ...body,
        note: undefined,
      });
      expect(noNote.json().errors[0]).toMatchObject({ field: "note", rule: "required" });
      const icbcUser = (await icbc.get("/api/v1/auth/me")).json().user.id;
      const foreign = await bureau.post(`/api/v1/financing-demands/${id}/curation`, {
        ...body,
        officerUserId: icbcUser,
      });
      expect(foreign.json().errors[0]).toMatchObject({ field: "officerUserId", rule: "bureau-user" });
      const stale = await bureau.post(`/api/v1/financing-demands/${id}/curation`, {
        ...body,
        version: version + 5,
      });
      expect(stale.statusCode).toBe(409);
      const guarantor = ctx.orgs.danbao;
      const unfit = await bureau.post(`/api/v1/financing-demands/${id}/curation`, {
        ...body,
        targetOrgIds: [guarantor],
      });
      expect(unfit.json().errors[0]).toMatchObject({ field: "targetOrgIds.0", rule: "fits-demand" });
      expect((await cqBureau.post(`/api/v1/financing-demands/${id}/curation`, body)).statusCode).toBe(404);
      // Nothing changed.
      expect((await bureau.get(`/api/v1/financing-demands/${id}`)).json()).toMatchObject({
        status: "SUBMITTED",
        version,
      });
    });

    it("declines with a reason, which the enterprise reads", async () => {
      const { id, version } = await post(enterprise);
      const noReason = await bureau.post(`/api/v1/financing-demands/${id}/curation`, {
        action: "decline",
        version,
      });
      expect(noReason.json().errors[0]).toMatchObject({ field: "reason", rule: "required" });
      await bureau.post(`/api/v1/financing-demands/${id}/curation`, {
        action: "decline",
        version,
        reason: "需求已由企业自行解决",
      });
      const seen = (await enterprise.get(`/api/v1/financing-demands/${id}`)).json();
      expect(seen).toMatchObject({ status: "DECLINED", declineReason: "需求已由企业自行解决" });
      expect(seen.history.at(-1)).toMatchObject({ action: "decline", note: "需求已由企业自行解决" });
    });

    it("admitting an open demand pushes it to every institution of the region that answers its kind", async () => {
      const { id } = await post(enterprise);
      const admitted = await admit(id);
      expect(admitted).toMatchObject({
        status: "ADMITTED",
        openToAll: true,
        policyNote: "一企一策:优先对接设备抵押类产品",
      });
      expect(admitted.claims.map((claim: Claim) => claim.orgName).sort()).toEqual([
        "中国工商银行十堰分行",
        "湖北银行十堰分行",
      ]);
      // Claim within 2 working days of the push: Mon 11-02 → Wed 11-04.
      expect(admitted.claims.map((claim: Claim) => claim.dueOn)).toEqual(["2026-11-04", "2026-11-04"]);
      expect((await cqbank.get("/api/v1/financing-claims")).json()).toEqual([]);
    });
  });

  describe("claims", () => {
    let demandId: string;
    beforeAll(async () => {
      demandId = (await post(enterprise)).id;
      await admit(demandId);
    });

    it("an institution sees only its own push, claim and history", async () => {
      const mine = await claimsOf(icbc, demandId);
      expect(mine.map((claim) => claim.orgName)).toEqual(["中国工商银行十堰分行"]);
      const detail = (await icbc.get(`/api/v1/financing-demands/${demandId}`)).json();
      expect(detail.claims).toHaveLength(1);
      expect(detail.history.filter((event: { action: string }) => event.action === "push")).toHaveLength(1);
      expect((await cqbank.get(`/api/v1/financing-demands/${demandId}`)).statusCode).toBe(404);
    });

    it("runs claim → contact → approve → fund → confirm, one institution only, each step checked", async () => {
      const [icbcPush] = await claimsOf(icbcOperator, demandId);
      if (!icbcPush) throw new Error("no push");
      expect(icbcPush.actions).toEqual(["claim"]);
      const claimed = await act(icbcOperator, icbcPush, { action: "claim" });
      expect(claimed.json()).toMatchObject({
        state: "CLAIMED",
        claimedOn: "2026-11-02",
        dueOn: "2026-11-05",
      });

      const [hbPush] = await claimsOf(hbbank, demandId);
      if (!hbPush) throw new Error("no push");
      expect(hbPush).toMatchObject({ claimable: false, actions: [], dueOn: null });
      const late = await act(hbbank, hbPush, { action: "claim" });
      expect(late.statusCode).toBe(409);
      expect(late.json().errors[0].rule).toBe("claimed-by-another");

      let claim = claimed.json() as Claim;
      // Another institution cannot act on it, even knowing its id.
      expect((await act(hbbank, claim, { action: "contact" })).statusCode).toBe(404);
      claim = (await act(icbcOperator, claim, { action: "contact", note: "电话联系财务总监" })).json();
      expect(claim).toMatchObject({ state: "CONTACTED", dueOn: "2026-11-16" });

      const approval = {
        action: "approve",
        approvedAmount: "4500000.00",
        approvedRate: "0.0345",
        approvedTermMonths: 12,
      };
      expect((await act(icbcOperator, claim, approval)).statusCode).toBe(403);
      const noRate = await act(icbc, claim, { ...approval, approvedRate: undefined });
      expect(noRate.json().errors[0]).toMatchObject({ field: "approvedRate", rule: "required" });
      const badRate = await act(icbc, claim, { ...approval, approvedRate: "0.9" });
      expect(badRate.statusCode).toBe(400);
      expect(badRate.json().errors[0].field).toBe("approvedRate");
      claim = (await act(icbc, claim, approval)).json();
      expect(claim).toMatchObject({
        state: "APPROVED",
        approvedAmount: "4500000.00",
        approvedRate: "0.0345",
        dueOn: null,
      });

      const funding = {
        action: "fund",
        creditAmount: "5000000.00",
        fundedAmount: "4500000.00",
        fundedOn: "2026-11-02",
        fundedRate: "0.0345",
      };
      const over = await act(icbc, claim, { ...funding, fundedAmount: "5000000.01" });
      expect(over.json().errors[0]).toMatchObject({ field: "fundedAmount", rule: "within-credit" });
      const future = await act(icbc, claim, { ...funding, fundedOn: "2026-11-03" });
      expect(future.json().errors[0]).toMatchObject({ field: "fundedOn", rule: "not-future" });
      // 放款 is recorded once per Idempotency-Key: a repeat replays, other content under the key is refused.
      const keyed = (body: Record<string, unknown>, version = claim.version) =>
        icbc.request({
          method: "POST",
          url: `/api/v1/financing-claims/${claim.id}/actions`,
          payload: { version, ...body },
          headers: { "idempotency-key": `fund-${claim.id}` },
        });
      const funded = await keyed(funding);
      const replayed = await keyed(funding);
      expect([replayed.statusCode, replayed.body]).toEqual([funded.statusCode, funded.body]);
      expect(replayed.headers["idempotent-replayed"]).toBe("true");
      expect((await keyed({ ...funding, fundedAmount: "4000000.00" })).json().errors[0]).toMatchObject({
        field: "Idempotency-Key",
        rule: "reused-with-other-content",
      });
      claim = funded.json();
      expect(claim).toMatchObject({
        state: "FUNDED",
        creditAmount: "5000000.00",
        fundedAmount: "4500000.00",
      });

      expect((await act(icbc, claim, { action: "confirm", rating: 5 })).statusCode).toBe(403);
      const [seen] = (await enterprise.get(`/api/v1/financing-demands/${demandId}`))
        .json()
        .claims.filter((c: Claim) => c.id === claim.id);
      expect(seen.actions).toEqual(["confirm"]);
      const outOfRange = await act(enterprise, claim, { action: "confirm", rating: 6 });
      expect(outOfRange.json().errors[0]).toMatchObject({ field: "rating", rule: "range" });
      claim = (
        await act(enterprise, claim, { action: "confirm", rating: 5, comment: "放款快,服务周到" })
      ).json();
      expect(claim).toMatchObject({ state: "CLOSED", rating: 5, ratingComment: "放款快,服务周到" });

      const history = (await bureau.get(`/api/v1/financing-demands/${demandId}`)).json().history;
      const steps = history.filter((event: { claimId: string | null }) => event.claimId === claim.id);
      expect(steps.map((event: { action: string }) => event.action)).toEqual([
        "push",
        "claim",
        "contact",
        "approve",
        "fund",
        "confirm",
      ]);
      expect(steps.at(-1)).toMatchObject({
        actorOrgName: "十堰精工汽车零部件有限公司",
        note: "放款快,服务周到",
      });
      // hbbank's view never shows icbc's answer.
      const hbView = (await hbbank.get(`/api/v1/financing-demands/${demandId}`)).json();
      expect(JSON.stringify(hbView)).not.toContain("4500000.00");
    });

    it("a decline needs its reason and puts the demand back in the pool", async () => {
      const { id } = await post(enterprise);
      await admit(id);
      const [push] = await claimsOf(hbbank, id);
      if (!push) throw new Error("no push");
      const claim = (await act(hbbank, push, { action: "claim" })).json();
      const noReason = await act(hbbank, claim, { action: "decline" });
      expect(noReason.json().errors[0]).toMatchObject({ field: "reason", rule: "required" });
      const declined = (await act(hbbank, claim, { action: "decline", reason: "抵押物评估价值不足" })).json();
      expect(declined).toMatchObject({ state: "DECLINED", declineReason: "抵押物评估价值不足" });
      const [icbcPush] = await claimsOf(icbc, id);
      expect(icbcPush).toMatchObject({ state: "PUSHED", claimable: true, dueOn: "2026-11-04" });
    });
  });

  describe("deadlines", () => {
    it("reminds an overdue claim once, then escalates it to the bureau and releases it to the pool", async () => {
      ctx.setToday("2026-11-02");
      const { id } = await post(enterprise);
      await admit(id);
      const [push] = await claimsOf(icbc, id);
      if (!push) throw new Error("no push");
      await act(icbc, push, { action: "claim" }); // first contact due Thu 11-05

      ctx.setToday("2026-11-05");
      expect((await bureau.post("/api/v1/financing-claims/deadline-runs")).json().escalated).toBe(0);
      ctx.setToday("2026-11-06");
      const first = (await bureau.post("/api/v1/financing-claims/deadline-runs")).json();
      expect(first.reminded).toBeGreaterThanOrEqual(1);
      const [reminded] = await claimsOf(icbc, id);
      expect(reminded).toMatchObject({ state: "CLAIMED", remindedOn: "2026-11-06", slaState: "overdue" });
      const reminders = await bellOf(icbc, id);
      expect(reminders).toEqual([
        expect.objectContaining({
          kind: "claim-reminder",
          readAt: null,
          message: expect.stringContaining("已过办理期限(2026-11-05)"),
        }),
      ]);
      expect(await bellOf(bureau, id)).toEqual([]);
      // Run again the same day: nothing new, in the claims or in the bell.
      expect((await bureau.post("/api/v1/financing-claims/deadline-runs")).json()).toEqual({
        reminded: 0,
        escalated: 0,
      });
      expect(await bellOf(icbc, id)).toHaveLength(1);

      // One working day of grace after the due date (Fri 11-06); Mon 11-09 escalates.
      ctx.setToday("2026-11-09");
      const second = (await bureau.post("/api/v1/financing-claims/deadline-runs")).json();
      expect(second.escalated).toBeGreaterThanOrEqual(1);
      const [released] = await claimsOf(icbc, id);
      expect(released).toMatchObject({ state: "RELEASED", dueOn: null, actions: [] });
      const [hbPush] = await claimsOf(hbbank, id);
      expect(hbPush).toMatchObject({
        state: "PUSHED",
        claimable: true,
        pushedOn: "2026-11-09",
        dueOn: "2026-11-11",
      });
      const history = (await bureau.get(`/api/v1/financing-demands/${id}`)).json().history;
      expect(history.slice(-3).map((event: { action: string }) => event.action)).toEqual([
        "remind",
        "escalate",
        "release",
      ]);
      // The escalation reaches the institution and the region's bureau, once; no other bureau or bank.
      const escalations = async (client: TestClient) =>
        (await bellOf(client, id)).filter((notice) => notice.kind === "claim-escalated");
      expect(await escalations(icbc)).toHaveLength(1);
      expect(await escalations(bureau)).toEqual([
        expect.objectContaining({
          message: expect.stringContaining("中国工商银行十堰分行未在期限(2026-11-05)内办理"),
        }),
      ]);
      const inEnglish = await bureau.request({
        method: "GET",
        url: "/api/v1/notifications",
        headers: { "accept-language": "en" },
      });
      expect(
        inEnglish.json().find((notice: Notice) => notice.link === `/financing-demands/${id}`)?.message,
      ).toMatch(/did not act on .+ by 2026-11-05: escalated to the bureau and released/);
      expect(await escalations(hbbank)).toEqual([]);
      expect(await escalations(cqBureau)).toEqual([]);
      expect((await bureau.post("/api/v1/financing-claims/deadline-runs")).json().escalated).toBe(0);
      expect(await escalations(icbc)).toHaveLength(1);
      expect(await escalations(bureau)).toHaveLength(1);

      const summary = (await bureau.get("/api/v1/financing-claims/by-institution")).json();
      expect(
        summary.find((row: { orgName: string }) => row.orgName === "中国工商银行十堰分行"),
      ).toMatchObject({
        released: 1,
        funded: 1,
      });
      expect(summary.find((row: { orgName: string }) => row.orgName === "湖北银行十堰分行")).toMatchObject({
        declined: 1,
      });
      expect((await icbc.post("/api/v1/financing-claims/deadline-runs")).statusCode).toBe(403);
      expect((await icbc.get("/api/v1/financing-claims/by-institution")).statusCode).toBe(403);
    });
  });

  describe("whitelist batches and settings", () => {
    it("publishes the admitted demands of a period as a numbered, frozen batch and exports it", async () => {
      ctx.setToday("2026-11-10");
      const body = { periodFrom: "2026-11-01", periodTo: "2026-11-09" };
      expect((await bureauOperator.post("/api/v1/financing-demand-batches", body)).statusCode).toBe(403);
      const future = await bureau.post("/api/v1/financing-demand-batches", {
        ...body,
        periodTo: "2026-11-30",
      });
      expect(future.json().errors[0]).toMatchObject({ field: "periodTo", rule: "not-future" });
      const published = await bureau.post("/api/v1/financing-demand-batches", body);
      expect(published.statusCode, published.body).toBe(201);
      const admitted = (await bureau.get("/api/v1/financing-demands?status=ADMITTED")).json();
      expect(published.json()).toMatchObject({
        number: 1,
        demandCount: admitted.length,
        regionCode: "420300",
      });
      expect(admitted.every((demand: { batchNumber: number }) => demand.batchNumber === 1)).toBe(true);
      const again = await bureau.post("/api/v1/financing-demand-batches", body);
      expect(again.json().errors[0]).toMatchObject({ field: "periodFrom", rule: "no-demands" });
      const exported = await bureau.get(`/api/v1/financing-demand-batches/${published.json().id}/export`);
      expect(exported.statusCode).toBe(200);
      expect(exported.headers["content-type"]).toContain("spreadsheetml");
      expect(
        (await cqBureau.get(`/api/v1/financing-demand-batches/${published.json().id}/export`)).statusCode,
      ).toBe(404);
      expect((await cqBureau.get("/api/v1/financing-demand-batches")).json()).toEqual([]);
      for (const url of ["/api/v1/financing-demands/export", "/api/v1/financing-claims/export"]) {
        const response = await bureau.get(url);
        expect(response.statusCode).toBe(200);
        expect(response.headers["content-type"]).toContain("spreadsheetml");
      }
    });

    it("a region's claim rules: preset by default, edited by its bureau or the platform admin only", async () => {
      expect((await bureau.get("/api/v1/marketplace-settings/420300")).json()).toMatchObject({
        claimMode: "SINGLE",
        maxClaimants: 1,
        claimWorkingDays: 2,
        contactWorkingDays: 3,
        decisionWorkingDays: 10,
        changedBy: null,
        changedAt: null,
      });
      const put = (client: TestClient, body: unknown) =>
        client.request({
          method: "PUT",
          url: "/api/v1/marketplace-settings/420300",
          payload: body as object,
        });
      expect((await put(icbc, { preset: "COMPETING" })).statusCode).toBe(403);
      expect((await put(cqBureau, { preset: "COMPETING" })).statusCode).toBe(403);
      const bad = await put(bureau, { decisionWorkingDays: 2 });
      expect(bad.json().errors[0]).toMatchObject({
        field: "decisionWorkingDays",
        rule: "not-before-contact",
      });
      const saved = await put(bureau, { preset: "COMPETING", maxClaimants: 2 });
      expect(saved.json()).toMatchObject({ claimMode: "SEVERAL", maxClaimants: 2 });
      // Who changed it and when, as read back, and the change in the audit log.
      const me = (await bureau.get("/api/v1/auth/me")).json();
      const read = (await bureau.get("/api/v1/marketplace-settings/420300")).json();
      expect(read).toMatchObject({ maxClaimants: 2, changedBy: me.user.displayName });
      expect(Date.parse(read.changedAt)).not.toBeNaN();
      const [audit] = await ctx.database.db
        .select({ after: auditLog.after, actorUsername: auditLog.actorUsername })
        .from(auditLog)
        .where(eq(auditLog.action, "financing-demand.settings"))
        .orderBy(desc(auditLog.id))
        .limit(1);
      expect(audit).toEqual({
        actorUsername: "jxj.reviewer",
        after: expect.objectContaining({ regionCode: "420300", maxClaimants: 2 }),
      });

      // A demand admitted now takes two claimants.
      const { id } = await post(enterprise);
      await admit(id);
      const [icbcPush] = await claimsOf(icbc, id);
      const [hbPush] = await claimsOf(hbbank, id);
      if (!icbcPush || !hbPush) throw new Error("no push");
      expect((await act(icbc, icbcPush, { action: "claim" })).statusCode).toBe(200);
      expect((await act(hbbank, hbPush, { action: "claim" })).statusCode).toBe(200);
      await put(bureau, { preset: "YUHUIRONG" });
    });
  });
});
