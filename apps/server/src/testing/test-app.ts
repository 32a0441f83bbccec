import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { buildApp } from "../app";
import type { DatabaseHandle } from "../db/client";
import { DEMO_PASSWORD } from "../demo/organisations";
import { type SeededOrganisations, seedBaseline, seedDemo } from "../demo/seed";
import { setToday } from "../platform/clock";
import { localDirectoryStorage } from "../platform/files/storage";
import { createTestDatabase } from "./test-database";

export interface TestClient {
  username: string;
  csrfToken: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export interface TestContext {
  app: FastifyInstance;
  database: DatabaseHandle;
  orgs: SeededOrganisations;
  /** Signs in a seeded user (`<org key>.<role>`, e.g. "jxj.operator") and returns a client with its cookie and CSRF token. */
  signIn(username: string, password?: string): Promise<TestClient>;
  /** Moves the platform's "today" (SLA clocks, eligibility) to `day`, YYYY-MM-DD; null goes back to the real date. */
  setToday(day: string | null): void;
}

/**
 * One real app on one fresh database (PGlite or PostgreSQL) per test file, with the
 * baseline regions, organisations and users seeded, or with `demo` the whole demo data set as
 * `npm start` seeds it, its files in the app's storage. Use inside a describe block.
 */
export function useTestApp(options: { demo?: boolean } = {}): TestContext {
  const context = {} as TestContext;
  beforeAll(async () => {
    context.database = await createTestDatabase();
    const storage = localDirectoryStorage(mkdtempSync(join(tmpdir(), "chanrong-files-")));
    if (options.demo) await seedDemo(context.database.db, storage);
    context.orgs = await seedBaseline(context.database.db);
    context.app = await buildApp({ database: context.database, storage });
    context.signIn = (username, password = DEMO_PASSWORD) => signIn(context.app, username, password);
    context.setToday = setToday;
  });
  afterAll(async () => {
    setToday(null);
    await context.app?.close();
    await context.database?.close();
  });
  return context;
}

async function signIn(app: FastifyInstance, username: string, password: string): Promise<TestClient> {
  const response = await app.inject({
    method: "POST",
    url: "/api/v1/auth/sign-in",
    payload: { username, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in as ${username} failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === "chanrong_sid");
  if (!cookie) throw new Error("no session cookie");
  const { csrfToken } = response.json() as { csrfToken: string };
  const request = (options: InjectOptions) =>
    app.inject({
      ...options,
      cookies: { chanrong_sid: cookie.value, ...options.cookies },
      headers: { "x-csrf-token": csrfToken, ...options.headers },
    });
  return {
    username,
    csrfToken,
    request,
    get: (url) => request({ method: "GET", url }),
    post: (url, payload) => request({ method: "POST", url, payload: payload as InjectOptions["payload"] }),
    put: (url, payload) => request({ method: "PUT", url, payload: payload as InjectOptions["payload"] }),
    patch: (url, payload) => request({ method: "PATCH", url, payload: payload as InjectOptions["payload"] }),
    delete: (url) => request({ method: "DELETE", url }),
  };
}
