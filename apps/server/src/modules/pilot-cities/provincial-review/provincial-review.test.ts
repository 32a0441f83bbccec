import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../../db/schema";
import {
  addCityApplicant,
  COMPLETE_PLAN,
  HUBEI_DEPARTMENTS,
  json,
  PDF,
  reviewedByHubei,
  SECOND_BATCH,
  submittedApplication,
  uploadTo,
} from "../../../testing/pilot-applications";
import { type TestClient, useTestApp } from "../../../testing/test-app";

type Issue = { field: string; rule: string; message: string };
const issuesOf = (response: { json(): unknown }) =>
  (response.json() as { errors: Issue[] }).errors.map((issue) => [issue.field, issue.rule]);
const messageOf = (response: { json(): unknown }) =>
  (response.json() as { errors: Issue[] }).errors[0]?.message;

describe("the province reviews and recommends within its quota (seed 001 §三(二), issue 14 points 3–4)", () => {
  const ctx = useTestApp();
  let miit: TestClient;
  let danjiangkou: TestClient;
  let xiangyang: TestClient;
  let shiyan: TestClient;
  let mianyang: TestClient;
  let hubei: TestClient[];
  let hbMiit: TestClient;
  let hbMof: TestClient;
  let hbPbc: TestClient;
  let hubeiOperator: TestClient;
  let sichuan: TestClient;
  let batchId: string;
  const ids: Record<string, string> = {};
  const app = (id: string, path = "") => `/api/v1/pilot-applications/${id}${path}`;
  const unitUrl = (code = "420000") => `/api/v1/pilot-batches/${batchId}/recommending-units/${code}`;

  beforeAll(async () => {
    ctx.setToday("2020-08-20");
    await addCityApplicant(ctx.database.db, "yunxi", "郧西县人民政府", "420322");
    const as = (username: string) => ctx.signIn(username);
    miit = await as("miit.operator");
    danjiangkou = await as("applicant.operator");
    xiangyang = await as("xiangyang.operator");
    shiyan = await as("yunxi.operator");
    mianyang = await as("mianyang.operator");
    hubeiOperator = await as("province.operator");
    sichuan = await as("scjxt.reviewer");
    hubei = await Promise.all(HUBEI_DEPARTMENTS.map((username) => ctx.signIn(username)));
    [hbMiit, hbMof, hbPbc] = hubei as [TestClient, TestClient, TestClient];
    batchId = json(await miit.post("/api/v1/pilot-batches", SECOND_BATCH)).id as string;
    ids.danjiangkou = await submittedApplication(danjiangkou, batchId);
    ids.xiangyang = await submittedApplication(xiangyang, batchId);
    ids.shiyan = await submittedApplication(shiyan, batchId);
    ids.mianyang = await submittedApplication(mianyang, batchId);
  });

  it("keeps each province to its own applications and each city to its own", async () => {
    const hubeiList = json(await hbMiit.get(`/api/v1/pilot-applications?batchId=${batchId}`)) as unknown as {
      id: string;
      draft: unknown;
    }[];
    expect(hubeiList.map((a) => a.id).sort()).toEqual([ids.danjiangkou, ids.xiangyang, ids.shiyan].sort());
    expect(hubeiList.every((a) => a.draft === null)).toBe(true);
    expect((await hbMiit.get(app(ids.mianyang as string))).statusCode).toBe(404);
    expect((await hbMof.get(app(ids.mianyang as string, "/review"))).statusCode).toBe(404);
    const sichuanList = json(await sichuan.get("/api/v1/pilot-applications")) as unknown as { id: string }[];
    expect(sichuanList.map((a) => a.id)).toEqual([ids.mianyang]);
    expect((await sichuan.get(app(ids.danjiangkou as string))).statusCode).toBe(404);
    const own = json(await danjiangkou.get("/api/v1/pilot-applications")) as unknown as { id: string }[];
    expect(own.map((a) => a.id)).toEqual([ids.danjiangkou]);
    expect((await danjiangkou.get(app(ids.xiangyang as string))).statusCode).toBe(404);
    // The ministry reads only what provinces recommended.
    expect(json(await miit.get("/api/v1/pilot-applications"))).toEqual([]);
  });

  it("lets each of the five departments give its opinion, and only a province's own officials", async () => {
    const id = ids.danjiangkou as string;
    const byOperator = await hubeiOperator.put(app(id, "/opinion"), { agrees: true, opinion: "同意" });
    expect(byOperator.statusCode).toBe(403);
    expect((await sichuan.put(app(id, "/opinion"), { agrees: true, opinion: "同意" })).statusCode).toBe(404);
    expect((await danjiangkou.put(app(id, "/opinion"), { agrees: true, opinion: "同意" })).statusCode).toBe(
      403,
    );
    const early = await hbMiit.post(app(id, "/recommendation"));
    expect(issuesOf(early)).toEqual([
      ["provincialScores", "required"],
      ["opinions", "opinions-required"],
    ]);
    expect(messageOf(early)).toBeDefined();
    await reviewedByHubei(hubei, id);
    const reviewed = json(await hbPbc.get(app(id, "/review")));
    expect((reviewed.opinions as { department: string }[]).map((o) => o.department).sort()).toEqual([
      "CSRC",
      "MIIT",
      "MOF",
      "NFRA",
      "PBOC",
    ]);
    expect(reviewed.provincialPoints).toBe("74.00");
  });

  it("lets only the 工信 department score, on the rubric's scale", async () => {
    const id = ids.xiangyang as string;
    const scores = { COMMITMENT: "8", FOUNDATION: "8", PRACTICE: "9", RECOVERY: "7" };
    expect((await hbMof.put(app(id, "/provincial-scores"), { scores })).statusCode).toBe(403);
    const off = await hbMiit.put(app(id, "/provincial-scores"), {
      scores: { ...scores, PRACTICE: "10.5" },
    });
    expect(issuesOf(off)).toEqual([["scores.PRACTICE", "score-scale"]]);
  });

  it("recommends in order and audits who, when and why", async () => {
    const first = await hbMiit.post(app(ids.danjiangkou as string, "/recommendation"));
    expect(first.statusCode, first.body).toBe(200);
    expect(json(first)).toMatchObject({ status: "AT_MINISTRY", recommendationRank: 1 });
    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "pilot-application.recommend"));
    expect(audit).toMatchObject({ actorUsername: "province.reviewer", entityId: ids.danjiangkou });
    const atMinistry = (await miit.get("/api/v1/pilot-applications")).json() as { id: string }[];
    expect(atMinistry.map((a) => a.id)).toEqual([ids.danjiangkou]);
  });

  it("returns for correction with a reason; the city corrects and resubmits until the provincial deadline", async () => {
    const id = ids.xiangyang as string;
    await reviewedByHubei(hubei, id);
    const noReason = await hbMiit.post(app(id, "/return"), { reason: " " });
    expect(noReason.statusCode).toBe(400);
    const returned = await hbMiit.post(app(id, "/return"), { reason: "重点项目融资安排不具体,请补充" });
    expect(json(returned)).toMatchObject({
      status: "RETURNED",
      decisionReason: "重点项目融资安排不具体,请补充",
    });
    expect(json(returned).opinions).toEqual([]);
    const seen = json(await xiangyang.get(app(id)));
    expect(seen).toMatchObject({ status: "RETURNED", decisionReason: "重点项目融资安排不具体,请补充" });
    ctx.setToday("2020-09-05"); // after the application deadline, before the provincial one
    const corrected = await xiangyang.put(app(id, "/plan"), {
      ...COMPLETE_PLAN,
      sections: { ...COMPLETE_PLAN.sections, "4": "重点项目:襄阳新能源汽车产业园,银团贷款30亿元。" },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const resubmitted = await xiangyang.post(app(id, "/submission"));
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect(
      (json(resubmitted).submitted as { plan: { sections: Record<string, string> } }).plan.sections["4"],
    ).toContain("银团贷款30亿元");
  });

  it("refuses a recommendation over the quota and a decline without a reason", async () => {
    await reviewedByHubei(hubei, ids.xiangyang as string);
    const second = await hbMiit.post(app(ids.xiangyang as string, "/recommendation"));
    expect(json(second)).toMatchObject({ status: "AT_MINISTRY", recommendationRank: 2 });
    await reviewedByHubei(hubei, ids.shiyan as string);
    const third = await hbMiit.post(app(ids.shiyan as string, "/recommendation"));
    expect(issuesOf(third)).toEqual([["action", "recommendation-quota"]]);
    expect(messageOf(third)).toContain("不超过2个");
    expect((await hbMiit.post(app(ids.shiyan as string, "/decline"), { reason: "" })).statusCode).toBe(400);
  });

  it("confirms the list with the joint document by the provincial deadline, then locks it", async () => {
    const undecided = await uploadTo(hbMiit, `${unitUrl()}/confirmation`, "联合上报文件.pdf", PDF);
    expect(issuesOf(undecided)).toEqual([[`applications.${ids.shiyan}`, "undecided"]]);
    const declined = await hbMiit.post(app(ids.shiyan as string, "/decline"), {
      reason: "名额已满,综合排名第三",
    });
    expect(json(declined)).toMatchObject({
      status: "NOT_RECOMMENDED",
      decisionReason: "名额已满,综合排名第三",
    });

    expect((await uploadTo(sichuan, `${unitUrl()}/confirmation`, "联合上报文件.pdf", PDF)).statusCode).toBe(
      404,
    );
    expect((await uploadTo(hbMof, `${unitUrl()}/confirmation`, "x.pdf", PDF)).statusCode).toBe(403);
    ctx.setToday("2020-09-16");
    const late = await uploadTo(hbMiit, `${unitUrl()}/confirmation`, "联合上报文件.pdf", PDF);
    expect(issuesOf(late)).toEqual([["action", "deadline-passed"]]);
    expect(messageOf(late)).toContain("2020-09-15");
    ctx.setToday("2020-09-15");
    const confirmed = await uploadTo(hbMiit, `${unitUrl()}/confirmation`, "联合上报文件.pdf", PDF);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(json(confirmed)).toMatchObject({ confirmedOn: "2020-09-15", quota: 2, recommended: 2, left: 0 });
    const ranked = (json(confirmed).applications as { id: string; recommendationRank: number | null }[])
      .filter((a) => a.recommendationRank !== null)
      .map((a) => a.id);
    expect(ranked).toEqual([ids.danjiangkou, ids.xiangyang]);
    const document = await hbMiit.get(`${unitUrl()}/joint-document`);
    expect(document.rawPayload.equals(PDF)).toBe(true);
    const again = await uploadTo(hbMiit, `${unitUrl()}/confirmation`, "联合上报文件.pdf", PDF);
    expect(again.statusCode).toBe(409);
    expect(
      (await hbMof.put(app(ids.shiyan as string, "/opinion"), { agrees: true, opinion: "x" })).statusCode,
    ).toBe(409);
    expect((await miit.get(unitUrl())).statusCode).toBe(200);
    expect((await sichuan.get(unitUrl())).statusCode).toBe(404);
  });
});
