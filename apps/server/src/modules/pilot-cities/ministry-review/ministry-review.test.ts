import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, pilotApplications, pilotSelections } from "../../../db/schema";
import { type TestClient, useTestApp } from "../../../testing/test-app";

/** Seed 001's second batch, reviewed after both deadlines. */
const batchInput = (number: number, reviewersPerApplication: number) => ({
  number,
  name: `第${number}批产融合作试点城市`,
  documentNumber: "工信部联财函〔2020〕161号",
  opensOn: "2020-07-22",
  applicationDeadline: "2020-08-31",
  provincialDeadline: "2020-09-15",
  reviewersPerApplication,
});
const PLAN = { plan: { periodStart: "2021-01-01", periodEnd: "2023-12-31" }, indicators: {} };

/** A sheet on ADR 034's rubric (25/25/30/10/10, scale 10): the five scores in the rubric's order. */
const sheet = (...values: number[]) => ({
  scores: Object.fromEntries(
    ["COMMITMENT", "FOUNDATION", "PRACTICE", "RECOVERY", "INDICATORS"].map((code, i) => [
      code,
      String(values[i] ?? values[0]),
    ]),
  ),
  comments: "按评分标准逐项评分",
});

type Overview = {
  applications: {
    id: string;
    applicantName: string;
    reviewers: { assignmentId: string; expertId: string; expertName: string; total: string | null }[];
    exclusions: { expertId: string; reason: string; message: { zh: string } }[];
  }[];
};

describe("the ministry's review of pilot cities (issue 14 point 3)", () => {
  const ctx = useTestApp();
  const clients: Record<string, TestClient> = {};
  const c = (key: string): TestClient => {
    const client = clients[key];
    if (!client) throw new Error(`no client ${key}`);
    return client;
  };
  const experts = ["expertbj", "expertsh", "expertgd", "experthb", "expertsc"];
  let batchId: string;
  const apps: Record<string, string> = {};
  const fields = (response: { json(): { errors: { field: string; rule: string }[] } }) =>
    response.json().errors.map((e) => [e.field, e.rule]);
  const overview = async () =>
    (await c("miit").get(`/api/v1/pilot-batches/${batchId}/review`)).json() as Overview;

  async function openBatch(number: number, perApplication: number, applicants: string[]) {
    const opened = await c("miit").post("/api/v1/pilot-batches", batchInput(number, perApplication));
    const id = opened.json().id as string;
    for (const applicant of applicants) {
      const recorded = await c("miitAdmin").post(`/api/v1/pilot-batches/${id}/recorded-applications`, {
        applicantOrgId: ctx.orgs[applicant],
        submitted: PLAN,
        confirmedOn: "2020-09-15",
      });
      expect(recorded.statusCode, recorded.body).toBe(201);
      apps[applicant] = recorded.json().id;
    }
    return id;
  }

  beforeAll(async () => {
    ctx.setToday("2020-10-10");
    const users = {
      miit: "miit.operator",
      miitAdmin: "miit.admin",
      miitReviewer: "miit.reviewer",
      mofOperator: "mof.operator",
      province: "province.operator",
      MIIT: "miit.reviewer",
      MOF: "mof.reviewer",
      PBOC: "pboc.reviewer",
      NFRA: "nfra.reviewer",
      CSRC: "csrc.reviewer",
      ...Object.fromEntries(experts.map((e) => [e, `${e}.operator`])),
    };
    for (const [key, username] of Object.entries(users)) clients[key] = await ctx.signIn(username);
    // 宜昌 (湖北), 德阳 (四川), 宁波市鄞州区 (a 计划单列市's district: 浙江 for the same-province rule).
    batchId = await openBatch(2, 2, ["yichang", "deyang", "yinzhou"]);
  });

  it("lets only 工信部 manage the pool; a declared region conflict is kept", async () => {
    expect((await c("mofOperator").get("/api/v1/pilot-experts")).statusCode).toBe(403);
    expect((await c("expertbj").get("/api/v1/pilot-experts")).statusCode).toBe(403);
    const saved = await c("miit").put(`/api/v1/pilot-experts/${ctx.orgs.expertgd}`, {
      fields: ["产业金融"],
      conflicts: [{ regionCode: "510600" }],
      active: true,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const pool = (await c("miit").get("/api/v1/pilot-experts")).json();
    expect(pool).toHaveLength(5);
    expect(pool.find((e: { id: string }) => e.id === ctx.orgs.experthb)).toMatchObject({
      province: { zh: "湖北省" },
      active: true,
    });
    expect(pool.find((e: { id: string }) => e.id === ctx.orgs.expertgd)).toMatchObject({
      fields: ["产业金融"],
      conflicts: [{ regionCode: "510600" }],
    });
  });

  it("assigns two reviewers each, none from the applicant's province or conflicted, loads balanced, reasons shown", async () => {
    expect(
      (await c("mofOperator").post(`/api/v1/pilot-batches/${batchId}/review/assignments`)).statusCode,
    ).toBe(403);
    const assigned = await c("miit").post(`/api/v1/pilot-batches/${batchId}/review/assignments`);
    expect(assigned.statusCode, assigned.body).toBe(200);
    const { applications } = assigned.json() as Overview;
    const reviewersOf = (applicant: string) =>
      applications.find((a) => a.id === apps[applicant])?.reviewers.map((r) => r.expertId) ?? [];
    for (const applicant of ["yichang", "deyang", "yinzhou"]) expect(reviewersOf(applicant)).toHaveLength(2);
    expect(reviewersOf("yichang")).not.toContain(ctx.orgs.experthb);
    expect(reviewersOf("deyang")).not.toContain(ctx.orgs.expertsc);
    expect(reviewersOf("deyang")).not.toContain(ctx.orgs.expertgd);
    const loads = experts.map(
      (e) => applications.flatMap((a) => a.reviewers).filter((r) => r.expertId === ctx.orgs[e]).length,
    );
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    const yichang = applications.find((a) => a.id === apps.yichang);
    expect(yichang?.exclusions).toEqual([
      expect.objectContaining({
        expertId: ctx.orgs.experthb,
        reason: "same-province",
        message: expect.objectContaining({ zh: expect.stringContaining("湖北省") }),
      }),
    ]);
    expect(
      applications
        .find((a) => a.id === apps.deyang)
        ?.exclusions.map((e) => e.reason)
        .sort(),
    ).toEqual(["declared-conflict", "same-province"]);
  });

  it("refuses a manual reviewer from the same province or with a conflict, naming them, and changes nothing", async () => {
    const before = await overview();
    const same = await c("miit").put(`/api/v1/pilot-applications/${apps.yichang}/reviewers`, {
      expertIds: [ctx.orgs.expertbj, ctx.orgs.experthb],
      reason: "调整评审专家",
    });
    expect(same.statusCode).toBe(400);
    expect(fields(same as never)).toEqual([["expertIds.1", "same-province"]]);
    expect(same.json().errors[0].message).toContain("张敏");
    const conflicted = await c("miit").put(`/api/v1/pilot-applications/${apps.deyang}/reviewers`, {
      expertIds: [ctx.orgs.expertgd],
      reason: "调整评审专家",
    });
    expect(fields(conflicted as never)).toEqual([["expertIds.0", "declared-conflict"]]);
    expect(conflicted.json().errors[0].message).toContain("刘洋");
    expect(await overview()).toEqual(before);
    const manual = await c("miit").put(`/api/v1/pilot-applications/${apps.yinzhou}/reviewers`, {
      expertIds: [ctx.orgs.expertbj, ctx.orgs.experthb],
      reason: "鄞州区申报侧重科技金融,调整为相关领域专家",
    });
    expect(manual.statusCode, manual.body).toBe(200);
    const yinzhou = (manual.json() as Overview).applications.find((a) => a.id === apps.yinzhou);
    expect(yinzhou?.reviewers.map((r) => r.expertId).sort()).toEqual(
      [ctx.orgs.expertbj, ctx.orgs.experthb].sort(),
    );
  });

  it("an expert declaring a conflict is withdrawn and replaced by an eligible expert", async () => {
    const yichang = (await overview()).applications.find((a) => a.id === apps.yichang);
    const [leaving, staying] = yichang?.reviewers ?? [];
    const leaver = experts.find((e) => ctx.orgs[e] === leaving?.expertId) as string;
    const declared = await c(leaver).post(`/api/v1/pilot-review-tasks/${leaving?.assignmentId}/conflict`, {
      reason: "曾为宜昌市编制产融合作规划",
    });
    expect(declared.statusCode, declared.body).toBe(204);
    expect((await c(leaver).get(`/api/v1/pilot-review-tasks/${leaving?.assignmentId}`)).statusCode).toBe(404);
    const after = (await overview()).applications.find((a) => a.id === apps.yichang);
    const now = after?.reviewers.map((r) => r.expertId) ?? [];
    expect(now).toHaveLength(2);
    expect(now).toContain(staying?.expertId);
    expect(now).not.toContain(leaving?.expertId);
    expect(now).not.toContain(ctx.orgs.experthb);
    expect(after?.exclusions.find((e) => e.expertId === leaving?.expertId)?.reason).toBe("declared-conflict");
  });

  it("shows an expert only their assignments (others 404) and scores blind until scoring closes", async () => {
    const [first, second] =
      (await overview()).applications.find((a) => a.id === apps.yinzhou)?.reviewers ?? [];
    const outsider = experts.find(
      (e) => ![first?.expertId, second?.expertId].includes(ctx.orgs[e]),
    ) as string;
    expect((await c(outsider).get(`/api/v1/pilot-review-tasks/${first?.assignmentId}`)).statusCode).toBe(404);
    expect(
      (await c(outsider).put(`/api/v1/pilot-review-tasks/${first?.assignmentId}/sheet`, sheet(5))).statusCode,
    ).toBe(404);
    expect((await c("miit").get(`/api/v1/pilot-review-tasks/${first?.assignmentId}`)).statusCode).toBe(403);
    const tasks = (await c("expertbj").get("/api/v1/pilot-review-tasks")).json();
    expect(tasks.map((t: { applicationId: string }) => t.applicationId)).toContain(apps.yinzhou);

    const firstName = experts.find((e) => ctx.orgs[e] === first?.expertId) as string;
    const secondName = experts.find((e) => ctx.orgs[e] === second?.expertId) as string;
    const offScale = await c(firstName).put(
      `/api/v1/pilot-review-tasks/${first?.assignmentId}/sheet`,
      sheet(4, 4, 10.5, 4, 4.25),
    );
    expect(fields(offScale as never)).toEqual([
      ["scores.PRACTICE", "score-scale"],
      ["scores.INDICATORS", "score-scale"],
    ]);
    const scored = await c(firstName).put(
      `/api/v1/pilot-review-tasks/${first?.assignmentId}/sheet`,
      sheet(4),
    );
    expect(scored.json()).toMatchObject({ mySheet: { total: "40.00" }, otherSheets: [], submitted: PLAN });
    await c(secondName).put(`/api/v1/pilot-review-tasks/${second?.assignmentId}/sheet`, sheet(5));
    const seenByFirst = (await c(firstName).get(`/api/v1/pilot-review-tasks/${first?.assignmentId}`)).json();
    expect(seenByFirst.otherSheets).toEqual([]);
    const ministry = (await overview()).applications.find((a) => a.id === apps.yinzhou);
    expect(ministry?.reviewers.map((r) => r.total).sort()).toEqual(["40.00", "50.00"]);
  });

  it("refuses to close with sheets missing, then closes, opens the sheets and ranks by the plain mean of two", async () => {
    const early = await c("miit").post(`/api/v1/pilot-batches/${batchId}/review/close`);
    expect(early.statusCode).toBe(409);
    expect(early.json().errors[0].message).toContain("宜昌市人民政府");
    expect((await c("miit").get(`/api/v1/pilot-batches/${batchId}/review/ranking`)).statusCode).toBe(409);
    // 宜昌 80.00 and 84.50 → 82.25; 德阳 70.00 and 83.50 → 76.75.
    const sheets: Record<string, ReturnType<typeof sheet>[]> = {
      yichang: [sheet(8), sheet(9, 8, 9, 7, 8)],
      deyang: [sheet(7), sheet(8, 9, 8, 8, 9)],
    };
    for (const applicant of ["yichang", "deyang"]) {
      const reviewers =
        (await overview()).applications.find((a) => a.id === apps[applicant])?.reviewers ?? [];
      for (const [index, reviewer] of reviewers.entries()) {
        const expert = experts.find((e) => ctx.orgs[e] === reviewer.expertId) as string;
        const saved = await c(expert).put(
          `/api/v1/pilot-review-tasks/${reviewer.assignmentId}/sheet`,
          sheets[applicant]?.[index],
        );
        expect(saved.statusCode, saved.body).toBe(200);
      }
    }
    expect((await c("mofOperator").post(`/api/v1/pilot-batches/${batchId}/review/close`)).statusCode).toBe(
      403,
    );
    const closed = await c("miit").post(`/api/v1/pilot-batches/${batchId}/review/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().scoringClosedOn).toBe("2020-10-10");
    const [first] = (await overview()).applications.find((a) => a.id === apps.yinzhou)?.reviewers ?? [];
    const firstName = experts.find((e) => ctx.orgs[e] === first?.expertId) as string;
    const task = (await c(firstName).get(`/api/v1/pilot-review-tasks/${first?.assignmentId}`)).json();
    expect(task.otherSheets.map((s: { total: string }) => s.total)).toEqual(["50.00"]);
    expect(
      (await c(firstName).put(`/api/v1/pilot-review-tasks/${first?.assignmentId}/sheet`, sheet(9)))
        .statusCode,
    ).toBe(409);

    const ranking = (await c("MOF").get(`/api/v1/pilot-batches/${batchId}/review/ranking`)).json();
    expect(
      ranking.map(
        (r: { applicationId: string; rank: number; score: string; qualified: boolean; trimmed: boolean }) => [
          r.applicationId,
          r.rank,
          r.score,
          r.qualified,
          r.trimmed,
        ],
      ),
    ).toEqual([
      [apps.yichang, 1, "82.25", true, false],
      [apps.deyang, 2, "76.75", true, false],
      [apps.yinzhou, 3, "45.00", false, false],
    ]);
    expect((await c("province").get(`/api/v1/pilot-batches/${batchId}/review/ranking`)).statusCode).toBe(403);
    const workbook = await c("miit").get(`/api/v1/pilot-batches/${batchId}/review/ranking/export`);
    expect(workbook.statusCode).toBe(200);
    expect(workbook.headers["content-type"]).toContain("spreadsheetml");
  });

  it("the five departments decide on the list; a change voids their decisions; publication needs all five", async () => {
    const proposed = await c("miit").post(`/api/v1/pilot-batches/${batchId}/list`, {});
    expect(proposed.json()).toMatchObject({ version: 1, status: "PENDING" });
    expect(proposed.json().entries.map((e: { applicationId: string }) => e.applicationId)).toEqual([
      apps.yichang,
      apps.deyang,
    ]);
    const decide = (department: string, listVersion: number, decision = "approve", opinion = "同意") =>
      c(department).post(`/api/v1/pilot-batches/${batchId}/list/decisions`, {
        department,
        decision,
        listVersion,
        opinion,
      });

    const wrong = await c("MOF").post(`/api/v1/pilot-batches/${batchId}/list/decisions`, {
      department: "PBOC",
      decision: "approve",
      listVersion: 1,
      opinion: "",
    });
    expect(wrong.statusCode).toBe(403);
    expect(
      (
        await c("mofOperator").post(`/api/v1/pilot-batches/${batchId}/list/decisions`, {
          department: "MOF",
          decision: "approve",
          listVersion: 1,
          opinion: "",
        })
      )?.statusCode,
    ).toBe(403);
    expect((await decide("MOF", 1)).statusCode).toBe(200);
    const noReason = await decide("PBOC", 1, "reject", "");
    expect(fields(noReason as never)).toEqual([["opinion", "required"]]);
    const early = await c("miitReviewer").post(`/api/v1/pilot-batches/${batchId}/list/publish`);
    expect(fields(early as never)).toEqual([["type", "list-not-approved"]]);
    expect(early.json().errors[0].message).toContain("工业和信息化部");

    const changed = await c("miit").put(`/api/v1/pilot-batches/${batchId}/list`, {
      applicationIds: [apps.deyang, apps.yichang],
      reason: "按地区均衡调整顺序",
      listVersion: 1,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      version: 2,
      status: "PENDING",
      invalidated: [{ department: "MOF" }],
    });
    expect(changed.json().decisions).toEqual([
      expect.objectContaining({ department: "MOF", listVersion: 1, voided: true }),
    ]);
    expect(fields((await decide("MOF", 1)) as never)).toEqual([["listVersion", "list-changed"]]);

    for (const department of ["MIIT", "MOF", "PBOC", "NFRA", "CSRC"])
      expect((await decide(department, 2)).statusCode).toBe(200);
    expect((await decide("CSRC", 2)).statusCode).toBe(400);
    const list = (await c("CSRC").get(`/api/v1/pilot-batches/${batchId}/list`)).json();
    expect(list.status).toBe("APPROVED");
    expect(list.decisions.filter((d: { voided: boolean }) => !d.voided)).toHaveLength(5);

    expect((await c("MOF").post(`/api/v1/pilot-batches/${batchId}/list/publish`)).statusCode).toBe(403);
    const published = await c("miitReviewer").post(`/api/v1/pilot-batches/${batchId}/list/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: "PUBLISHED", publishedOn: "2020-10-10" });
    const statuses = await ctx.database.db
      .select()
      .from(pilotApplications)
      .where(eq(pilotApplications.batchId, batchId));
    expect(Object.fromEntries(statuses.map((a) => [a.id, a.status]))).toEqual({
      [apps.yichang as string]: "SELECTED",
      [apps.deyang as string]: "SELECTED",
      [apps.yinzhou as string]: "NOT_SELECTED",
    });
    const selections = await ctx.database.db
      .select()
      .from(pilotSelections)
      .where(eq(pilotSelections.batchId, batchId));
    expect(
      selections.map((s) => [s.applicationId, s.listPosition, s.planPeriodStart, s.planPeriodEnd]).sort(),
    ).toEqual(
      [
        [apps.deyang, 1, "2021-01-01", "2023-12-31"],
        [apps.yichang, 2, "2021-01-01", "2023-12-31"],
      ].sort(),
    );
    const audits = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, batchId));
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(["pilot-list.change", "pilot-list.publish"]),
    );

    const anonymous = await ctx.app.inject({ method: "GET", url: "/api/v1/public/pilot-cities" });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual([
      expect.objectContaining({
        batchNumber: 2,
        publishedOn: "2020-10-10",
        pilots: [
          {
            city: "德阳市人民政府",
            regionCode: "510600",
            province: { zh: "四川省", en: expect.any(String) },
            planPeriodStart: "2021-01-01",
            planPeriodEnd: "2023-12-31",
          },
          expect.objectContaining({
            city: "宜昌市人民政府",
            province: expect.objectContaining({ zh: "湖北省" }),
          }),
        ],
      }),
    ]);
  });

  it("aggregates five sheets by the trimmed mean and flags the outlier (ADR 034, by hand)", async () => {
    // 湖州 (浙江): none of the five experts is from 浙江, so all five review it.
    const trimmedBatch = await openBatch(5, 5, ["huzhou"]);
    const assigned = (
      await c("miit").post(`/api/v1/pilot-batches/${trimmedBatch}/review/assignments`)
    ).json() as Overview;
    const reviewers = assigned.applications[0]?.reviewers ?? [];
    expect(reviewers).toHaveLength(5);
    // 80.00, 84.50 (22.5+20+27+7+8), 70.00, 83.50 (20+22.5+24+8+9), 40.00: mean 358/5 = 71.60;
    // 40.00 is 31.60 from it (> 15, flagged), 84.50 only 12.90. Trimmed: (80+70+83.5)/3 = 77.8333… → 77.83.
    const byExpert: Record<string, ReturnType<typeof sheet>> = {
      expertbj: sheet(8),
      expertsh: sheet(9, 8, 9, 7, 8),
      expertgd: sheet(7),
      experthb: sheet(8, 9, 8, 8, 9),
      expertsc: sheet(4),
    };
    for (const reviewer of reviewers) {
      const expert = experts.find((e) => ctx.orgs[e] === reviewer.expertId) as string;
      await c(expert).put(`/api/v1/pilot-review-tasks/${reviewer.assignmentId}/sheet`, byExpert[expert]);
    }
    expect((await c("miit").post(`/api/v1/pilot-batches/${trimmedBatch}/review/close`)).statusCode).toBe(200);
    const [row] = (await c("miit").get(`/api/v1/pilot-batches/${trimmedBatch}/review/ranking`)).json();
    expect(row).toMatchObject({ rank: 1, score: "77.83", sheetCount: 5, trimmed: true, qualified: true });
    expect(
      row.sheets
        .filter((s: { outlier: boolean }) => s.outlier)
        .map((s: { expertId: string; total: string }) => [s.expertId, s.total]),
    ).toEqual([[ctx.orgs.expertsc, "40.00"]]);
  });
});
