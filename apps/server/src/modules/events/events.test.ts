import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { eventInvitations, eventOutcomes, organisations } from "../../db/schema";
import { buildEnterpriseInput } from "../../testing/factories";
import { type TestClient, useTestApp } from "../../testing/test-app";
import { workbookOf } from "../../testing/workbooks";

const gazelle = (validTo: string | null = null) => [
  { tag: "GAZELLE" as const, validFrom: "2025-01-01", validTo },
];

describe("matchmaking events (seed 004 §一(二), §五(一))", () => {
  const ctx = useTestApp();
  let jxj: TestClient;
  let jxjReviewer: TestClient;
  let cqjxw: TestClient;
  let enterprise: TestClient;
  let icbc: TestClient;
  let danbao: TestClient;
  let hbbank: TestClient;
  let province: TestClient;
  /** A: 张湾区, a gazelle (the demo enterprise's organisation speaks for it); B: 张湾区, its gazelle tag lapsed; C: 茅箭区, a gazelle. */
  let ids: { a: string; b: string; c: string; chongqing: string };
  let eventId: string;

  const plan = (overrides: Record<string, unknown> = {}) => ({
    type: "BANK_ENTERPRISE",
    title: "2026年张湾区瞪羚企业银企对接会",
    heldOn: "2026-06-18",
    startTime: "14:00",
    endTime: "17:30",
    place: "十堰市民中心三楼报告厅",
    coOrganisers: ["中国人民银行十堰市分行"],
    targets: { districts: ["420303"], tags: ["GAZELLE"], sizeClasses: [] },
    capacity: 80,
    ...overrides,
  });
  const create = async (overrides: Record<string, unknown> = {}, client = jxj) => {
    const response = await client.post("/api/v1/events", plan(overrides));
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const issues = (response: { json(): { errors: { field: string; rule: string }[] } }) =>
    response.json().errors.map((error) => [error.field, error.rule]);
  const served = async (client = jxj) => (await client.get("/api/v1/events/served?year=2026")).json();
  const invitationOf = async (id: string, enterpriseId: string) =>
    (
      (await jxj.get(`/api/v1/events/${id}`)).json().invitations as { id: string; enterpriseId: string }[]
    ).find((invitation) => invitation.enterpriseId === enterpriseId)?.id ?? "";

  beforeAll(async () => {
    ctx.setToday("2026-06-01");
    [jxj, jxjReviewer, cqjxw, enterprise, icbc, danbao, hbbank, province] = await Promise.all([
      ctx.signIn("jxj.operator"),
      ctx.signIn("jxj.reviewer"),
      ctx.signIn("cqjxw.operator"),
      ctx.signIn("enterprise.operator"),
      ctx.signIn("icbc.operator"),
      ctx.signIn("danbao.operator"),
      ctx.signIn("hbbank.operator"),
      ctx.signIn("province.reviewer"),
    ]);
    const register = async (
      input: Parameters<typeof buildEnterpriseInput>[0],
      sequence: number,
      client = jxj,
    ) => {
      const response = await client.post("/api/v1/enterprises", buildEnterpriseInput(input, sequence));
      if (response.statusCode !== 201) throw new Error(response.body);
      return response.json().id as string;
    };
    ids = {
      a: await register({ districtCode: "420303", tags: gazelle() }, 7101),
      b: await register({ districtCode: "420303", tags: gazelle("2026-05-31") }, 7102),
      c: await register({ districtCode: "420302", tags: gazelle() }, 7103),
      chongqing: await register({ districtCode: "500106", tags: gazelle() }, 7104, cqjxw),
    };
    await ctx.database.db
      .update(organisations)
      .set({ enterpriseId: ids.a })
      .where(eq(organisations.id, ctx.orgs.enterprise ?? ""));
  });

  it("lets only the bureau's operators plan an event, and names every rule a plan breaks", async () => {
    expect((await enterprise.post("/api/v1/events", plan())).statusCode).toBe(403);
    expect((await icbc.post("/api/v1/events", plan())).statusCode).toBe(403);
    expect((await jxjReviewer.post("/api/v1/events", plan())).statusCode).toBe(403);
    const bad = await jxj.post(
      "/api/v1/events",
      plan({
        heldOn: "2026-05-31",
        endTime: "13:00",
        place: null,
        targets: { districts: ["420303", "500106"], tags: [], sizeClasses: [] },
      }),
    );
    expect(bad.statusCode).toBe(400);
    expect(issues(bad)).toEqual([
      ["heldOn", "not-in-past"],
      ["endTime", "after-start"],
      ["place", "venue-required"],
      ["targets.districts.1", "own-region"],
    ]);
    const badType = await jxj.post("/api/v1/events", plan({ type: "PICNIC", startTime: "25:00" }));
    expect(badType.statusCode).toBe(400);
    expect(issues(badType).map(([field]) => field)).toEqual(expect.arrayContaining(["type", "startTime"]));
    expect((await jxj.get("/api/v1/events")).json()).toEqual([]);

    eventId = await create();
    const detail = (await jxj.get(`/api/v1/events/${eventId}`)).json();
    expect(detail).toMatchObject({
      status: "PLANNED",
      viewer: "organiser",
      regionCode: "420300",
      organiserName: "十堰市经济和信息化局",
      actions: ["invite", "cancel"],
      onlineLink: null,
    });
    expect(detail.history).toEqual([
      expect.objectContaining({
        action: "create",
        fromStatus: null,
        toStatus: "PLANNED",
        orgName: "十堰市经济和信息化局",
      }),
    ]);
    // The region's institutions may be invited; 重庆's are not offered.
    const offered = detail.invitableInstitutions.map((org: { id: string }) => org.id);
    expect(offered).toEqual(
      expect.arrayContaining([ctx.orgs.icbc, ctx.orgs.hbbank, ctx.orgs.danbao, ctx.orgs.fund]),
    );
    expect(offered).not.toContain(ctx.orgs.cqbank);
  });

  it("keeps a region's events from every other region and from those not invited; the levels above only read", async () => {
    for (const outsider of [cqjxw, enterprise, icbc]) {
      expect((await outsider.get(`/api/v1/events/${eventId}`)).statusCode).toBe(404);
      expect((await outsider.get("/api/v1/events")).json()).toEqual([]);
    }
    expect((await cqjxw.post(`/api/v1/events/${eventId}/invitations`, { byFilter: true })).statusCode).toBe(
      404,
    );
    expect((await cqjxw.post(`/api/v1/events/${eventId}/cancel`, { reason: "越权" })).statusCode).toBe(404);
    const above = (await province.get(`/api/v1/events/${eventId}`)).json();
    expect(above).toMatchObject({ viewer: "overseer", actions: [], invitableInstitutions: [] });
    expect((await province.get("/api/v1/events")).json()).toHaveLength(1);
    expect(
      (await province.post(`/api/v1/events/${eventId}/invitations`, { byFilter: true })).statusCode,
    ).toBe(403);
    const miit = await ctx.signIn("miit.reviewer");
    expect((await miit.get(`/api/v1/events/${eventId}`)).json().viewer).toBe("overseer");
  });

  it("invites by filter the enterprises it takes today, and the institutions named, each notified once", async () => {
    const outsider = await jxj.post(`/api/v1/events/${eventId}/invitations`, {
      byFilter: false,
      institutionOrgIds: [ctx.orgs.icbc, ctx.orgs.cqbank],
    });
    expect(outsider.statusCode).toBe(400);
    expect(issues(outsider)).toEqual([["institutionOrgIds.1", "institution-of-region"]]);
    const nobody = await jxj.post(`/api/v1/events/${eventId}/invitations`, { byFilter: false });
    expect(issues(nobody)).toEqual([["byFilter", "no-invitee"]]);

    const invited = await jxj.post(`/api/v1/events/${eventId}/invitations`, {
      byFilter: true,
      institutionOrgIds: [ctx.orgs.icbc, ctx.orgs.danbao],
    });
    expect(invited.statusCode, invited.body).toBe(200);
    // Only A: B's tag lapsed the day before, C is in another district, 重庆's is another region.
    expect(invited.json()).toMatchObject({ invitedEnterprises: 1, invitedInstitutions: 2, notified: 3 });
    const event = invited.json().event;
    expect(event.status).toBe("OPEN");
    expect(
      event.invitations.map((invitation: { name: string; status: string }) => invitation.status),
    ).toEqual(["INVITED", "INVITED", "INVITED"]);
    expect(event.invitations[0].enterpriseId).toBe(ids.a);
    expect(event.history.at(-1)).toMatchObject({ action: "invite", fromStatus: "PLANNED", toStatus: "OPEN" });

    const notices = (await enterprise.get("/api/v1/notifications")).json();
    expect(notices).toEqual([
      expect.objectContaining({ kind: "event-invitation", link: `/events/${eventId}`, applicationId: null }),
    ]);
    expect(notices[0].message).toContain("2026年张湾区瞪羚企业银企对接会");
    expect((await icbc.get("/api/v1/notifications")).json()).toHaveLength(1);
    expect((await hbbank.get("/api/v1/notifications")).json()).toHaveLength(0);

    const again = await jxj.post(`/api/v1/events/${eventId}/invitations`, {
      byFilter: true,
      institutionOrgIds: [ctx.orgs.icbc],
    });
    expect(issues(again)).toEqual([["byFilter", "already-invited"]]);
    expect((await enterprise.get("/api/v1/notifications")).json()).toHaveLength(1);
  });

  it("invites by 33618 cluster only the enterprises of the clusters named, and shows each invitee's cluster", async () => {
    const register = async (cluster: string | null, sequence: number) => {
      const response = await cqjxw.post(
        "/api/v1/enterprises",
        buildEnterpriseInput(
          { districtCode: "500106", cluster } as Parameters<typeof buildEnterpriseInput>[0],
          sequence,
        ),
      );
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    const nev = await register("NEV", 7201);
    const electronics = await register("ELECTRONICS", 7202);
    const ofNone = await register(null, 7203);
    const cqPlan = {
      title: "新能源汽车产业链银企对接会",
      // Next year's, so this year's 重庆 figures below stay empty.
      heldOn: "2027-01-15",
      place: "重庆市经信委会议中心",
      targets: { districts: [], tags: [], sizeClasses: [], clusters: ["NEV"] },
    };
    const wrong = await cqjxw.post(
      "/api/v1/events",
      plan({ ...cqPlan, targets: { clusters: ["NOT_A_CLUSTER"] } }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(issues(wrong).map(([field]: string[]) => field)).toEqual(["targets.clusters.0"]);

    const id = await create(cqPlan, cqjxw);
    expect((await cqjxw.get(`/api/v1/events/${id}`)).json().targets.clusters).toEqual(["NEV"]);
    const invited = await cqjxw.post(`/api/v1/events/${id}/invitations`, { byFilter: true });
    expect(invited.statusCode, invited.body).toBe(200);
    const invitations = invited.json().event.invitations as {
      enterpriseId: string;
      cluster: string | null;
    }[];
    expect(invitations.map((invitation) => invitation.enterpriseId)).toContain(nev);
    expect(invitations.map((invitation) => invitation.enterpriseId)).not.toContain(electronics);
    expect(invitations.map((invitation) => invitation.enterpriseId)).not.toContain(ofNone);
    expect(new Set(invitations.map((invitation) => invitation.cluster))).toEqual(new Set(["NEV"]));
    expect(invited.json().invitedEnterprises).toBe(invitations.length);
  });

  it("shows an invitee the event and its own invitation only", async () => {
    expect((await enterprise.get("/api/v1/events")).json().map((e: { id: string }) => e.id)).toEqual([
      eventId,
    ]);
    const seen = (await enterprise.get(`/api/v1/events/${eventId}`)).json();
    expect(seen).toMatchObject({
      viewer: "invitee",
      actions: [],
      mayAnswer: true,
      invitations: [],
      history: [],
    });
    expect(seen.myInvitation).toMatchObject({ enterpriseId: ids.a, status: "INVITED" });
    const bank = (await icbc.get(`/api/v1/events/${eventId}`)).json();
    expect(bank).toMatchObject({ viewer: "invitee", mayAnswer: false, invitations: [] });
    expect(bank.myInvitation.institutionOrgId).toBe(ctx.orgs.icbc);
    expect((await hbbank.get(`/api/v1/events/${eventId}`)).statusCode).toBe(404);
  });

  it("lets the invited enterprise register, or decline with its reason, and nobody else", async () => {
    const noReason = await enterprise.post(`/api/v1/events/${eventId}/registration`, { answer: "decline" });
    expect(issues(noReason)).toEqual([["reason", "required"]]);
    const declined = await enterprise.post(`/api/v1/events/${eventId}/registration`, {
      answer: "decline",
      reason: "当天有客户验厂",
    });
    expect(declined.json().myInvitation).toMatchObject({
      status: "DECLINED",
      declineReason: "当天有客户验厂",
    });
    const registered = await enterprise.post(`/api/v1/events/${eventId}/registration`, {
      answer: "register",
    });
    expect(registered.statusCode).toBe(200);
    expect(registered.json().myInvitation).toMatchObject({ status: "REGISTERED", declineReason: null });
    expect(
      (await jxj.post(`/api/v1/events/${eventId}/registration`, { answer: "register" })).statusCode,
    ).toBe(403);
    expect(
      (await icbc.post(`/api/v1/events/${eventId}/registration`, { answer: "register" })).statusCode,
    ).toBe(403);
    const history = (await jxj.get(`/api/v1/events/${eventId}`)).json().history;
    expect(history.slice(-2)).toEqual([
      expect.objectContaining({
        action: "decline",
        reason: "当天有客户验厂",
        orgName: "十堰精工汽车零部件有限公司",
      }),
      expect.objectContaining({ action: "register", toStatus: "OPEN" }),
    ]);
  });

  it("refuses a registration past the event's capacity", async () => {
    const full = await create({
      title: "上市培训(限额)",
      type: "LISTING_TRAINING",
      capacity: 1,
      targets: { districts: [], tags: [], sizeClasses: [] },
    });
    await jxj.post(`/api/v1/events/${full}/invitations`, { byFilter: true });
    // B took the only place (its registration as another enterprise's user would record it).
    await ctx.database.db
      .update(eventInvitations)
      .set({ status: "REGISTERED" })
      .where(and(eq(eventInvitations.eventId, full), eq(eventInvitations.enterpriseId, ids.b)));
    const refused = await enterprise.post(`/api/v1/events/${full}/registration`, { answer: "register" });
    expect(issues(refused)).toEqual([["answer", "capacity-reached"]]);
    await jxj.post(`/api/v1/events/${full}/cancel`, { reason: "报名额满后改为线上直播" });
  });

  it("checks invitees in, which holds the event and closes registration", async () => {
    const planned = await create({ title: "筹备中的路演", type: "ROADSHOW" });
    const early = await jxj.post(`/api/v1/events/${planned}/check-ins`, {
      invitationIds: [crypto.randomUUID()],
    });
    expect(issues(early)).toEqual([["action", "action-not-allowed-in-state"]]);
    const stranger = await jxj.post(`/api/v1/events/${eventId}/check-ins`, {
      invitationIds: [crypto.randomUUID()],
    });
    expect(issues(stranger)).toEqual([["invitationIds.0", "not-invited"]]);
    expect(
      (await enterprise.post(`/api/v1/events/${eventId}/check-ins`, { invitationIds: [crypto.randomUUID()] }))
        .statusCode,
    ).toBe(403);
    expect(await served()).toMatchObject({ eventVisits: 0, total: 0, target: 1000, progressPercent: 0 });

    const invitation = await invitationOf(eventId, ids.a);
    const held = await jxj.post(`/api/v1/events/${eventId}/check-ins`, { invitationIds: [invitation] });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json()).toMatchObject({ status: "HELD", actions: ["check-in", "record-outcome", "close"] });
    expect(held.json().invitations[0]).toMatchObject({ status: "ATTENDED" });
    const twice = await jxj.post(`/api/v1/events/${eventId}/check-ins`, { invitationIds: [invitation] });
    expect(issues(twice)).toEqual([["invitationIds.0", "already-checked-in"]]);
    expect(await served()).toMatchObject({ eventVisits: 1, total: 1 });
    const late = await enterprise.post(`/api/v1/events/${eventId}/registration`, {
      answer: "decline",
      reason: "迟到",
    });
    expect(issues(late)).toEqual([["answer", "registration-closed"]]);
  });

  it("records outcomes between an enterprise that attended and an invited institution, once per key", async () => {
    const outcome = {
      enterpriseId: ids.a,
      institutionOrgId: ctx.orgs.icbc,
      intentionsSigned: 1,
      intendedAmount: "5000000.00",
      note: "技改项目流动资金贷款意向",
      followUpDemandNeeded: true,
    };
    const wrong = await jxj.post(`/api/v1/events/${eventId}/outcomes`, {
      ...outcome,
      enterpriseId: ids.b,
      institutionOrgId: ctx.orgs.hbbank,
    });
    expect(issues(wrong)).toEqual([
      ["enterpriseId", "not-attended"],
      ["institutionOrgId", "not-invited"],
    ]);
    const badAmount = await jxj.post(`/api/v1/events/${eventId}/outcomes`, {
      ...outcome,
      intendedAmount: "12.345",
    });
    expect(issues(badAmount)).toEqual([["intendedAmount", expect.any(String)]]);
    expect((await icbc.post(`/api/v1/events/${eventId}/outcomes`, outcome)).statusCode).toBe(403);

    const send = (payload: Record<string, unknown> = outcome) =>
      jxj.request({
        method: "POST",
        url: `/api/v1/events/${eventId}/outcomes`,
        payload,
        headers: { "idempotency-key": "event-outcome-icbc-a" },
      });
    const first = await send();
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().outcomes).toEqual([
      expect.objectContaining({
        intendedAmount: "5000000.00",
        followUpDemandNeeded: true,
        institutionName: "中国工商银行十堰分行",
      }),
    ]);
    const retry = await send();
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    const reused = await send({ ...outcome, intendedAmount: "6000000.00" });
    expect(reused.json().errors[0]).toMatchObject({
      field: "Idempotency-Key",
      rule: "reused-with-other-content",
    });
    const stored = await ctx.database.db
      .select()
      .from(eventOutcomes)
      .where(eq(eventOutcomes.eventId, eventId));
    expect(stored.map((row) => row.intendedAmountFen)).toEqual([500000000n]);

    expect((await icbc.get(`/api/v1/events/${eventId}`)).json().outcomes).toHaveLength(1);
    expect((await danbao.get(`/api/v1/events/${eventId}`)).json().outcomes).toEqual([]);
    expect((await enterprise.get(`/api/v1/events/${eventId}`)).json().outcomes).toHaveLength(1);
  });

  it("counts 家次: the same enterprise at two events is two, each event counts an enterprise once", async () => {
    const second = await create({
      title: "基金企业对接会",
      type: "FUND_ENTERPRISE",
      targets: { districts: [], tags: [], sizeClasses: [] },
    });
    const invited = await jxj.post(`/api/v1/events/${second}/invitations`, { byFilter: true });
    expect(invited.json().invitedEnterprises).toBe(3);
    await jxj.post(`/api/v1/events/${second}/check-ins`, {
      invitationIds: [await invitationOf(second, ids.a), await invitationOf(second, ids.b)],
    });
    expect(await served()).toMatchObject({ year: 2026, eventVisits: 3, demandsHandled: 0, total: 3 });
    expect(await served(province)).toMatchObject({ total: 3 });
    expect(await served(cqjxw)).toMatchObject({ total: 0 });
    expect((await enterprise.get("/api/v1/events/served?year=2026")).statusCode).toBe(403);
    expect((await jxj.get("/api/v1/events/served?year=20")).statusCode).toBe(400);
  });

  it("closes a held event with a note and cancels one not yet held with its reason", async () => {
    const noNote = await jxj.post(`/api/v1/events/${eventId}/close`, { note: " " });
    expect(issues(noNote)).toEqual([["note", expect.any(String)]]);
    const closed = await jxj.post(`/api/v1/events/${eventId}/close`, { note: "成果已登记完毕" });
    expect(closed.json()).toMatchObject({ status: "CLOSED", actions: [] });
    expect(closed.json().history.at(-1)).toMatchObject({
      action: "close",
      fromStatus: "HELD",
      reason: "成果已登记完毕",
    });
    const tooLate = await jxj.post(`/api/v1/events/${eventId}/cancel`, { reason: "改期" });
    expect(issues(tooLate)).toEqual([["action", "action-not-allowed-in-state"]]);

    const later = await create({
      title: "政银企调度会",
      type: "DISPATCH_MEETING",
      place: null,
      onlineLink: "https://meeting.example.cn/123",
    });
    expect(issues(await jxj.post(`/api/v1/events/${later}/cancel`, {}))).toEqual([
      ["reason", expect.any(String)],
    ]);
    const cancelled = await jxj.post(`/api/v1/events/${later}/cancel`, { reason: "与省厅会议冲突,改期" });
    expect(cancelled.json()).toMatchObject({ status: "CANCELLED", cancelReason: "与省厅会议冲突,改期" });
    expect((await jxj.get("/api/v1/events?status=CANCELLED")).json()).toHaveLength(2);
  });

  it("exports the year's events, attendance, outcomes and 家次 to Excel for the region only", async () => {
    const response = await jxj.get("/api/v1/events/export?year=2026");
    expect(response.statusCode).toBe(200);
    const workbook = await workbookOf(response.rawPayload);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "对接活动",
      "参会企业",
      "对接成果",
      "服务企业家次",
    ]);
    expect(workbook.getWorksheet("对接活动")?.rowCount).toBe(1 + 5);
    expect(workbook.getWorksheet("参会企业")?.rowCount).toBe(1 + 3);
    expect(workbook.getWorksheet("对接成果")?.getRow(2).getCell(5).value).toBe("5000000.00");
    expect(workbook.getWorksheet("服务企业家次")?.getRow(2).getCell(4).value).toBe("3");
    const other = await workbookOf((await cqjxw.get("/api/v1/events/export?year=2026")).rawPayload);
    expect(other.getWorksheet("对接活动")?.rowCount).toBe(1);
    expect((await icbc.get("/api/v1/events/export?year=2026")).statusCode).toBe(403);
  });
});

describe("the demo's matchmaking events", () => {
  const ctx = useTestApp({ demo: true });

  it("gives 十堰 and 重庆 an event in every state, each bureau only its own, and counts their 家次", async () => {
    for (const [username, other] of [
      ["jxj.operator", "重庆"],
      ["cqjxw.operator", "十堰"],
    ] as const) {
      const bureau = await ctx.signIn(username);
      const events = (await bureau.get("/api/v1/events")).json() as { status: string; title: string }[];
      expect(new Set(events.map((event) => event.status))).toEqual(
        new Set(["PLANNED", "OPEN", "HELD", "CLOSED", "CANCELLED"]),
      );
      expect(events.some((event) => event.title.includes(other))).toBe(false);
      // 4 enterprises at the closed event and 3 at the held one.
      expect((await bureau.get("/api/v1/events/served?year=2026")).json()).toMatchObject({ eventVisits: 7 });
    }
    // Each region's demo enterprise has answered the open event's invitation: 十堰精工 registered, 渝江 declined.
    for (const [username, status] of [
      ["enterprise.operator", "REGISTERED"],
      ["cqenterprise.operator", "DECLINED"],
    ] as const) {
      const enterprise = await ctx.signIn(username);
      const invited = (await enterprise.get("/api/v1/events")).json() as { id: string; status: string }[];
      const open = invited.find((event) => event.status === "OPEN");
      expect((await enterprise.get(`/api/v1/events/${open?.id}`)).json().myInvitation.status).toBe(status);
    }
  });
});
