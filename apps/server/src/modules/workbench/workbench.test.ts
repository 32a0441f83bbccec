import { daysBetween } from "@chanrong/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestClient, useTestApp } from "../../testing/test-app";

interface WorkItem {
  kind: string;
  id: string;
  title: string;
  context: string;
  status: string;
  since: string;
  dueOn: string | null;
  sla: string | null;
  daysLeft: number | null;
}
interface Claim {
  demandId: string;
  orgName: string;
  state: string;
  claimable: boolean;
  dueOn: string | null;
  slaState: string | null;
  version: number;
  id: string;
}
interface Workbench {
  waiting: Record<
    "total" | "applications" | "payments" | "defaultCases" | "claims" | "products" | "demands",
    number
  >;
  items: WorkItem[];
  latest: WorkItem[];
}

// The workbench gathers what each module says waits for the caller: its counts are the modules' own
// worklists, it never shows what the caller may not see, and the soonest due comes first.
describe("the workbench on the demo data", () => {
  const ctx = useTestApp({ demo: true });
  const workbenchOf = async (client: TestClient): Promise<Workbench> => {
    const response = await client.get("/api/v1/workbench");
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  let cqBureau: TestClient;
  let cqBank: TestClient;

  beforeAll(async () => {
    cqBureau = await ctx.signIn("cqjxw.reviewer");
    cqBank = await ctx.signIn("cqbank.operator");
  });

  it("counts what the modules' worklists hold for the caller, and lists those items", async () => {
    for (const user of ["cqjxw.reviewer", "cqbank.operator", "danbao.operator", "czj.reviewer"]) {
      const client = await ctx.signIn(user);
      const bench = await workbenchOf(client);
      const applications = (await client.get("/api/v1/applications?waiting=true")).json();
      const payments = (await client.get("/api/v1/fund-payments?waiting=true")).json();
      const cases = (await client.get("/api/v1/default-cases?waiting=true")).json();
      expect(bench.waiting.applications, user).toBe(applications.total);
      expect(bench.waiting.payments, user).toBe(payments.total);
      expect(bench.waiting.defaultCases, user).toBe(cases.total);
      expect(bench.waiting.total, user).toBeGreaterThan(0);
      const listed = new Set(bench.items.map((item) => item.id));
      for (const { id } of [...applications.items, ...payments.items, ...cases.items].slice(0, 3))
        expect(listed.has(id), `${user} waits on ${id}`).toBe(true);
    }
  });

  it("counts the financing products waiting: the bureau's under review, an institution's returned", async () => {
    for (const [user, state] of [
      ["cqjxw.reviewer", "PENDING_REVIEW"],
      ["cqrcb.operator", "RETURNED"],
    ] as const) {
      const client = await ctx.signIn(user);
      const bench = await workbenchOf(client);
      const pool = (await client.get(`/api/v1/financing-products?state=${state}`)).json() as { id: string }[];
      expect(pool.length, user).toBeGreaterThan(0);
      expect(bench.waiting.products, user).toBe(pool.length);
      const listed = bench.items.filter((item) => item.kind === "product-review").map((item) => item.id);
      expect(listed.sort(), user).toEqual(pool.map((product) => product.id).sort());
    }
  });

  it("puts the soonest due first and the undated after, longest waiting first", async () => {
    const { items } = await workbenchOf(cqBank);
    const dated = items.filter((item) => item.dueOn !== null);
    expect(dated.length).toBeGreaterThan(0);
    expect(items.slice(0, dated.length)).toEqual(dated);
    const dueDates = dated.map((item) => item.dueOn);
    expect(dueDates).toEqual([...dueDates].sort());
    const undated = items.slice(dated.length).map((item) => item.since);
    expect(undated).toEqual([...undated].sort());
  });

  it("shows the 重庆 bureau only 重庆's work and a 十堰 bank none of it", async () => {
    const cq = await workbenchOf(cqBureau);
    const ofKind = (kind: string) => cq.items.filter((item) => item.kind === kind);
    expect(ofKind("application").map((item) => item.status)).toEqual(["SUBMITTED"]);
    // 重庆's insurer's product under review: the institution names the region.
    expect(ofKind("product-review").map((item) => item.status)).toEqual(["PENDING_REVIEW"]);
    for (const item of ofKind("product-review")) expect(item.context).toContain("重庆");
    // Applications are titled by their 重庆 enterprise; payments (a reward's) name it after the policy.
    for (const item of [...ofKind("application"), ...cq.latest]) expect(item.title).toContain("重庆");
    const icbc = await workbenchOf(await ctx.signIn("icbc.operator"));
    for (const item of [...icbc.items, ...icbc.latest]) expect(item.title).not.toContain("重庆");
  });

  it("gives an enterprise with nothing waiting its latest loans instead", async () => {
    const bench = await workbenchOf(await ctx.signIn("enterprise.operator"));
    expect(bench.waiting.total).toBe(0);
    expect(bench.items).toEqual([]);
    expect(bench.latest.map((item) => item.status)).toEqual(["SETTLED", "SETTLED"]);
  });

  describe("the financing marketplace's work (issue 12)", () => {
    const demandItems = (bench: Workbench, kind: string) =>
      bench.items.filter((item) => item.kind === kind).map((item) => item.id);

    it("gives the bureau its demands to curate and its escalated claims nobody has taken up, of its region only", async () => {
      const jxj = await ctx.signIn("jxj.reviewer");
      const bench = await workbenchOf(jxj);
      const submitted = (await jxj.get("/api/v1/financing-demands?status=SUBMITTED")).json() as {
        id: string;
      }[];
      expect(submitted.length).toBeGreaterThan(0);
      expect(demandItems(bench, "demand-curation").sort()).toEqual(
        submitted.map((demand) => demand.id).sort(),
      );
      // The demo's released claim (escalated, back in the pool, nobody claimed since).
      const escalated = demandItems(bench, "claim-escalated");
      expect(escalated).toHaveLength(1);
      const detail = (await jxj.get(`/api/v1/financing-demands/${escalated[0]}`)).json();
      expect(detail.history.map((event: { action: string }) => event.action)).toContain("escalate");
      expect(detail.claims.map((claim: Claim) => claim.state)).not.toContain("CLAIMED");
      const item = bench.items.find((candidate) => candidate.kind === "claim-escalated");
      expect(item?.context).toBe("中国工商银行十堰分行");
      expect(bench.waiting.demands).toBe(submitted.length + escalated.length);
      // 重庆's bureau has its own, none of which 十堰's may open.
      const cq = await workbenchOf(cqBureau);
      const cqDemands = [...demandItems(cq, "demand-curation"), ...demandItems(cq, "claim-escalated")];
      expect(cqDemands).toHaveLength(2);
      for (const id of cqDemands) {
        expect(escalated.concat(demandItems(bench, "demand-curation"))).not.toContain(id);
        expect((await jxj.get(`/api/v1/financing-demands/${id}`)).statusCode).toBe(404);
      }
    });

    it("gives an institution the pushes it can still claim and its claims with a step due, its own only", async () => {
      for (const user of ["icbc.reviewer", "hbbank.reviewer", "cqbank.operator"]) {
        const client = await ctx.signIn(user);
        const { today } = (await client.get("/api/v1/auth/me")).json() as { today: string };
        const bench = await workbenchOf(client);
        const claims = (await client.get("/api/v1/financing-claims")).json() as Claim[];
        const pushes = claims.filter((claim) => claim.state === "PUSHED" && claim.claimable);
        const running = claims.filter((claim) => ["CLAIMED", "CONTACTED"].includes(claim.state));
        expect(pushes.length + running.length, user).toBeGreaterThan(0);
        expect(bench.waiting.demands, user).toBe(pushes.length + running.length);
        const shown = bench.items.filter((item) => ["demand-push", "claim-step"].includes(item.kind));
        expect(shown.length, user).toBe(Math.min(bench.waiting.demands, 10));
        for (const item of shown) {
          const claim = [...pushes, ...running].find((candidate) => candidate.demandId === item.id);
          expect(claim, `${user} holds ${item.id}`).toBeDefined();
          expect(item.kind).toBe(claim?.state === "PUSHED" ? "demand-push" : "claim-step");
          // The deadline of its step, how it stands today, and the days left to it.
          expect(item.dueOn).toBe(claim?.dueOn);
          expect(item.sla).toBe(claim?.slaState);
          expect(item.daysLeft).toBe(daysBetween(today, item.dueOn ?? ""));
          expect((await client.get(`/api/v1/financing-demands/${item.id}`)).statusCode).toBe(200);
        }
      }
      // 十堰's 工行 holds the demo's reminded claim; 湖北银行 never sees it.
      const icbc = await workbenchOf(await ctx.signIn("icbc.reviewer"));
      const hbbank = await workbenchOf(await ctx.signIn("hbbank.reviewer"));
      const icbcSteps = demandItems(icbc, "claim-step");
      expect(icbcSteps.length).toBeGreaterThan(0);
      for (const id of icbcSteps) expect(demandItems(hbbank, "claim-step")).not.toContain(id);
    });

    it("gives an enterprise the outcomes it has to confirm and rate, until it does", async () => {
      const enterprise = await ctx.signIn("enterprise.operator");
      const jxj = await ctx.signIn("jxj.reviewer");
      const icbc = await ctx.signIn("icbc.reviewer");
      const posted = (
        await enterprise.post("/api/v1/financing-demands", {
          kind: "LOAN",
          amount: "900000.00",
          termMonths: 12,
          purpose: "工作台待评价测试",
          collateral: ["EQUIPMENT"],
          keyProject: null,
          urgency: "NORMAL",
        })
      ).json();
      const officer = (await jxj.get("/api/v1/auth/me")).json().user.id;
      const admitted = await jxj.post(`/api/v1/financing-demands/${posted.id}/curation`, {
        action: "admit",
        version: posted.version,
        note: "一企一策",
        officerUserId: officer,
        targetOrgIds: [],
      });
      expect(admitted.statusCode, admitted.body).toBe(200);
      // 工行's claim, taken a step from `state` (by the bank, or by the enterprise at the end).
      const step = async (state: string, body: Record<string, unknown>, client = icbc) => {
        const detail = (await client.get(`/api/v1/financing-demands/${posted.id}`)).json();
        const claim = (detail.claims as Claim[]).find(
          (candidate) => candidate.orgName === "中国工商银行十堰分行" && candidate.state === state,
        );
        if (!claim) throw new Error("no claim");
        const response = await client.post(`/api/v1/financing-claims/${claim.id}/actions`, {
          version: claim.version,
          ...body,
        });
        expect(response.statusCode, response.body).toBe(200);
      };
      await step("PUSHED", { action: "claim" });
      await step("CLAIMED", { action: "decline", reason: "抵押物不足" });

      const bench = await workbenchOf(enterprise);
      expect(demandItems(bench, "claim-outcome")).toEqual([posted.id]);
      expect(bench.items.find((item) => item.id === posted.id)).toMatchObject({
        status: "DECLINED",
        context: "中国工商银行十堰分行",
      });
      expect(bench.waiting.demands).toBe(1);
      expect(
        demandItems(await workbenchOf(await ctx.signIn("cqenterprise.operator")), "claim-outcome"),
      ).toEqual([]);

      await step("DECLINED", { action: "confirm", rating: 3, comment: "答复及时" }, enterprise);
      expect((await workbenchOf(enterprise)).waiting.demands).toBe(0);
    });
  });

  it("asks who is calling", async () => {
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/workbench" })).statusCode).toBe(401);
  });
});
