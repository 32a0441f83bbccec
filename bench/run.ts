/**
 * Benchmarks (never part of the test run): latency and throughput of real routes, each
 * reported as a ratio to a baseline measured in the same run — a bare Fastify route that
 * returns a constant — because these machines are noisy.
 *
 *   npm run bench                      # PGlite in memory
 *   DATABASE_URL=postgres://… npm run bench
 *
 * The PostgreSQL benchmarks at scale run on their own, each on a database it recreates (README.md):
 *   npx tsx bench/applications.ts      # the application workflow, 100,000 applications
 *   npx tsx bench/fund-subsidy.ts      # the yearly interest subsidy of 100,000 settled loans
 *   npx tsx bench/matching.ts          # matching: 5,000 products and 20,000 open demands
 *   npx tsx bench/monitoring-dashboard.ts  # the monitoring dashboard: 50 banks × 36 months × 30 districts × 20 clusters
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../apps/server/src/app";
import { openDatabase } from "../apps/server/src/db/client";
import { DEMO_PASSWORD } from "../apps/server/src/demo/organisations";
import { seedBaseline } from "../apps/server/src/demo/seed";
import * as enterprisesRepo from "../apps/server/src/modules/enterprises/enterprises.repository";
import { toChildren, toValues } from "../apps/server/src/modules/enterprises/enterprises.service";
import { localDirectoryStorage } from "../apps/server/src/platform/files/storage";
import { buildEnterpriseInput } from "../apps/server/src/testing/factories";

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

interface Measured {
  name: string;
  p50: number;
  p95: number;
  perSecond: number;
  /** CPU time of this process (client, server and PGlite) per request: steadier than wall time on a busy machine. */
  cpuMs: number;
}

async function measure(name: string, call: () => Promise<Response>): Promise<Measured> {
  for (let i = 0; i < 50; i++) await call(); // warm-up
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < REQUESTS) {
        const t0 = performance.now();
        const response = await call();
        if (!response.ok) throw new Error(`${name}: HTTP ${response.status} ${await response.text()}`);
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    name,
    p50: at(0.5),
    p95: at(0.95),
    perSecond: latencies.length / seconds,
    cpuMs: (cpu.user + cpu.system) / 1000 / latencies.length,
  };
}

const database = await openDatabase(process.env.DATABASE_URL ?? "memory://");
await database.migrate();
await seedBaseline(database.db);
console.log(`loading ${ENTERPRISES} enterprises into ${database.kind}…`);
const bank =
  (
    await database.db.query.organisations.findFirst({
      where: (o, { eq }) => eq(o.name, "中国工商银行十堰分行"),
    })
  )?.id ?? null;
for (let start = 0; start < ENTERPRISES; start += 500) {
  await database.db.transaction(async (tx) => {
    for (let sequence = start + 1; sequence <= Math.min(ENTERPRISES, start + 500); sequence++) {
      const input = buildEnterpriseInput(
        {
          districtCode: sequence % 2 ? "420303" : "420302",
          bankAccounts:
            sequence % 10 === 0
              ? [{ bankOrgId: bank, bankName: "中国工商银行十堰分行", accountNo: `42${sequence}0000000` }]
              : [],
          tags: sequence % 3 ? [] : [{ tag: "HIGH_TECH", validFrom: "2025-01-01", validTo: null }],
        },
        100_000 + sequence,
      );
      await enterprisesRepo.insertEnterprise(
        tx,
        toValues(input, null),
        toChildren(input) as enterprisesRepo.EnterpriseChildren,
      );
    }
  });
}

// Trusting X-Forwarded-For lets each calculator call count as its own client, so the
// per-address rate limit (part of what is measured) does not refuse the load itself.
const app = await buildApp({
  database,
  trustProxy: true,
  storage: localDirectoryStorage(mkdtempSync(join(tmpdir(), "bench-files-"))),
});
app.get("/bench/constant", { config: { public: true } }, async () => ({ ok: true }));
const address = await app.listen({ port: 0, host: "127.0.0.1" });
const signIn = async (username: string) => {
  const response = await fetch(`${address}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
};
const bureauCookie = await signIn("jxj.operator");
const bankCookie = await signIn("icbc.operator");
const loan = JSON.stringify({
  events: [
    { date: "2025-03-10", type: "disbursement", amount: "5000000.00" },
    { date: "2025-09-10", type: "repayment", amount: "2000000.00" },
    { date: "2026-03-10", type: "repayment", amount: "3000000.00" },
  ],
});

const baseline = await measure("baseline: constant route", () => fetch(`${address}/bench/constant`));
const results = [
  await measure("bureau: enterprise list, tag filter, page 3", () =>
    fetch(`${address}/api/v1/enterprises?tag=HIGH_TECH&page=3&pageSize=20`, {
      headers: { cookie: bureauCookie },
    }),
  ),
  await measure("bank: its own enterprises, search", () =>
    fetch(`${address}/api/v1/enterprises?q=${encodeURIComponent("十堰")}&pageSize=20`, {
      headers: { cookie: bankCookie },
    }),
  ),
  await measure("public interest-subsidy calculator (rate-limit store included)", () =>
    fetch(`${address}/api/v1/calculators/interest-subsidy`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": String(Math.random()) },
      body: loan,
    }),
  ),
];

console.log(
  `\n${database.kind}, ${ENTERPRISES} enterprises, ${REQUESTS} requests, concurrency ${CONCURRENCY}\n`,
);
const row = (m: Measured) =>
  `${m.name.padEnd(72)} p50 ${m.p50.toFixed(2).padStart(7)} ms  p95 ${m.p95.toFixed(2).padStart(7)} ms  ` +
  `${m.perSecond.toFixed(0).padStart(6)}/s  ×${(baseline.perSecond / m.perSecond).toFixed(1)} baseline time  ` +
  `CPU ${m.cpuMs.toFixed(2)} ms/request ×${(m.cpuMs / baseline.cpuMs).toFixed(1)}`;
console.log(row(baseline));
for (const m of results) console.log(row(m));
await app.close();
await database.close();
