import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, pilotApplications, users } from "../../../db/schema";
import {
  applicationRows,
  planSections,
  recordFirstBatch,
  recordPilot,
  tableValues,
} from "../../../testing/pilots";
import { type TestClient, useTestApp } from "../../../testing/test-app";

/**
 * Seed 001 §四(一): a first-batch pilot whose plan has ended renews in the second batch
 * (2020-07-22 to 2020-08-31) straight to the ministry, which extends it by a new period.
 * 十堰's plan ran 2017–2019; 长沙's runs until 2020-12-31.
 */
const SECOND_BATCH = {
  number: 2,
  name: "第二批产融合作试点城市",
  documentNumber: "工信部联财函〔2020〕161号",
  opensOn: "2020-07-22",
  applicationDeadline: "2020-08-31",
  provincialDeadline: "2020-09-15",
};
const NEW_PERIOD = { from: "2021-01-01", to: "2023-12-31" };
const renewal = (period = NEW_PERIOD, sections = planSections("延续试点方案")) => ({
  plan: { periodStart: period.from, periodEnd: period.to, sections },
  // The second batch's template asks for 2017–2019 as they were, then the new period's targets.
  indicators: applicationRows([2017, 2018, 2019], period, "1.2"),
});

describe("pilot renewals (seed 001 §四(一), issue 14)", () => {
  const ctx = useTestApp();
  let shiyan: TestClient;
  let changsha: TestClient;
  let danjiangkou: TestClient;
  let miitOperator: TestClient;
  let miit: TestClient;
  let mof: TestClient;
  let province: TestClient;
  let shiyanPilot: string;
  let renewalId: string;
  const fields = (response: { json(): { errors: { field: string; rule: string }[] } }) =>
    response.json().errors.map((error) => [error.field, error.rule]);

  beforeAll(async () => {
    [shiyan, changsha, danjiangkou, miitOperator, miit, mof, province] = await Promise.all([
      ctx.signIn("sypilot.operator"),
      ctx.signIn("cspilot.operator"),
      ctx.signIn("applicant.operator"),
      ctx.signIn("miit.operator"),
      ctx.signIn("miit.reviewer"),
      ctx.signIn("mof.reviewer"),
      ctx.signIn("province.reviewer"),
    ]);
    const db = ctx.database.db;
    const [opener] = await db.select().from(users).where(eq(users.username, "miit.operator"));
    const batchId = await recordFirstBatch(db, opener?.id ?? "");
    shiyanPilot = await recordPilot(db, {
      batchId,
      orgId: ctx.orgs.sypilot ?? "",
      regionCode: "420300",
      unitCode: "420000",
      period: { from: "2017-01-01", to: "2019-12-31" },
    });
    await recordPilot(db, {
      batchId,
      orgId: ctx.orgs.cspilot ?? "",
      regionCode: "430100",
      unitCode: "430000",
      period: { from: "2018-01-01", to: "2020-12-31" },
    });
    ctx.setToday("2020-08-20");
  });

  it("refuses a renewal while no batch is open", async () => {
    const refused = await shiyan.post("/api/v1/pilot-renewals", renewal());
    expect(fields(refused)).toEqual([["action", "batch-not-open"]]);
    expect((await shiyan.get("/api/v1/pilot-renewals/eligibility")).json().refusal.zh).toBe(
      "当前没有开放申报的批次",
    );
    const opened = await miitOperator.post("/api/v1/pilot-batches", SECOND_BATCH);
    expect(opened.statusCode, opened.body).toBe(201);
  });

  it("refuses a pilot whose plan has not ended, and a city that is not a pilot, with the reason", async () => {
    const early = await changsha.post("/api/v1/pilot-renewals", renewal());
    expect(early.statusCode).toBe(400);
    expect(fields(early)).toEqual([["actor", "renewal-not-open"]]);
    expect(early.json().errors[0].message).toContain("2020-12-31");
    expect((await changsha.get("/api/v1/pilot-renewals/eligibility")).json()).toMatchObject({
      batchNumber: 2,
      periodEnd: "2020-12-31",
      refusal: { en: "The plan runs until 2020-12-31; renewal is possible once it has ended" },
    });
    expect(fields(await danjiangkou.post("/api/v1/pilot-renewals", renewal()))).toEqual([
      ["actor", "not-a-pilot"],
    ]);
    expect((await province.post("/api/v1/pilot-renewals", renewal())).statusCode).toBe(403);
    expect(
      await ctx.database.db.select().from(pilotApplications).where(eq(pilotApplications.kind, "RENEWAL")),
    ).toEqual([]);
  });

  it("checks the new plan: a period after the old one of at most three years, every section, every target", async () => {
    const overlapping = await shiyan.post(
      "/api/v1/pilot-renewals",
      renewal({ from: "2019-07-01", to: "2021-12-31" }),
    );
    expect(fields(overlapping)).toEqual([["plan.periodStart", "renewal-period-overlap"]]);
    const tooLong = await shiyan.post(
      "/api/v1/pilot-renewals",
      renewal({ from: "2021-01-01", to: "2024-01-01" }),
    );
    expect(fields(tooLong)).toEqual([["plan.periodEnd", "plan-period-max-years"]]);
    const { "3.4": _risk, ...sections } = planSections("延续试点方案");
    const body = renewal(NEW_PERIOD, sections);
    body.indicators = body.indicators.map((row) =>
      row.code === "F01" ? { ...row, values: { ...row.values, "target-2023": "" } } : row,
    );
    const incomplete = await shiyan.post("/api/v1/pilot-renewals", body);
    expect(fields(incomplete)).toEqual([
      ["plan.sections.3.4", "required"],
      ["indicators.6.target-2023", "indicator-required"],
    ]);
  });

  it("submits a due renewal straight to the ministry, once per batch", async () => {
    expect((await shiyan.get("/api/v1/pilot-renewals/eligibility")).json()).toMatchObject({
      batchNumber: 2,
      pilotId: shiyanPilot,
      periodEnd: "2019-12-31",
      refusal: null,
    });
    const submitted = await shiyan.post("/api/v1/pilot-renewals", renewal());
    expect(submitted.statusCode, submitted.body).toBe(201);
    const body = submitted.json();
    renewalId = body.id;
    expect(body).toMatchObject({
      status: "AT_MINISTRY",
      renews: shiyanPilot,
      batch: { number: 2 },
      plan: { periodStart: "2021-01-01", periodEnd: "2023-12-31" },
      indicators: tableValues(applicationRows([2017, 2018, 2019], NEW_PERIOD, "1.2")),
      decision: null,
    });
    const [row] = await ctx.database.db
      .select()
      .from(pilotApplications)
      .where(eq(pilotApplications.id, renewalId));
    expect(row).toMatchObject({ kind: "RENEWAL", recommendingUnitCode: null, status: "AT_MINISTRY" });
    expect((await shiyan.post("/api/v1/pilot-renewals", renewal())).statusCode).toBe(409);
    // The province has no step in it but sees its region's renewals; 长沙 sees none of 十堰's.
    expect((await province.get("/api/v1/pilot-renewals")).json().map((r: { id: string }) => r.id)).toEqual([
      renewalId,
    ]);
    expect((await changsha.get("/api/v1/pilot-renewals")).json()).toEqual([]);
  });

  it("lets only MIIT decide: a decline needs a reason, the new period must follow the old", async () => {
    const extend = { decision: "EXTEND", version: 1, periodStart: "2021-01-01", periodEnd: "2023-12-31" };
    for (const client of [shiyan, province, mof]) {
      expect((await client.post(`/api/v1/pilot-renewals/${renewalId}/decision`, extend)).statusCode).toBe(
        403,
      );
    }
    expect((await miitOperator.post(`/api/v1/pilot-renewals/${renewalId}/decision`, extend)).statusCode).toBe(
      400,
    );
    const noReason = await miit.post(`/api/v1/pilot-renewals/${renewalId}/decision`, {
      decision: "DECLINE",
      version: 1,
      reason: " ",
    });
    expect(noReason.statusCode).toBe(400);
    const overlapping = await miit.post(`/api/v1/pilot-renewals/${renewalId}/decision`, {
      ...extend,
      periodStart: "2019-12-31",
      periodEnd: "2022-12-30",
    });
    expect(fields(overlapping)).toEqual([["periodStart", "renewal-period-overlap"]]);
  });

  it("extends the pilot with the new period: a second pilot term with the renewal's targets, audited", async () => {
    const decided = await miit.post(`/api/v1/pilot-renewals/${renewalId}/decision`, {
      decision: "EXTEND",
      version: 1,
      periodStart: "2021-01-01",
      periodEnd: "2023-12-31",
      reason: "原实施方案已完成,延续方案目标明确",
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({
      status: "SELECTED",
      decision: { decision: "EXTENDED", periodStart: "2021-01-01", periodEnd: "2023-12-31" },
    });
    const terms = (await shiyan.get("/api/v1/pilots")).json();
    expect(
      terms.map((t: { kind: string; periodStart: string; periodEnd: string }) => [
        t.kind,
        t.periodStart,
        t.periodEnd,
      ]),
    ).toEqual([
      ["NEW", "2017-01-01", "2019-12-31"],
      ["RENEWAL", "2021-01-01", "2023-12-31"],
    ]);
    const renewed = (await miit.get(`/api/v1/pilots/${renewalId}`)).json();
    expect(renewed.targets.F01["target-2021"]).toBe("614.82"); // 512.35 × 1.2
    expect(renewed.years.map((y: { year: number }) => y.year)).toEqual([2021, 2022, 2023]);
    const again = await miit.post(`/api/v1/pilot-renewals/${renewalId}/decision`, {
      decision: "DECLINE",
      version: 2,
      reason: "重复",
    });
    expect(fields(again)).toEqual([["action", "action-not-allowed-in-state"]]);
    const audits = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, renewalId));
    expect(audits.map((a) => [a.action, a.actorUsername])).toEqual([
      ["pilot-renewal.submit", "sypilot.operator"],
      ["pilot-renewal.extend", "miit.reviewer"],
    ]);
  });
});
