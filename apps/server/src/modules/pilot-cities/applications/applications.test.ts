import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../../db/schema";
import {
  COMPLETE_INDICATORS,
  COMPLETE_PLAN,
  json,
  PDF,
  SECOND_BATCH,
  uploadTo,
} from "../../../testing/pilot-applications";
import { type TestClient, useTestApp } from "../../../testing/test-app";

type Issue = { field: string; rule: string; message: string };
const issuesOf = (response: { json(): unknown }) =>
  (response.json() as { errors: Issue[] }).errors.map((issue) => [issue.field, issue.rule]);

describe("a city's pilot application (seed 001 §三(一), issue 14 point 2)", () => {
  const ctx = useTestApp();
  let miit: TestClient;
  let city: TestClient;
  let cityReviewer: TestClient;
  let batchId: string;
  let id: string;
  const url = (path = "") => `/api/v1/pilot-applications/${id}${path}`;

  beforeAll(async () => {
    ctx.setToday("2020-08-20");
    [miit, city, cityReviewer] = await Promise.all([
      ctx.signIn("miit.operator"),
      ctx.signIn("applicant.operator"),
      ctx.signIn("applicant.reviewer"),
    ]);
    batchId = json(await miit.post("/api/v1/pilot-batches", SECOND_BATCH)).id as string;
  });

  it("starts one draft per city and batch, once per Idempotency-Key", async () => {
    expect((await cityReviewer.post("/api/v1/pilot-applications", { batchId })).statusCode).toBe(403);
    expect((await miit.post("/api/v1/pilot-applications", { batchId })).statusCode).toBe(403);
    const create = () =>
      city.request({
        method: "POST",
        url: "/api/v1/pilot-applications",
        payload: { batchId },
        headers: { "idempotency-key": "pilot-create-0001" },
      });
    const created = await create();
    expect(created.statusCode, created.body).toBe(201);
    id = json(created).id as string;
    expect(json(created)).toMatchObject({ status: "DRAFT", recommendingUnitCode: "420000", submitted: null });
    const again = await create();
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(json(again).id).toBe(id);
    const second = await city.post("/api/v1/pilot-applications", { batchId });
    expect(second.statusCode).toBe(409);
  });

  it("names every missing part at once when submitted too early, and changes nothing", async () => {
    const early = await city.post(url("/submission"));
    expect(early.statusCode).toBe(400);
    const fields = issuesOf(early).map(([field]) => field);
    expect(fields).toEqual(
      expect.arrayContaining([
        "documents",
        "plan.period",
        "plan.sections.1.1",
        "indicators.F01.code",
        "strategies",
      ]),
    );
    expect(json(await city.get(url()))).toMatchObject({ status: "DRAFT", submitted: null });
  });

  it("checks the plan's period against the three years of §三(一)2", async () => {
    const long = await city.put(url("/plan"), { ...COMPLETE_PLAN, periodEnd: "2024-01-01" });
    expect(issuesOf(long)).toEqual([["periodEnd", "plan-period-max-years"]]);
    const unknown = await city.put(url("/plan"), { ...COMPLETE_PLAN, sections: { "9.9": "x" } });
    expect(issuesOf(unknown)).toEqual([["sections.9.9", "outline-section"]]);
    const saved = await city.put(url("/plan"), COMPLETE_PLAN);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((json(saved).indicatorColumns as { key: string }[]).map((column) => column.key)).toEqual([
      "2017",
      "2018",
      "2019",
      "target-2021",
      "target-2022",
      "target-2023",
    ]);
  });

  it("takes the indicator table by form: blanks kept for later, a malformed value refused", async () => {
    const bad = await city.put(url("/indicators"), {
      values: { I03: { "2019": "120" }, I04: { "2018": "3.5" } },
    });
    expect(issuesOf(bad)).toEqual([
      ["values.I03.2019", "indicator-bounds"],
      ["values.I04.2018", "indicator-integer"],
    ]);
    const partial = await city.put(url("/indicators"), { values: { I01: { "2017": "120.5", "2018": "" } } });
    expect(partial.statusCode, partial.body).toBe(200);
    expect((json(partial).draft as { indicators: unknown }).indicators).toEqual({ I01: { "2017": "120.5" } });
  });

  it("takes the indicator table by Excel: a row-by-row report and nothing saved on error, then the table", async () => {
    const template = await city.get(url("/indicator-template"));
    expect(template.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual([
      "指标代码",
      "指标名称",
      "类别",
      "单位",
      "取值范围",
      "填表说明",
      "2017年实际值",
      "2018年实际值",
      "2019年实际值",
      "2021年目标值",
      "2022年目标值",
      "2023年目标值",
    ]);
    expect(sheet.getRow(2).getCell(7).value).toBe("120.5");
    // Fill every row; make row 8 (F01) wrong in its 2018 column and row 4's unit wrong.
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const code = String(row.getCell(1).value);
      const values: Record<string, string> = COMPLETE_INDICATORS[code] ?? {};
      row.getCell(7).value = values["2017"] ?? "";
      row.getCell(8).value = number === 8 ? "十二" : (values["2018"] ?? "");
      row.getCell(9).value = values["2019"] ?? "";
      row.getCell(12).value = values["target-2023"] ?? "";
      if (number === 4) row.getCell(4).value = "亿元";
    });
    const wrong = Buffer.from(await workbook.xlsx.writeBuffer());
    const refused = await uploadTo(city, url("/indicator-upload"), "指标.xlsx", wrong);
    expect(refused.statusCode).toBe(400);
    expect(issuesOf(refused)).toEqual([
      ["rows.4.I03.单位", "indicator-unit"],
      ["rows.8.F01.2018年实际值", "indicator-number"],
    ]);
    expect((refused.json() as { errors: Issue[] }).errors[1]?.message).toContain(
      "第8行 F01 制造业贷款余额「2018年实际值」",
    );
    expect((json(await city.get(url())).draft as { indicators: unknown }).indicators).toEqual({
      I01: { "2017": "120.5" },
    });

    sheet.getRow(8).getCell(8).value = "11";
    sheet.getRow(4).getCell(4).value = "%";
    const right = Buffer.from(await workbook.xlsx.writeBuffer());
    const accepted = await uploadTo(city, url("/indicator-upload"), "指标.xlsx", right);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(json(accepted).rows).toBe(18);
    const draft = (json(accepted).application as { draft: { indicators: Record<string, unknown> } }).draft;
    expect(draft.indicators.F01).toEqual(COMPLETE_INDICATORS.F01);
  });

  it("declares strategies and bases from the batch's lists only", async () => {
    const unknown = await city.put(url("/declarations"), { strategies: ["MOON_BASE"], bases: [] });
    expect(unknown.statusCode).toBe(400);
    const saved = await city.put(url("/declarations"), {
      strategies: ["YANGTZE_ECONOMIC_BELT", "RISE_OF_CENTRAL_CHINA"],
      bases: ["NEW_INDUSTRIALISATION_BASE"],
    });
    expect(saved.statusCode, saved.body).toBe(200);
  });

  it("submits a complete application as a frozen copy that later draft edits never change", async () => {
    const attached = await uploadTo(city, url("/documents"), "丹江口市申报文件.pdf", PDF, {
      kind: "APPLICATION",
    });
    expect(attached.statusCode, attached.body).toBe(201);
    const submitted = await city.post(url("/submission"));
    expect(submitted.statusCode, submitted.body).toBe(200);
    const frozen = json(submitted).submitted as {
      plan: { periodEnd: string };
      indicators: unknown;
      documents: { id: string }[];
    };
    expect(json(submitted).status).toBe("SUBMITTED");
    expect(frozen.plan.periodEnd).toBe("2023-12-31");
    expect(frozen.indicators).toEqual(COMPLETE_INDICATORS);

    expect((await city.put(url("/plan"), { ...COMPLETE_PLAN, periodEnd: "2022-12-31" })).statusCode).toBe(
      409,
    );
    // Even a write straight to the draft (as a return for correction would allow) leaves the copy alone.
    await ctx.database.db.execute(
      `UPDATE pilot_applications SET draft = jsonb_set(draft, '{plan,periodEnd}', '"2022-06-30"') WHERE id = '${id}'` as never,
    );
    const read = json(await city.get(url()));
    expect((read.draft as { plan: { periodEnd: string } }).plan.periodEnd).toBe("2022-06-30");
    expect((read.submitted as { plan: { periodEnd: string } }).plan.periodEnd).toBe("2023-12-31");
    const document = await city.get(url(`/documents/${frozen.documents[0]?.id}`));
    expect(document.statusCode).toBe(200);
    expect(document.rawPayload.equals(PDF)).toBe(true);
    const audits = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.map((audit) => audit.action)).toContain("pilot-application.submit");
  });

  it("refuses a submission after the deadline of the batch's zone, naming the deadline", async () => {
    const late = await ctx.signIn("xiangyang.operator");
    const created = await late.post("/api/v1/pilot-applications", { batchId });
    expect(created.statusCode).toBe(201);
    ctx.setToday("2020-09-01");
    const refused = await late.post(`/api/v1/pilot-applications/${json(created).id}/submission`);
    expect(issuesOf(refused)).toEqual([["action", "deadline-passed"]]);
    expect((refused.json() as { errors: Issue[] }).errors[0]?.message).toContain("2020-08-31");
    const tooLate = await (await ctx.signIn("mianyang.operator")).post("/api/v1/pilot-applications", {
      batchId,
    });
    expect(issuesOf(tooLate)).toEqual([["batchId", "batch-not-applying"]]);
    ctx.setToday("2020-08-20");
  });
});
