import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../app";
import { auditLog, rateLimitBuckets, sessions, users } from "../../db/schema";
import { idleSessionPurge } from "../../platform/auth/idle-sessions";
import { readConfig } from "../../platform/config";
import { localDirectoryStorage } from "../../platform/files/storage";
import { runOnce } from "../../platform/jobs";
import { buildEnterpriseInput } from "../../testing/factories";
import { useTestApp } from "../../testing/test-app";

describe("identity: sign-in, sessions, organisations, users, audit", () => {
  const ctx = useTestApp();
  const signInRaw = (username: string, password: string) =>
    ctx.app.inject({ method: "POST", url: "/api/v1/auth/sign-in", payload: { username, password } });

  it("signs in with an HttpOnly SameSite cookie and reports the actor", async () => {
    const response = await signInRaw("jxj.operator", "Chanrong2026");
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === "chanrong_sid");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    const me = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/auth/me",
      cookies: { chanrong_sid: cookie?.value ?? "" },
    });
    expect(me.json()).toMatchObject({
      user: { username: "jxj.operator", roles: ["operator"] },
      organisation: { name: "十堰市经济和信息化局", type: "INDUSTRY_BUREAU", regionCode: "420300" },
    });
  });

  it("tells the signed-in user the business date, pinned or not, for the pages' default dates", async () => {
    const client = await ctx.signIn("szf.reviewer");
    expect((await client.get("/api/v1/auth/me")).json().today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    ctx.setToday("2027-04-15");
    try {
      expect((await client.get("/api/v1/auth/me")).json().today).toBe("2027-04-15");
    } finally {
      ctx.setToday(null);
    }
  });

  it("stores passwords as argon2id and sessions only as token hashes", async () => {
    const [user] = await ctx.database.db.select().from(users).where(eq(users.username, "jxj.operator"));
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    const response = await signInRaw("jxj.operator", "Chanrong2026");
    const token = response.cookies.find((c) => c.name === "chanrong_sid")?.value ?? "";
    const stored = await ctx.database.db.select().from(sessions).where(eq(sessions.tokenHash, token));
    expect(stored).toHaveLength(0);
  });

  it("refuses anonymous calls to protected routes with 401 problem+json", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/v1/enterprises" });
    expect(response.statusCode).toBe(401);
    expect(response.headers["content-type"]).toContain("application/problem+json");
  });

  it("audits failed and successful sign-ins", async () => {
    await signInRaw("czj.reviewer", "wrong-password-1");
    await signInRaw("czj.reviewer", "Chanrong2026");
    const rows = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.actorUsername, "czj.reviewer"))
      .orderBy(auditLog.id);
    expect(rows.map((r) => r.action)).toEqual(["auth.sign-in.failed", "auth.sign-in"]);
    expect(rows[0]?.ip).toBe("127.0.0.1");
  });

  it("locks an account for 15 minutes after 5 failed attempts, even for the right password", async () => {
    for (let i = 0; i < 4; i++) expect((await signInRaw("szf.operator", "nope")).statusCode).toBe(401);
    expect((await signInRaw("szf.operator", "nope")).statusCode).toBe(401);
    const locked = await signInRaw("szf.operator", "Chanrong2026");
    expect(locked.statusCode).toBe(423);
    expect(locked.json().detail).toMatch(/锁定/);
    const admin = await ctx.signIn("platform.admin");
    const listed = (await admin.get(`/api/v1/organisations/${ctx.orgs.szf}/users`)).json();
    const user = listed.find((u: { username: string }) => u.username === "szf.operator");
    const minutes = (new Date(user.lockedUntil).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    // When the lock has run out, the right password works again.
    await ctx.database.db
      .update(rateLimitBuckets)
      .set({ resetAt: sql`now() - interval '1 second'` })
      .where(eq(rateLimitBuckets.key, `sign-in:user:${user.id}`));
    expect((await signInRaw("szf.operator", "Chanrong2026")).statusCode).toBe(200);
  });

  it("ends a session idle for more than 30 minutes", async () => {
    const client = await ctx.signIn("icbc.operator");
    expect((await client.get("/api/v1/auth/me")).statusCode).toBe(200);
    await ctx.database.db.execute(
      sql`update sessions set last_seen_at = now() - interval '31 minutes' where user_id = (select id from users where username = 'icbc.operator')`,
    );
    expect((await client.get("/api/v1/auth/me")).statusCode).toBe(401);
  });

  it("signs out: the session no longer works", async () => {
    const client = await ctx.signIn("hbbank.operator");
    expect((await client.post("/api/v1/auth/sign-out")).statusCode).toBe(204);
    expect((await client.get("/api/v1/auth/me")).statusCode).toBe(401);
  });

  it("requires the CSRF token on cookie-authenticated writes and changes nothing without it", async () => {
    const admin = await ctx.signIn("platform.admin");
    const body = { name: "CSRF测试银行", type: "BANK", regionCode: "420300" };
    const withoutToken = await admin.request({
      method: "POST",
      url: "/api/v1/organisations",
      payload: body,
      headers: { "x-csrf-token": "" },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().code).toBe("csrf");
    const list = await admin.get("/api/v1/organisations?q=CSRF");
    expect(list.json()).toHaveLength(0);
  });

  it("signs in again while an old session cookie is still held, without a CSRF token", async () => {
    const client = await ctx.signIn("jxj.reviewer");
    const again = await client.request({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { username: "jxj.reviewer", password: "Chanrong2026" },
      headers: { "x-csrf-token": "" },
    });
    expect(again.statusCode).toBe(200);
  });

  it("lists the banks and financial institutions to any signed-in user, and to no one else", async () => {
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/banks" })).statusCode).toBe(401);
    const enterprise = await ctx.signIn("enterprise.operator");
    const banks = (await enterprise.get("/api/v1/banks")).json() as { name: string; type: string }[];
    expect(banks.map((b) => b.name)).toEqual(
      expect.arrayContaining(["中国工商银行十堰分行", "湖北银行十堰分行", "十堰产业投资基金管理有限公司"]),
    );
    expect(banks.every((b) => b.type === "BANK" || b.type === "FINANCIAL_INSTITUTION")).toBe(true);
    const guarantors = (await enterprise.get("/api/v1/guarantors")).json() as { name: string }[];
    expect(guarantors.map((g) => g.name)).toEqual(["十堰融资担保集团有限公司", "重庆市融资担保有限公司"]);
  });

  it("lets the platform admin manage organisations, with optimistic locking", async () => {
    const admin = await ctx.signIn("platform.admin");
    const created = await admin.post("/api/v1/organisations", {
      name: "十堰农商银行",
      type: "BANK",
      regionCode: "420300",
    });
    expect(created.statusCode).toBe(201);
    const org = created.json();
    const renamed = await admin.patch(`/api/v1/organisations/${org.id}`, {
      name: "十堰农村商业银行",
      version: 1,
    });
    expect(renamed.json()).toMatchObject({ name: "十堰农村商业银行", version: 2 });
    const stale = await admin.patch(`/api/v1/organisations/${org.id}`, { active: false, version: 1 });
    expect(stale.statusCode).toBe(409);
    const duplicate = await admin.post("/api/v1/organisations", {
      name: "十堰农村商业银行",
      type: "BANK",
      regionCode: "420300",
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0].field).toBe("name");
    const badRegion = await admin.post("/api/v1/organisations", {
      name: "某银行",
      type: "BANK",
      regionCode: "999999",
    });
    expect(badRegion.statusCode).toBe(400);
    expect(badRegion.json().errors[0].field).toBe("regionCode");
  });

  it("keeps the account the fund pays an organisation into, set and cleared as one value", async () => {
    const admin = await ctx.signIn("platform.admin");
    const account = {
      accountName: "十堰某担保公司",
      bankName: "中国工商银行十堰分行",
      accountNo: "1810020109200012345",
    };
    const created = await admin.post("/api/v1/organisations", {
      name: "十堰某担保公司",
      type: "GUARANTOR",
      regionCode: "420300",
      payeeAccount: account,
    });
    expect(created.json().payeeAccount).toEqual(account);
    const bad = await admin.patch(`/api/v1/organisations/${created.json().id}`, {
      payeeAccount: { ...account, accountNo: "12-AB" },
      version: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe("payeeAccount.accountNo");
    const cleared = await admin.patch(`/api/v1/organisations/${created.json().id}`, {
      payeeAccount: null,
      version: 1,
    });
    expect(cleared.json()).toMatchObject({ payeeAccount: null, version: 2 });
    const listed = (await admin.get("/api/v1/organisations?q=十堰某担保")).json();
    expect(listed[0].payeeAccount).toBeNull();
  });

  it("asks a financial institution what it is, and no other organisation", async () => {
    const admin = await ctx.signIn("platform.admin");
    const rule = async (body: object) => {
      const response = await admin.post("/api/v1/organisations", { regionCode: "420300", ...body });
      expect(response.statusCode).toBe(400);
      return response.json().errors[0];
    };
    expect(await rule({ name: "十堰某保险公司", type: "FINANCIAL_INSTITUTION" })).toMatchObject({
      field: "institutionKind",
      rule: "required",
    });
    expect(await rule({ name: "十堰某银行", type: "BANK", institutionKind: "INSURER" })).toMatchObject({
      field: "institutionKind",
      rule: "only-for-type",
    });
    const insurer = await admin.post("/api/v1/organisations", {
      name: "十堰某保险公司",
      type: "FINANCIAL_INSTITUTION",
      institutionKind: "INSURER",
      regionCode: "420300",
    });
    expect(insurer.json()).toMatchObject({ institutionKind: "INSURER" });
    const bare = await admin.patch(`/api/v1/organisations/${insurer.json().id}`, {
      institutionKind: null,
      version: 1,
    });
    expect(bare.statusCode).toBe(400);
    const bank = await admin.patch(`/api/v1/organisations/${insurer.json().id}`, {
      type: "BANK",
      version: 1,
    });
    expect(bank.json()).toMatchObject({ type: "BANK", institutionKind: null, version: 2 });
  });

  it("asks a provincial authority or ministry which of the five lines it is, and no other organisation", async () => {
    const admin = await ctx.signIn("platform.admin");
    const create = (body: object) => admin.post("/api/v1/organisations", { regionCode: "420000", ...body });
    const without = await create({ name: "湖北省某厅", type: "PROVINCE" });
    expect(without.statusCode).toBe(400);
    expect(without.json().errors[0]).toMatchObject({ field: "department", rule: "required" });
    const bank = await create({ name: "湖北某银行", type: "BANK", department: "PBOC" });
    expect(bank.json().errors[0]).toMatchObject({ field: "department", rule: "only-for-type" });
    const branch = await create({ name: "湖北某监管局", type: "PROVINCE", department: "NFRA" });
    expect(branch.json()).toMatchObject({ type: "PROVINCE", department: "NFRA" });
    const cleared = await admin.patch(`/api/v1/organisations/${branch.json().id}`, {
      department: null,
      version: 1,
    });
    expect(cleared.statusCode).toBe(400);
    const retyped = await admin.patch(`/api/v1/organisations/${branch.json().id}`, {
      type: "FINANCE_BUREAU",
      version: 1,
    });
    expect(retyped.json()).toMatchObject({ type: "FINANCE_BUREAU", department: null, version: 2 });
    // The demo's provincial authority says its line to the pages.
    const province = await ctx.signIn("hbpbc.reviewer");
    expect((await province.get("/api/v1/auth/me")).json().organisation).toMatchObject({
      type: "PROVINCE",
      department: "PBOC",
    });
  });

  it("refuses organisation management to everyone but the platform admin", async () => {
    for (const username of ["jxj.admin", "icbc.admin", "enterprise.admin"]) {
      const client = await ctx.signIn(username);
      expect((await client.get("/api/v1/organisations")).statusCode).toBe(403);
      expect(
        (await client.post("/api/v1/organisations", { name: "X银行", type: "BANK", regionCode: "420300" }))
          .statusCode,
      ).toBe(403);
    }
  });

  it("lets an org admin manage its own users only", async () => {
    const icbcAdmin = await ctx.signIn("icbc.admin");
    const created = await icbcAdmin.post(`/api/v1/organisations/${ctx.orgs.icbc}/users`, {
      username: "icbc.zhangsan",
      displayName: "张三",
      password: "Credit2026xyz",
      roles: ["operator"],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).not.toHaveProperty("passwordHash");
    const zhangsan = await ctx.signIn("icbc.zhangsan", "Credit2026xyz");
    expect((await zhangsan.get("/api/v1/auth/me")).json().organisation.id).toBe(ctx.orgs.icbc);

    // Another bank's admin can neither list nor add nor change ICBC's users.
    const hbAdmin = await ctx.signIn("hbbank.admin");
    expect((await hbAdmin.get(`/api/v1/organisations/${ctx.orgs.icbc}/users`)).statusCode).toBe(403);
    const intruder = await hbAdmin.post(`/api/v1/organisations/${ctx.orgs.icbc}/users`, {
      username: "icbc.mole",
      displayName: "Mole",
      password: "Credit2026xyz",
      roles: ["admin"],
    });
    expect(intruder.statusCode).toBe(403);
    expect(
      (await hbAdmin.patch(`/api/v1/users/${created.json().id}`, { active: false, version: 1 })).statusCode,
    ).toBe(403);

    // An operator of ICBC is not an admin.
    const operator = await ctx.signIn("icbc.operator");
    expect((await operator.get(`/api/v1/organisations/${ctx.orgs.icbc}/users`)).statusCode).toBe(403);

    // Disabling the user ends their session.
    const disabled = await icbcAdmin.patch(`/api/v1/users/${created.json().id}`, {
      active: false,
      version: 1,
    });
    expect(disabled.statusCode).toBe(200);
    expect((await zhangsan.get("/api/v1/auth/me")).statusCode).toBe(401);
  });

  it("refuses weak passwords and bad usernames naming the field", async () => {
    const admin = await ctx.signIn("danbao.admin");
    const weak = await admin.post(`/api/v1/organisations/${ctx.orgs.danbao}/users`, {
      username: "danbao.new",
      displayName: "新人",
      password: "short",
      roles: ["operator"],
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0]).toMatchObject({ field: "password", rule: "strength" });
    const badName = await admin.post(`/api/v1/organisations/${ctx.orgs.danbao}/users`, {
      username: "Bad Name",
      displayName: "x",
      password: "Strong2026pass",
      roles: ["operator"],
    });
    expect(badName.json().errors[0].field).toBe("username");
  });

  it("shows the audit log, with filters, to platform admins only", async () => {
    const admin = await ctx.signIn("platform.admin");
    const page = await admin.get("/api/v1/audit-log?action=organisation&pageSize=50");
    expect(page.statusCode).toBe(200);
    const { items, total } = page.json();
    expect(total).toBeGreaterThanOrEqual(2);
    expect(items.every((i: { action: string }) => i.action.startsWith("organisation."))).toBe(true);
    const update = items.find(
      (i: { action: string; before?: { name: string } }) =>
        i.action === "organisation.update" && i.before?.name === "十堰农商银行",
    );
    expect(update.before.name).toBe("十堰农商银行");
    expect(update.after.name).toBe("十堰农村商业银行");
    expect(update.actorUsername).toBe("platform.admin");
    expect(update.actorOrgName).toBe("产融通平台运营中心");
    expect(update.subject).toBe("十堰农村商业银行");

    const byUser = await admin.get("/api/v1/audit-log?actorUsername=szf.operator&action=auth.sign-in.failed");
    expect(byUser.json().total).toBe(5);

    const bureau = await ctx.signIn("jxj.admin");
    expect((await bureau.get("/api/v1/audit-log")).statusCode).toBe(403);
  });

  it("reports health with the database kind and migration, and serves OpenAPI 3.1 and docs", async () => {
    const health = await ctx.app.inject({ method: "GET", url: "/api/health" });
    expect(health.json()).toEqual({
      status: "ok",
      database: ctx.database.kind,
      migration: expect.stringMatching(/^\d{4}_/),
    });
    const openapi = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(openapi.openapi).toBe("3.1.0");
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/calculators/interest-subsidy",
        "/api/v1/enterprises",
        "/api/v1/uscc/{code}",
      ]),
    );
    const docs = await ctx.app.inject({ method: "GET", url: "/api/docs/" });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers["content-type"]).toContain("text/html");
  });

  it("links an organisation only to an enterprise that exists, naming the field otherwise", async () => {
    const admin = await ctx.signIn("platform.admin");
    const missing = "0b9e5a3c-6f1d-4e2a-9c7b-2d4f8a1e3b5c";
    const body = { name: "无主企业机构", type: "ENTERPRISE", regionCode: "420300", enterpriseId: missing };
    const created = await admin.post("/api/v1/organisations", body);
    expect(created.statusCode).toBe(400);
    expect(created.json().errors[0]).toMatchObject({ field: "enterpriseId", rule: "exists" });
    const enterpriseOrgs = (await admin.get("/api/v1/organisations?type=ENTERPRISE")).json() as {
      name: string;
    }[];
    expect(enterpriseOrgs.map((org) => org.name)).not.toContain(body.name);

    const org = (await admin.post("/api/v1/organisations", { ...body, enterpriseId: null })).json();
    const relinked = await admin.patch(`/api/v1/organisations/${org.id}`, {
      enterpriseId: missing,
      version: 1,
    });
    expect(relinked.statusCode).toBe(400);
    expect(relinked.json().errors[0]).toMatchObject({ field: "enterpriseId", rule: "exists" });

    const bureau = await ctx.signIn("jxj.operator");
    const enterprise = await bureau.post(
      "/api/v1/enterprises",
      buildEnterpriseInput({ districtCode: "420303" }),
    );
    const linked = await admin.patch(`/api/v1/organisations/${org.id}`, {
      enterpriseId: enterprise.json().id,
      version: 1,
    });
    expect(linked.statusCode).toBe(200);
    expect(linked.json().enterpriseId).toBe(enterprise.json().id);
  });

  it("answers 404 for the users of an organisation that does not exist", async () => {
    const admin = await ctx.signIn("platform.admin");
    const response = await admin.get("/api/v1/organisations/0b9e5a3c-6f1d-4e2a-9c7b-2d4f8a1e3b5c/users");
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect((await admin.get(`/api/v1/organisations/${ctx.orgs.icbc}/users`)).statusCode).toBe(200);
  });

  it("purges sessions left idle, in a job one instance runs per period", async () => {
    await ctx.signIn("danbao.operator");
    const fresh = await ctx.signIn("danbao.reviewer");
    await ctx.database.db.execute(
      sql`update sessions set last_seen_at = now() - interval '31 minutes' where user_id = (select id from users where username = 'danbao.operator')`,
    );
    const now = new Date();
    const runs = await Promise.all([
      runOnce(ctx.database.db, idleSessionPurge, now),
      runOnce(ctx.database.db, idleSessionPurge, now),
    ]);
    expect(runs.filter(Boolean)).toHaveLength(1);
    const left = await ctx.database.db
      .selectDistinct({ username: users.username })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(inArray(users.username, ["danbao.operator", "danbao.reviewer"]));
    expect(left).toEqual([{ username: "danbao.reviewer" }]);
    expect((await fresh.get("/api/v1/auth/me")).statusCode).toBe(200);
  });

  it("marks the session cookie Secure when told TLS ends at a proxy", async () => {
    expect(readConfig({}).secureCookies).toBe(false);
    expect(readConfig({ SECURE_COOKIES: "true" }).secureCookies).toBe(true);
    const sessionCookie = (response: { cookies: { name: string; secure?: boolean }[] }) =>
      response.cookies.find((c) => c.name === "chanrong_sid");
    expect(sessionCookie(await signInRaw("danbao.reviewer", "Chanrong2026"))?.secure).toBeFalsy();
    const behindProxy = await buildApp({
      database: ctx.database,
      storage: localDirectoryStorage(mkdtempSync(join(tmpdir(), "chanrong-files-"))),
      secureCookies: true,
    });
    try {
      const response = await behindProxy.inject({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        payload: { username: "danbao.reviewer", password: "Chanrong2026" },
      });
      expect(response.statusCode).toBe(200);
      expect(sessionCookie(response)?.secure).toBe(true);
    } finally {
      await behindProxy.close();
    }
  });
});

describe("API keys: the bank admin's, listed with creator and last use, revocable", () => {
  const ctx = useTestApp();
  const withKey = (key: string) =>
    ctx.app.inject({
      method: "GET",
      url: "/api/v1/applications",
      headers: { authorization: `Bearer ${key}` },
    });

  it("lists who created each key and when it was last used, never the key", async () => {
    const admin = await ctx.signIn("icbc.admin");
    const created = await admin.post("/api/v1/api-keys", { name: "信贷管理系统" });
    expect(created.statusCode).toBe(201);
    const { id, key } = created.json();
    expect(key).toMatch(/^crk_/);

    const [fresh] = (await admin.get("/api/v1/api-keys")).json();
    expect(fresh).toMatchObject({
      id,
      name: "信贷管理系统",
      prefix: key.slice(0, 10),
      createdBy: "icbc.admin",
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(JSON.stringify(fresh)).not.toContain(key);

    expect((await withKey(key)).statusCode).toBe(200);
    const [used] = (await admin.get("/api/v1/api-keys")).json();
    expect(used.lastUsedAt).not.toBeNull();
  });

  it("keeps keys to the institution's admin and revokes once", async () => {
    expect((await (await ctx.signIn("icbc.operator")).get("/api/v1/api-keys")).statusCode).toBe(403);
    expect((await (await ctx.signIn("jxj.admin")).get("/api/v1/api-keys")).statusCode).toBe(403);
    expect((await (await ctx.signIn("enterprise.admin")).get("/api/v1/api-keys")).statusCode).toBe(403);
    // A guarantor's systems publish products and answer claims as a bank's do.
    expect((await (await ctx.signIn("danbao.admin")).get("/api/v1/api-keys")).statusCode).toBe(200);
    const admin = await ctx.signIn("icbc.admin");
    const { id, key } = (await admin.post("/api/v1/api-keys", { name: "对账系统" })).json();
    // Another bank neither sees nor revokes it.
    const other = await ctx.signIn("hbbank.admin");
    expect((await other.get("/api/v1/api-keys")).json()).toEqual([]);
    expect((await other.delete(`/api/v1/api-keys/${id}`)).statusCode).toBe(404);

    expect((await admin.delete(`/api/v1/api-keys/${id}`)).statusCode).toBe(204);
    expect((await admin.delete(`/api/v1/api-keys/${id}`)).statusCode).toBe(404);
    const revoked = (await admin.get("/api/v1/api-keys")).json().find((k: { id: string }) => k.id === id);
    expect(revoked.revokedAt).not.toBeNull();
    expect((await withKey(key)).statusCode).toBe(401);
  });
});
