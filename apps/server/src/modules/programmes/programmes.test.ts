import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { programmes, programmeVersions } from "../../db/schema";
import { buildEnterpriseInput } from "../../testing/factories";
import { type TestClient, useTestApp } from "../../testing/test-app";

describe("loan programmes as versioned configuration, and the lists eligibility reads", () => {
  const ctx = useTestApp();
  let admin: TestClient;
  let bureau: TestClient;
  let eligibleId: string;
  let outsideId: string;

  beforeAll(async () => {
    admin = await ctx.signIn("platform.admin");
    bureau = await ctx.signIn("jxj.operator");
    const create = async (districtCode: string, sequence: number) => {
      const input = buildEnterpriseInput(
        { districtCode, establishedOn: "2015-04-01", revenues: [{ year: 2025, amount: "30000000.00" }] },
        sequence,
      );
      return (await bureau.post("/api/v1/enterprises", input)).json().id as string;
    };
    eligibleId = await create("420303", 5001); // 张湾区, an eligible district
    outsideId = await create("420322", 5002); // 郧西县, not one of art. 5's districts
  });

  it("ships the two presets with the numbers of SPEC §3", async () => {
    const list = (await bureau.get("/api/v1/programmes")).json();
    expect(list.map((p: { code: string }) => p.code).sort()).toEqual(["CHONGQING-JIGAI", "SHIYAN-CHANLIAN"]);
    const shiyan = (await bureau.get("/api/v1/programmes/SHIYAN-CHANLIAN")).json();
    expect(shiyan.config).toMatchObject({
      regionCode: "420300",
      eligibleDistricts: ["420302", "420303", "420371", "420372", "420373"],
      minOperatingYears: 1,
      minAnnualRevenue: "20000000.00",
      maxAmountPerEnterprise: "10000000.00",
      maxTermMonths: 36,
      interestSubsidy: { rate: "0.02", dayCount: "ACT/360" },
      guaranteeFeeSubsidy: { rate: "0.01" },
      riskSharingSchemes: ["4321", "4222"],
      fundShareOfGuarantor: "0.5",
      validityYears: 3,
    });
    expect(shiyan.versions).toHaveLength(1);
  });

  it("lets a platform admin copy a preset into a county, and no one else", async () => {
    const body = {
      code: "DJK-CHANLIAN",
      name: "丹江口市“产供强链贷”",
      regionCode: "420381",
      eligibleDistricts: ["420381"],
    };
    expect((await bureau.post("/api/v1/programmes/SHIYAN-CHANLIAN/copies", body)).statusCode).toBe(403);
    const copied = await admin.post("/api/v1/programmes/SHIYAN-CHANLIAN/copies", body);
    expect(copied.statusCode).toBe(201);
    expect(copied.json().config).toMatchObject({
      code: "DJK-CHANLIAN",
      regionCode: "420381",
      minAnnualRevenue: "20000000.00",
    });
    expect((await admin.post("/api/v1/programmes/SHIYAN-CHANLIAN/copies", body)).statusCode).toBe(409);
    const outside = await admin.post("/api/v1/programmes/SHIYAN-CHANLIAN/copies", {
      ...body,
      code: "DJK-2",
      eligibleDistricts: ["500112"],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].field).toMatch(/^eligibleDistricts/);
  });

  it("saves a change as a new version and keeps the old one intact", async () => {
    const current = (await admin.get("/api/v1/programmes/DJK-CHANLIAN")).json();
    const config = { ...current.config, maxAmountPerEnterprise: "8000000.00" };
    const saved = await admin.request({
      method: "PUT",
      url: "/api/v1/programmes/DJK-CHANLIAN/config",
      payload: { config, expectedVersion: 1, note: "县里额度降为 800 万元" },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      currentVersion: 2,
      config: { maxAmountPerEnterprise: "8000000.00", version: 2 },
    });
    expect(saved.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const [programme] = await ctx.database.db
      .select()
      .from(programmes)
      .where(eq(programmes.code, "DJK-CHANLIAN"));
    const [first] = await ctx.database.db
      .select()
      .from(programmeVersions)
      .where(and(eq(programmeVersions.programmeId, programme?.id ?? ""), eq(programmeVersions.version, 1)));
    expect(first?.config).toMatchObject({ maxAmountPerEnterprise: "10000000.00" });

    const stale = await admin.request({
      method: "PUT",
      url: "/api/v1/programmes/DJK-CHANLIAN/config",
      payload: { config, expectedVersion: 1, note: "again" },
    });
    expect(stale.statusCode).toBe(409);
  });

  it("refuses a bad configuration naming the field, and changes nothing", async () => {
    const current = (await admin.get("/api/v1/programmes/DJK-CHANLIAN")).json();
    const put = (config: unknown) =>
      admin.request({
        method: "PUT",
        url: "/api/v1/programmes/DJK-CHANLIAN/config",
        payload: { config, expectedVersion: current.currentVersion, note: "bad" },
      });
    const badRate = await put({
      ...current.config,
      interestSubsidy: { ...current.config.interestSubsidy, rate: "2" },
    });
    expect(badRate.statusCode).toBe(400);
    expect(badRate.json().errors[0].field).toBe("interestSubsidy.rate");
    const moved = await put({ ...current.config, regionCode: "420300", eligibleDistricts: ["420303"] });
    expect(moved.json().errors[0].field).toBe("config.regionCode");
    expect((await admin.get("/api/v1/programmes/DJK-CHANLIAN")).json().currentVersion).toBe(
      current.currentVersion,
    );
  });

  it("shows every eligibility rule with its reason, reading the key-supported and negative lists", async () => {
    const check = (enterpriseId: string, amount = "5000000.00", client = bureau) =>
      client.post("/api/v1/programmes/SHIYAN-CHANLIAN/eligibility", {
        enterpriseId,
        supplyChainCategory: "VEHICLE_MAKER_SUPPLIER",
        amount,
        termMonths: 24,
        loanUse: "WORKING_CAPITAL",
      });
    const failed = (body: { checks: { rule: string; passed: boolean }[] }) =>
      body.checks.filter((c) => !c.passed).map((c) => c.rule);

    expect(failed((await check(eligibleId)).json())).toEqual(["key-supported-list"]);

    const added = await bureau.post("/api/v1/key-supported-list", {
      enterpriseId: eligibleId,
      note: "2026 年重点支持名单",
    });
    expect(added.statusCode).toBe(201);
    const passing = (await check(eligibleId)).json();
    expect(passing.eligible).toBe(true);
    expect(passing.checks).toHaveLength(9);

    expect(failed((await check(eligibleId, "12000000.00")).json())).toEqual(["amount-limit"]);
    expect(failed((await check(outsideId)).json())).toEqual(expect.arrayContaining(["registered-district"]));

    const reguarantor = await ctx.signIn("zaidanbao.operator");
    const listed = await reguarantor.post("/api/v1/negative-list", {
      enterpriseId: eligibleId,
      reason: "涉诉失信被执行",
    });
    expect(listed.statusCode).toBe(201);
    const negative = (await check(eligibleId)).json();
    expect(failed(negative)).toEqual(["negative-list"]);

    // A bank that has never dealt with the enterprise cannot probe it.
    const bank = await ctx.signIn("icbc.operator");
    expect((await check(eligibleId, "5000000.00", bank)).statusCode).toBe(404);
  });

  it("reads the city's key-supported list for a county's copy of the programme", async () => {
    const registrar = await ctx.signIn("jxj.operator");
    const input = buildEnterpriseInput(
      {
        districtCode: "420381",
        establishedOn: "2015-04-01",
        revenues: [{ year: 2025, amount: "30000000.00" }],
      },
      5003,
    );
    const danjiangkou = (await registrar.post("/api/v1/enterprises", input)).json().id as string;
    await registrar.post("/api/v1/key-supported-list", { enterpriseId: danjiangkou, note: "丹江口重点企业" });
    const result = await bureau.post("/api/v1/programmes/DJK-CHANLIAN/eligibility", {
      enterpriseId: danjiangkou,
      supplyChainCategory: "VEHICLE_MAKER_SUPPLIER",
      amount: "5000000.00",
      termMonths: 24,
      loanUse: "WORKING_CAPITAL",
    });
    const keyList = result.json().checks.find((c: { rule: string }) => c.rule === "key-supported-list");
    expect(keyList.passed).toBe(true);
  });

  it("keeps each list in the hands of its owner", async () => {
    const bank = await ctx.signIn("icbc.admin");
    expect(
      (await bank.post("/api/v1/key-supported-list", { enterpriseId: outsideId, note: "x x" })).statusCode,
    ).toBe(403);
    expect((await bank.get("/api/v1/negative-list")).statusCode).toBe(403);
    expect(
      (await bureau.post("/api/v1/negative-list", { enterpriseId: outsideId, reason: "x x" })).statusCode,
    ).toBe(403);
    const chongqing = await ctx.signIn("cqjxw.operator");
    const foreign = await chongqing.post("/api/v1/key-supported-list", {
      enterpriseId: outsideId,
      note: "跨区",
    });
    expect(foreign.json().errors[0]).toMatchObject({ field: "enterpriseId", rule: "own-region" });
    const twice = await bureau.post("/api/v1/key-supported-list", { enterpriseId: eligibleId, note: "重复" });
    expect(twice.statusCode).toBe(409);
    const reviewer = await ctx.signIn("jxj.reviewer");
    expect(
      (await reviewer.get("/api/v1/key-supported-list"))
        .json()
        .map((e: { enterpriseId: string }) => e.enterpriseId),
    ).toContain(eligibleId);
  });

  it("removes list entries only with a reason, and audits it", async () => {
    const [entry] = (await bureau.get("/api/v1/key-supported-list")).json();
    const noReason = await bureau.request({
      method: "DELETE",
      url: `/api/v1/key-supported-list/${entry.id}`,
      payload: {},
    });
    expect(noReason.statusCode).toBe(400);
    const removed = await bureau.request({
      method: "DELETE",
      url: `/api/v1/key-supported-list/${entry.id}`,
      payload: { reason: "已不再符合条件" },
    });
    expect(removed.statusCode).toBe(204);
    const audit = (await admin.get("/api/v1/audit-log?action=key-supported-list.remove")).json();
    expect(audit.items[0].after).toEqual({ reason: "已不再符合条件" });
  });
});
