import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { organisations, outboxMessages } from "../../db/schema";
import { buildEnterpriseInput } from "../../testing/factories";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { rowValues, workbookOf } from "../../testing/workbooks";

/** A 专精特新贷 of 重庆 for NEV enterprises holding the city's 专精特新 tag. */
const LOAN = {
  name: "专精特新成长贷",
  category: "CREDIT",
  type: "SRDI_LOAN",
  rateMin: "0.0345",
  rateMax: "0.0480",
  amountMin: "500000",
  amountMax: "10000000.00",
  termMinMonths: 6,
  termMaxMonths: 36,
  collateral: ["NONE", "INTELLECTUAL_PROPERTY"],
  tags: ["SRDI_CITY"],
  clusters: ["NEV"],
  industries: [],
  sizeClasses: [],
  districts: [],
  materials: "营业执照、近两年财务报表、专精特新认定文件",
  description: "面向专精特新企业的纯信用贷款",
  contactName: "周经理",
  contactPhone: "023-63000000",
};

const fields = (response: { json(): { errors?: { field: string; rule: string }[] } }) =>
  (response.json().errors ?? []).map((e) => `${e.field}:${e.rule}`);

describe("the product pool, its 上架审核, the supermarket, the catalogue and its push", () => {
  const ctx = useTestApp();
  let cqbank: TestClient;
  let cqrcb: TestClient;
  let cqinsurer: TestClient;
  let cqbureau: TestClient;
  let syBureau: TestClient;
  let cqenterprise: TestClient;
  let fittingId: string;
  let otherId: string;
  let productId: string;

  beforeAll(async () => {
    cqbank = await ctx.signIn("cqbank.operator");
    cqrcb = await ctx.signIn("cqrcb.operator");
    cqinsurer = await ctx.signIn("cqinsurer.operator");
    cqbureau = await ctx.signIn("cqjxw.operator");
    syBureau = await ctx.signIn("jxj.operator");
    const register = async (overrides: Parameters<typeof buildEnterpriseInput>[0], sequence: number) => {
      const created = await cqbureau.post("/api/v1/enterprises", buildEnterpriseInput(overrides, sequence));
      expect(created.statusCode, created.body).toBe(201);
      return created.json().id as string;
    };
    fittingId = await register(
      {
        districtCode: "500106",
        cluster: "NEV",
        tags: [{ tag: "SRDI_CITY", validFrom: "2024-01-01", validTo: null }],
      },
      7101,
    );
    // Same district and tag, another cluster: the loan does not fit it.
    otherId = await register(
      {
        districtCode: "500106",
        cluster: "ELECTRONICS",
        tags: [{ tag: "SRDI_CITY", validFrom: "2024-01-01", validTo: null }],
      },
      7102,
    );
    await ctx.database.db
      .update(organisations)
      .set({ enterpriseId: fittingId })
      .where(eq(organisations.id, ctx.orgs.cqenterprise ?? ""));
    cqenterprise = await ctx.signIn("cqenterprise.operator");
  });

  it("keeps an enterprise's 33618 cluster in the registry and filters by it", async () => {
    expect((await cqbureau.get(`/api/v1/enterprises/${fittingId}`)).json().cluster).toBe("NEV");
    const listed = (await cqbureau.get("/api/v1/enterprises?cluster=ELECTRONICS")).json();
    expect(listed.items.map((e: { id: string }) => e.id)).toContain(otherId);
    expect(listed.items.map((e: { id: string }) => e.id)).not.toContain(fittingId);
    const wrong = await cqbureau.post(
      "/api/v1/enterprises",
      buildEnterpriseInput({ districtCode: "500106", cluster: "MARS" as "NEV" }, 7103),
    );
    expect(wrong.statusCode).toBe(400);
    expect(fields(wrong)[0]).toMatch(/^cluster:/);
  });

  it("refuses bad terms naming field and rule, and changes nothing", async () => {
    const bad = await cqbank.post("/api/v1/financing-products", {
      ...LOAN,
      rateMin: "0.06",
      amountMin: "20000000",
      termMaxMonths: 400,
      districts: ["420303"],
    });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad).sort()).toEqual([
      "amountMax:range-order",
      "districts.0:own-region",
      "rateMax:range-order",
      "termMaxMonths:term-range",
    ]);
    const insurance = await cqbank.post("/api/v1/financing-products", {
      ...LOAN,
      category: "INSURANCE",
      type: "FIRST_SET",
    });
    expect(fields(insurance)).toEqual(["category:institution-answers"]);
    expect((await cqbank.get("/api/v1/financing-products")).json()).toEqual([]);
    // An enterprise and a bureau publish nothing.
    expect((await cqenterprise.post("/api/v1/financing-products", LOAN)).statusCode).toBe(403);
    expect((await cqbureau.post("/api/v1/financing-products", LOAN)).statusCode).toBe(403);
  });

  it("drafts a product once per Idempotency-Key: a retried create replays the first, other content is refused", async () => {
    const create = (body: Record<string, unknown>) =>
      cqbank.request({
        method: "POST",
        url: "/api/v1/financing-products",
        payload: body,
        headers: { "idempotency-key": "product-create-once" },
      });
    const first = await create({ ...LOAN, name: "渝链订单贷(幂等)" });
    expect(first.statusCode, first.body).toBe(201);
    const repeat = await create({ ...LOAN, name: "渝链订单贷(幂等)" });
    expect([repeat.statusCode, repeat.json().id]).toEqual([201, first.json().id]);
    expect(repeat.headers["idempotent-replayed"]).toBe("true");
    const other = await create({ ...LOAN, name: "另一产品" });
    expect(other.json().errors[0]).toMatchObject({
      field: "Idempotency-Key",
      rule: "reused-with-other-content",
    });
  });

  it("drafts, submits, returns with a reason, resubmits and lists with an opinion, recording each step", async () => {
    const created = await cqbank.post("/api/v1/financing-products", LOAN);
    expect(created.statusCode, created.body).toBe(201);
    const product = created.json();
    productId = product.id;
    expect(product.latest).toMatchObject({
      state: "DRAFT",
      rateMin: "0.0345",
      rateMax: "0.048",
      amountMin: "500000.00",
    });

    // Drafts are the institution's and the bureau's only.
    expect((await cqrcb.get(`/api/v1/financing-products/${productId}`)).statusCode).toBe(404);
    expect((await syBureau.get(`/api/v1/financing-products/${productId}`)).statusCode).toBe(404);
    expect((await cqenterprise.get(`/api/v1/financing-products/${productId}`)).statusCode).toBe(404);
    expect((await cqbureau.get(`/api/v1/financing-products/${productId}`)).statusCode).toBe(200);
    expect((await cqrcb.get("/api/v1/financing-products")).json()).toEqual([]);
    // Another institution never edits it.
    const hijack = await cqrcb.request({
      method: "PUT",
      url: `/api/v1/financing-products/${productId}`,
      payload: { ...LOAN, name: "别人的产品", version: product.version },
    });
    expect(hijack.statusCode).toBe(404);

    let version = product.version;
    const step = async (client: TestClient, path: string, body: Record<string, unknown> = {}) => {
      const response = await client.post(`/api/v1/financing-products/${productId}/${path}`, {
        version,
        ...body,
      });
      if (response.statusCode === 200) version = response.json().version;
      return response;
    };
    expect((await step(cqbank, "submit")).json().latest.state).toBe("PENDING_REVIEW");
    // Under review it cannot change, and only the bureau reviews it.
    const edit = await cqbank.request({
      method: "PUT",
      url: `/api/v1/financing-products/${productId}`,
      payload: { ...LOAN, version },
    });
    expect(fields(edit)).toEqual(["state:under-review"]);
    expect(fields(await step(cqbank, "review", { decision: "list", opinion: "自己上架" }))).toEqual([
      "action:not-your-step",
    ]);
    expect((await step(syBureau, "review", { decision: "list", opinion: "越区审核" })).statusCode).toBe(404);
    expect(fields(await step(cqbureau, "review", { decision: "return", opinion: "" }))[0]).toMatch(
      /^opinion:/,
    );

    const returned = await step(cqbureau, "review", { decision: "return", opinion: "请补充申请材料清单" });
    expect(returned.json().latest.state).toBe("RETURNED");
    expect(
      (
        await cqbank.request({
          method: "PUT",
          url: `/api/v1/financing-products/${productId}`,
          payload: { ...LOAN, materials: `${LOAN.materials}、纳税证明`, version },
        })
      ).statusCode,
    ).toBe(200);
    version = (await cqbank.get(`/api/v1/financing-products/${productId}`)).json().version;
    await step(cqbank, "submit");
    const listed = await step(cqbureau, "review", { decision: "list", opinion: "材料齐全,同意上架" });
    expect(listed.json()).toMatchObject({ latestVersion: 1, listedVersion: 1, latest: { state: "LISTED" } });
    expect(
      listed
        .json()
        .history.map((e: { action: string; toState: string; note: string | null }) => [
          e.action,
          e.toState,
          e.note,
        ]),
    ).toEqual([
      ["create", "DRAFT", null],
      ["submit", "PENDING_REVIEW", null],
      ["return", "RETURNED", "请补充申请材料清单"],
      ["edit", "RETURNED", null],
      ["submit", "PENDING_REVIEW", null],
      ["list", "LISTED", "材料齐全,同意上架"],
    ]);
    // A stale version is refused.
    expect(
      (await cqbureau.post(`/api/v1/financing-products/${productId}/delist`, { version: 1, reason: "测试" }))
        .statusCode,
    ).toBe(409);
  });

  it("edits a listed product as a new version under review while the listed one stays listed", async () => {
    const before = (await cqbank.get(`/api/v1/financing-products/${productId}`)).json();
    const edited = await cqbank.request({
      method: "PUT",
      url: `/api/v1/financing-products/${productId}`,
      payload: { ...LOAN, rateMin: "0.0330", version: before.version },
    });
    expect(edited.json()).toMatchObject({
      latestVersion: 2,
      listedVersion: 1,
      latest: { state: "DRAFT", rateMin: "0.033" },
    });
    expect(edited.json().listed).toMatchObject({ version: 1, state: "LISTED", rateMin: "0.0345" });
    const market = (await cqenterprise.get(`/api/v1/product-supermarket/${productId}`)).json();
    expect(market).toMatchObject({ listedVersion: 1, rateMin: "0.0345" });
    let version = edited.json().version;
    version = (await cqbank.post(`/api/v1/financing-products/${productId}/submit`, { version })).json()
      .version;
    const relisted = await cqbureau.post(`/api/v1/financing-products/${productId}/review`, {
      version,
      decision: "list",
      opinion: "同意调整利率",
    });
    expect(relisted.json()).toMatchObject({ latestVersion: 2, listedVersion: 2 });
    expect((await cqenterprise.get(`/api/v1/product-supermarket/${productId}`)).json().rateMin).toBe("0.033");
  });

  it("shows only listed products in the supermarket, filtered, of the caller's region, and exports them", async () => {
    // A draft of the insurer and a delisted product of the second bank stay off the shelf.
    await cqinsurer.post("/api/v1/financing-products", {
      ...LOAN,
      name: "首台套保险",
      category: "INSURANCE",
      type: "FIRST_SET",
    });
    const lease = (
      await cqrcb.post("/api/v1/financing-products", {
        ...LOAN,
        name: "设备贷",
        type: "TECH_RENOVATION_LOAN",
        clusters: [],
      })
    ).json();
    let version = (
      await cqrcb.post(`/api/v1/financing-products/${lease.id}/submit`, { version: lease.version })
    ).json().version;
    version = (
      await cqbureau.post(`/api/v1/financing-products/${lease.id}/review`, {
        version,
        decision: "list",
        opinion: "同意",
      })
    ).json().version;
    const delisted = await cqbureau.post(`/api/v1/financing-products/${lease.id}/delist`, {
      version,
      reason: "",
    });
    expect(fields(delisted)[0]).toMatch(/^reason:/);
    expect(
      (
        await cqbureau.post(`/api/v1/financing-products/${lease.id}/delist`, { version, reason: "产品停办" })
      ).json().listedVersion,
    ).toBeNull();

    const page = (await cqenterprise.get("/api/v1/product-supermarket")).json();
    expect(page.items.map((p: { id: string }) => p.id)).toEqual([productId]);
    const query = async (qs: string) =>
      (await cqenterprise.get(`/api/v1/product-supermarket?${qs}`)).json().items.length as number;
    expect(
      await query(
        "amount=1000000&termMonths=12&collateral=NONE&tag=SRDI_CITY&cluster=NEV&district=500106&category=CREDIT&type=SRDI_LOAN",
      ),
    ).toBe(1);
    expect(await query("amount=20000000")).toBe(0);
    expect(await query("termMonths=48")).toBe(0);
    expect(await query("collateral=REAL_ESTATE")).toBe(0);
    expect(await query("cluster=ELECTRONICS")).toBe(0);
    expect(await query("district=420303")).toBe(0);
    expect(await query(`institution=${ctx.orgs.cqrcb}`)).toBe(0);
    // 十堰 reads its own region's shelf.
    expect((await syBureau.get("/api/v1/product-supermarket")).json().total).toBe(0);

    const exported = await cqenterprise.get("/api/v1/product-supermarket/export");
    expect(exported.headers["content-type"]).toContain("spreadsheetml");

    // The pool exports as the pool lists: an institution its own, in every state, with the review state.
    const pool = (await cqbank.get("/api/v1/financing-products")).json() as { latest: { name: string } }[];
    const poolSheet = (
      await workbookOf((await cqbank.get("/api/v1/financing-products/export")).rawPayload)
    ).getWorksheet("产品池");
    expect(poolSheet?.rowCount).toBe(pool.length + 1);
    expect(rowValues(poolSheet, 1).slice(0, 5)).toEqual(["审核状态", "版本", "上架日期", "类别", "产品名称"]);
    const names = Array.from({ length: pool.length }, (_, index) => rowValues(poolSheet, index + 2)[4]);
    expect(names.sort()).toEqual(pool.map((product) => product.latest.name).sort());
    expect((await cqenterprise.get("/api/v1/financing-products/export")).statusCode).toBe(403);
  });

  it("compiles the period's listed products into a catalogue PDF with a section per category, and pushes it once", async () => {
    expect(
      (
        await cqbank.post("/api/v1/product-catalogues", {
          title: "银行汇编",
          periodFrom: "2026-01-01",
          periodTo: "2026-12-31",
        })
      ).statusCode,
    ).toBe(403);
    const backwards = await cqbureau.post("/api/v1/product-catalogues", {
      title: "倒序",
      periodFrom: "2026-12-01",
      periodTo: "2026-01-31",
    });
    expect(fields(backwards)).toEqual(["periodTo:not-before-start"]);
    const compiled = await cqbureau.post("/api/v1/product-catalogues", {
      title: "重庆市制造业金融产品汇编(2026年第四季度)",
      periodFrom: "2026-01-01",
      periodTo: "2026-12-31",
    });
    expect(compiled.statusCode, compiled.body).toBe(201);
    const catalogue = compiled.json();
    expect(
      catalogue.sections.map((s: { category: string; products: unknown[] }) => [
        s.category,
        s.products.length,
      ]),
    ).toEqual([["CREDIT", 1]]);
    // Not yet published: the enterprise does not see it.
    expect((await cqenterprise.get(`/api/v1/product-catalogues/${catalogue.id}`)).statusCode).toBe(404);

    const pdf = await cqbureau.get(`/api/v1/product-catalogues/${catalogue.id}/booklet`);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const file = join(mkdtempSync(join(tmpdir(), "booklet-")), "booklet.pdf");
    writeFileSync(file, pdf.rawPayload);
    const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
    expect(text).toContain("目录");
    expect(text).toContain("一、信用贷款(1 项)");
    expect(text).toContain("专精特新成长贷");
    const xlsx = await cqbureau.get(`/api/v1/product-catalogues/${catalogue.id}/booklet?format=xlsx`);
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");

    const published = await cqbureau.post(`/api/v1/product-catalogues/${catalogue.id}/publish`);
    expect(published.json()).toMatchObject({ deliveries: 1 });
    const again = await cqbureau.post(`/api/v1/product-catalogues/${catalogue.id}/publish`);
    expect(again.statusCode).toBe(409);
    expect(fields(again)).toEqual(["publishedOn:once"]);
    const outbox = await ctx.database.db.select().from(outboxMessages);
    expect(outbox.map((m) => [m.recipientEnterpriseId, m.deliveredAt !== null])).toEqual([[fittingId, true]]);

    const messages = (await cqenterprise.get("/api/v1/enterprise-messages")).json();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      catalogueId: catalogue.id,
      categories: ["CREDIT"],
      productIds: [productId],
    });
    expect((await cqenterprise.post(`/api/v1/enterprise-messages/${messages[0].id}/read`)).statusCode).toBe(
      204,
    );
    expect((await cqenterprise.get(`/api/v1/product-catalogues/${catalogue.id}`)).statusCode).toBe(200);
    expect((await syBureau.get(`/api/v1/product-catalogues/${catalogue.id}`)).statusCode).toBe(404);
  });
});
