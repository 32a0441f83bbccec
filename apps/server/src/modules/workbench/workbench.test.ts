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
}
interface Workbench {
  waiting: Record<"total" | "applications" | "payments" | "defaultCases" | "claims" | "products", number>;
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
    for (const item of [...ofKind("application"), ...cq.latest]) expect(item.title).toMatch(/^重庆/);
    const icbc = await workbenchOf(await ctx.signIn("icbc.operator"));
    for (const item of [...icbc.items, ...icbc.latest]) expect(item.title).not.toContain("重庆");
  });

  it("gives an enterprise with nothing waiting its latest loans instead", async () => {
    const bench = await workbenchOf(await ctx.signIn("enterprise.operator"));
    expect(bench.waiting.total).toBe(0);
    expect(bench.items).toEqual([]);
    expect(bench.latest.map((item) => item.status)).toEqual(["SETTLED", "SETTLED"]);
  });

  it("asks who is calling", async () => {
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/workbench" })).statusCode).toBe(401);
  });
});
