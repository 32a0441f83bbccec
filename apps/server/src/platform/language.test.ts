import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AUDIT_ACTION_TERMS, AUDIT_ENTITY_TERMS } from "@chanrong/domain";
import type { InjectOptions } from "fastify";
import { describe, expect, it } from "vitest";
import { applicationBody, registerEligibleEnterprise } from "../testing/applications";
import { buildEnterpriseInput } from "../testing/factories";
import { useTestApp } from "../testing/test-app";
import { languageOf } from "./language";

const CJK = /[\u4e00-\u9fff]/;
const ENGLISH = /[A-Za-z]{3}/;

describe("languageOf: Accept-Language decides, Chinese by default", () => {
  it.each([
    [undefined, "zh"],
    ["", "zh"],
    ["en", "en"],
    ["en-GB,en;q=0.9", "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["en-US,en;q=0.9,zh-CN;q=0.8", "en"],
    ["zh;q=0.5,en;q=0.9", "en"],
    ["fr-FR,de;q=0.8", "zh"],
    ["fr-FR,en;q=0.5", "en"],
    ["en;q=0,zh;q=0.1", "zh"],
    ["*", "zh"],
  ])("%j → %s", (header, language) => {
    const headers = header === undefined ? {} : { "accept-language": header };
    expect(languageOf({ headers })).toBe(language);
  });
});

describe("every answer in the caller's language, with the same code", () => {
  const ctx = useTestApp();
  const inject = (options: InjectOptions, language?: string) =>
    ctx.app.inject({
      ...options,
      headers: { ...options.headers, ...(language && { "accept-language": language }) },
    });
  const wrongPassword = (language?: string) =>
    inject(
      {
        method: "POST",
        url: "/api/v1/auth/sign-in",
        payload: { username: "czj.reviewer", password: "Wrong2026pass" },
      },
      language,
    );

  it("refuses a wrong password in Chinese by default, in English when asked, with one code", async () => {
    const [plain, zh, en] = await Promise.all([
      wrongPassword(),
      wrongPassword("zh-CN"),
      wrongPassword("en-US,en"),
    ]);
    expect(plain.statusCode).toBe(401);
    expect(plain.json()).toMatchObject({
      code: "unauthenticated",
      title: "请先登录",
      detail: "用户名或密码错误",
    });
    expect(zh.json()).toEqual(plain.json());
    expect(en.statusCode).toBe(401);
    expect(en.json()).toMatchObject({
      code: "unauthenticated",
      title: "Sign-in required",
      detail: "Wrong username or password",
    });
    for (const text of [plain.json().title, plain.json().detail]) expect(text).not.toMatch(ENGLISH);
    for (const text of [en.json().title, en.json().detail]) expect(text).not.toMatch(CJK);
  });

  it("words a schema's field errors in the caller's language, field and rule unchanged", async () => {
    const bad = {
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { username: 7, password: "x" },
    } as const;
    const [zh, en] = await Promise.all([inject(bad), inject(bad, "en")]);
    expect(zh.statusCode).toBe(400);
    expect(en.statusCode).toBe(400);
    const fields = (body: { errors: { field: string; rule: string }[] }) =>
      body.errors.map(({ field, rule }) => ({ field, rule }));
    expect(fields(en.json())).toEqual(fields(zh.json()));
    const username = (body: { errors: { field: string; message: string }[] }) =>
      body.errors.find((error) => error.field === "username")?.message ?? "";
    expect(username(zh.json())).toMatch(CJK);
    expect(username(en.json())).toMatch(ENGLISH);
    expect(username(en.json())).not.toMatch(CJK);
    expect(en.json().title).toBe("Invalid request");
  });

  it("words a schema's own message (a regex) in both languages", async () => {
    const operator = await ctx.signIn("jxj.operator");
    const body = { ...buildEnterpriseInput({ districtCode: "420303" }, 9101), districtCode: "42" };
    const request = (language?: string) =>
      operator.request({
        method: "POST",
        url: "/api/v1/enterprises",
        payload: body,
        headers: language ? { "accept-language": language } : {},
      });
    const [zh, en] = await Promise.all([request(), request("en")]);
    const district = (response: Awaited<ReturnType<typeof request>>) =>
      response.json().errors.find((error: { field: string }) => error.field === "districtCode");
    expect(district(zh)).toMatchObject({ rule: "invalid_format", message: "行政区划代码为 6 位数字" });
    expect(district(en)).toMatchObject({ rule: "invalid_format", message: "A 6-digit region code" });
  });

  it("gives eligibility reasons and domain refusals in the caller's language, rules unchanged", async () => {
    await registerEligibleEnterprise(ctx, 9102);
    const enterprise = await ctx.signIn("enterprise.operator");
    const draft = await enterprise.post("/api/v1/applications", applicationBody(ctx, { termMonths: 48 }));
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id as string;
    const read = (url: string, language?: string) =>
      enterprise.request({ method: "GET", url, headers: language ? { "accept-language": language } : {} });
    const [zh, en] = await Promise.all([
      read(`/api/v1/applications/${id}/eligibility`),
      read(`/api/v1/applications/${id}/eligibility`, "en"),
    ]);
    const term = (response: Awaited<ReturnType<typeof read>>) =>
      response.json().checks.find((check: { rule: string }) => check.rule === "term-limit");
    expect(term(zh)).toMatchObject({ passed: false, reason: "申请期限 48 个月,超过最长 36 个月" });
    expect(term(en)).toMatchObject({ passed: false, reason: "Term of 48 months, above the maximum of 36" });

    const submit = (language?: string) =>
      enterprise.request({
        method: "POST",
        url: `/api/v1/applications/${id}/actions`,
        payload: { version: draft.json().version, action: "submit" },
        headers: language ? { "accept-language": language } : {},
      });
    const refusedZh = await submit();
    const refusedEn = await submit("en");
    expect(refusedZh.statusCode).toBe(409);
    expect(refusedEn.json().errors).toEqual([
      {
        field: "termMonths",
        rule: "term-limit",
        message: "Term of 48 months, above the maximum of 36",
      },
    ]);
    expect(refusedZh.json().errors).toEqual([
      { field: "termMonths", rule: "term-limit", message: "申请期限 48 个月,超过最长 36 个月" },
    ]);
  });

  it("lists the audit log with each object's name", async () => {
    const admin = await ctx.signIn("platform.admin");
    const page = (await admin.get("/api/v1/audit-log?pageSize=200")).json();
    const subjectOf = (action: string) =>
      page.items.find((item: { action: string }) => item.action === action)?.subject;
    const enterprise = buildEnterpriseInput({ districtCode: "420303" }, 9102).name;
    expect(subjectOf("enterprise.create")).toBe(enterprise);
    expect(subjectOf("application.create")).toMatch(new RegExp(`^${enterprise} · .+`));
    expect(subjectOf("auth.sign-in")).toMatch(/^[a-z]+\.[a-z]+$/);
    for (const item of page.items as { action: string; entityType: string }[]) {
      expect(Object.keys(AUDIT_ACTION_TERMS)).toContain(item.action);
      expect(Object.keys(AUDIT_ENTITY_TERMS)).toContain(item.entityType);
    }
  });
});

/** Every server source file (not tests), to read the actions it writes to the audit log. */
function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("the audit log's words", () => {
  it("has a label in Chinese and English for every action the server writes", () => {
    const written = new Set<string>();
    for (const file of sourceFiles(join(import.meta.dirname, ".."))) {
      const source = readFileSync(file, "utf8");
      if (!source.includes("recordAudit(")) continue;
      // `action: "x.y"` and `action: cond ? "x.y" : "x.z"`; the workflows' `application.${…}` and
      // `fund-payment.${…}` are typed by AuditAction, whose every member AUDIT_ACTION_TERMS must name.
      for (const [, expression] of source.matchAll(/\baction: ([^,\n]+)/g)) {
        for (const [, action] of (expression ?? "").matchAll(/"([a-z-]+(?:\.[a-z-]+)+)"/g))
          written.add(action ?? "");
      }
    }
    expect(written.size).toBeGreaterThan(30);
    const terms: Record<string, { zh: string; en: string }> = AUDIT_ACTION_TERMS;
    for (const action of written) {
      expect(terms[action], action).toBeDefined();
      expect(terms[action]?.zh).toMatch(CJK);
      expect(terms[action]?.en).toMatch(ENGLISH);
    }
  });
});
