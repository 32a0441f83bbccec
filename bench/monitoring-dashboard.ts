/**
 * The monitoring dashboard at scale (issue 15 point 5), PostgreSQL only: 36 months of live statistics of
 * 50 banks of 重庆, each month by 30 districts and 20 clusters (1,800 submissions, 91,800 lines), then
 *   - the region's dashboard (GET /api/v1/monitoring/dashboard, the bureau, 36 months),
 *   - a district's drill-down (&district=…, a different district each call), and
 *   - a bank's drill-down (&bankOrgId=…, a different bank each call),
 * each under 32 clients beside a constant Fastify route measured in the same run (ratios), with the
 * EXPLAIN (ANALYZE, BUFFERS) of the monthly sums and the SQL statements one request sends.
 *
 *   npx tsx bench/monitoring-dashboard.ts
 *
 * The database named by DATABASE_URL is DROPPED and recreated at the start (bench/support.ts).
 * Knobs: BENCH_BANKS, BENCH_MONTHS, BENCH_DISTRICTS, BENCH_REQUESTS, BENCH_CONCURRENCY, DB_POOL_SIZE.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLUSTER_CODES, monthsEndingWith, OTHER_MANUFACTURING } from "@chanrong/domain";
import { sql } from "drizzle-orm";
import { buildApp } from "../apps/server/src/app";
import {
  bankStatisticsLines,
  bankStatisticsSubmissions,
  organisations,
  regions,
  users,
} from "../apps/server/src/db/schema";
import { DEMO_PASSWORD } from "../apps/server/src/demo/organisations";
import * as repo from "../apps/server/src/modules/monitoring/dashboard/dashboard.repository";
import { localDirectoryStorage } from "../apps/server/src/platform/files/storage";
import { seededRandom } from "../apps/server/src/testing/factories";
import { freshBenchDatabase, httpMeasurer, measuredRow, seconds, statementsOf } from "./support";

const DATABASE_URL =
  process.env.DATABASE_URL ?? "postgres://chanrong:chanrong@127.0.0.1:5432/chanrong_bench_monitoring";
const BANKS = Number(process.env.BENCH_BANKS ?? 50);
const MONTHS = Number(process.env.BENCH_MONTHS ?? 36);
const DISTRICTS = Number(process.env.BENCH_DISTRICTS ?? 30);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const WARM_UP = 20;
const LAST_MONTH = "2026-09";
const CLUSTERS = [...CLUSTER_CODES.slice(0, 19), OTHER_MANUFACTURING];

const random = seededRandom(15_005);
const WAN = 1_000_000n; // fen in 万元

/** `total` split into `count` parts that add up exactly (the last takes the rest). */
function split(total: bigint, count: number): bigint[] {
  const weights = Array.from({ length: count }, () => 1 + Math.floor(random() * 9));
  const sum = BigInt(weights.reduce((a, b) => a + b, 0));
  const parts = weights.map((weight) => (total * BigInt(weight)) / sum);
  parts[count - 1] = (parts[count - 1] ?? 0n) + total - parts.reduce((a, b) => a + b, 0n);
  return parts;
}

// ── Fresh database, 50 banks of 重庆, 30 districts ──────────────────────────────────────────────
const loadStarted = performance.now();
const { database, orgs } = await freshBenchDatabase(DATABASE_URL);
const { db } = database;
if (!orgs.cqbank) throw new Error("seedBaseline gave no cqbank");
const [submitter] = await db.select({ id: users.id }).from(users).where(sql`${users.orgId} = ${orgs.cqbank}`);
if (!submitter) throw new Error("no cqbank user");
const existingBanks = await db
  .select({ id: organisations.id })
  .from(organisations)
  .where(sql`${organisations.type} = 'BANK' and ${organisations.regionCode} = '500000'`);
const moreBanks = await db
  .insert(organisations)
  .values(
    Array.from({ length: BANKS - existingBanks.length }, (_, i) => ({
      name: `基准银行${i + 1}重庆分行`,
      type: "BANK",
      regionCode: "500000",
    })),
  )
  .returning({ id: organisations.id });
const banks = [...existingBanks, ...moreBanks].map((bank) => bank.id);
const districtCodes = Array.from({ length: DISTRICTS }, (_, i) => `5002${String(i).padStart(2, "0")}`);
await db
  .insert(regions)
  .values(
    districtCodes.map((code, i) => ({
      code,
      name: `基准区${i + 1}`,
      nameEn: `Bench ${i + 1}`,
      parentCode: "500000",
      level: "district",
    })),
  )
  .onConflictDoNothing();

// ── 36 months of each bank's statistics, growing, split exactly by district and cluster ──────────
const stepStarted = performance.now();
const months = monthsEndingWith(LAST_MONTH, MONTHS);
for (const [index, month] of months.entries()) {
  const submissions = await db
    .insert(bankStatisticsSubmissions)
    .values(
      banks.map((bankOrgId) => ({
        bankOrgId,
        regionCode: "500000",
        month,
        version: 1,
        allLoansBalanceFen: BigInt(100_000 + index * 800 + Math.floor(random() * 2_000)) * WAN,
        channel: "API",
        submittedBy: submitter.id,
        submittedOn: `${month}-28`,
      })),
    )
    .returning({ id: bankStatisticsSubmissions.id });
  const lines = submissions.flatMap(({ id }) => {
    const balance = BigInt(8_000 + index * 120 + Math.floor(random() * 400)) * WAN;
    const figures = (total: bigint) => ({
      balanceFen: total,
      mediumLongTermBalanceFen: total / 2n,
      creditBalanceFen: total / 4n,
      newLoansFen: total / 20n,
      newMediumLongTermFen: total / 40n,
      newCreditFen: total / 80n,
    });
    // Written directly, as the benchmarks load: the balances split exactly; the of-which figures are
    // fixed fractions of each line, which is all the sums need.
    const byDistrict = split(balance, DISTRICTS).map((part, i) => ({
      dimension: "DISTRICT",
      key: districtCodes[i] as string,
      ...figures(part),
    }));
    const byCluster = split(balance, CLUSTERS.length).map((part, i) => ({
      dimension: "CLUSTER",
      key: CLUSTERS[i] as string,
      ...figures(part),
    }));
    return [{ dimension: "TOTAL", key: "", ...figures(balance) }, ...byDistrict, ...byCluster].map(
      (line) => ({ ...line, submissionId: id }),
    );
  });
  await db.insert(bankStatisticsLines).values(lines);
}
await db.execute(sql`vacuum analyze`);
console.log(
  `${banks.length} banks × ${MONTHS} months × (${DISTRICTS} districts + ${CLUSTERS.length} clusters): ${seconds(stepStarted)}`,
);
console.log(`whole load ${seconds(loadStarted)}`);

// ── The plans of the dashboard's statements, as the repository builds them ───────────────────
const scope = { regionPrefix: "50", bankOrgId: null };
const total = { dimension: "TOTAL", key: "" } as const;
const yearAgo = months[months.length - 13] ?? LAST_MONTH;
for (const [name, query] of [
  ["monthly sums, 36 months", repo.sumsByMonth(db, scope, total, months[0] ?? LAST_MONTH, LAST_MONTH)],
  [
    "a district's monthly sums",
    repo.sumsByMonth(
      db,
      scope,
      { dimension: "DISTRICT", key: "500200" },
      months[0] ?? LAST_MONTH,
      LAST_MONTH,
    ),
  ],
  [
    "districts of the month and a year earlier",
    repo.sumsByPart(db, scope, "DISTRICT", [LAST_MONTH, yearAgo]),
  ],
  ["banks of the month and a year earlier", repo.sumsByBank(db, scope, total, [LAST_MONTH, yearAgo])],
] as const) {
  const plan = await db.execute(sql`explain (analyze, buffers) ${query}`);
  console.log(`\nEXPLAIN of the ${name}:`);
  for (const row of plan.rows as { "QUERY PLAN": string }[]) console.log(`  ${row["QUERY PLAN"]}`);
}

// ── Measure over HTTP ─────────────────────────────────────────────────────────────────────────
process.env.CHANRONG_TODAY = "2026-10-12";
const app = await buildApp({
  database,
  storage: localDirectoryStorage(mkdtempSync(join(tmpdir(), "bench-files-"))),
});
app.get("/bench/constant", { config: { public: true } }, async () => ({ ok: true }));
const address = await app.listen({ port: 0, host: "127.0.0.1" });
const signedIn = await fetch(`${address}/api/v1/auth/sign-in`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ username: "cqjxw.reviewer", password: DEMO_PASSWORD }),
});
if (!signedIn.ok) throw new Error(`sign-in: HTTP ${signedIn.status} ${await signedIn.text()}`);
const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

const from = months[0];
let next = 0;
const dashboard = (filter = "") =>
  fetch(`${address}/api/v1/monitoring/dashboard?from=${from}&to=${LAST_MONTH}${filter}`, {
    headers: { cookie },
  });
const region = () => dashboard();
const district = () => dashboard(`&district=${districtCodes[next++ % districtCodes.length]}`);
const bank = () => dashboard(`&bankOrgId=${banks[next++ % banks.length]}`);

const sample = (await (await region()).json()) as { series: unknown[]; banks: unknown[] };
console.log(`\nthe region's dashboard: ${sample.series.length} months, ${sample.banks.length} banks ranked`);

const measure = httpMeasurer(db, { concurrency: CONCURRENCY, warmUp: WARM_UP });
const baseline = await measure("baseline: constant route", REQUESTS, () =>
  fetch(`${address}/bench/constant`),
);
const results = [
  await measure(`region's dashboard, ${MONTHS} months × ${banks.length} banks`, REQUESTS, region),
  await measure("a district's drill-down", REQUESTS, district),
  await measure("a bank's drill-down", REQUESTS, bank),
];
// One client alone as well: a person's wait for the page, without 31 others queued on the same cores.
const alone = httpMeasurer(db, { concurrency: 1, warmUp: WARM_UP });
const aloneBaseline = await alone("baseline, one client", REQUESTS / 5, () =>
  fetch(`${address}/bench/constant`),
);
const aloneDashboard = await alone("region's dashboard, one client", REQUESTS / 5, region);

const statements = await statementsOf(async () => (await region()).arrayBuffer());
console.log(`\nthe region's dashboard: ${statements.length} SQL statements`);
for (const text of statements) console.log(`  ${text.replace(/\s+/g, " ").slice(0, 150)}`);

console.log(
  `\npostgresql, ${banks.length} banks × ${MONTHS} months × ${DISTRICTS} districts × ${CLUSTERS.length} clusters, ` +
    `concurrency ${CONCURRENCY}, DB pool ${process.env.DB_POOL_SIZE ?? 10}\n`,
);
console.log(measuredRow(baseline, baseline));
for (const m of results) console.log(measuredRow(m, baseline));
console.log(`\none client at a time\n${measuredRow(aloneBaseline, aloneBaseline)}`);
console.log(measuredRow(aloneDashboard, aloneBaseline));
await app.close();
await database.close();
