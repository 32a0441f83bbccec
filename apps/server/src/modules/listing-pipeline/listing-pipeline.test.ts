import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, organisations } from "../../db/schema";
import { buildEnterpriseInput } from "../../testing/factories";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { rowValues, workbookOf } from "../../testing/workbooks";

describe("the listing pipeline (千里马, seed 004 §二(二), §五(二))", () => {
  const ctx = useTestApp();
  let jxj: TestClient;
  let jxjReviewer: TestClient;
  let cqjxw: TestClient;
  let czj: TestClient;
  let enterprise: TestClient;
  let icbc: TestClient;
  let ids: { shiyan: string; shiyanOther: string; chongqing: string };

  const add = (client: TestClient, enterpriseId: string, overrides: Record<string, unknown> = {}) =>
    client.post("/api/v1/listing-pipeline", {
      enterpriseId,
      stage: "RESERVE",
      stageReachedOn: "2026-03-01",
      board: "BSE",
      ...overrides,
    });
  const issues = (response: { json(): { errors: { field: string; rule: string }[] } }) =>
    response.json().errors.map((error) => [error.field, error.rule]);

  beforeAll(async () => {
    ctx.setToday("2026-12-05");
    [jxj, jxjReviewer, cqjxw, czj, enterprise, icbc] = await Promise.all([
      ctx.signIn("jxj.operator"),
      ctx.signIn("jxj.reviewer"),
      ctx.signIn("cqjxw.operator"),
      ctx.signIn("czj.reviewer"),
      ctx.signIn("enterprise.operator"),
      ctx.signIn("icbc.operator"),
    ]);
    const register = async (districtCode: string, sequence: number, client = jxj) => {
      const response = await client.post(
        "/api/v1/enterprises",
        buildEnterpriseInput({ districtCode }, sequence),
      );
      if (response.statusCode !== 201) throw new Error(response.body);
      return response.json().id as string;
    };
    ids = {
      shiyan: await register("420303", 8101),
      shiyanOther: await register("420302", 8102),
      chongqing: await register("500106", 8103, cqjxw),
    };
    await ctx.database.db
      .update(organisations)
      .set({ enterpriseId: ids.shiyan })
      .where(eq(organisations.id, ctx.orgs.enterprise ?? ""));
  });

  it("lets only the bureau of the enterprise's region add it, once, and names every refusal", async () => {
    expect((await add(enterprise, ids.shiyan)).statusCode).toBe(403);
    expect((await add(icbc, ids.shiyan)).statusCode).toBe(403);
    expect((await add(jxjReviewer, ids.shiyan)).statusCode).toBe(403);
    expect((await add(cqjxw, ids.shiyan)).statusCode).toBe(403);
    const future = await add(jxj, ids.shiyan, { stageReachedOn: "2026-12-06", ipoAgreementOn: "2027-01-01" });
    expect(future.statusCode).toBe(400);
    expect(issues(future)).toEqual([["stageReachedOn", "not-in-future"]]);

    const added = await add(jxj, ids.shiyan, {
      stage: "SHAREHOLDING_REFORM",
      stageReachedOn: "2026-05-20",
      board: "STAR",
      sponsor: "长江证券承销保荐有限公司",
      ipoAgreementOn: "2026-06-15",
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({
      stage: "SHAREHOLDING_REFORM",
      board: "STAR",
      regionCode: "420303",
      joinedOn: "2026-12-05",
      rewardStages: ["IPO_AGREEMENT"],
      canManage: true,
      history: [{ action: "add", toStage: "SHAREHOLDING_REFORM", reachedOn: "2026-05-20" }],
    });
    const again = await add(jxj, ids.shiyan);
    expect(again.statusCode).toBe(409);
    expect(issues(again)).toEqual([["enterpriseId", "already-in-pool"]]);
  });

  it("records each stage reached with its date and evidence, back a stage only with a reason", async () => {
    const [entry] = (await jxj.get("/api/v1/listing-pipeline")).json();
    const id = entry.id as string;
    const moved = await jxj.post(`/api/v1/listing-pipeline/${id}/stage`, {
      stage: "FILED",
      reachedOn: "2026-11-18",
      evidence: "上交所受理通知 科审〔2026〕118号",
      version: entry.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      stage: "FILED",
      stageReachedOn: "2026-11-18",
      rewardStages: ["IPO_AGREEMENT", "TUTORING_FILED", "IPO_ACCEPTED"],
    });

    const stale = await jxj.post(`/api/v1/listing-pipeline/${id}/stage`, {
      stage: "APPROVED",
      reachedOn: "2026-12-01",
      evidence: "审核通过",
      version: entry.version,
    });
    expect(stale.statusCode).toBe(409);
    const version = moved.json().version as number;
    const back = { stage: "TUTORING", reachedOn: "2026-12-02", evidence: "撤回申报", version };
    const noReason = await jxj.post(`/api/v1/listing-pipeline/${id}/stage`, back);
    expect(issues(noReason)).toEqual([["reason", "required"]]);
    const withReason = await jxj.post(`/api/v1/listing-pipeline/${id}/stage`, {
      ...back,
      reason: "财务数据更新,撤回后重新申报",
    });
    expect(withReason.statusCode).toBe(200);
    expect(
      withReason.json().history.map((h: { action: string; toStage: string }) => [h.action, h.toStage]),
    ).toEqual([
      ["add", "SHAREHOLDING_REFORM"],
      ["move", "FILED"],
      ["move", "TUTORING"],
    ]);
    expect(withReason.json().history[2]).toMatchObject({
      reason: "财务数据更新,撤回后重新申报",
      evidence: "撤回申报",
    });
    const audited = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audited.map((row) => row.action)).toEqual([
      "listing-pipeline.add",
      "listing-pipeline.move",
      "listing-pipeline.move",
    ]);
  });

  it("changes the board and intermediaries under the version it read", async () => {
    const [entry] = (await jxj.get("/api/v1/listing-pipeline")).json();
    const details = {
      board: "NEEQ",
      sponsor: null,
      lawFirm: "湖北元申律师事务所",
      auditor: null,
      ipoAgreementOn: null,
      note: "转向新三板挂牌",
      version: entry.version,
    };
    const edited = await jxj.put(`/api/v1/listing-pipeline/${entry.id}/details`, details);
    expect(edited.statusCode, edited.body).toBe(200);
    // A quotation board is rewarded by its own preset once quoted, not by the IPO stages.
    expect(edited.json()).toMatchObject({ board: "NEEQ", rewardStages: [], quotationReward: null });
    expect((await jxj.put(`/api/v1/listing-pipeline/${entry.id}/details`, details)).statusCode).toBe(409);
    expect((await czj.put(`/api/v1/listing-pipeline/${entry.id}/details`, details)).statusCode).toBe(403);
  });

  it("shows each region its own pool, an enterprise its own entry, and no one else anything", async () => {
    expect((await add(jxj, ids.shiyanOther, { board: "MAIN_BOARD" })).statusCode).toBe(201);
    expect((await add(cqjxw, ids.chongqing, { stage: "TUTORING" })).statusCode).toBe(201);
    const names = async (client: TestClient) =>
      ((await client.get("/api/v1/listing-pipeline")).json() as { enterpriseId: string }[]).map(
        (e) => e.enterpriseId,
      );
    expect((await names(jxj)).sort()).toEqual([ids.shiyan, ids.shiyanOther].sort());
    expect((await names(czj)).sort()).toEqual([ids.shiyan, ids.shiyanOther].sort());
    expect(await names(cqjxw)).toEqual([ids.chongqing]);
    expect(await names(enterprise)).toEqual([ids.shiyan]);
    expect((await icbc.get("/api/v1/listing-pipeline")).statusCode).toBe(403);

    const [chongqing] = (await cqjxw.get("/api/v1/listing-pipeline")).json();
    expect((await jxj.get(`/api/v1/listing-pipeline/${chongqing.id}`)).statusCode).toBe(404);
    expect((await enterprise.get(`/api/v1/listing-pipeline/${chongqing.id}`)).statusCode).toBe(404);
    const move = { stage: "FILED", reachedOn: "2026-12-01", evidence: "x", version: chongqing.version };
    expect((await jxj.post(`/api/v1/listing-pipeline/${chongqing.id}/stage`, move)).statusCode).toBe(404);
    expect((await enterprise.get("/api/v1/listing-pipeline/funnel")).statusCode).toBe(403);
  });

  it("counts the funnel by stage and board against the target of 500, and exports the pool", async () => {
    const funnel = (await jxj.get("/api/v1/listing-pipeline/funnel")).json();
    expect(funnel).toMatchObject({ total: 2, target: 500, progress: "0.4" });
    expect(funnel.byStage.find((s: { stage: string }) => s.stage === "TUTORING")).toEqual({
      stage: "TUTORING",
      count: 1,
      reachedAtLeast: 1,
    });
    expect(funnel.byStage[0]).toEqual({ stage: "RESERVE", count: 1, reachedAtLeast: 2 });
    const filtered = await jxj.get("/api/v1/listing-pipeline?board=MAIN_BOARD");
    expect(filtered.json().map((e: { enterpriseId: string }) => e.enterpriseId)).toEqual([ids.shiyanOther]);

    const exported = await jxj.get("/api/v1/listing-pipeline/export");
    expect(exported.statusCode).toBe(200);
    const sheet = (await workbookOf(exported.rawPayload)).getWorksheet("上市培育库");
    expect(rowValues(sheet, 1)).toContain("企业名称");
    expect(sheet?.rowCount).toBe(3);
    // Ordered by district: 茅箭区 (420302) before 张湾区 (420303), whose entry turned to 新三板.
    expect(rowValues(sheet, 2)).toContain("沪深主板");
    expect(rowValues(sheet, 3)).toContain("新三板");
  });
});
