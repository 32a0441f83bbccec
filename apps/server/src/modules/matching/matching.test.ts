import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { organisations } from "../../db/schema";
import { buildEnterpriseInput } from "../../testing/factories";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { rowValues, workbookOf } from "../../testing/workbooks";

/**
 * Products for 240-month loans: no demo or other product reaches that term, so the candidates — and the
 * rate range the rate criterion spreads between — are these alone, and the worked scores are exact.
 */
const PRODUCT = {
  category: "CREDIT",
  type: "COMMERCIAL_VALUE_CREDIT",
  rateMax: "0.0600",
  amountMin: "1000000",
  amountMax: "10000000",
  termMinMonths: 200,
  termMaxMonths: 360,
  collateral: ["NONE"],
  tags: [],
  clusters: [],
  industries: [],
  sizeClasses: [],
  districts: [],
  materials: "营业执照、财务报表",
  description: "长期技改贷款",
  contactName: "周经理",
  contactPhone: "023-63000000",
};

const DEMAND = {
  kind: "LOAN",
  amount: "5000000.00",
  termMonths: 240,
  purpose: "新建智能产线",
  collateral: ["RECEIVABLES"],
  keyProject: null,
  urgency: "NORMAL",
};

interface Criterion {
  criterion: string;
  outcome: string;
  points: string;
  weight: number;
  reason: { zh: string; en: string };
}
interface Ranked {
  score: string;
  filters: { filter: string; passed: boolean; reason: { zh: string; en: string } }[];
  criteria: Criterion[];
}

const put = (client: TestClient, url: string, payload: Record<string, unknown>) =>
  client.request({ method: "PUT", url, payload });

const rule = (response: { json(): { errors?: { field: string; rule: string }[] } }) =>
  (response.json().errors ?? []).map((e) => `${e.field}:${e.rule}`);

describe("explainable matching: a demand's products, an institution's demands, a product's enterprises", () => {
  const ctx = useTestApp();
  let cqbank: TestClient;
  let cqrcb: TestClient;
  let cqrcbReviewer: TestClient;
  let icbc: TestClient;
  let cqbureau: TestClient;
  let cqbureauReviewer: TestClient;
  let syBureau: TestClient;
  let cqenterprise: TestClient;
  let fitting: { id: string; sizeClass: string; industryCode: string };
  let otherId: string;
  /** cqbank's product designed for the enterprise's cluster, size and industry, at 4.00%. */
  let targetedId: string;
  /** cqrcb's product open to all, at 3.00%. */
  let generalId: string;
  let demandId: string;
  let otherDemandId: string;

  const list = async (client: TestClient, body: Record<string, unknown>) => {
    const created = await client.post("/api/v1/financing-products", { ...PRODUCT, ...body });
    expect(created.statusCode, created.body).toBe(201);
    const { id, version } = created.json();
    const submitted = await client.post(`/api/v1/financing-products/${id}/submit`, { version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const listed = await cqbureau.post(`/api/v1/financing-products/${id}/review`, {
      version: submitted.json().version,
      decision: "list",
      opinion: "同意上架",
    });
    expect(listed.statusCode, listed.body).toBe(200);
    return id as string;
  };

  const postAndAdmit = async (body: Record<string, unknown>) => {
    const posted = await cqbureau.post("/api/v1/financing-demands", { ...DEMAND, ...body });
    expect(posted.statusCode, posted.body).toBe(201);
    const { id, version } = posted.json();
    const me = (await cqbureauReviewer.get("/api/v1/auth/me")).json();
    const admitted = await cqbureauReviewer.post(`/api/v1/financing-demands/${id}/curation`, {
      action: "admit",
      version,
      note: "一企一策",
      officerUserId: me.user.id,
    });
    expect(admitted.statusCode, admitted.body).toBe(200);
    return id as string;
  };

  beforeAll(async () => {
    ctx.setToday("2026-11-02");
    [cqbank, cqrcb, cqrcbReviewer, icbc, cqbureau, cqbureauReviewer, syBureau] = (await Promise.all(
      [
        "cqbank.operator",
        "cqrcb.operator",
        "cqrcb.reviewer",
        "icbc.reviewer",
        "cqjxw.operator",
        "cqjxw.reviewer",
        "jxj.reviewer",
      ].map((username) => ctx.signIn(username)),
    )) as [TestClient, TestClient, TestClient, TestClient, TestClient, TestClient, TestClient];
    const register = async (overrides: Parameters<typeof buildEnterpriseInput>[0], sequence: number) => {
      const created = await cqbureau.post("/api/v1/enterprises", buildEnterpriseInput(overrides, sequence));
      expect(created.statusCode, created.body).toBe(201);
      return created.json() as { id: string; sizeClass: string; industryCode: string };
    };
    fitting = await register({ districtCode: "500106", cluster: "NEV", industryCode: "C3670" }, 8101);
    otherId = (await register({ districtCode: "500107", cluster: "FOOD", industryCode: "C1391" }, 8102)).id;
    await ctx.database.db
      .update(organisations)
      .set({ enterpriseId: fitting.id })
      .where(eq(organisations.id, ctx.orgs.cqenterprise ?? ""));
    cqenterprise = await ctx.signIn("cqenterprise.operator");

    targetedId = await list(cqbank, {
      name: "新能源汽车技改长贷",
      rateMin: "0.0400",
      clusters: ["NEV"],
      sizeClasses: [fitting.sizeClass],
      industries: ["C36"],
    });
    generalId = await list(cqrcb, { name: "普惠长期贷", rateMin: "0.0300" });
    // Lends for 12 months at most: the 240-month demand rules it out.
    await list(cqrcb, { name: "短期流贷", rateMin: "0.0250", termMinMonths: 1, termMaxMonths: 12 });

    demandId = await postAndAdmit({ enterpriseId: fitting.id });
    otherDemandId = await postAndAdmit({ enterpriseId: otherId, amount: "2000000.00" });
  });

  describe("GET /api/v1/financing-demands/:id/matches", () => {
    it("ranks the eligible products with the working of every criterion, and the institutions by their best", async () => {
      const response = await cqbureau.get(`/api/v1/financing-demands/${demandId}/matches`);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body.eligibleCount).toBe(2);
      expect(body.weights).toEqual({
        tags: 25,
        cluster: 20,
        sizeClass: 15,
        industry: 10,
        rate: 20,
        outcomes: 10,
      });
      expect(body.items.map((item: { product: { id: string } }) => item.product.id)).toEqual([
        targetedId,
        generalId,
      ]);
      const [targeted, general] = body.items as Ranked[];
      // Targeted: tags open 12.5 + cluster 20 + size 15 + industry 10 + highest rate 0 + newcomer 5.
      expect(targeted?.score).toBe("62.5");
      expect(targeted?.criteria.map((c) => [c.criterion, c.outcome, c.points])).toEqual([
        ["tags", "neutral", "12.5"],
        ["cluster", "met", "20.0"],
        ["sizeClass", "met", "15.0"],
        ["industry", "met", "10.0"],
        ["rate", "scored", "0.0"],
        ["outcomes", "scored", "5.0"],
      ]);
      expect(targeted?.criteria[1]?.reason).toEqual({
        zh: "产品面向 NEV；企业为 NEV",
        en: "The product targets NEV; the enterprise: NEV",
      });
      expect(targeted?.filters.every((f) => f.passed)).toBe(true);
      expect(targeted?.filters.find((f) => f.filter === "amount")?.reason.zh).toBe(
        "需求金额 5,000,000.00 元在产品额度 1,000,000.00–10,000,000.00 元之内",
      );
      // General: 12.5 + half of 20, 15, 10 + lowest rate 20 + newcomer 5.
      expect(general?.score).toBe("60.0");
      expect(general?.criteria.find((c) => c.criterion === "rate")?.reason.zh).toBe(
        "最低年利率 3%，候选产品最低年利率介于 3%–4%",
      );
      expect(body.institutions).toMatchObject([
        { institutionName: expect.stringContaining(""), score: "62.5", bestProductId: targetedId },
        { score: "60.0", bestProductId: generalId, eligibleProducts: 1 },
      ]);
    });

    it("shows the enterprise its own demand's matches, a page at a time", async () => {
      const page = await cqenterprise.get(`/api/v1/financing-demands/${demandId}/matches?pageSize=1&page=2`);
      expect(page.statusCode, page.body).toBe(200);
      expect(page.json()).toMatchObject({ eligibleCount: 2, page: 2, pageSize: 1 });
      expect(page.json().items.map((item: { product: { id: string } }) => item.product.id)).toEqual([
        generalId,
      ]);
    });

    it("refuses institutions (403), another region's bureau and another enterprise's demand (404), strangers (401)", async () => {
      const institution = await cqbank.get(`/api/v1/financing-demands/${demandId}/matches`);
      expect(institution.statusCode).toBe(403);
      expect(institution.json().detail).toContain("发布企业和经信部门");
      expect((await syBureau.get(`/api/v1/financing-demands/${demandId}/matches`)).statusCode).toBe(404);
      expect((await cqenterprise.get(`/api/v1/financing-demands/${otherDemandId}/matches`)).statusCode).toBe(
        404,
      );
      expect(
        (await ctx.app.inject({ url: `/api/v1/financing-demands/${demandId}/matches` })).statusCode,
      ).toBe(401);
      const tooMany = await cqbureau.get(`/api/v1/financing-demands/${demandId}/matches?pageSize=51`);
      expect(tooMany.statusCode).toBe(400);
      expect(rule(tooMany)[0]).toMatch(/^pageSize:/);
    });
  });

  describe("GET /api/v1/financing-matches/demands", () => {
    it("ranks an institution's open demands by its best product, with reasons and its own claim", async () => {
      const response = await cqbank.get("/api/v1/financing-matches/demands");
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      const ours = body.items.filter((item: { demand: { id: string } }) =>
        [demandId, otherDemandId].includes(item.demand.id),
      );
      // Of the 70 points an institution's view weighs: 57.5 for the targeted enterprise, 12.5 for the other.
      expect(
        ours.map((item: { demand: { id: string }; score: string }) => [item.demand.id, item.score]),
      ).toEqual([
        [demandId, "82.1"],
        [otherDemandId, "17.9"],
      ]);
      expect(ours[0].product.id).toBe(targetedId);
      expect(ours[0].criteria.map((c: Criterion) => c.criterion)).toEqual([
        "tags",
        "cluster",
        "sizeClass",
        "industry",
      ]);
      expect(ours[1].criteria[1].reason.zh).toBe("产品面向 NEV；企业为 FOOD");
      const claims = (await cqbank.get("/api/v1/financing-claims")).json() as {
        id: string;
        demandId: string;
      }[];
      expect(ours[0].claimId).toBe(claims.find((claim) => claim.demandId === demandId)?.id);
    });

    it("ranks the same demands for another institution over its own products", async () => {
      const body = (await cqrcb.get("/api/v1/financing-matches/demands?limit=200")).json();
      const ours = body.items.filter((item: { demand: { id: string } }) =>
        [demandId, otherDemandId].includes(item.demand.id),
      );
      // The general product: half of every targeting weight, 35 of 70; ties go to the demand's id.
      expect(
        ours.map((item: { score: string; product: { id: string } }) => [item.score, item.product.id]),
      ).toEqual([
        ["50.0", generalId],
        ["50.0", generalId],
      ]);
    });

    it("never shows another region's demands nor a demand another institution has claimed", async () => {
      const other = (await icbc.get("/api/v1/financing-matches/demands")).json();
      expect(other.items.map((item: { demand: { id: string } }) => item.demand.id)).not.toContain(demandId);
      // The demand takes one claimant (渝惠融): once cqrcb claims it, it is open to no one else.
      const claims = (await cqrcbReviewer.get("/api/v1/financing-claims")).json() as {
        id: string;
        demandId: string;
        version: number;
      }[];
      const push = claims.find((claim) => claim.demandId === otherDemandId);
      const claimed = await cqrcbReviewer.post(`/api/v1/financing-claims/${push?.id}/actions`, {
        action: "claim",
        version: push?.version,
      });
      expect(claimed.statusCode, claimed.body).toBe(200);
      for (const client of [cqbank, cqrcb]) {
        const open = (await client.get("/api/v1/financing-matches/demands")).json();
        expect(open.items.map((item: { demand: { id: string } }) => item.demand.id)).not.toContain(
          otherDemandId,
        );
      }
    });

    it("exports the ranked demands with their best product and reasons, to institutions only", async () => {
      const response = await cqbank.get("/api/v1/financing-matches/demands/export?limit=200");
      expect(response.statusCode, response.body).toBe(200);
      const sheet = (await workbookOf(response.rawPayload)).getWorksheet("推荐需求");
      expect(rowValues(sheet, 1)).toEqual([
        "排名",
        "企业名称",
        "融资方式",
        "金额(元)",
        "期限(月)",
        "最匹配的产品",
        "匹配分",
        "认领截止",
        "匹配理由",
      ]);
      const ranked = (await cqbank.get("/api/v1/financing-matches/demands?limit=200")).json().items as {
        score: string;
        demand: { enterpriseName: string };
      }[];
      expect(sheet?.rowCount).toBe(ranked.length + 1);
      expect(rowValues(sheet, 2).slice(0, 2)).toEqual(["1", ranked[0]?.demand.enterpriseName]);
      expect(rowValues(sheet, 2)[6]).toBe(ranked[0]?.score);
      expect((await cqenterprise.get("/api/v1/financing-matches/demands/export")).statusCode).toBe(403);
    });

    it("is for institutions only (403) and caps the list at 200 (400)", async () => {
      const bureau = await cqbureau.get("/api/v1/financing-matches/demands");
      expect(bureau.statusCode).toBe(403);
      expect((await cqenterprise.get("/api/v1/financing-matches/demands")).statusCode).toBe(403);
      const tooMany = await cqbank.get("/api/v1/financing-matches/demands?limit=201");
      expect(tooMany.statusCode).toBe(400);
      expect(rule(tooMany)[0]).toMatch(/^limit:/);
    });
  });

  describe("GET /api/v1/financing-products/:id/enterprises", () => {
    it("ranks the registry's enterprises the product fits, with reasons, for its institution and its bureau", async () => {
      for (const client of [cqbank, cqbureau]) {
        const response = await client.get(
          `/api/v1/financing-products/${targetedId}/enterprises?pageSize=200`,
        );
        expect(response.statusCode, response.body).toBe(200);
        const body = response.json();
        const ids = body.items.map((item: { enterprise: { id: string } }) => item.enterprise.id);
        expect(ids[0]).toBe(fitting.id);
        expect(body.items[0].score).toBe("82.1");
        expect(
          body.items.find((item: { enterprise: { id: string } }) => item.enterprise.id === otherId).score,
        ).toBe("17.9");
        expect(body.total).toBe(ids.length);
      }
    });

    it("exports the fits to Excel", async () => {
      const response = await cqbank.get(`/api/v1/financing-products/${targetedId}/enterprises/export`);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("spreadsheetml");
      expect(response.rawPayload.subarray(0, 2).toString()).toBe("PK");
    });

    it("refuses another institution and another region's bureau (404), an enterprise (403)", async () => {
      expect((await cqrcb.get(`/api/v1/financing-products/${targetedId}/enterprises`)).statusCode).toBe(404);
      expect((await syBureau.get(`/api/v1/financing-products/${targetedId}/enterprises`)).statusCode).toBe(
        404,
      );
      expect(
        (await cqenterprise.get(`/api/v1/financing-products/${targetedId}/enterprises`)).statusCode,
      ).toBe(403);
      expect(
        (await cqrcb.get(`/api/v1/financing-products/${targetedId}/enterprises/export`)).statusCode,
      ).toBe(404);
    });
  });

  describe("matching weights in the region's marketplace settings", () => {
    it("answers the defaults until the region sets its own, and refuses weights not adding up to 100", async () => {
      const initial = (await cqbureauReviewer.get("/api/v1/marketplace-settings/500000")).json();
      expect(initial.matchingWeights).toEqual({
        tags: 25,
        cluster: 20,
        sizeClass: 15,
        industry: 10,
        rate: 20,
        outcomes: 10,
      });
      const wrong = await put(cqbureauReviewer, "/api/v1/marketplace-settings/500000", {
        matchingWeights: { tags: 25, cluster: 20, sizeClass: 15, industry: 10, rate: 25, outcomes: 10 },
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().errors[0].rule).toBe("sum-100");
      const after = (await cqbureauReviewer.get("/api/v1/marketplace-settings/500000")).json();
      expect(after.matchingWeights.rate).toBe(20);
      const missing = await put(cqbureauReviewer, "/api/v1/marketplace-settings/500000", {
        matchingWeights: { tags: 100 },
      });
      expect(missing.statusCode).toBe(400);
    });

    it("reorders a demand's products when the region weighs rate more, keeping its claim settings", async () => {
      const before = (await cqbureauReviewer.get("/api/v1/marketplace-settings/500000")).json();
      const saved = await put(cqbureauReviewer, "/api/v1/marketplace-settings/500000", {
        matchingWeights: { tags: 10, cluster: 10, sizeClass: 10, industry: 0, rate: 60, outcomes: 10 },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({
        maxClaimants: before.maxClaimants,
        matchingWeights: { rate: 60 },
      });
      const body = (await cqenterprise.get(`/api/v1/financing-demands/${demandId}/matches`)).json();
      // General: 5 + 5 + 5 + 0 + 60 + 5; targeted: 5 + 10 + 10 + 0 + 0 + 5.
      expect(
        body.items.map((item: Ranked & { product: { id: string } }) => [item.product.id, item.score]),
      ).toEqual([
        [generalId, "80.0"],
        [targetedId, "30.0"],
      ]);
      // A claim settings change later keeps the weights.
      await put(cqbureauReviewer, "/api/v1/marketplace-settings/500000", { preset: "COMPETING" });
      expect(
        (await cqbureauReviewer.get("/api/v1/marketplace-settings/500000")).json().matchingWeights.rate,
      ).toBe(60);
      expect(
        (
          await put(syBureau, "/api/v1/marketplace-settings/500000", {
            matchingWeights: before.matchingWeights,
          })
        ).statusCode,
      ).toBe(403);
    });
  });
});
