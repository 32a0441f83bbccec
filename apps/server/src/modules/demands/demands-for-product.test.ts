import { beforeAll, describe, expect, it } from "vitest";
import { registerDemoEnterprise } from "../../testing/applications";
import { buildEnterpriseInput } from "../../testing/factories";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { rowValues, workbookOf } from "../../testing/workbooks";

/** A 十堰 技改专项贷 of 工商银行: 500,000–10,000,000 yuan, 6–36 months, equipment or receivables. */
const PRODUCT = {
  name: "工银技改专项贷",
  category: "CREDIT",
  type: "TECH_RENOVATION_LOAN",
  rateMin: "0.0320",
  rateMax: "0.0450",
  amountMin: "500000",
  amountMax: "10000000",
  termMinMonths: 6,
  termMaxMonths: 36,
  collateral: ["EQUIPMENT", "RECEIVABLES"],
  tags: [],
  clusters: [],
  industries: [],
  sizeClasses: [],
  districts: [],
  materials: "营业执照、技改项目备案",
  description: "支持制造业企业设备更新和技术改造",
  contactName: "王经理",
  contactPhone: "0719-8000000",
};

const ask = (productId: string, overrides: Record<string, unknown> = {}) => ({
  productId,
  kind: "LOAN",
  amount: "3000000.00",
  termMonths: 24,
  purpose: "购置数控机床,技改扩能",
  collateral: ["EQUIPMENT"],
  keyProject: null,
  urgency: "NORMAL",
  ...overrides,
});

interface HistoryLine {
  action: string;
  claimId: string | null;
  institutionName: string | null;
}

const refusal = (response: { json(): { errors?: { field: string; rule: string }[] } }) =>
  (response.json().errors ?? []).map((e) => `${e.field}:${e.rule}`);

describe("demands posted for an enterprise, or asked for a product (issue 12 points 2–3)", () => {
  const ctx = useTestApp();
  let enterprise: TestClient;
  let bureau: TestClient;
  let bureauOperator: TestClient;
  let icbc: TestClient;
  let hbbank: TestClient;
  let cqBureau: TestClient;
  let cqbank: TestClient;
  let officerId: string;
  let registryId: string;
  let productId: string;
  let cqProductId: string;

  /** An institution drafts a product and its region's bureau lists it; the product's id. */
  async function listedProduct(owner: TestClient, reviewer: TestClient, body = PRODUCT) {
    const created = await owner.post("/api/v1/financing-products", body);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const submitted = await owner.post(`/api/v1/financing-products/${id}/submit`, {
      version: created.json().version,
    });
    const listed = await reviewer.post(`/api/v1/financing-products/${id}/review`, {
      version: submitted.json().version,
      decision: "list",
      opinion: "同意上架",
    });
    expect(listed.statusCode, listed.body).toBe(200);
    return id;
  }

  const admit = (id: string, version: number, extra: Record<string, unknown> = {}) =>
    bureau.post(`/api/v1/financing-demands/${id}/curation`, {
      action: "admit",
      version,
      note: "一企一策:按所申请产品对接",
      officerUserId: officerId,
      ...extra,
    });

  beforeAll(async () => {
    ctx.setToday("2026-11-02");
    [enterprise, bureau, bureauOperator, icbc, hbbank, cqBureau, cqbank] = (await Promise.all(
      [
        "enterprise.operator",
        "jxj.reviewer",
        "jxj.operator",
        "icbc.operator",
        "hbbank.reviewer",
        "cqjxw.operator",
        "cqbank.operator",
      ].map((username) => ctx.signIn(username)),
    )) as [TestClient, TestClient, TestClient, TestClient, TestClient, TestClient, TestClient];
    officerId = (await bureau.get("/api/v1/auth/me")).json().user.id;
    registryId = await registerDemoEnterprise(ctx, buildEnterpriseInput({ districtCode: "420303" }, 7201));
    productId = await listedProduct(icbc, bureauOperator);
    cqProductId = await listedProduct(cqbank, cqBureau, {
      ...PRODUCT,
      name: "建行技改贷",
      contactPhone: "023-63000000",
    });
  });

  describe("the bureau posts for an enterprise of its region", () => {
    it("posts for a registry enterprise, which then sees the demand as its own", async () => {
      const posted = await bureauOperator.post(
        "/api/v1/financing-demands",
        ask(productId, { productId: undefined, enterpriseId: registryId }),
      );
      expect(posted.statusCode, posted.body).toBe(201);
      expect(posted.json()).toMatchObject({ enterpriseId: registryId, status: "SUBMITTED", product: null });
      expect(posted.json().history).toMatchObject([{ action: "post", actorOrgName: "十堰市经济和信息化局" }]);
    });

    it("refuses another region's enterprise (404 naming the rule) and changes nothing", async () => {
      const before = (await cqBureau.get("/api/v1/financing-demands")).json().length;
      const outside = await cqBureau.post(
        "/api/v1/financing-demands",
        ask(productId, { productId: undefined, enterpriseId: registryId }),
      );
      expect(outside.statusCode).toBe(404);
      expect(refusal(outside)).toEqual(["enterpriseId:in-region"]);
      const unknown = await cqBureau.post(
        "/api/v1/financing-demands",
        ask(productId, { productId: undefined, enterpriseId: "00000000-0000-4000-8000-000000000000" }),
      );
      expect(refusal(unknown)).toEqual(["enterpriseId:in-region"]);
      expect((await cqBureau.get("/api/v1/financing-demands")).json()).toHaveLength(before);
    });
  });

  describe("申请此产品", () => {
    it("records the product asked for, which the enterprise and the bureau read with its institution", async () => {
      const posted = await enterprise.post("/api/v1/financing-demands", ask(productId));
      expect(posted.statusCode, posted.body).toBe(201);
      const product = { id: productId, name: "工银技改专项贷", institutionName: "中国工商银行十堰分行" };
      expect(posted.json().product).toMatchObject(product);
      const listed = (await bureau.get("/api/v1/financing-demands")).json();
      expect(listed.find((d: { id: string }) => d.id === posted.json().id).product).toMatchObject(product);
      // The bureau may ask for a product on an enterprise's behalf too.
      const forIt = await bureauOperator.post(
        "/api/v1/financing-demands",
        ask(productId, { enterpriseId: registryId, amount: "500000" }),
      );
      expect(forIt.json().product).toMatchObject(product);
    });

    it.each([
      [{ amount: "499999.99" }, ["amount:product-range"]],
      [{ amount: "10000000.01" }, ["amount:product-range"]],
      [{ termMonths: 48 }, ["termMonths:product-range"]],
      [{ kind: "LEASE" }, ["kind:product-kind"]],
      [{ collateral: ["REAL_ESTATE"] }, ["collateral:product-collateral"]],
    ])("refuses %o outside the product's terms (400 naming the field)", async (overrides, expected) => {
      const response = await enterprise.post("/api/v1/financing-demands", ask(productId, overrides));
      expect(response.statusCode).toBe(400);
      expect(refusal(response)).toEqual(expected);
    });

    it("refuses a delisted product (409 product-listed), a draft and another city's product (404)", async () => {
      const mine = (await enterprise.get("/api/v1/financing-demands")).json().length;
      const delistedId = await listedProduct(icbc, bureauOperator, { ...PRODUCT, name: "工银停办贷" });
      const product = (await bureau.get(`/api/v1/financing-products/${delistedId}`)).json();
      const delisted = await bureau.post(`/api/v1/financing-products/${delistedId}/delist`, {
        version: product.version,
        reason: "产品停办",
      });
      expect(delisted.statusCode, delisted.body).toBe(200);
      const offShelf = await enterprise.post("/api/v1/financing-demands", ask(delistedId));
      expect(offShelf.statusCode).toBe(409);
      expect(refusal(offShelf)).toEqual(["productId:product-listed"]);

      const draft = (
        await icbc.post("/api/v1/financing-products", { ...PRODUCT, name: "工银草稿贷" })
      ).json();
      expect((await enterprise.post("/api/v1/financing-demands", ask(draft.id))).statusCode).toBe(404);
      expect((await enterprise.post("/api/v1/financing-demands", ask(cqProductId))).statusCode).toBe(404);
      expect((await enterprise.get("/api/v1/financing-demands")).json()).toHaveLength(mine);
    });

    it("on admission it goes to the product's institution by default, the others only when named", async () => {
      const { id, version } = (await enterprise.post("/api/v1/financing-demands", ask(productId))).json();
      const admitted = await admit(id, version);
      expect(admitted.statusCode, admitted.body).toBe(200);
      expect(admitted.json()).toMatchObject({ openToAll: false, productOmittedReason: null });
      expect(admitted.json().claims.map((claim: { orgName: string }) => claim.orgName)).toEqual([
        "中国工商银行十堰分行",
      ]);

      const second = (await enterprise.post("/api/v1/financing-demands", ask(productId))).json();
      const both = await admit(second.id, second.version, { targetOrgIds: [ctx.orgs.hbbank, ctx.orgs.icbc] });
      expect(
        both
          .json()
          .claims.map((claim: { orgName: string }) => claim.orgName)
          .sort(),
      ).toEqual(["中国工商银行十堰分行", "湖北银行十堰分行"]);
    });

    it("leaving the product's institution out needs a reason, which is kept and shown", async () => {
      const { id, version } = (await enterprise.post("/api/v1/financing-demands", ask(productId))).json();
      const silent = await admit(id, version, { targetOrgIds: [ctx.orgs.hbbank] });
      expect(silent.statusCode).toBe(400);
      expect(refusal(silent)).toEqual(["productInstitutionOmittedReason:required"]);
      expect((await bureau.get(`/api/v1/financing-demands/${id}`)).json()).toMatchObject({
        status: "SUBMITTED",
        version,
      });
      const reasoned = await admit(id, version, {
        targetOrgIds: [ctx.orgs.hbbank],
        productInstitutionOmittedReason: "工行该产品本季度额度已用完",
      });
      expect(reasoned.json()).toMatchObject({
        status: "ADMITTED",
        productOmittedReason: "工行该产品本季度额度已用完",
      });
      expect(reasoned.json().claims.map((claim: { orgName: string }) => claim.orgName)).toEqual([
        "湖北银行十堰分行",
      ]);
      expect((await enterprise.get(`/api/v1/financing-demands/${id}`)).json().productOmittedReason).toBe(
        "工行该产品本季度额度已用完",
      );
      // The institution it went to is not told why another was left out.
      expect((await hbbank.get(`/api/v1/financing-demands/${id}`)).json()).toMatchObject({
        product: { name: "工银技改专项贷" },
        productOmittedReason: null,
      });
    });
  });

  describe("history lines name their institution", () => {
    it("the bureau and the enterprise read each push and claim step with its institution; a bank only its own", async () => {
      const { id, version } = (await enterprise.post("/api/v1/financing-demands", ask(productId))).json();
      await admit(id, version, { targetOrgIds: [ctx.orgs.icbc, ctx.orgs.hbbank] });
      const [hbClaim] = (await hbbank.get(`/api/v1/financing-demands/${id}`)).json().claims;
      expect(
        (
          await hbbank.post(`/api/v1/financing-claims/${hbClaim.id}/actions`, {
            action: "claim",
            version: hbClaim.version,
          })
        ).statusCode,
      ).toBe(200);

      const claimLines = (history: HistoryLine[]) =>
        history
          .filter((line) => line.claimId !== null)
          .map((line) => `${line.action}:${line.institutionName}`);
      for (const client of [bureau, enterprise]) {
        const { history } = (await client.get(`/api/v1/financing-demands/${id}`)).json();
        expect(claimLines(history).sort()).toEqual([
          "claim:湖北银行十堰分行",
          "push:中国工商银行十堰分行",
          "push:湖北银行十堰分行",
        ]);
        // The demand's own steps concern no institution.
        expect(history.find((line: HistoryLine) => line.action === "admit").institutionName).toBeNull();
      }
      const icbcView = (await icbc.get(`/api/v1/financing-demands/${id}`)).json();
      expect(claimLines(icbcView.history)).toEqual(["push:中国工商银行十堰分行"]);
      expect(JSON.stringify(icbcView)).not.toContain("湖北银行");
      const hbView = (await hbbank.get(`/api/v1/financing-demands/${id}`)).json();
      expect(claimLines(hbView.history)).toEqual(["push:湖北银行十堰分行", "claim:湖北银行十堰分行"]);
    });
  });

  describe("exports", () => {
    it("the whitelist's workbook names the product each demand asked for", async () => {
      const response = await bureau.get("/api/v1/financing-demands/export");
      const sheet = (await workbookOf(response.rawPayload)).worksheets[0];
      const header = rowValues(sheet, 1);
      const column = header.indexOf("申请产品");
      expect(column).toBeGreaterThan(-1);
      const asked = (await bureau.get("/api/v1/financing-demands")).json() as { product: unknown }[];
      const cells = asked.map((_, index) => rowValues(sheet, index + 2)[column]);
      expect(cells.filter((cell) => cell === "工银技改专项贷(中国工商银行十堰分行)")).toHaveLength(
        asked.filter((demand) => demand.product !== null).length,
      );
    });

    it("the per-institution summary and the batch list export to Excel for the bureau only", async () => {
      for (const url of [
        "/api/v1/financing-claims/by-institution/export",
        "/api/v1/financing-demand-batches/export",
      ]) {
        const response = await bureau.get(url);
        expect(response.statusCode, url).toBe(200);
        expect(response.headers["content-type"]).toContain("spreadsheetml");
        expect((await icbc.get(url)).statusCode, url).toBe(403);
        expect((await enterprise.get(url)).statusCode, url).toBe(403);
      }
    });
  });
});
