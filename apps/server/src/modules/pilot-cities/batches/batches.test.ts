import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, pilotRecommendingUnits } from "../../../db/schema";
import { SECOND_BATCH } from "../../../testing/pilot-applications";
import { type TestClient, useTestApp } from "../../../testing/test-app";

describe("pilot-city batches (seed 001, issue 14 point 1)", () => {
  const ctx = useTestApp();
  let miit: TestClient;
  let miitReviewer: TestClient;
  let province: TestClient;
  let applicant: TestClient;
  let bank: TestClient;
  let mof: TestClient;
  const issues = (response: { json(): { errors: { field: string; rule: string }[] } }) =>
    response.json().errors.map((error) => [error.field, error.rule]);

  beforeAll(async () => {
    ctx.setToday("2020-08-31");
    [miit, miitReviewer, province, applicant, bank, mof] = await Promise.all([
      ctx.signIn("miit.operator"),
      ctx.signIn("miit.reviewer"),
      ctx.signIn("province.operator"),
      ctx.signIn("applicant.operator"),
      ctx.signIn("icbc.operator"),
      ctx.signIn("mof.operator"),
    ]);
  });

  it("lets only the MIIT ministry's operators and admins open a batch", async () => {
    for (const client of [province, applicant, bank, miitReviewer, mof]) {
      expect((await client.post("/api/v1/pilot-batches", SECOND_BATCH)).statusCode).toBe(403);
    }
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/pilot-batches" })).statusCode).toBe(401);
  });

  it("opens the second batch with the outline, template, rubric and the 37 units' quotas frozen in it", async () => {
    const opened = await miit.post("/api/v1/pilot-batches", SECOND_BATCH);
    expect(opened.statusCode, opened.body).toBe(201);
    const batch = opened.json();
    expect(batch).toMatchObject({
      ...SECOND_BATCH,
      timeZone: "Asia/Shanghai",
      progressReportDue: "03-31",
      reviewersPerApplication: 2,
      phase: "APPLYING",
      indicatorTemplate: { actualYears: [2017, 2018, 2019] },
    });
    expect(batch.conditions.map((c: { clause: string }) => c.clause)).toEqual([
      "二(一)",
      "二(二)",
      "二(三)",
      "二(四)",
    ]);
    expect(batch.outline.find((s: { code: string }) => s.code === "2.2")).toMatchObject({ parentCode: "2" });
    expect(batch.indicatorTemplate.indicators.find((i: { code: string }) => i.code === "F01")).toMatchObject({
      unit: "亿元",
      required: true,
    });
    expect(batch.strategies.map((s: { name: { zh: string } }) => s.name.zh)).toContain("粤港澳大湾区建设");
    const quota = (code: string) =>
      batch.recommendingUnits.find((unit: { code: string }) => unit.code === code)?.quota;
    expect(batch.recommendingUnits).toHaveLength(37);
    expect([quota("420000"), quota("440000"), quota("440300"), quota("660000")]).toEqual([2, 2, 1, 1]);

    const stored = await ctx.database.db
      .select()
      .from(pilotRecommendingUnits)
      .where(eq(pilotRecommendingUnits.batchId, batch.id));
    expect(stored.reduce((sum, unit) => sum + unit.quota, 0)).toBe(31 * 2 + 6);
    const [audit] = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, batch.id));
    expect(audit?.action).toBe("pilot-batch.open");
  });

  it("lets everyone signed in read the batches and a batch, with its phase on the business date", async () => {
    const listed = await applicant.get("/api/v1/pilot-batches");
    expect(listed.statusCode).toBe(200);
    const [batch] = listed.json();
    expect(batch).toMatchObject({ number: 2, phase: "APPLYING" });
    ctx.setToday("2020-09-01");
    const detail = await province.get(`/api/v1/pilot-batches/${batch.id}`);
    expect(detail.json()).toMatchObject({ number: 2, phase: "RECOMMENDING" });
    ctx.setToday("2020-08-31");
    expect((await bank.get("/api/v1/pilot-batches/00000000-0000-4000-8000-000000000000")).statusCode).toBe(
      404,
    );
  });

  it("refuses a schedule out of order, an unknown time zone, a report day not in every year and a batch number taken, changing nothing", async () => {
    const late = await miit.post("/api/v1/pilot-batches", {
      ...SECOND_BATCH,
      number: 3,
      provincialDeadline: "2020-08-30",
    });
    expect(late.statusCode).toBe(400);
    expect(issues(late)).toEqual([["provincialDeadline", "provincial-deadline-after-application-deadline"]]);
    const zone = await miit.post("/api/v1/pilot-batches", {
      ...SECOND_BATCH,
      number: 3,
      timeZone: "Mars/Olympus",
    });
    expect(issues(zone)).toEqual([["timeZone", "time-zone"]]);
    for (const progressReportDue of ["02-29", "04-31", "3-31"]) {
      const day = await miit.post("/api/v1/pilot-batches", { ...SECOND_BATCH, number: 3, progressReportDue });
      expect(issues(day)).toEqual([["progressReportDue", "month-day"]]);
    }
    const taken = await miit.post("/api/v1/pilot-batches", SECOND_BATCH);
    expect(taken.statusCode).toBe(409);
    expect(issues(taken)).toEqual([["number", "unique"]]);
    expect((await miit.get("/api/v1/pilot-batches")).json()).toHaveLength(1);
  });

  it("asks for each year's progress report by the day the ministry sets when it opens a batch", async () => {
    const opened = await miit.post("/api/v1/pilot-batches", {
      ...SECOND_BATCH,
      number: 9,
      progressReportDue: "04-30",
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const detail = await applicant.get(`/api/v1/pilot-batches/${opened.json().id}`);
    expect(detail.json()).toMatchObject({ number: 9, progressReportDue: "04-30" });
  });
});
