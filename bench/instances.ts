/**
 * Stateless instances on one PostgreSQL (issue 10 point 7, ADR 021): one and then two server processes,
 * each the production bundle (`apps/server/dist/main.mjs`) with its own pool, on one database, and the
 * same read path driven through both by round robin in this load generator (a load balancer's simplest
 * policy). The session is made by signing in through the first instance and used on every instance:
 * nothing a request needs lives in a process. Reports throughput and latency for each, their ratio,
 * and the CPU seconds each party used (instances, PostgreSQL, this load generator), because on a
 * machine with few cores the sum of those is the ceiling, not the number of instances.
 *
 *   npx tsx bench/instances.ts
 *
 * It **drops and recreates** the database of `DATABASE_URL` (default
 * `postgres://chanrong:chanrong@127.0.0.1:5432/chanrong_bench_start`, see bench/support.ts).
 * Knobs: BENCH_ENTERPRISES (2,000), BENCH_SECONDS per measurement (10), BENCH_CONCURRENCY (32),
 * BENCH_ROUNDS (2: one instance, two instances, one, two…), DB_POOL_SIZE (10 per instance).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase } from "../apps/server/src/db/client";
import { DEMO_PASSWORD } from "../apps/server/src/demo/organisations";
import { cpuSeconds, cpuUsedBetween, freshBenchDatabase, insertEnterprises, seconds } from "./support";

const DATABASE_URL =
  process.env.DATABASE_URL ?? "postgres://chanrong:chanrong@127.0.0.1:5432/chanrong_bench_start";
const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 2_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const READ_PATH = "/api/v1/enterprises?tag=CITY_AUTO_KEY&page=3&pageSize=20";

const root = resolve(import.meta.dirname, "..");

let started = performance.now();
const { database } = await freshBenchDatabase(DATABASE_URL);
await insertEnterprises(database.db, ENTERPRISES, 0);
await database.close();
console.log(`${ENTERPRISES} enterprises loaded in ${seconds(started)}`);
// The instances run what `npm start` runs: the bundle, rebuilt if the sources changed.
execFileSync(process.execPath, [join(root, "scripts/build.mjs"), "server"], { stdio: "inherit" });

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function startInstance(): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, "apps/server/dist/main.mjs")], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL,
      PORT: String(port),
      HOST: "127.0.0.1",
      WEB_DIST: "none",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 120_000; ; ) {
    if (child.exitCode !== null) throw new Error(`an instance exited (${child.exitCode})`);
    if (Date.now() > deadline) throw new Error("an instance did not answer /api/health in 120 s");
    if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) return { child, base };
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

/** The PostgreSQL backends serving this benchmark's database (the instances' pools). */
async function backendsOfBenchDatabase(): Promise<number[]> {
  const result = await monitor.db.execute<{ pid: number }>(
    sql`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
  );
  return result.rows.map((row: { pid: number }) => Number(row.pid));
}

interface Measured {
  instances: number;
  perSecond: number;
  p50: number;
  p95: number;
  cpu: { instances: number; postgres: number; generator: number };
}

async function measure(bases: string[], pids: number[], cookie: string): Promise<Measured> {
  const call = async (base: string) => {
    const response = await fetch(`${base}${READ_PATH}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`${base}: HTTP ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  };
  let next = 0;
  const roundRobin = () => bases[next++ % bases.length] ?? "";
  for (let i = 0; i < 100; i++) await call(roundRobin()); // warm-up, every instance
  const backends = await backendsOfBenchDatabase();
  const before = {
    instances: cpuSeconds(pids),
    postgres: cpuSeconds(backends),
    generator: process.cpuUsage(),
  };
  const latencies: number[] = [];
  started = performance.now();
  const until = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        await call(roundRobin());
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const generator = process.cpuUsage(before.generator);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    instances: bases.length,
    perSecond: latencies.length / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    cpu: {
      instances: cpuUsedBetween(before.instances, cpuSeconds(pids)) / elapsed,
      postgres: cpuUsedBetween(before.postgres, cpuSeconds(backends)) / elapsed,
      generator: (generator.user + generator.system) / 1e6 / elapsed,
    },
  };
}

const instances = [await startInstance(), await startInstance()];
// Only to find the instances' database backends; it sits idle otherwise.
const monitor = await openDatabase(DATABASE_URL);
try {
  const [first] = instances;
  const signIn = await fetch(`${first?.base}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "jxj.operator", password: DEMO_PASSWORD }),
  });
  if (!signIn.ok) throw new Error(`sign-in: HTTP ${signIn.status}`);
  const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const results: Measured[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const count of [1, 2]) {
      const used = instances.slice(0, count);
      const pids = used.map(({ child }) => child.pid ?? 0);
      results.push(
        await measure(
          used.map(({ base }) => base),
          pids,
          cookie,
        ),
      );
    }
  }
  const cores = execFileSync("nproc", { encoding: "utf8" }).trim();
  console.log(
    `\nPostgreSQL, ${ENTERPRISES} enterprises, GET ${READ_PATH} as the bureau, ${CONCURRENCY} clients, ` +
      `${SECONDS} s each, round robin. CPU: cores used while measuring, and ms of CPU per request; ` +
      `this machine has ${cores} cores.\n`,
  );
  console.log(
    "instances  req/s  p50 ms  p95 ms | cores used: instances  PostgreSQL  generator | CPU ms/request: instances  PostgreSQL  generator  total",
  );
  const column = (value: number, width: number, digits = 2) => value.toFixed(digits).padStart(width);
  for (const r of results) {
    const perRequest = (used: number) => (1000 * used) / r.perSecond;
    const total = r.cpu.instances + r.cpu.postgres + r.cpu.generator;
    console.log(
      [
        column(r.instances, 9, 0),
        column(r.perSecond, 6, 0),
        column(r.p50, 7, 1),
        column(r.p95, 7, 1),
        ` |${column(r.cpu.instances, 22)}${column(r.cpu.postgres, 12)}${column(r.cpu.generator, 11)}`,
        ` |${column(perRequest(r.cpu.instances), 26)}${column(perRequest(r.cpu.postgres), 12)}`,
        `${column(perRequest(r.cpu.generator), 11)}${column(perRequest(total), 7)}`,
      ].join(""),
    );
  }
  const mean = (count: number, of: (r: Measured) => number) => {
    const picked = results.filter((r) => r.instances === count);
    return picked.reduce((sum, r) => sum + of(r), 0) / picked.length;
  };
  const msPerRequest = mean(
    2,
    (r) => (1000 * (r.cpu.instances + r.cpu.postgres + r.cpu.generator)) / r.perSecond,
  );
  console.log(
    `\ntwo instances / one: ${(mean(2, (r) => r.perSecond) / mean(1, (r) => r.perSecond)).toFixed(2)}× the throughput` +
      `\nceiling on ${cores} cores with everything on this machine: ${cores} × 1000 / ${msPerRequest.toFixed(1)} ms ` +
      `of CPU per request ≈ ${((Number(cores) * 1000) / msPerRequest).toFixed(0)} req/s, however many instances`,
  );
} finally {
  await monitor.close();
  for (const { child } of instances) child.kill("SIGTERM");
}
