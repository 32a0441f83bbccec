import { randomUUID } from "node:crypto";
import type { LightMyRequestResponse } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestClient, useTestApp } from "../testing/test-app";

/** A refusal as every 4xx must be: problem+json naming the field. */
function expectRefused(response: LightMyRequestResponse, field: string) {
  expect(response.statusCode, response.body).toBe(400);
  expect(response.headers["content-type"]).toContain("application/problem+json");
  expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
}

describe("strings, dates and configurations that once were 500s are refused by field (issue 8 point 5)", () => {
  const ctx = useTestApp();
  let admin: TestClient;
  let bureau: TestClient;
  let bank: TestClient;

  beforeAll(async () => {
    admin = await ctx.signIn("platform.admin");
    bureau = await ctx.signIn("jxj.operator");
    bank = await ctx.signIn("icbc.operator");
  });

  it("refuses NUL and other control characters wherever a string reaches the database", async () => {
    const signIn = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { username: "jxj.operator\u0000", password: "x" },
    });
    expectRefused(signIn, "username");
    expectRefused(await bureau.get("/api/v1/enterprises?district=%00"), "district");
    expectRefused(await bureau.get("/api/v1/enterprises?q=%E5%B7%A5%00"), "q");
    expectRefused(await admin.get("/api/v1/audit-log?action=%00"), "action");
    expectRefused(await admin.get("/api/v1/organisations?q=%1B"), "q");
    const org = await admin.post("/api/v1/organisations", {
      name: "十堰\u0000银行",
      type: "BANK",
      regionCode: "420300",
    });
    expectRefused(org, "name");
    // A line break belongs in a note, not in a name.
    expectRefused(await admin.post("/api/v1/api-keys", { name: "信贷\n系统" }), "name");
  });

  it("refuses year-0 and year-9999 dates before anything is looked up", async () => {
    const claim = (claimedOn: string) =>
      bank.post("/api/v1/default-cases", {
        applicationId: randomUUID(),
        loss: "1.00",
        claimedOn,
        reason: "逾期",
      });
    for (const date of ["0000-01-01", "9999-12-31"]) expectRefused(await claim(date), "claimedOn");
    expect((await claim("2026-01-05")).statusCode).toBe(404);
  });

  it("refuses a programme configuration of the wrong shape naming its fields, changing nothing", async () => {
    const before = (await admin.get("/api/v1/programmes/SHIYAN-CHANLIAN")).json();
    const put = (config: unknown) =>
      admin.request({
        method: "PUT",
        url: "/api/v1/programmes/SHIYAN-CHANLIAN/config",
        payload: { config, expectedVersion: before.currentVersion, note: "清空配置" },
      });
    const empty = await put({});
    expectRefused(empty, "code");
    expect(empty.json().errors.map((e: { field: string }) => e.field)).toContain("interestSubsidy");
    expectRefused(await put({ ...before.config, slas: { review: 7 } }), "slas.review");
    expectRefused(await put({ ...before.config, name: "产供\u0000强链贷" }), "config.name");
    const after = (await admin.get("/api/v1/programmes/SHIYAN-CHANLIAN")).json();
    expect(after.currentVersion).toBe(before.currentVersion);
  });

  it("answers a path parameter too long (414) or malformed (400) with problem+json naming the path", async () => {
    const response = await bureau.get(`/api/v1/enterprises/${"a".repeat(20_000)}`);
    expect(response.statusCode).toBe(414);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json().errors[0]).toMatchObject({ field: "path", rule: "max-param-length" });
    const badEncoding = await bureau.get("/api/v1/enterprises/%E0%A4%A");
    expectRefused(badEncoding, "path");
  });
});

describe("whitespace-only notes and reasons are refused naming the field (issue 8 point 7)", () => {
  const ctx = useTestApp();
  const blank = " \n\t ";
  const id = randomUUID();

  it.each<[string, string, Record<string, unknown>, string]>([
    [
      "icbc.reviewer",
      "/api/v1/applications/{id}/actions",
      { action: "bank-reject", version: 1, reason: blank },
      "reason",
    ],
    [
      "jxj.reviewer",
      "/api/v1/applications/{id}/actions",
      { action: "recommend", version: 1, opinion: blank },
      "opinion",
    ],
    [
      "icbc.operator",
      "/api/v1/applications/{id}/loan-events",
      { type: "OVERDUE", date: "2026-01-05", amount: "0.00", note: blank },
      "note",
    ],
    [
      "danbao.operator",
      "/api/v1/applications/{id}/guarantee-fees",
      { receivedOn: "2026-01-05", amount: "1.00", note: blank },
      "note",
    ],
    ["danbao.reviewer", "/api/v1/applications/{id}/guarantee-fees/1/reversal", { reason: blank }, "reason"],
    [
      "czj.reviewer",
      "/api/v1/fund-payments/{id}/actions",
      { action: "finance-reject", version: 1, reason: blank },
      "reason",
    ],
    [
      "czj.reviewer",
      "/api/v1/fund-payments/{id}/actions",
      { action: "finance-approve", version: 1, opinion: blank },
      "opinion",
    ],
    [
      "czj.reviewer",
      "/api/v1/funds/{id}/postings/1/reversal",
      { reason: blank, date: "2026-01-05", idempotencyKey: "reverse-blank-1" },
      "reason",
    ],
    ["icbc.operator", "/api/v1/default-cases/{id}/withdrawal", { version: 1, reason: blank }, "reason"],
    [
      "icbc.operator",
      "/api/v1/default-cases",
      { applicationId: id, loss: "1.00", claimedOn: "2026-01-05", reason: blank },
      "reason",
    ],
  ])("%s: a blank in %s", async (user, path, payload, field) => {
    const client = await ctx.signIn(user);
    const response = await client.post(path.replace("{id}", id), payload);
    expectRefused(response, field);
    expect(response.json().errors.find((e: { field: string }) => e.field === field).message).toContain(
      "空白",
    );
  });
});
