import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fundPaymentLines, fundPayments, funds, organisations } from "../../db/schema";
import { buildEnterpriseInput } from "../../testing/factories";
import { transfersOf } from "../../testing/fund";
import { multipartFile } from "../../testing/multipart";
import { type TestClient, useTestApp } from "../../testing/test-app";

const TODAY = "2026-12-05";
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(512, 0x20), Buffer.from("\n%%EOF\n")]);

interface Policy {
  id: string;
  currentVersion: number;
  policy: { formula: Record<string, unknown>; caps: Record<string, string | null> } & Record<string, unknown>;
}

describe("incentive rewards: policies, applications, review and payment (issue 13 points 1–2)", () => {
  const ctx = useTestApp();
  let admin: TestClient;
  let cqBureau: TestClient;
  let cqFinance: TestClient;
  let cqCity: TestClient;
  let cqGuarantor: TestClient;
  let cqEnterprise: TestClient;
  let cqFund: TestClient;
  let syBureau: TestClient;
  let syEnterprise: TestClient;
  let cqBank: TestClient;
  let fundId: string;
  let shiyanFundId: string;
  let gazelleId: string;
  let otherEnterpriseId: string;

  const copy = (client: TestClient, preset: string, body: Record<string, unknown> = {}) =>
    client.post("/api/v1/incentive-policies", {
      preset,
      regionCode: "500000",
      fundId,
      from: "2026-01-01",
      ...body,
    });
  const copied = async (preset: string, change?: (policy: Policy["policy"]) => void): Promise<Policy> => {
    const created = await copy(cqBureau, preset);
    expect(created.statusCode, created.body).toBe(201);
    if (!change) return created.json();
    const policy = created.json() as Policy;
    change(policy.policy);
    const saved = await cqBureau.request({
      method: "PUT",
      url: `/api/v1/incentive-policies/${policy.id}`,
      payload: { policy: policy.policy, expectedVersion: policy.currentVersion, note: "按本地政策调整" },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    return saved.json();
  };
  const upload = async (client: TestClient, code: string): Promise<string> => {
    const { payload, headers } = multipartFile("file", `${code}.pdf`, PDF, "application/pdf", { code });
    const response = await client.request({
      method: "POST",
      url: "/api/v1/incentive-evidence",
      payload,
      headers,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id;
  };
  const gazelleEvidence = async (client = cqEnterprise) => [
    await upload(client, "business-licence"),
    await upload(client, "fund-financing-agreement"),
  ];
  const act = async (
    client: TestClient,
    paymentId: string,
    action: string,
    extra: Record<string, unknown> = {},
  ) => {
    const payment = (await client.get(`/api/v1/fund-payments/${paymentId}`)).json();
    const response = await client.post(`/api/v1/fund-payments/${paymentId}/actions`, {
      action,
      version: payment.version,
      opinion: "同意",
      ...extra,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    ctx.setToday(TODAY);
    [admin, cqBureau, cqFinance, cqCity, cqGuarantor, cqEnterprise, cqFund, syBureau, syEnterprise, cqBank] =
      (await Promise.all(
        [
          "platform.admin",
          "cqjxw.operator",
          "cqczj.reviewer",
          "cqszf.reviewer",
          "cqdanbao.reviewer",
          "cqenterprise.operator",
          "cqfund.operator",
          "jxj.operator",
          "enterprise.operator",
          "cqbank.operator",
        ].map((username) => ctx.signIn(username)),
      )) as TestClient[] as [
        TestClient,
        TestClient,
        TestClient,
        TestClient,
        TestClient,
        TestClient,
        TestClient,
        TestClient,
        TestClient,
        TestClient,
      ];
    const [cqFundRow] = await ctx.database.db.select().from(funds).where(eq(funds.code, "CHONGQING-JGTX"));
    const [syFundRow] = await ctx.database.db.select().from(funds).where(eq(funds.code, "SHIYAN-QLBL"));
    fundId = cqFundRow?.id ?? "";
    shiyanFundId = syFundRow?.id ?? "";
    const register = async (
      sequence: number,
      tags: { tag: string; validFrom: string; validTo: string | null }[],
    ) => {
      const created = await cqBureau.post(
        "/api/v1/enterprises",
        buildEnterpriseInput({ districtCode: "500106", tags } as never, sequence),
      );
      expect(created.statusCode, created.body).toBe(201);
      return created.json().id as string;
    };
    const enterpriseId = await register(9301, [
      { tag: "GAZELLE", validFrom: "2025-03-01", validTo: "2028-02-28" },
    ]);
    otherEnterpriseId = await register(9302, []);
    await ctx.database.db
      .update(organisations)
      .set({ enterpriseId })
      .where(eq(organisations.id, ctx.orgs.cqenterprise ?? ""));
    cqEnterprise = await ctx.signIn("cqenterprise.operator");
    const appropriated = await (await ctx.signIn("cqczj.operator")).post(
      `/api/v1/funds/${fundId}/appropriations`,
      {
        amount: "20000000.00",
        date: "2026-01-15",
        memo: "2026年度奖励资金",
        idempotencyKey: "incentives-appropriation",
      },
    );
    expect(appropriated.statusCode, appropriated.body).toBe(201);
    gazelleId = (await copied("GAZELLE_FINANCING")).id;
  });

  describe("policies", () => {
    it("lets the region's industry bureau copy a preset, naming a fund of the region; amounts in yuan", async () => {
      const detail = (await cqBureau.get(`/api/v1/incentive-policies/${gazelleId}`)).json();
      expect(detail).toMatchObject({ code: "GAZELLE_FINANCING", regionCode: "500000", currentVersion: 1 });
      expect(detail.policy.formula).toEqual({ kind: "FIXED", amount: "1000000.00" });
      expect(detail.versions).toHaveLength(1);
    });

    it.each([
      ["a bank", () => cqBank, {}, 403, undefined],
      ["another city's bureau", () => syBureau, {}, 403, undefined],
      [
        "a fund of another region",
        () => cqBureau,
        { preset: "UNICORN_FINANCING", fundId: "" },
        400,
        "fundId",
      ],
      ["a second live copy", () => cqBureau, {}, 409, "preset"],
    ])("refuses %s", async (_, client, body, status, field) => {
      const response = await copy(client(), "GAZELLE_FINANCING", {
        ...body,
        ...("fundId" in body && { fundId: shiyanFundId }),
      });
      expect(response.statusCode, response.body).toBe(status);
      if (field) expect(response.json().errors[0].field).toBe(field);
    });

    it("lets everyone signed in read the region's live policies, and no one elsewhere", async () => {
      const ids = async (client: TestClient) =>
        ((await client.get("/api/v1/incentive-policies")).json() as { id: string }[]).map((p) => p.id);
      expect(await ids(cqEnterprise)).toContain(gazelleId);
      expect(await ids(cqBank)).toContain(gazelleId);
      expect(await ids(syEnterprise)).not.toContain(gazelleId);
      expect((await syEnterprise.get(`/api/v1/incentive-policies/${gazelleId}`)).statusCode).toBe(404);
    });

    it.each([
      [
        "an amount with three places",
        (p: Policy["policy"]) => (p.formula = { kind: "FIXED", amount: "1.005" }),
        "policy.formula.amount",
      ],
      [
        "an unknown tag",
        (p: Policy["policy"]) => ((p.eligibility as { anyOfTags: string[] }).anyOfTags = ["NOPE"]),
        "policy.eligibility.anyOfTags.0",
      ],
      ["a changed region", (p: Policy["policy"]) => (p.regionCode = "500103"), "policy.regionCode"],
      ["a zero cap", (p: Policy["policy"]) => (p.caps.perEnterprise = "0.00"), "policy.caps.perEnterprise"],
    ])("refuses an edit with %s naming the field, saving nothing", async (_, change, field) => {
      const detail = (await cqBureau.get(`/api/v1/incentive-policies/${gazelleId}`)).json() as Policy;
      change(detail.policy);
      const response = await cqBureau.request({
        method: "PUT",
        url: `/api/v1/incentive-policies/${gazelleId}`,
        payload: { policy: detail.policy, expectedVersion: detail.currentVersion, note: "调整" },
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      expect((await cqBureau.get(`/api/v1/incentive-policies/${gazelleId}`)).json().currentVersion).toBe(
        detail.currentVersion,
      );
    });

    it("refuses an edit on a stale version", async () => {
      const detail = (await cqBureau.get(`/api/v1/incentive-policies/${gazelleId}`)).json() as Policy;
      const response = await cqBureau.request({
        method: "PUT",
        url: `/api/v1/incentive-policies/${gazelleId}`,
        payload: { policy: detail.policy, expectedVersion: detail.currentVersion + 5, note: "调整" },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().errors[0].rule).toBe("optimistic-lock");
    });
  });

  describe("a 瞪羚 reward from application to payment", () => {
    let applicationId: string;
    let paymentId: string;

    it("previews each rule with its reason and the working, saving nothing", async () => {
      const licence = await upload(cqEnterprise, "business-licence");
      const preview = await cqEnterprise.post("/api/v1/incentive-applications/preview", {
        policyId: gazelleId,
        evidence: [licence],
      });
      expect(preview.statusCode, preview.body).toBe(200);
      const body = preview.json();
      expect(body.eligible).toBe(false);
      expect(body.rules.filter((r: { met: boolean }) => !r.met)).toEqual([
        { rule: "evidence", met: false, reason: "缺少证明材料:基金融资协议" },
      ]);
      expect(body.rules.find((r: { rule: string }) => r.rule === "tags").reason).toContain("瞪羚企业");
      const refused = await cqEnterprise.post("/api/v1/incentive-applications", {
        policyId: gazelleId,
        evidence: [licence],
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().errors).toEqual([
        { field: "rules.evidence", rule: "evidence", message: "缺少证明材料:基金融资协议" },
      ]);
      expect((await cqEnterprise.get("/api/v1/incentive-applications")).json()).toEqual([]);
    });

    it("refuses someone else's or an unknown kind of evidence, naming the item", async () => {
      const theirs = await upload(cqFund, "business-licence");
      const odd = await upload(cqEnterprise, "stage-proof");
      for (const [evidence, rule] of [
        [[theirs], "own-unused-file"],
        [[odd], "policy-evidence"],
      ] as const) {
        const response = await cqEnterprise.post("/api/v1/incentive-applications/preview", {
          policyId: gazelleId,
          evidence,
        });
        expect(response.statusCode).toBe(400);
        expect(response.json().errors[0]).toMatchObject({ field: "evidence.0", rule });
      }
    });

    it("submits: 1,000,000.00 yuan, a payment in both bureaus' review, status read from it", async () => {
      const response = await cqEnterprise.post("/api/v1/incentive-applications", {
        policyId: gazelleId,
        evidence: await gazelleEvidence(),
      });
      expect(response.statusCode, response.body).toBe(201);
      const application = response.json();
      applicationId = application.id;
      paymentId = application.paymentId;
      expect(application).toMatchObject({
        amount: "1000000.00",
        status: "IN_REVIEW",
        financeReview: "PENDING",
        industryReview: "PENDING",
        policyVersion: 1,
      });
      expect(application.working).toMatchObject({
        formula: "FIXED",
        uncapped: "1000000.00",
        amount: "1000000.00",
      });
      expect(application.evidence).toHaveLength(2);
      const payment = (await cqFinance.get(`/api/v1/fund-payments/${paymentId}`)).json();
      expect(payment).toMatchObject({ kind: "INCENTIVE_REWARD", status: "IN_REVIEW", total: "1000000.00" });
      expect(payment.lines[0]).toMatchObject({
        amount: "1000000.00",
        beneficiaryName: application.enterpriseName,
      });
      expect(payment.lines[0].working.rules).toHaveLength(5);
      expect(payment.availableActions).toEqual(["finance-approve", "finance-reject"]);
    });

    it("never takes a one-time reward twice: the rule refuses it, and the database would too", async () => {
      const again = await cqEnterprise.post("/api/v1/incentive-applications", {
        policyId: gazelleId,
        evidence: await gazelleEvidence(),
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().errors[0]).toMatchObject({ field: "rules.not-received", rule: "not-received" });
      const [line] = await ctx.database.db
        .select()
        .from(fundPaymentLines)
        .where(eq(fundPaymentLines.paymentId, paymentId));
      const duplicate = ctx.database.db.insert(fundPaymentLines).values({
        ...line,
        id: undefined,
        lineNo: 2,
      } as never);
      await expect(duplicate).rejects.toThrow();
    });

    it("shows the application to its enterprise and the region's reviewers, to no one else", async () => {
      for (const client of [cqEnterprise, cqBureau, cqFinance, cqCity, cqGuarantor, admin]) {
        expect((await client.get(`/api/v1/incentive-applications/${applicationId}`)).statusCode).toBe(200);
      }
      for (const client of [syEnterprise, syBureau, cqBank, cqFund]) {
        expect((await client.get(`/api/v1/incentive-applications/${applicationId}`)).statusCode).toBe(404);
        const listed = (await client.get("/api/v1/incentive-applications")).json() as { id: string }[];
        expect(listed.map((a) => a.id)).not.toContain(applicationId);
      }
      const evidence = (await cqFinance.get(`/api/v1/incentive-applications/${applicationId}`)).json()
        .evidence;
      expect((await cqFinance.get(`/api/v1/incentive-evidence/${evidence[0].id}/content`)).statusCode).toBe(
        200,
      );
      expect((await syBureau.get(`/api/v1/incentive-evidence/${evidence[0].id}/content`)).statusCode).toBe(
        404,
      );
    });

    it("keeps the version it was made under when the policy changes", async () => {
      const detail = (await cqBureau.get(`/api/v1/incentive-policies/${gazelleId}`)).json() as Policy;
      detail.policy.formula = { kind: "FIXED", amount: "800000.00" };
      const saved = await cqBureau.request({
        method: "PUT",
        url: `/api/v1/incentive-policies/${gazelleId}`,
        payload: { policy: detail.policy, expectedVersion: 1, note: "2027 年起下调" },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json().currentVersion).toBe(2);
      const application = (await cqEnterprise.get(`/api/v1/incentive-applications/${applicationId}`)).json();
      expect(application).toMatchObject({ policyVersion: 1, amount: "1000000.00" });
    });

    it("is reviewed in parallel, approved by the city government and paid by the fund's manager", async () => {
      await act(cqFinance, paymentId, "finance-approve");
      await act(
        cqBureau.username ? await ctx.signIn("cqjxw.reviewer") : cqBureau,
        paymentId,
        "industry-approve",
      );
      expect((await cqEnterprise.get(`/api/v1/incentive-applications/${applicationId}`)).json().status).toBe(
        "AWAITING_APPROVAL",
      );
      await act(cqCity, paymentId, "city-approve");
      const transfers = await transfersOf(ctx.database.db, paymentId, "incentive");
      const paid = await act(cqGuarantor, paymentId, "execute", {
        idempotencyKey: "incentive-pay-1",
        transfers,
      });
      expect(paid.status).toBe("PAID");
      const application = (await cqEnterprise.get(`/api/v1/incentive-applications/${applicationId}`)).json();
      expect(application).toMatchObject({ status: "PAID", statusLabel: "已拨付", paidOn: TODAY });
      // The applicant reads each decision on its reward: who, in which organisation, when and why.
      const decisions = application.decisions as { action: string; actorOrgName: string; opinion: string }[];
      expect(decisions.map((step) => step.action)).toEqual([
        "create",
        "finance-approve",
        "industry-approve",
        "city-approve",
        "execute",
        "paid",
      ]);
      expect(decisions[1]).toMatchObject({
        actorOrgName: "重庆市财政局",
        opinion: "同意",
        businessDate: TODAY,
      });
    });

    it("appears in the fund's statement, reconciled", async () => {
      const statement = (
        await cqFinance.get(`/api/v1/funds/${fundId}/statement?from=2026-01-01&to=2026-12-31&pageSize=50`)
      ).json();
      expect(statement.reconciliation.reconciled).toBe(true);
      const entries = statement.entries.items.filter(
        (entry: { decision: { payment: { id: string } | null } }) => entry.decision.payment?.id === paymentId,
      );
      expect(entries.map((entry: { kind: string }) => entry.kind).sort()).toEqual([
        "PAYMENT_APPROVED",
        "PAYMENT_PAID",
      ]);
      const expense = statement.totals.find((total: { kind: string }) => total.kind === "INCENTIVE_EXPENSE");
      expect(expense.closing).toBe("1000000.00");
    });

    it("exports the applications to Excel", async () => {
      const response = await cqFinance.get("/api/v1/incentive-applications/export");
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("spreadsheetml");
    });
  });

  describe("the equity-investment reward a fund applies for", () => {
    it("takes 1% of the declared investment from the fund, paying the fund, and refuses the enterprise", async () => {
      const policy = await copied("EQUITY_INVESTMENT");
      const evidence = [
        await upload(cqFund, "investment-agreement"),
        await upload(cqFund, "payment-proof"),
        await upload(cqFund, "fund-filing"),
      ];
      const body = { policyId: policy.id, enterpriseId: otherEnterpriseId, base: "12345678.90", evidence };
      const byEnterprise = await cqEnterprise.post("/api/v1/incentive-applications/preview", body);
      expect(byEnterprise.statusCode).toBe(403);
      const withoutEnterprise = await cqFund.post("/api/v1/incentive-applications/preview", {
        ...body,
        enterpriseId: undefined,
      });
      expect(withoutEnterprise.json().errors[0]).toMatchObject({ field: "enterpriseId", rule: "required" });
      const response = await cqFund.post("/api/v1/incentive-applications", body);
      expect(response.statusCode, response.body).toBe(201);
      // 12,345,678.90 × 0.01 = 123,456.789 → 123,456.79, rounded half up once.
      expect(response.json()).toMatchObject({ amount: "123456.79", base: "12345678.90" });
      expect(response.json().working).toMatchObject({ rate: "0.01", uncapped: "123456.79" });
      const [line] = await ctx.database.db
        .select()
        .from(fundPaymentLines)
        .where(eq(fundPaymentLines.paymentId, response.json().paymentId));
      expect(line?.beneficiaryOrgId).toBe(ctx.orgs.cqfund);
      const missingBase = await cqFund.post("/api/v1/incentive-applications/preview", {
        ...body,
        base: undefined,
        evidence: [],
      });
      expect(missingBase.json().errors[0]).toMatchObject({ field: "base", rule: "positive" });
    });
  });

  describe("staged listing rewards", () => {
    it("never exceeds the total when two stages are applied for at once", async () => {
      const policy = await copied("LISTING_STAGES", (p) => {
        p.formula = { ...p.formula, totalCap: "2500000.00" };
        p.caps.perEnterprise = null;
      });
      const apply = async (stage: string) =>
        cqEnterprise.post("/api/v1/incentive-applications", {
          policyId: policy.id,
          stage,
          evidence: [
            await upload(cqEnterprise, "business-licence"),
            await upload(cqEnterprise, "stage-proof"),
          ],
        });
      const stages = ["IPO_AGREEMENT", "TUTORING_FILED"] as const;
      const responses = await Promise.all(stages.map((stage) => apply(stage)));
      for (const response of responses) expect(response.statusCode, response.body).toBe(201);
      const amounts = responses.map((response) => response.json().amount as string);
      // 100万 + 200万 asked, 250万 in all: whichever came second got what was left.
      const firstCameFirst = amounts[0] === "1000000.00" && amounts[1] === "1500000.00";
      const secondCameFirst = amounts[0] === "500000.00" && amounts[1] === "2000000.00";
      expect(firstCameFirst || secondCameFirst, amounts.join(", ")).toBe(true);
      const third = await apply("IPO_ACCEPTED");
      expect(third.statusCode).toBe(409);
      expect(third.json().errors[0]).toMatchObject({ field: "amount", rule: "nothing-after-caps" });
      const same = await apply("IPO_AGREEMENT");
      expect(same.json().errors[0]).toMatchObject({ field: "rules.stages-new", rule: "stages-new" });
    });
  });

  describe("keys and retirement", () => {
    it("replays a submission under the same Idempotency-Key and refuses the key with other content", async () => {
      const policy = await copied("REFINANCING");
      const evidence = [await upload(cqEnterprise, "refinancing-announcement")];
      const send = (base: string) =>
        cqEnterprise.request({
          method: "POST",
          url: "/api/v1/incentive-applications",
          payload: { policyId: policy.id, base, evidence },
          headers: { "idempotency-key": "incentive-refinancing-1" },
        });
      const first = await send("30000000.00");
      expect(first.statusCode, first.body).toBe(201);
      expect(first.json().amount).toBe("300000.00");
      const repeat = await send("30000000.00");
      expect([repeat.statusCode, repeat.json().id]).toEqual([201, first.json().id]);
      expect(repeat.headers["idempotent-replayed"]).toBe("true");
      const other = await send("40000000.00");
      expect(other.json().errors[0]).toMatchObject({
        field: "Idempotency-Key",
        rule: "reused-with-other-content",
      });
      const payments = await ctx.database.db
        .select()
        .from(fundPayments)
        .where(eq(fundPayments.id, first.json().paymentId));
      expect(payments).toHaveLength(1);
    });

    it("retires a policy with a reason: no new applications, the old ones stand", async () => {
      const detail = (await cqBureau.get(`/api/v1/incentive-policies/${gazelleId}`)).json() as Policy;
      const retired = await cqBureau.post(`/api/v1/incentive-policies/${gazelleId}/retirement`, {
        expectedVersion: detail.currentVersion,
        reason: "政策期满",
      });
      expect(retired.statusCode, retired.body).toBe(200);
      expect(retired.json().retiredReason).toBe("政策期满");
      const listed = (await cqEnterprise.get("/api/v1/incentive-policies")).json() as { id: string }[];
      expect(listed.map((p) => p.id)).not.toContain(gazelleId);
      const late = await cqEnterprise.post("/api/v1/incentive-applications/preview", {
        policyId: gazelleId,
        evidence: [],
      });
      expect(late.statusCode).toBe(404);
      const own = (await cqEnterprise.get("/api/v1/incentive-applications")).json() as { policyId: string }[];
      expect(own.some((a) => a.policyId === gazelleId)).toBe(true);
    });
  });
});
