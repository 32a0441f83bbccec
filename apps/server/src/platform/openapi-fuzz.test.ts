import fc from "fast-check";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { funds, organisations } from "../db/schema";
import { fuzzOperations, requestsFor } from "../testing/openapi-fuzz";
import { useTestApp } from "../testing/test-app";

/** At least 10,000 requests a run (issue 8 point 5), spread evenly over operations and callers. */
const MIN_REQUESTS = 10_000;
const SIGNED_IN = ["platform.admin", "jxj.operator", "icbc.operator"] as const;

/** What is wrong with a response, or null: no 5xx, and every 4xx problem+json naming a field or the rule. */
function fault(response: LightMyRequestResponse): string | null {
  if (response.statusCode >= 500) return "5xx";
  if (response.statusCode < 400) return null;
  if (!String(response.headers["content-type"]).includes("application/problem+json"))
    return "not problem+json";
  const problem = response.json() as { detail?: string; errors?: { field?: string; rule?: string }[] };
  if (!problem.detail) return "no detail";
  if (response.statusCode === 400 && !problem.errors?.every((error) => error.field && error.rule)) {
    return "400 without field and rule";
  }
  return null;
}

describe("every operation of the OpenAPI document, fuzzed (issue 8 point 5)", () => {
  const ctx = useTestApp();
  const callers: { name: string; send: (options: InjectOptions) => Promise<LightMyRequestResponse> }[] = [];
  let knownIds: string[];

  beforeAll(async () => {
    callers.push({ name: "anonymous", send: (options) => ctx.app.inject(options) });
    for (const username of SIGNED_IN) {
      const client = await ctx.signIn(username);
      callers.push({ name: username, send: client.request });
    }
    // Real ids let requests reach the services, not only the schema checks.
    const rows = [
      ...(await ctx.database.db.select({ id: organisations.id }).from(organisations)),
      ...(await ctx.database.db.select({ id: funds.id }).from(funds)),
    ];
    knownIds = rows.map((row) => row.id);
  });

  it("answers no request with a 5xx, and every 4xx with problem+json naming a field or the rule", async () => {
    await ctx.app.ready();
    const operations = fuzzOperations(ctx.app.swagger() as Parameters<typeof fuzzOperations>[0]);
    // Sign-out is sent by the anonymous caller only (below): count one operation less, so the total still reaches the minimum.
    const perOperation = Math.ceil(MIN_REQUESTS / ((operations.length - 1) * callers.length));
    const seed = Number(process.env.CHANRONG_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const faults: string[] = [];
    let requests = 0;
    let serverErrors = 0;
    const started = Date.now();
    for (const [index, operation] of operations.entries()) {
      const samples = fc.sample(requestsFor(operation, knownIds), {
        numRuns: perOperation * callers.length,
        seed: seed + index,
      });
      for (const [sample, options] of samples.entries()) {
        const caller = callers[sample % callers.length];
        // Signing out would end the session the rest of the run signs in with.
        if (!caller || (caller.name !== "anonymous" && operation.path === "/api/v1/auth/sign-out")) continue;
        const response = await caller.send(options);
        requests += 1;
        if (response.statusCode >= 500) serverErrors += 1;
        const wrong = fault(response);
        if (wrong && faults.length < 20) {
          faults.push(
            `${wrong}: ${caller.name} ${options.method} ${String(options.url).slice(0, 200)} → ${response.statusCode} ${response.body.slice(0, 300)}`,
          );
        }
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz: ${requests} requests, ${serverErrors} 5xx, ${operations.length} operations, seed ${seed}, ${seconds} s`,
    );
    expect(requests).toBeGreaterThanOrEqual(MIN_REQUESTS);
    expect(faults).toEqual([]);
  }, 600_000);
});
