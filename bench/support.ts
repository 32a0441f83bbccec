/** Set-up shared by the PostgreSQL benchmarks (applications.ts, fund-subsidy.ts, matching.ts). */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { sql } from "drizzle-orm";
import { type DatabaseHandle, openDatabase } from "../apps/server/src/db/client";
import { type SeededOrganisations, seedBaseline } from "../apps/server/src/demo/seed";
import * as enterprisesRepo from "../apps/server/src/modules/enterprises/enterprises.repository";
import type { EnterpriseInput } from "../apps/server/src/modules/enterprises/enterprises.schemas";
import { toChildren, toValues } from "../apps/server/src/modules/enterprises/enterprises.service";
import { buildEnterpriseInput } from "../apps/server/src/testing/factories";

export const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * DROPS and recreates the database of `url` (through the `chanrong` database of the same server, or
 * BENCH_ADMIN_URL), so runs are comparable; then migrates it and seeds the baseline organisations.
 */
export async function freshBenchDatabase(
  url: string,
): Promise<{ database: DatabaseHandle; orgs: SeededOrganisations }> {
  const target = new URL(url);
  const databaseName = decodeURIComponent(target.pathname.slice(1));
  const adminUrl = process.env.BENCH_ADMIN_URL ?? Object.assign(new URL(url), { pathname: "/chanrong" }).href;
  if (!/^postgres(ql)?:$/.test(target.protocol))
    throw new Error("this benchmark needs a postgres:// DATABASE_URL");
  if (!databaseName || databaseName === new URL(adminUrl).pathname.slice(1)) {
    throw new Error(`refusing to drop "${databaseName}": it is the admin database`);
  }
  const admin = await openDatabase(adminUrl);
  await admin.db.execute(sql`drop database if exists ${sql.identifier(databaseName)} with (force)`);
  await admin.db.execute(sql`create database ${sql.identifier(databaseName)}`);
  await admin.close();
  const database = await openDatabase(url);
  await database.migrate();
  return { database, orgs: await seedBaseline(database.db) };
}

/** Enterprises written through the repository as the app writes them, 500 to a transaction. */
export async function insertEnterprises(
  db: DatabaseHandle["db"],
  count: number,
  firstSequence: number,
): Promise<{ id: string; input: EnterpriseInput; sequence: number }[]> {
  const rows: { id: string; input: EnterpriseInput; sequence: number }[] = [];
  for (let start = 0; start < count; start += 500) {
    await db.transaction(async (tx) => {
      for (let sequence = start + 1; sequence <= Math.min(count, start + 500); sequence++) {
        const input = buildEnterpriseInput(
          { districtCode: sequence % 2 ? "420303" : "420302" },
          firstSequence + sequence,
        );
        const row = await enterprisesRepo.insertEnterprise(
          tx,
          toValues(input, null),
          toChildren(input) as enterprisesRepo.EnterpriseChildren,
        );
        rows.push({ id: row.id, input, sequence });
      }
    });
  }
  return rows;
}

/**
 * With BENCH_CPU_PROFILE=<folder>, a CPU profile of `run` alone (the measured phase, not the load) is
 * written there as <name>.cpuprofile; open it in Chrome's DevTools or summarise it by self time.
 */
export async function profiled<T>(name: string, run: () => Promise<T>): Promise<T> {
  const folder = process.env.BENCH_CPU_PROFILE;
  if (!folder) return run();
  const { Session } = await import("node:inspector/promises");
  const { mkdirSync, writeFileSync } = await import("node:fs");
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  try {
    return await run();
  } finally {
    const { profile } = await session.post("Profiler.stop");
    mkdirSync(folder, { recursive: true });
    writeFileSync(`${folder}/${name}.cpuprofile`, JSON.stringify(profile));
    session.disconnect();
  }
}

/** A statement as node-postgres was asked to send it: enough to send it again. */
export interface CapturedStatement {
  text: string;
  values?: unknown[];
  /** A named (prepared) statement's name. */
  name?: string;
  rowMode?: "array";
}

/**
 * The SQL statements `run` sends through node-postgres (BEGIN and COMMIT included), captured by
 * wrapping Client#query while it runs: what a request costs in round trips, and what replays it.
 */
export async function capturedStatementsOf(run: () => Promise<unknown>): Promise<CapturedStatement[]> {
  const { default: pg } = await import("pg");
  const original = pg.Client.prototype.query;
  const seen: CapturedStatement[] = [];
  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    const [config, values] = args as [string | CapturedStatement, unknown[] | undefined];
    seen.push(
      typeof config === "string"
        ? { text: config, ...(Array.isArray(values) && { values }) }
        : {
            text: config?.text ?? "?",
            values: config?.values ?? values,
            ...(config?.name && { name: config.name }),
            ...(config?.rowMode && { rowMode: config.rowMode }),
          },
    );
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = original;
  }
  return seen;
}

/** The texts of the statements `run` sends. */
export async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  return (await capturedStatementsOf(run)).map((statement) => statement.text);
}

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }));

/** CPU seconds each of `pids` has used so far, from /proc (0 for one that has ended). */
export function cpuSeconds(pids: number[]): Map<number, number> {
  return new Map(
    pids.map((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        return [pid, (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND];
      } catch {
        return [pid, 0];
      }
    }),
  );
}

/** CPU seconds used between two readings by the processes in both (other work shares this server). */
export function cpuUsedBetween(before: Map<number, number>, after: Map<number, number>): number {
  let used = 0;
  for (const [pid, seconds] of after)
    if (before.has(pid) && seconds > 0) used += seconds - (before.get(pid) ?? 0);
  return used;
}

export interface Measured {
  name: string;
  requests: number;
  p50: number;
  p95: number;
  perSecond: number;
  /** The 1-minute load average when the measurement started: the machine is shared. */
  load: number;
  /** CPU ms per request: this process (the app and its HTTP clients), and the database's backends. */
  cpuNode: number;
  cpuPostgres: number;
}

/**
 * Measures a route under `concurrency` clients after `warmUp` calls: latencies, throughput and the CPU
 * per request of this process and of the bench database's backends (the app's pool). A call that
 * answers null is not HTTP (SQL sent straight to the database, say) and is timed as it is.
 */
export function httpMeasurer(
  db: DatabaseHandle["db"],
  { concurrency, warmUp }: { concurrency: number; warmUp: number },
) {
  const backends = async (): Promise<number[]> => {
    const result = await db.execute<{ pid: number }>(
      sql`select pid from pg_stat_activity where datname = current_database()`,
    );
    return result.rows.map((row: { pid: number }) => Number(row.pid));
  };
  return async function measure(
    name: string,
    requests: number,
    call: () => Promise<Response | null>,
  ): Promise<Measured> {
    for (let i = 0; i < warmUp; i++) await (await call())?.arrayBuffer();
    const load = loadavg()[0] ?? 0;
    const cpuBefore = { node: process.cpuUsage(), postgres: cpuSeconds(await backends()) };
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < requests) {
          const t0 = performance.now();
          const response = await call();
          if (response && !response.ok)
            throw new Error(`${name}: HTTP ${response.status} ${await response.text()}`);
          await response?.arrayBuffer();
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const node = process.cpuUsage(cpuBefore.node);
    // A connection the pool opened while measuring used all its CPU within it.
    const postgresAfter = cpuSeconds(await backends());
    const postgresBefore = new Map(
      [...postgresAfter.keys()].map((pid) => [pid, cpuBefore.postgres.get(pid) ?? 0]),
    );
    latencies.sort((a, b) => a - b);
    const at = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
    return {
      name,
      requests: latencies.length,
      p50: at(0.5),
      p95: at(0.95),
      perSecond: latencies.length / elapsed,
      load,
      cpuNode: (node.user + node.system) / 1000 / latencies.length,
      cpuPostgres: (cpuUsedBetween(postgresBefore, postgresAfter) * 1000) / latencies.length,
    };
  };
}

/** One measurement as a line, each figure beside its ratio to the constant route's. */
export const measuredRow = (m: Measured, baseline: Measured) =>
  `${m.name.padEnd(52)} ${String(m.requests).padStart(5)} req  ` +
  `p50 ${m.p50.toFixed(2).padStart(7)} ms ×${(m.p50 / baseline.p50).toFixed(1).padStart(5)}  ` +
  `p95 ${m.p95.toFixed(2).padStart(7)} ms ×${(m.p95 / baseline.p95).toFixed(1).padStart(5)}  ` +
  `${m.perSecond.toFixed(0).padStart(6)}/s ×${(baseline.perSecond / m.perSecond).toFixed(1).padStart(5)} baseline time  ` +
  `CPU/req ${m.cpuNode.toFixed(2)} ms node + ${m.cpuPostgres.toFixed(2)} ms postgres  load ${m.load.toFixed(1)}`;
