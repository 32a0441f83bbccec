/**
 * Explainable matching at scale (issue 12 point 5), PostgreSQL only: 5,000 listed products over 250
 * institutions and 20,000 open demands pushed to the signed-in bank, then
 *   - a demand's top-10 products (GET /api/v1/financing-demands/:id/matches, the bureau), and
 *   - the bank's top-50 open demands (GET /api/v1/financing-matches/demands?limit=50),
 * each under 32 clients beside a constant Fastify route measured in the same run (ratios), with the
 * SQL statements one request sends.
 *
 *   npx tsx bench/matching.ts
 *   BENCH_PRODUCTS=500 BENCH_DEMANDS=2000 BENCH_REQUESTS=200 npx tsx bench/matching.ts   # a quick try
 *
 * The database named by DATABASE_URL is DROPPED and recreated at the start (bench/support.ts).
 * Knobs: BENCH_PRODUCTS, BENCH_DEMANDS, BENCH_ENTERPRISES, BENCH_REQUESTS, BENCH_CONCURRENCY,
 * BENCH_OWN_PRODUCTS (the signed-in bank's share of the products), DB_POOL_SIZE.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  COLLATERAL_KIND_CODES,
  DEFAULT_MARKETPLACE_SETTINGS,
  type DemandKind,
  PRODUCT_CATEGORIES,
} from "@chanrong/domain";
import { sql } from "drizzle-orm";
import { buildApp } from "../apps/server/src/app";
import {
  financingDemandClaims,
  financingDemands,
  financingProducts,
  financingProductVersions,
  organisations,
  users,
} from "../apps/server/src/db/schema";
import { DEMO_PASSWORD } from "../apps/server/src/demo/organisations";
import { localDirectoryStorage } from "../apps/server/src/platform/files/storage";
import { seededRandom } from "../apps/server/src/testing/factories";
import {
  freshBenchDatabase,
  httpMeasurer,
  insertEnterprises,
  measuredRow,
  profiled,
  seconds,
  statementsOf,
} from "./support";

const DATABASE_URL =
  process.env.DATABASE_URL ?? "postgres://chanrong:chanrong@127.0.0.1:5432/chanrong_bench_matching";
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 5_000);
const DEMANDS = Number(process.env.BENCH_DEMANDS ?? 20_000);
const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 2_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
/** A bank publishes a handful of products, not thousands: the institution view scores demands × these. */
const OWN_PRODUCTS = Number(process.env.BENCH_OWN_PRODUCTS ?? 20);
const INSTITUTIONS = 250;
const WARM_UP = 20;
const BATCH = 1_000;
const DAY = "2026-11-02";

const random = seededRandom(12_005);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const some = <T>(list: readonly T[], chance: number): T[] => list.filter(() => random() < chance);
const WAN = 1_000_000n; // fen in 万元

// ── Fresh database, institutions, enterprises ───────────────────────────────────────────────
const loadStarted = performance.now();
let stepStarted = loadStarted;
const { database, orgs } = await freshBenchDatabase(DATABASE_URL);
const { db } = database;
const icbc = orgs.icbc;
if (!icbc || !orgs.jxj) throw new Error("seedBaseline gave no icbc or jxj");
const [author] = await db.select({ id: users.id }).from(users).where(sql`${users.orgId} = ${orgs.jxj}`);
if (!author) throw new Error("no jxj user");
const moreBanks = await db
  .insert(organisations)
  .values(
    Array.from({ length: INSTITUTIONS - 1 }, (_, i) => ({
      name: `基准银行${i + 1}十堰分行`,
      type: "BANK",
      regionCode: "420300",
    })),
  )
  .returning({ id: organisations.id });
const institutions = [icbc, ...moreBanks.map((bank) => bank.id)];
const enterprises = await insertEnterprises(db, ENTERPRISES, 400_000);
console.log(
  `reset, ${institutions.length} institutions, ${ENTERPRISES} enterprises: ${seconds(stepStarted)}`,
);

// ── Listed products: icbc's OWN_PRODUCTS, the rest spread over the other institutions ─────────
stepStarted = performance.now();
const loanTypes = PRODUCT_CATEGORIES.filter((c) => c.answers === "LOAN").flatMap((c) =>
  c.types
    .filter((t) => !["SRDI_LOAN", "GAZELLE_LOAN", "UNICORN_LOAN"].includes(t.code))
    .map((t) => ({
      category: c.code,
      type: t.code,
    })),
);
const otherTypes = PRODUCT_CATEGORIES.filter((c) => c.answers !== "LOAN").flatMap((c) =>
  c.types.map((t) => ({ category: c.code, type: t.code })),
);
const industries = ["C36", "C34", "C38", "C39", "C33"];
const sizes = ["LARGE", "MEDIUM", "SMALL", "MICRO"];
for (let start = 0; start < PRODUCTS; start += BATCH) {
  const count = Math.min(BATCH, PRODUCTS - start);
  const ids = await db
    .insert(financingProducts)
    .values(
      Array.from({ length: count }, (_, i) => ({
        orgId: start + i < OWN_PRODUCTS ? icbc : (moreBanks[(start + i) % moreBanks.length]?.id ?? icbc),
        regionCode: "420300",
        latestVersion: 1,
        listedVersion: 1,
        listedOn: "2026-10-15",
      })),
    )
    .returning({ id: financingProducts.id });
  await db.insert(financingProductVersions).values(
    ids.map(({ id }) => {
      // Four in five answer loans, as in the seed's pool.
      const { category, type } = random() < 0.8 ? pick(loanTypes) : pick(otherTypes);
      const amountMin = (BigInt(10 + Math.floor(random() * 190)) * WAN) / 10n;
      const rate = 0.025 + random() * 0.035;
      return {
        productId: id,
        version: 1,
        state: "LISTED",
        name: `基准产品 ${id.slice(0, 8)}`,
        category,
        type,
        rateMin: rate.toFixed(4),
        rateMax: (rate + 0.01).toFixed(4),
        amountMinFen: amountMin,
        amountMaxFen: amountMin * BigInt(5 + Math.floor(random() * 50)),
        termMinMonths: pick([1, 3, 6, 12]),
        termMaxMonths: pick([12, 24, 36, 60]),
        collateral: random() < 0.3 ? ["NONE"] : some(COLLATERAL_KIND_CODES, 0.4),
        tags: random() < 0.3 ? ["SRDI_CITY"] : [],
        clusters: [],
        industries: random() < 0.5 ? some(industries, 0.4) : [],
        sizeClasses: random() < 0.5 ? some(sizes, 0.5) : [],
        districts: random() < 0.2 ? [pick(["420302", "420303"])] : [],
        materials: "营业执照、财务报表",
        description: "",
        contactName: "产品经理",
        contactPhone: "0719-8000000",
        createdBy: author.id,
      };
    }),
  );
}
console.log(`${PRODUCTS} listed products: ${seconds(stepStarted)}`);

// ── Open demands, each pushed to icbc (and one in ten declined by another bank) ──────────────
stepStarted = performance.now();
const kinds: DemandKind[] = ["LOAN", "LOAN", "LOAN", "LOAN", "LEASE", "GUARANTEE", "INSURANCE"];
const demandIds: string[] = [];
for (let start = 0; start < DEMANDS; start += BATCH) {
  const count = Math.min(BATCH, DEMANDS - start);
  const rows = await db
    .insert(financingDemands)
    .values(
      Array.from({ length: count }, () => {
        const enterprise = pick(enterprises);
        return {
          enterpriseId: enterprise.id,
          regionCode: enterprise.input.districtCode,
          kind: pick(kinds),
          amountFen: (BigInt(50 + Math.floor(random() * 950)) * WAN) / 10n,
          termMonths: pick([6, 12, 24, 36]),
          purpose: "设备更新",
          collateral: some(
            COLLATERAL_KIND_CODES.filter((code) => code !== "NONE"),
            0.3,
          ),
          urgency: "NORMAL",
          status: "ADMITTED",
          openToAll: true,
          settings: DEFAULT_MARKETPLACE_SETTINGS,
          postedBy: author.id,
          postedOn: "2026-10-20",
          decidedOn: "2026-10-21",
        };
      }),
    )
    .returning({ id: financingDemands.id });
  demandIds.push(...rows.map((row) => row.id));
  await db.insert(financingDemandClaims).values([
    ...rows.map(({ id }) => ({ demandId: id, orgId: icbc, state: "PUSHED", pushedOn: "2026-10-21" })),
    ...rows
      .filter((_, i) => i % 10 === 0)
      .map(({ id }) => ({
        demandId: id,
        orgId: pick(moreBanks).id,
        state: "DECLINED",
        pushedOn: "2026-10-21",
        declineReason: "不符合准入",
      })),
  ]);
}
await db.execute(sql`vacuum analyze`);
console.log(`${DEMANDS} open demands with their pushes, vacuum analyze: ${seconds(stepStarted)}`);
console.log(`whole load ${seconds(loadStarted)}`);

// ── Measure over HTTP ─────────────────────────────────────────────────────────────────────────
process.env.CHANRONG_TODAY = DAY;
const app = await buildApp({
  database,
  storage: localDirectoryStorage(mkdtempSync(join(tmpdir(), "bench-files-"))),
});
app.get("/bench/constant", { config: { public: true } }, async () => ({ ok: true }));
const address = await app.listen({ port: 0, host: "127.0.0.1" });
async function cookieOf(username: string) {
  const signedIn = await fetch(`${address}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!signedIn.ok) throw new Error(`sign-in: HTTP ${signedIn.status} ${await signedIn.text()}`);
  return (signedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}
const bureau = await cookieOf("jxj.reviewer");
const bank = await cookieOf("icbc.reviewer");

let next = 0;
const demandMatches = () =>
  fetch(`${address}/api/v1/financing-demands/${demandIds[next++ % demandIds.length]}/matches?pageSize=10`, {
    headers: { cookie: bureau },
  });
const institutionDemands = () =>
  fetch(`${address}/api/v1/financing-matches/demands?limit=50`, { headers: { cookie: bank } });

const sample = (await (await demandMatches()).json()) as { eligibleCount: number };
const top = (await (await institutionDemands()).json()) as { total: number };
console.log(
  `\na demand's eligible products: ${sample.eligibleCount}; icbc's rankable open demands: ${top.total}`,
);

const measure = httpMeasurer(db, { concurrency: CONCURRENCY, warmUp: WARM_UP });
const baseline = await measure("baseline: constant route", REQUESTS, () =>
  fetch(`${address}/bench/constant`),
);
const results = [
  await profiled("demand-matches", () =>
    measure(`demand's top-10 of ${PRODUCTS} products`, REQUESTS, demandMatches),
  ),
  await profiled("institution-demands", () =>
    measure(
      `bank's top-50 of ${DEMANDS} open demands`,
      Math.max(CONCURRENCY, REQUESTS / 10),
      institutionDemands,
    ),
  ),
];

for (const [name, call] of [
  ["demand matches", demandMatches],
  ["institution demands", institutionDemands],
] as const) {
  const statements = await statementsOf(async () => (await call()).arrayBuffer());
  console.log(`\n${name}: ${statements.length} SQL statements`);
  for (const text of statements) console.log(`  ${text.replace(/\s+/g, " ").slice(0, 150)}`);
}

console.log(
  `\npostgresql, ${PRODUCTS} listed products over ${institutions.length} institutions (icbc ${OWN_PRODUCTS}), ` +
    `${DEMANDS} open demands, ${ENTERPRISES} enterprises, concurrency ${CONCURRENCY}, ` +
    `DB pool ${process.env.DB_POOL_SIZE ?? 10}\n`,
);
console.log(measuredRow(baseline, baseline));
for (const m of results) console.log(measuredRow(m, baseline));
await app.close();
await database.close();
