import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { organisations } from "../../db/schema";
import { FORM, takeStep } from "../../testing/applications";
import { buildEnterpriseInput } from "../../testing/factories";
import { multipartFile } from "../../testing/multipart";
import { type TestClient, useTestApp } from "../../testing/test-app";

// 重庆's 技改专项贷 supports a technical-renovation project (seed 004 §四(一)): the application leaves
// the enterprise only with the project's filing attached, and the page can say what is missing.
describe("required materials: named on the application, checked at submit", () => {
  const ctx = useTestApp();
  const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(1024, 0x20), Buffer.from("\n%%EOF\n")]);
  let enterprise: TestClient;
  let id: string;

  const submit = (language: string) =>
    enterprise.request({
      method: "POST",
      url: `/api/v1/applications/${id}/actions`,
      headers: { "accept-language": language },
      payload: { action: "submit", version: 1 },
    });

  beforeAll(async () => {
    const bureau = await ctx.signIn("cqjxw.operator");
    const registered = await bureau.post(
      "/api/v1/enterprises",
      buildEnterpriseInput({ districtCode: "500106" }, 7101),
    );
    expect(registered.statusCode, registered.body).toBe(201);
    await ctx.database.db
      .update(organisations)
      .set({ enterpriseId: registered.json().id })
      .where(eq(organisations.id, ctx.orgs.cqenterprise ?? ""));
    enterprise = await ctx.signIn("cqenterprise.operator");
    const created = await enterprise.post("/api/v1/applications", {
      programmeCode: "CHONGQING-JIGAI",
      bankOrgId: ctx.orgs.cqbank,
      guarantorOrgId: ctx.orgs.cqdanbao,
      amount: "3000000.00",
      termMonths: 24,
      loanUse: "TECH_RENOVATION",
      supplyChainCategory: null,
      form: FORM,
    });
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
  });

  it("lists the programme's materials on the draft, none attached yet", async () => {
    const detail = (await enterprise.get(`/api/v1/applications/${id}`)).json();
    expect(detail.materials).toEqual([{ code: "TECH_PROJECT_FILING", attached: false }]);
  });

  it("refuses to submit without them, naming each in the caller's language, and changes nothing", async () => {
    const zh = await submit("zh-CN");
    expect(zh.statusCode).toBe(400);
    expect(zh.json().errors[0]).toMatchObject({ field: "materials", rule: "required-material" });
    expect(zh.json().errors[0].message).toContain("技术改造项目备案证明");
    const en = await submit("en");
    expect(en.json().errors[0].message).toContain("Technical-renovation project filing");
    const detail = (await enterprise.get(`/api/v1/applications/${id}`)).json();
    expect(detail).toMatchObject({ status: "DRAFT", version: 1 });
  });

  it("does not take a document of another kind for the material", async () => {
    const other = await enterprise.request({
      method: "POST",
      url: `/api/v1/applications/${id}/attachments`,
      ...multipartFile("file", "说明.pdf", PDF, "application/pdf", { kind: "DOCUMENT" }),
    });
    expect(other.statusCode).toBe(201);
    expect((await submit("zh-CN")).statusCode).toBe(400);
  });

  it("submits once the filing is attached", async () => {
    const uploaded = await enterprise.request({
      method: "POST",
      url: `/api/v1/applications/${id}/attachments`,
      ...multipartFile("file", "备案证明.pdf", PDF, "application/pdf", { kind: "TECH_PROJECT_FILING" }),
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const detail = (await enterprise.get(`/api/v1/applications/${id}`)).json();
    expect(detail.materials).toEqual([{ code: "TECH_PROJECT_FILING", attached: true }]);
    expect((await takeStep(enterprise, id, { action: "submit" })).status).toBe("SUBMITTED");
  });

  it("asks nothing more of 十堰's programme than its 推荐表", async () => {
    const programme = (await enterprise.get("/api/v1/programmes/SHIYAN-CHANLIAN")).json();
    expect(programme.config.requiredMaterials ?? []).toEqual([]);
    const cq = (await enterprise.get("/api/v1/programmes/CHONGQING-JIGAI")).json();
    expect(cq.config.requiredMaterials).toEqual(["TECH_PROJECT_FILING"]);
  });
});
