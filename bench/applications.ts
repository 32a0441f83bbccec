/**
 * Application workflow at scale (issue 3 point 10), PostgreSQL only: 100,000 applications
 * across 20 banks, then a bank's worklist page and a bank-approve transition under concurrent
 * clients, each reported as a ratio to a constant Fastify route measured in the same run.
 *
 *   npx tsx bench/applications.ts
 *   DATABASE_URL=postgres://user:pass@host:5432/some_bench_db npx tsx bench/applications.ts
 *
 * The database named by DATABASE_URL is DROPPED and recreated at the start (through the
 * `chanrong` database of the same server, or BENCH_ADMIN_URL), so runs are comparable.
 *
 * To try an index before proposing a migration, BENCH_TRY_SQL runs after the load, before VACUUM ANALYZE:
 *   BENCH_TRY_SQL="create index … on loan_applications (…)" npx tsx bench/applications.ts
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type ApplicationState,
  CLOCK_SLA,
  CN_OFFICIAL_CALENDAR,
  countLimit,
  dueDate,
  holderOf,
  runningClocks,
  SHIYAN_CHANLIAN_LOAN,
  SUPPLY_CHAIN_CATEGORIES,
} from "@chanrong/domain";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { buildApp } from "../apps/server/src/app";
import * as schema from "../apps/server/src/db/schema";
import { applicationClocks, loanApplications, organisations, users } from "../apps/server/src/db/schema";
import { DEMO_PASSWORD } from "../apps/server/src/demo/organisations";
import { listApplications } from "../apps/server/src/modules/applications/applications.repository";
import type { RecommendationFormFields } from "../apps/server/src/modules/applications/applications.service";
import { hashPassword } from "../apps/server/src/platform/auth/passwords";
import { localDirectoryStorage } from "../apps/server/src/platform/files/storage";
import { buildRecommendationForm, seededRandom } from "../apps/server/src/testing/factories";
import {
  type CapturedStatement,
  capturedStatementsOf,
  freshBenchDatabase,
  httpMeasurer,
  insertEnterprises,
  type Measured,
  measuredRow,
  profiled,
  seconds,
  statementsOf,
} from "./support";

const DATABASE_URL = process.env.DATABASE_URL ?? "postgres://chanrong:chanrong@127.0.0.1:5432/chanrong_bench";
const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 100_000);
const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 2_000);
const READS = Number(process.env.BENCH_REQUESTS ?? 4_000);
const TRANSITIONS = Number(process.env.BENCH_TRANSITIONS ?? 1_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const TRY_SQL = process.env.BENCH_TRY_SQL;
const WARM_UP = 50;
const BATCH = 1_000;
const PAGE_SIZE = 20;

// The 18 banks added to the seeded icbc and hbbank; `key` prefixes the reviewer's username.
const MORE_BANKS = [
  ["abc", "中国农业银行十堰分行"],
  ["boc", "中国银行十堰分行"],
  ["ccb", "中国建设银行十堰分行"],
  ["bocom", "交通银行十堰分行"],
  ["psbc", "中国邮政储蓄银行十堰市分行"],
  ["cmb", "招商银行十堰分行"],
  ["citic", "中信银行十堰分行"],
  ["cib", "兴业银行十堰分行"],
  ["spdb", "浦发银行十堰分行"],
  ["cmbc", "民生银行十堰分行"],
  ["ceb", "光大银行十堰分行"],
  ["hxb", "华夏银行十堰分行"],
  ["pab", "平安银行十堰分行"],
  ["cgb", "广发银行十堰分行"],
  ["czb", "浙商银行十堰分行"],
  ["hkb", "汉口银行十堰分行"],
  ["whrcb", "武汉农村商业银行十堰分行"],
  ["syrcb", "十堰农村商业银行"],
] as const;

/**
 * The status mix, in percent. Every bank gets exactly these shares (see stateOfSlot), so the
 * signed-in bank has 24% of its applications waiting on its review: the transitions' supply.
 */
const MIX: [percent: number, state: ApplicationState][] = [
  [14, { status: "UNDER_REVIEW", bankReview: "PENDING", guarantorReview: "PENDING" }],
  [7, { status: "UNDER_REVIEW", bankReview: "PENDING", guarantorReview: "APPROVED" }],
  [3, { status: "UNDER_REVIEW", bankReview: "PENDING", guarantorReview: "MATERIALS_REQUESTED" }],
  [3, { status: "UNDER_REVIEW", bankReview: "APPROVED", guarantorReview: "PENDING" }],
  [3, { status: "UNDER_REVIEW", bankReview: "MATERIALS_REQUESTED", guarantorReview: "PENDING" }],
  [12, { status: "SUBMITTED", bankReview: "NOT_STARTED", guarantorReview: "NOT_STARTED" }],
  [10, { status: "APPROVED", bankReview: "APPROVED", guarantorReview: "APPROVED" }],
  [8, { status: "CONTRACTED", bankReview: "APPROVED", guarantorReview: "APPROVED" }],
  [30, { status: "DISBURSED", bankReview: "APPROVED", guarantorReview: "APPROVED" }],
  [6, { status: "REJECTED", bankReview: "REJECTED", guarantorReview: "CLOSED" }],
  [4, { status: "REJECTED", bankReview: "APPROVED", guarantorReview: "REJECTED" }],
];
const SLOTS: ApplicationState[] = MIX.flatMap(([percent, state]) =>
  Array.from({ length: percent }, () => state),
);
if (SLOTS.length !== 100) throw new Error("the status mix must add up to 100%");

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

// ── Fresh database ────────────────────────────────────────────────────────────────────────
const loadStarted = performance.now();
let stepStarted = loadStarted;
const { database, orgs } = await freshBenchDatabase(DATABASE_URL);
const { db } = database;
const icbc = orgs.icbc;
const guarantor = orgs.danbao;
if (!icbc || !orgs.hbbank || !guarantor) throw new Error("seedBaseline gave no icbc, hbbank or danbao");
const programme = await db.query.programmes.findFirst({
  where: (p, { eq }) => eq(p.code, "SHIYAN-CHANLIAN"),
});
if (!programme) throw new Error("the SHIYAN-CHANLIAN preset is missing");

// One argon2 hash for every bench reviewer: hashing 18 times would only slow the load.
const passwordHash = await hashPassword(DEMO_PASSWORD);
const addedBanks = await db
  .insert(organisations)
  .values(MORE_BANKS.map(([, name]) => ({ name, type: "BANK", regionCode: "420300" })))
  .returning({ id: organisations.id, name: organisations.name });
await db.insert(users).values(
  MORE_BANKS.map(([key, name]) => ({
    orgId: addedBanks.find((b) => b.name === name)?.id ?? "",
    username: `${key}.reviewer`,
    displayName: `${name} · 审核人`,
    passwordHash,
    roles: ["reviewer"],
  })),
);
const banks = [icbc, orgs.hbbank, ...addedBanks.map((b) => b.id)];
console.log(`reset, migrated, seeded, ${banks.length} banks: ${seconds(stepStarted)}`);

// ── Enterprises, through the repository as the app writes them ────────────────────────────
stepStarted = performance.now();
const enterpriseRows: { id: string; form: RecommendationFormFields }[] = (
  await insertEnterprises(db, ENTERPRISES, 200_000)
).map(({ id, input }) => ({ id, form: buildRecommendationForm(input) }));
console.log(`${ENTERPRISES} enterprises: ${seconds(stepStarted)}`);

// ── Applications: multi-row INSERTs (the load, not what is measured) ─────────────────────
stepStarted = performance.now();
const random = seededRandom(3_010);
const now = Date.now();
const loanUses = SHIYAN_CHANLIAN_LOAN.permittedLoanUses.map((use) => use.code);
const programmeId = programme.id;
const guarantorOrgId = guarantor;

interface Awaiting {
  id: string;
  enterpriseId: string;
  version: number;
}

/** One application of a bank in a state, with the clocks its state runs: as the app would have left it. */
function newApplication(bankOrgId: string, state: ApplicationState) {
  const enterprise = enterpriseRows[Math.floor(random() * enterpriseRows.length)] ?? enterpriseRows[0];
  if (!enterprise) throw new Error("no enterprises");
  const heldSince = new Date(now - Math.floor(random() * 365 * DAY_MS));
  const submitted = new Date(heldSince.getTime() - Math.floor(random() * 30) * DAY_MS);
  const id = randomUUID();
  const row: typeof loanApplications.$inferInsert = {
    id,
    programmeId,
    programmeVersion: 1,
    enterpriseId: enterprise.id,
    bankOrgId,
    guarantorOrgId,
    // 1万–10万 yuan: an enterprise's ~50 live loans stay under the 1,000万元 ceiling that approvals check.
    amountFen: BigInt(1 + Math.floor(random() * 10)) * 1_000_000n,
    termMonths: [12, 24, 36][Math.floor(random() * 3)] ?? 12,
    loanUse: loanUses[Math.floor(random() * loanUses.length)] ?? "WORKING_CAPITAL",
    supplyChainCategory: SUPPLY_CHAIN_CATEGORIES[Math.floor(random() * SUPPLY_CHAIN_CATEGORIES.length)]?.code,
    form: enterprise.form,
    ...state,
    holders: holderOf(state),
    heldSince,
    submittedOn: isoDay(submitted),
    createdAt: new Date(submitted.getTime() - DAY_MS),
  };
  const startedOn = isoDay(heldSince);
  const clocks = runningClocks(state).map((clock) => ({
    applicationId: id,
    clock,
    startedOn,
    dueOn: dueDate(startedOn, SHIYAN_CHANLIAN_LOAN.slas[CLOCK_SLA[clock]], CN_OFFICIAL_CALENDAR),
  }));
  const awaiting: Awaiting | null =
    bankOrgId === icbc && state.status === "UNDER_REVIEW" && state.bankReview === "PENDING"
      ? { id, enterpriseId: enterprise.id, version: 1 }
      : null;
  return { row, clocks, awaiting };
}

/** `count` applications of `bankOf(i)` in `stateOf(i)`, inserted a batch at a time; those awaiting icbc. */
async function insertApplications(
  count: number,
  bankOf: (i: number) => string,
  stateOf: (i: number) => ApplicationState,
): Promise<Awaiting[]> {
  const awaiting: Awaiting[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const made = Array.from({ length: Math.min(count, start + BATCH) - start }, (_, k) =>
      newApplication(bankOf(start + k), stateOf(start + k)),
    );
    await db.transaction(async (tx) => {
      await tx.insert(loanApplications).values(made.map((m) => m.row));
      const clocks = made.flatMap((m) => m.clocks);
      if (clocks.length) await tx.insert(applicationClocks).values(clocks);
    });
    awaiting.push(...made.flatMap((m) => (m.awaiting ? [m.awaiting] : [])));
  }
  return awaiting;
}

/** The signed-in bank's applications waiting on its review, each good for one transition. */
const awaitingIcbc = await insertApplications(
  APPLICATIONS,
  // Banks round-robin and the slot advances once per round, so every bank gets the exact mix.
  (i) => banks[i % banks.length] as string,
  (i) => SLOTS[Math.floor(i / banks.length) % SLOTS.length] as ApplicationState,
);
console.log(`${APPLICATIONS} applications with their running clocks: ${seconds(stepStarted)}`);
if (TRY_SQL) {
  stepStarted = performance.now();
  await db.execute(sql.raw(TRY_SQL));
  console.log(`BENCH_TRY_SQL (${seconds(stepStarted)}): ${TRY_SQL}`);
}
// VACUUM as autovacuum would after a bulk load (its insert threshold): index-only scans need the
// visibility map it sets.
stepStarted = performance.now();
await db.execute(sql`vacuum analyze`);
console.log(`vacuum analyze: ${seconds(stepStarted)}; whole load ${seconds(loadStarted)}`);

const statusCounts = await db
  .select({ status: loanApplications.status, n: count() })
  .from(loanApplications)
  .groupBy(loanApplications.status)
  .orderBy(loanApplications.status);
const [clockCount] = await db.select({ n: count() }).from(applicationClocks);
console.log(
  `\nrows: ${statusCounts.map((s) => `${s.status} ${s.n}`).join(", ")}; ` +
    `application_clocks ${clockCount?.n ?? 0}; enterprises ${enterpriseRows.length}; banks ${banks.length}`,
);

// ── The worklist query's plan: capture the repository's own SQL, then EXPLAIN it ─────────
const worklist = await listApplications(
  db,
  { kind: "bank", orgId: icbc },
  { heldBy: "BANK" },
  { offset: 0, limit: PAGE_SIZE, countLimit: null },
);
const worklistTotal = worklist.counted;
const pages = Math.max(1, Math.min(50, Math.ceil(worklistTotal / PAGE_SIZE)));
// The middle page and the deepest the bench reads: what an offset costs against a keyset's seek.
for (const explainPage of new Set([Math.ceil(pages / 2), pages])) {
  const captured: { sql: string; params: unknown[] }[] = [];
  const probe = drizzle({
    connection: DATABASE_URL,
    schema,
    logger: { logQuery: (query, params) => captured.push({ sql: query, params }) },
  });
  const offsetAndLimit = { offset: (explainPage - 1) * PAGE_SIZE, limit: PAGE_SIZE };
  await listApplications(
    probe,
    { kind: "bank", orgId: icbc },
    { heldBy: "BANK" },
    { ...offsetAndLimit, countLimit: countLimit(offsetAndLimit) },
  );
  for (const query of captured) {
    const label = /order by/i.test(query.sql) ? `worklist page ${explainPage}` : "worklist total (count)";
    const plan = await probe.$client.query(`explain (analyze, buffers) ${query.sql}`, query.params);
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) — ${label}:\n${query.sql}\n`);
    for (const line of plan.rows) console.log(`  ${line["QUERY PLAN"]}`);
  }
  await probe.$client.end();
}

/**
 * A captured statement of one application's approval, made another's: its id and its enterprise's
 * swapped wherever they appear, ids of organisations, users and programmes kept, and every other id
 * (the rows the step inserts) new, the same new id wherever it recurs.
 */
function forApplication(
  statement: CapturedStatement,
  from: Awaiting,
  to: Awaiting,
  unchanged: ReadonlySet<string>,
): CapturedStatement {
  const minted = new Map<string, string>();
  const swap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(swap);
    if (typeof value !== "string") return value;
    if (value === from.id) return to.id;
    if (value === from.enterpriseId) return to.enterpriseId;
    if (UUID.test(value) && !unchanged.has(value)) {
      const fresh = minted.get(value) ?? randomUUID();
      minted.set(value, fresh);
      return fresh;
    }
    return value.replaceAll(from.id, to.id).replaceAll(from.enterpriseId, to.enterpriseId);
  };
  return { ...statement, values: statement.values?.map(swap) };
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// ── Measure over HTTP ─────────────────────────────────────────────────────────────────────
const app = await buildApp({
  database,
  storage: localDirectoryStorage(mkdtempSync(join(tmpdir(), "bench-files-"))),
});
app.get("/bench/constant", { config: { public: true } }, async () => ({ ok: true }));
const address = await app.listen({ port: 0, host: "127.0.0.1" });
const signedIn = await fetch(`${address}/api/v1/auth/sign-in`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ username: "icbc.reviewer", password: DEMO_PASSWORD }),
});
if (!signedIn.ok) throw new Error(`sign-in: HTTP ${signedIn.status} ${await signedIn.text()}`);
const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
const { csrfToken } = (await signedIn.json()) as { csrfToken: string };

// One more for counting a transition's statements.
const needed = WARM_UP + TRANSITIONS + 1;
if (awaitingIcbc.length < needed) {
  throw new Error(`only ${awaitingIcbc.length} applications await icbc's review; ${needed} are needed`);
}
let page = 0;
const worklistPage = () =>
  fetch(`${address}/api/v1/applications?waiting=true&page=${(page++ % pages) + 1}&pageSize=${PAGE_SIZE}`, {
    headers: { cookie },
  });
// Each call takes the next untouched application, so none answers 409.
const bankApprove = () => {
  const next = awaitingIcbc.shift();
  if (!next) throw new Error("ran out of applications awaiting review");
  return fetch(`${address}/api/v1/applications/${next.id}/actions`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", "x-csrf-token": csrfToken },
    body: JSON.stringify({ action: "bank-approve", version: next.version, opinion: "同意贷款" }),
  });
};
const measure = httpMeasurer(db, { concurrency: CONCURRENCY, warmUp: WARM_UP });
const baseline = await measure("baseline: constant route", READS, () => fetch(`${address}/bench/constant`));
const results = [
  await profiled("worklist", () =>
    measure(`bank worklist: waiting=true, pages 1–${pages} of ${PAGE_SIZE}`, READS, worklistPage),
  ),
  await profiled("bank-approve", () =>
    measure("bank-approve transition (fresh application each)", TRANSITIONS, bankApprove),
  ),
];

// Round trips: the statements one request sends, the session's included.
for (const [name, call] of [
  ["worklist page", worklistPage],
  ["bank-approve", bankApprove],
] as const) {
  const statements = await statementsOf(async () => (await call()).arrayBuffer());
  console.log(`\n${name}: ${statements.length} SQL statements`);
  for (const text of statements) console.log(`  ${text.replace(/\s+/g, " ").slice(0, 150)}`);
}

// ── The same SQL alone: each request's statements captured, then sent again straight through ──
// node-postgres on a pool of the app's size (no HTTP, Fastify, Drizzle or domain): the floor this
// SQL sets on this machine, whatever the code around it.
// One capture at a time: each wraps node-postgres while it runs.
const worklistStatements: CapturedStatement[][] = [];
for (let i = 0; i < pages; i++)
  worklistStatements.push(await capturedStatementsOf(async () => (await worklistPage()).arrayBuffer()));
// Fresh applications, all in the state of the one whose approval is captured, for the replays.
const [captured, ...supply] = await insertApplications(
  WARM_UP + TRANSITIONS + 1,
  () => icbc,
  () => ({ status: "UNDER_REVIEW", bankReview: "PENDING", guarantorReview: "PENDING" }),
);
if (!captured) throw new Error("no application to capture an approval on");
const replayable = [...supply];
awaitingIcbc.unshift(captured);
const approvalStatements = await capturedStatementsOf(async () => (await bankApprove()).arrayBuffer());
const [{ ids: unchangedIds }] = (
  await db.execute<{ ids: string[] }>(
    sql`select array(select id from organisations union all select id from users union all select id from programmes)::text[] as ids`,
  )
).rows as [{ ids: string[] }];
const unchanged = new Set(unchangedIds);
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
const replay = async (statements: readonly CapturedStatement[]) => {
  const client = await pool.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    client.release();
  }
};
let worklistReplayed = 0;
const sqlAlone = [
  await measure(`SQL alone: the worklist's ${worklistStatements[0]?.length} statements`, READS, async () => {
    await replay(worklistStatements[worklistReplayed++ % worklistStatements.length] ?? []);
    return null;
  }),
  await measure(
    `SQL alone: bank-approve's ${approvalStatements.length} statements`,
    TRANSITIONS,
    async () => {
      const next = replayable.shift();
      if (!next) throw new Error("ran out of applications to replay approvals on");
      await replay(
        approvalStatements.map((statement) => forApplication(statement, captured, next, unchanged)),
      );
      return null;
    },
  ),
];
await pool.end();
// A replay that moved nothing would be cheaper than the step: every replayed approval must have taken.
const replayed = supply.slice(0, supply.length - replayable.length).map((a) => a.id);
const [approved] = await db
  .select({ n: count() })
  .from(loanApplications)
  .where(and(inArray(loanApplications.id, replayed), eq(loanApplications.bankReview, "APPROVED")));
if (approved?.n !== replayed.length)
  throw new Error(`only ${approved?.n} of ${replayed.length} replayed approvals took effect`);

const [events] = await db.select({ n: count() }).from(schema.applicationEvents);
console.log(
  `\npostgresql, ${APPLICATIONS} applications, ${banks.length} banks, icbc worklist total ${worklistTotal}, ` +
    `concurrency ${CONCURRENCY}, DB pool ${process.env.DB_POOL_SIZE ?? 10}, ` +
    `application_events after the run ${events?.n ?? 0}\n`,
);
const row = (m: Measured) => measuredRow(m, baseline);
console.log(row(baseline));
for (const m of results) console.log(row(m));
for (const m of sqlAlone) console.log(row(m));
await app.close();
await database.close();
