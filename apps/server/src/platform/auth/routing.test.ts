import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, RouteOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildApp } from "../../app";
import type { DatabaseHandle } from "../../db/client";
import { DEMO_PASSWORD } from "../../demo/organisations";
import { seedBaseline } from "../../demo/seed";
import { createTestDatabase } from "../../testing/test-database";
import { localDirectoryStorage } from "../files/storage";

// The route table, as Fastify declares it: every route the app registers passes through here.
const declared = vi.hoisted(() => [] as RouteOptions[]);
vi.mock("fastify", async (importOriginal) => {
  const actual = await importOriginal<typeof import("fastify")>();
  const withRouteTable = ((options?: object) => {
    const app = actual.default(options);
    app.addHook("onRoute", (route) => {
      declared.push(route);
    });
    return app;
  }) as typeof actual.default;
  return { ...actual, default: withRouteTable };
});

const SOME_ID = "0b9e5a3c-6f1d-4e2a-9c7b-2d4f8a1e3b5c";
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The path with every parameter filled by a well-formed id. */
const concretePath = (url: string) => url.replace(/:[A-Za-z]+/g, SOME_ID);

/** Spellings of `path` that a router, a proxy or a browser might treat as the same resource. */
function variants(path: string): string[] {
  const segments = path.split("/").slice(1);
  const spelt = (i: number, spell: (segment: string) => string) =>
    `/${segments.map((s, j) => (j === i ? spell(s) : s)).join("/")}`;
  const encodeFirstLetter = (upper: boolean) => (segment: string) =>
    segment.replace(/[a-z]/i, (c) => {
      const hex = c.charCodeAt(0).toString(16);
      return `%${upper ? hex.toUpperCase() : hex}`;
    });
  const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return [
    ...segments.flatMap((segment, i) =>
      /[a-z]/i.test(segment) ? [spelt(i, encodeFirstLetter(false)), spelt(i, encodeFirstLetter(true))] : [],
    ),
    spelt(0, (s) => s.toUpperCase()),
    spelt(0, capitalise),
    path.toUpperCase(),
    `/${path}`,
    path.replace("/api/", "/api//"),
    `${path}/`,
    path.replace("/api/", "/api/./"),
    path.replace("/api/", "/api/x/../"),
    path.replace("/api/", "/%2e/api/"),
  ];
}

describe("access is decided on the routed path, whatever the raw URL", () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let cookie: string;
  const webDist = mkdtempSync(join(tmpdir(), "chanrong-web-"));

  beforeAll(async () => {
    writeFileSync(join(webDist, "index.html"), "<!doctype html><title>产融通</title>");
    mkdirSync(join(webDist, "assets"));
    writeFileSync(join(webDist, "assets/index-3f9a1b2c.js"), "console.log(1)");
    database = await createTestDatabase();
    await seedBaseline(database.db);
    const storage = localDirectoryStorage(mkdtempSync(join(tmpdir(), "chanrong-files-")));
    app = await buildApp({ database, storage, webDist });
    await app.ready();
    const signIn = await app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { username: "icbc.admin", password: DEMO_PASSWORD },
    });
    cookie = signIn.cookies.find((c) => c.name === "chanrong_sid")?.value ?? "";
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const routesToGuard = () =>
    declared.flatMap((route) => {
      if (route.config?.public === true) return [];
      const methods = [route.method].flat().filter((m) => m !== "HEAD" && m !== "OPTIONS");
      return methods.map((method) => ({ method, path: concretePath(route.url) }));
    });

  it("collects the whole route table, public routes marked as such", () => {
    const guarded = routesToGuard();
    expect(guarded.length).toBeGreaterThan(50);
    expect(guarded).toContainEqual({ method: "POST", path: "/api/v1/api-keys" });
    const open = declared.filter((r) => r.config?.public === true).map((r) => r.url);
    expect(open).toEqual(expect.arrayContaining(["/api/v1/auth/sign-in", "/api/health", "/index.html"]));
  });

  it("refuses every non-public route anonymously, under every spelling of its path", async () => {
    const leaks: string[] = [];
    let sent = 0;
    for (const { method, path } of routesToGuard()) {
      const plain = await app.inject({ method: method as "GET", url: path });
      expect(plain.statusCode, `${method} ${path}`).toBe(401);
      for (const url of variants(path)) {
        const response = await app.inject({ method: method as "GET", url });
        sent++;
        if (response.statusCode !== 401) leaks.push(`${method} ${url} → ${response.statusCode}`);
      }
    }
    console.info(
      `${routesToGuard().length} non-public routes, ${sent} anonymous requests under other spellings`,
    );
    expect(leaks).toEqual([]);
  });

  it("refuses every non-public write without the CSRF token, under every spelling of its path", async () => {
    const leaks: string[] = [];
    let sent = 0;
    for (const { method, path } of routesToGuard().filter((r) => WRITES.has(r.method))) {
      const send = (url: string) =>
        app.inject({ method: method as "POST", url, cookies: { chanrong_sid: cookie } });
      const plain = await send(path);
      expect(plain.statusCode, `${method} ${path}`).toBe(403);
      for (const url of variants(path)) {
        const response = await send(url);
        sent++;
        if (response.statusCode !== 403) leaks.push(`${method} ${url} → ${response.statusCode}`);
      }
    }
    console.info(`${sent} writes without a CSRF token under other spellings`);
    expect(leaks).toEqual([]);
  });

  it("serves the web app's files and client routes to anyone, but never the web app for an API path", async () => {
    const asset = await app.inject({ method: "GET", url: "/assets/index-3f9a1b2c.js" });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["cache-control"]).not.toContain("no-store");
    for (const url of ["/", "/applications/123", "/fund/ledger"]) {
      const page = await app.inject({ method: "GET", url });
      expect(page.statusCode, url).toBe(200);
      expect(page.body).toContain("产融通");
    }
    for (const url of ["/api/v1/nothing-here", "/%61pi/v1/nothing-here", "/API/v1/programmes", "/api"]) {
      const anonymous = await app.inject({ method: "GET", url });
      expect(anonymous.statusCode, url).toBe(401);
      const signedIn = await app.inject({ method: "GET", url, cookies: { chanrong_sid: cookie } });
      expect(signedIn.statusCode, url).toBe(404);
      expect(signedIn.headers["content-type"]).toContain("application/problem+json");
    }
  });

  it("marks API answers, and only them, as not to be stored by any cache", async () => {
    const me = await app.inject({ method: "GET", url: "/api/v1/auth/me", cookies: { chanrong_sid: cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.headers["cache-control"]).toBe("no-store");
    const refused = await app.inject({ method: "GET", url: "/api/v1/programmes" });
    expect(refused.headers["cache-control"]).toBe("no-store");
    const health = await app.inject({ method: "GET", url: "/api/health" });
    expect(health.headers["cache-control"]).toBe("no-store");
  });
});
