import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { funds, organisations } from "../../db/schema";
import { buildEnterpriseInput } from "../../testing/factories";
import { multipartFile } from "../../testing/multipart";
import { type TestClient, useTestApp } from "../../testing/test-app";

const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(512, 0x20), Buffer.from("\n%%EOF\n")]);

interface Offer {
  policyId: string;
  stage: string | null;
  amount: string;
}

/**
 * Issue 13 §4: reaching a stage offers the matching listing reward (bell and "可申请"), until applied for;
 * 重庆证监局 reads its region's pool and funnel and changes nothing.
 */
describe("listing rewards offered on reaching a stage, and the securities regulator's view", () => {
  const ctx = useTestApp();
  let bureau: TestClient;
  let enterprise: TestClient;
  let regulator: TestClient;
  let shiyanBureau: TestClient;
  let enterpriseId: string;
  let entry: { id: string; version: number };
  let shiyanEntryId: string;
  let listingPolicyId: string;

  const offers = async () => {
    const response = await enterprise.get("/api/v1/listing-pipeline/reward-offers");
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Offer[];
  };
  const offerNotices = async () =>
    ((await enterprise.get("/api/v1/notifications")).json() as { kind: string; link: string }[]).filter(
      (notice) => notice.kind === "listing-reward-offer",
    );
  const move = async (stage: string, reachedOn: string) => {
    const response = await bureau.post(`/api/v1/listing-pipeline/${entry.id}/stage`, {
      stage,
      reachedOn,
      evidence: "证监局辅导备案登记",
      version: entry.version,
    });
    expect(response.statusCode, response.body).toBe(200);
    entry = response.json();
  };

  beforeAll(async () => {
    ctx.setToday("2026-12-05");
    [bureau, regulator, shiyanBureau] = await Promise.all([
      ctx.signIn("cqjxw.operator"),
      ctx.signIn("cqzjj.reviewer"),
      ctx.signIn("jxj.operator"),
    ]);
    const created = await bureau.post(
      "/api/v1/enterprises",
      buildEnterpriseInput({ districtCode: "500106" }, 9501),
    );
    expect(created.statusCode, created.body).toBe(201);
    enterpriseId = created.json().id;
    await ctx.database.db
      .update(organisations)
      .set({ enterpriseId })
      .where(eq(organisations.id, ctx.orgs.cqenterprise ?? ""));
    enterprise = await ctx.signIn("cqenterprise.operator");
    const [fund] = await ctx.database.db.select().from(funds).where(eq(funds.code, "CHONGQING-JGTX"));
    const policy = await bureau.post("/api/v1/incentive-policies", {
      preset: "LISTING_STAGES",
      regionCode: "500106",
      fundId: fund?.id,
      from: "2026-01-01",
    });
    expect(policy.statusCode, policy.body).toBe(201);
    listingPolicyId = policy.json().id;
    const added = await bureau.post("/api/v1/listing-pipeline", {
      enterpriseId,
      stage: "SHAREHOLDING_REFORM",
      stageReachedOn: "2026-06-30",
      board: "STAR",
    });
    expect(added.statusCode, added.body).toBe(201);
    entry = added.json();

    const shiyan = await shiyanBureau.post(
      "/api/v1/enterprises",
      buildEnterpriseInput({ districtCode: "420303" }, 9502),
    );
    const shiyanEntry = await shiyanBureau.post("/api/v1/listing-pipeline", {
      enterpriseId: shiyan.json().id,
      stage: "RESERVE",
      stageReachedOn: "2026-03-01",
      board: "BSE",
    });
    expect(shiyanEntry.statusCode, shiyanEntry.body).toBe(201);
    shiyanEntryId = shiyanEntry.json().id;
  });

  it("offers nothing before a reward stage is reached, and only the enterprise asks for its offers", async () => {
    expect(await offers()).toEqual([]);
    expect(await offerNotices()).toEqual([]);
    expect((await bureau.get("/api/v1/listing-pipeline/reward-offers")).statusCode).toBe(403);
    expect((await regulator.get("/api/v1/listing-pipeline/reward-offers")).statusCode).toBe(403);
  });

  it("rings the bell and offers the 辅导备案 reward once the bureau records the tutoring filing", async () => {
    await move("TUTORING", "2026-11-20");
    expect(await offers()).toEqual([
      expect.objectContaining({ policyId: listingPolicyId, stage: "TUTORING_FILED", amount: "2000000.00" }),
    ]);
    const notices = await offerNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0]?.link).toBe(`/incentives/apply?policy=${listingPolicyId}&stage=TUTORING_FILED`);
    // Recording the IPO agreement reaches the first stage too: one more offer and one more notice.
    const edited = await bureau.request({
      method: "PUT",
      url: `/api/v1/listing-pipeline/${entry.id}/details`,
      payload: {
        board: "STAR",
        sponsor: "西南证券股份有限公司",
        lawFirm: null,
        auditor: null,
        ipoAgreementOn: "2026-07-15",
        note: null,
        version: entry.version,
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    entry = edited.json();
    expect((await offers()).map((offer) => offer.stage)).toEqual(["IPO_AGREEMENT", "TUTORING_FILED"]);
    expect(await offerNotices()).toHaveLength(2);
  });

  it("withdraws the offer once the enterprise applies for that stage", async () => {
    const evidence = [];
    for (const code of ["business-licence", "stage-proof"]) {
      const { payload, headers } = multipartFile("file", `${code}.pdf`, PDF, "application/pdf", { code });
      const uploaded = await enterprise.request({
        method: "POST",
        url: "/api/v1/incentive-evidence",
        payload,
        headers,
      });
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      evidence.push(uploaded.json().id);
    }
    const applied = await enterprise.post("/api/v1/incentive-applications", {
      policyId: listingPolicyId,
      stage: "TUTORING_FILED",
      evidence,
    });
    expect(applied.statusCode, applied.body).toBe(201);
    expect((await offers()).map((offer) => offer.stage)).toEqual(["IPO_AGREEMENT"]);
    // Moving on to 申报 offers the acceptance stage, and never again the stage applied for.
    await move("FILED", "2026-12-01");
    expect((await offers()).map((offer) => offer.stage)).toEqual(["IPO_AGREEMENT", "IPO_ACCEPTED"]);
    expect(await offerNotices()).toHaveLength(3);
  });

  it("shows 重庆证监局 its region's pool and funnel against the 500 target", async () => {
    const funnel = await regulator.get("/api/v1/listing-pipeline/funnel");
    expect(funnel.statusCode, funnel.body).toBe(200);
    expect(funnel.json()).toMatchObject({ regionCode: "500000", total: 1, target: 500 });
    const list = await regulator.get("/api/v1/listing-pipeline");
    expect(list.statusCode).toBe(200);
    expect((list.json() as { id: string; regionCode: string }[]).map((row) => row.id)).toEqual([entry.id]);
    const detail = await regulator.get(`/api/v1/listing-pipeline/${entry.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().canManage).toBe(false);
  });

  it("refuses the regulator every change, and another region's entries", async () => {
    const added = await regulator.post("/api/v1/listing-pipeline", {
      enterpriseId,
      stage: "RESERVE",
      stageReachedOn: "2026-03-01",
      board: "BSE",
    });
    expect(added.statusCode).toBe(403);
    const moved = await regulator.post(`/api/v1/listing-pipeline/${entry.id}/stage`, {
      stage: "APPROVED",
      reachedOn: "2026-12-02",
      evidence: "上市委审议通过公告",
      version: entry.version,
    });
    expect(moved.statusCode).toBe(403);
    const edited = await regulator.request({
      method: "PUT",
      url: `/api/v1/listing-pipeline/${entry.id}/details`,
      payload: {
        board: "BSE",
        sponsor: null,
        lawFirm: null,
        auditor: null,
        ipoAgreementOn: null,
        note: null,
        version: entry.version,
      },
    });
    expect(edited.statusCode).toBe(403);
    expect((await bureau.get(`/api/v1/listing-pipeline/${entry.id}`)).json().version).toBe(entry.version);
    expect((await regulator.get(`/api/v1/listing-pipeline/${shiyanEntryId}`)).statusCode).toBe(404);
  });
});
