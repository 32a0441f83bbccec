/**
 * The yearly interest subsidy at scale (issue 4 point 9), PostgreSQL only. Loads 100,000 programme
 * loans settled in 2025 with ten servicing events each (disbursement, interest every two months,
 * three principal repayments) by multi-row INSERTs, then does what the guarantor does in 2026 Q2 —
 * 免申即享 batches through the real services:
 *   1. startBatch: read each loan's events, derive its position, interestSubsidyOfLoan, createPayment;
 *   2. the review chain, whose city approval posts expense → payable for every line;
 *   3. execute: payLines posts one PAYMENT_PAID (payable → cash) per line, 200 lines per transaction;
 * and reports loans per second beside a baseline measured in the same run: plain multi-row INSERTs of
 * as many fund_transfers rows (their balance trigger, once per statement, included). It also times
 * pages of the guarantor's list of settled loans over all of them (paged in SQL by the stored
 * settlement day), and prints EXPLAIN (ANALYZE, BUFFERS) of the SELECTs one line's approval and
 * payment run, captured from the ledger code itself.
 *
 *   npx tsx bench/fund-subsidy.ts
 *   DATABASE_URL=postgres://user:pass@host:5432/some_bench_db BENCH_LOANS=10000 npx tsx bench/fund-subsidy.ts
 *
 * The database named by DATABASE_URL is DROPPED and recreated at the start (bench/support.ts).
 * Knobs: BENCH_LOANS, BENCH_PAID_LOANS (how many of them to pay, all by default; 0 times the list
 * alone), BENCH_ENTERPRISES, BENCH_BATCH (loans per payment), DB_POOL_SIZE.
 */
import { randomUUID } from "node:crypto";
import {
  addDays,
  addMonths,
  daysBetween,
  holderOf,
  type LoanEventType,
  SHIYAN_CHANLIAN_LOAN,
} from "@chanrong/domain";
import { and, count, eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import * as schema from "../apps/server/src/db/schema";
import {
  fundAccounts,
  fundPostings,
  funds,
  fundTransfers,
  loanApplications,
  loanEvents,
  users,
} from "../apps/server/src/db/schema";
import { SHIYAN_FUND_CODE } from "../apps/server/src/demo/seed";
import { listLoans, startBatch } from "../apps/server/src/modules/interest-subsidy/interest-subsidy.service";
import { appropriate } from "../apps/server/src/modules/ledger/funds.service";
import { cashBalance } from "../apps/server/src/modules/ledger/ledger.service";
import { actOnPayment, createPayment } from "../apps/server/src/modules/payments/payments.service";
import { setToday } from "../apps/server/src/platform/clock";
import { seededRandom } from "../apps/server/src/testing/factories";
import { transfersOf } from "../apps/server/src/testing/fund";
import { approvePayment, chainActors, ledgerProblems } from "../apps/server/src/testing/fund-reliability";
import { freshBenchDatabase, insertEnterprises, seconds } from "./support";

const DATABASE_URL =
  process.env.DATABASE_URL ?? "postgres://chanrong:chanrong@127.0.0.1:5432/chanrong_bench_fund";
const LOANS = Number(process.env.BENCH_LOANS ?? 100_000);
const PAID = Math.min(LOANS, Number(process.env.BENCH_PAID_LOANS ?? LOANS));
const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 2_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 5_000);
/** Inside 2026 Q2: the application window of every loan settled in 2025. */
const TODAY = "2026-05-15";
const ROWS_PER_INSERT = 1_000;
const BUDGET = "50000000000.00";

/** Ten events: disbursement, interest every two months at 3.45%, 20% + 30% + 50% of the principal back. */
function servicing(amountFen: bigint, disbursedOn: string) {
  const events: { type: LoanEventType; date: string; amountFen: bigint }[] = [
    { type: "DISBURSEMENT", date: disbursedOn, amountFen },
  ];
  const repaid: Record<number, bigint> = { 4: amountFen / 5n, 8: (amountFen * 3n) / 10n };
  let outstanding = amountFen;
  for (let month = 2; month <= 12; month += 2) {
    const from = addMonths(disbursedOn, month - 2);
    const on = addMonths(disbursedOn, month);
    events.push({
      type: "INTEREST_PAYMENT",
      date: on,
      amountFen: (outstanding * BigInt(daysBetween(from, on)) * 345n) / 3_600_000n,
    });
    const repayment = month === 12 ? outstanding : repaid[month];
    if (repayment) {
      events.push({ type: "PRINCIPAL_REPAYMENT", date: on, amountFen: repayment });
      outstanding -= repayment;
    }
  }
  return events;
}

// ── Load: not what is measured ────────────────────────────────────────────────────────────
const loadStarted = performance.now();
let stepStarted = loadStarted;
const { database, orgs } = await freshBenchDatabase(DATABASE_URL);
const { db } = database;
const guarantor = orgs.danbao;
const programme = await db.query.programmes.findFirst({
  where: (p, { eq }) => eq(p.code, SHIYAN_CHANLIAN_LOAN.code),
});
if (!guarantor || !orgs.icbc || !orgs.hbbank || !programme)
  throw new Error("the baseline seed is incomplete");
const banks = await Promise.all(
  [orgs.icbc, orgs.hbbank].map(async (orgId) => {
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.orgId, orgId)).limit(1);
    if (!user) throw new Error("a bank has no user to record its events");
    return { orgId, userId: user.id };
  }),
);
console.log(`reset, migrated, seeded: ${seconds(stepStarted)}`);

stepStarted = performance.now();
const enterprises = await insertEnterprises(db, ENTERPRISES, 300_000);
console.log(`${ENTERPRISES} enterprises: ${seconds(stepStarted)}`);

stepStarted = performance.now();
const random = seededRandom(4_040);
const settled = { status: "SETTLED", bankReview: "APPROVED", guarantorReview: "APPROVED" } as const;
const loanIds: string[] = [];
let eventCount = 0;
for (let start = 0; start < LOANS; start += ROWS_PER_INSERT) {
  const loans: (typeof loanApplications.$inferInsert)[] = [];
  const events: (typeof loanEvents.$inferInsert)[] = [];
  for (let i = start; i < Math.min(LOANS, start + ROWS_PER_INSERT); i++) {
    const id = randomUUID();
    const bank = banks[i % banks.length] ?? banks[0];
    const enterprise = enterprises[Math.floor(random() * enterprises.length)];
    if (!bank || !enterprise) throw new Error("no bank or enterprise");
    const amountFen = BigInt(100 + Math.floor(random() * 900)) * 1_000_000n; // 100万–1000万 yuan
    // Disbursed through 2024, twelve months each: all settled in 2025.
    const disbursedOn = addDays("2024-01-15", Math.floor(random() * 340));
    loanIds.push(id);
    loans.push({
      id,
      programmeId: programme.id,
      programmeVersion: programme.currentVersion,
      enterpriseId: enterprise.id,
      bankOrgId: bank.orgId,
      guarantorOrgId: guarantor,
      amountFen,
      termMonths: 12,
      loanUse: "WORKING_CAPITAL",
      supplyChainCategory: "VEHICLE_MAKER_SUPPLIER",
      form: {},
      ...settled,
      holders: holderOf(settled),
      submittedOn: addDays(disbursedOn, -20),
    });
    for (const event of servicing(amountFen, disbursedOn)) {
      events.push({
        applicationId: id,
        type: event.type,
        occurredOn: event.date,
        amountFen: event.amountFen,
        recordedBy: bank.userId,
        recordedByOrg: bank.orgId,
      });
    }
  }
  eventCount += events.length;
  await db.transaction(async (tx) => {
    await tx.insert(loanApplications).values(loans);
    for (let first = 0; first < events.length; first += 5 * ROWS_PER_INSERT) {
      await tx.insert(loanEvents).values(events.slice(first, first + 5 * ROWS_PER_INSERT));
    }
  });
}
await db.execute(sql`analyze`);
console.log(`${LOANS} settled loans with ${eventCount} servicing events, analyzed: ${seconds(stepStarted)}`);
console.log(`whole load: ${seconds(loadStarted)}`);

// ── Baseline: as many fund_transfers rows by plain multi-row INSERTs, in a fund of their own ──
const [baselineFund] = await db
  .insert(funds)
  .values({
    code: "BENCH-BASELINE",
    name: "基准测试资金",
    regionCode: "420300",
    managerOrgId: guarantor,
    programmeCodes: [],
  })
  .returning({ id: funds.id });
const baselineAccounts = await db
  .insert(fundAccounts)
  .values(
    (["FUND_CASH", "APPROPRIATIONS"] as const).map((kind) => ({
      fundId: baselineFund?.id ?? "",
      kind,
      normalSide: kind === "FUND_CASH" ? "debit" : "credit",
      name: kind,
    })),
  )
  .returning({ id: fundAccounts.id });
const actors = await chainActors(db);
const [baselinePosting] = await db
  .insert(fundPostings)
  .values({
    fundId: baselineFund?.id ?? "",
    idempotencyKey: "bench-baseline",
    requestHash: "-",
    kind: "APPROPRIATION",
    effectiveOn: TODAY,
    memo: "基准",
    recordedBy: actors.guarantor.userId,
    recordedByOrg: guarantor,
  })
  .returning({ id: fundPostings.id });
const [cash, appropriations] = baselineAccounts;
if (!baselinePosting || !cash || !appropriations) throw new Error("baseline set-up failed");
// A fund in its second year: last year's postings, one transfer each, and a payable per enterprise paid
// then, in the baseline's own books, analysed. On empty ledger tables every pooled connection plans the
// foreign-key checks (a transfer's posting and accounts) as sequential scans and keeps those plans while
// the tables grow by tens of thousands of rows: a cost of a fresh database only, most of a payment run's.
stepStarted = performance.now();
await db.execute(sql`
  insert into ${fundAccounts} (fund_id, kind, normal_side, beneficiary_enterprise_id, name)
  select ${baselineFund?.id}, 'PAYABLE', 'credit', id, name from enterprises`);
await db.execute(sql`
  with history as (
    insert into ${fundPostings} (fund_id, idempotency_key, request_hash, kind, effective_on, memo, recorded_by, recorded_by_org)
    select ${baselineFund?.id}, 'bench-history-' || n, '-', 'APPROPRIATION', '2025-06-30', '上年度', ${actors.guarantor.userId}, ${guarantor}
    from generate_series(1, ${LOANS}) as n
    returning id
  )
  insert into ${fundTransfers} (posting_id, debit_account_id, credit_account_id, amount_fen)
  select id, ${cash.id}, ${appropriations.id}, 100 from history`);
await db.execute(sql`analyze`);
console.log(`last year's ${LOANS} postings, analyzed: ${seconds(stepStarted)}`);
const baselineStarted = performance.now();
for (let start = 0; start < PAID; start += ROWS_PER_INSERT) {
  await db.insert(fundTransfers).values(
    Array.from({ length: Math.min(ROWS_PER_INSERT, PAID - start) }, () => ({
      postingId: baselinePosting.id,
      debitAccountId: cash.id,
      creditAccountId: appropriations.id,
      amountFen: 8_127_778n,
    })),
  );
}
const baselineSeconds = (performance.now() - baselineStarted) / 1000;
console.log(`baseline: ${PAID} fund_transfers rows in ${baselineSeconds.toFixed(1)} s`);

// ── The platform ──────────────────────────────────────────────────────────────────────────
setToday(TODAY);
const [fund] = await db.select().from(funds).where(eq(funds.code, SHIYAN_FUND_CODE));
if (!fund) throw new Error("the seeded fund is missing");
await appropriate(
  db,
  actors.finance,
  fund.id,
  { amount: BUDGET, date: "2026-01-15", memo: "2026年度专项资金", idempotencyKey: "bench-budget-2026" },
  null,
);
const cashBefore = await cashBalance(db, fund.id);

// The guarantor's 免申即享 list over every settled loan, before any is paid: the first page, one deep in
// the list, the last, and the first of the loans whose window is open, each timed on its own.
const listPages: { label: string; filter: Parameters<typeof listLoans>[2] }[] = [
  { label: "unclaimed, page 1", filter: { unclaimed: true, page: 1, pageSize: 20 } },
  { label: "all, page 1", filter: { page: 1, pageSize: 20 } },
  { label: "all, page 500", filter: { page: 500, pageSize: 20 } },
  { label: "all, last page", filter: { page: Math.ceil(LOANS / 20), pageSize: 20 } },
  { label: "window open, page 2", filter: { windowState: "OPEN", page: 2, pageSize: 20 } },
];
const listTimes: number[] = [];
for (const { label, filter } of listPages) {
  stepStarted = performance.now();
  const listed = await listLoans(db, actors.guarantor, filter).then(
    (page) => `${page.items.length} of ${page.total} loans`,
    (error: Error) => `FAILED: ${((error.cause as Error | undefined) ?? error).message.slice(0, 300)}`,
  );
  listTimes.push(performance.now() - stepStarted);
  console.log(`guarantor's list (listLoans, ${label}): ${listed} in ${listTimes.at(-1)?.toFixed(0)} ms`);
}
const listMs = listTimes.reduce((sum, ms) => sum + ms, 0) / listTimes.length;

const spent = { compute: 0, approve: 0, pay: 0 };
const timed = async <T>(phase: keyof typeof spent, work: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await work();
  spent[phase] += (performance.now() - started) / 1000;
  return result;
};
const platformStarted = performance.now();
for (let start = 0; start < PAID; start += BATCH) {
  const chunk = loanIds.slice(start, Math.min(PAID, start + BATCH));
  const { paymentId } = await timed("compute", () => startBatch(db, actors.guarantor, chunk, null));
  const version = await timed("approve", () => approvePayment(db, actors, paymentId));
  const transfers = await transfersOf(db, paymentId, "bench");
  const paid = await timed("pay", () =>
    actOnPayment(
      db,
      actors.guarantor,
      paymentId,
      {
        action: "execute",
        version,
        idempotencyKey: `bench-${paymentId}`,
        transfers,
      },
      null,
    ),
  );
  if (paid.status !== "PAID") throw new Error(`payment ${paymentId} ended ${paid.status}`);
  console.log(
    `  loans ${start + 1}–${start + chunk.length}: compute ${spent.compute.toFixed(1)} s, ` +
      `approve ${spent.approve.toFixed(1)} s, pay ${spent.pay.toFixed(1)} s so far`,
  );
}
const platformSeconds = (performance.now() - platformStarted) / 1000;

// ── The books after: every loan paid once, and they reconcile ────────────────────────────
stepStarted = performance.now();
const [paidPostings] = await db
  .select({ n: count() })
  .from(fundPostings)
  .where(and(eq(fundPostings.fundId, fund.id), eq(fundPostings.kind, "PAYMENT_PAID")));
const [paidTotal] = await db
  .select({ fen: sql<string>`coalesce(sum(${schema.fundPaymentLines.amountFen}), 0)::text` })
  .from(schema.fundPaymentLines);
const problems = await ledgerProblems(db);
const cashAfter = await cashBalance(db, fund.id);
if (paidPostings?.n !== PAID || cashBefore - cashAfter !== BigInt(paidTotal?.fen ?? "0") || problems.length) {
  throw new Error(
    `the books do not reconcile: ${paidPostings?.n} postings; ${problems.slice(0, 5).join("; ")}`,
  );
}
console.log(
  `reconciled: ${paidPostings.n} PAYMENT_PAID postings, ${Number(paidTotal?.fen ?? 0) / 100} yuan paid, ` +
    `trial balance and cached totals sound (${seconds(stepStarted)})`,
);

// ── Where one line's time goes: the ledger's own SELECTs, captured and explained ──────────
// One of each statement; the ledger's account lookup once per account kind (expense, payable, cash).
const captured = new Map<string, { query: string; params: unknown[] }>();
const probe = drizzle({
  connection: DATABASE_URL,
  schema,
  logger: {
    logQuery: (query, params) =>
      captured.set(/from "fund_accounts"/.test(query) ? `${query} ${String(params[1])}` : query, {
        query,
        params,
      }),
  },
});
const [sample] = enterprises;
if (!sample) throw new Error("no enterprises");
const explained = await probe.transaction((tx) =>
  createPayment(tx, actors.guarantor, {
    fund,
    kind: "INTEREST_SUBSIDY",
    title: { zh: "EXPLAIN 样本", en: "EXPLAIN sample" },
    lines: [
      {
        subject: "BENCH:EXPLAIN",
        beneficiary: { enterpriseId: sample.id, name: sample.input.name },
        amountFen: 100n,
        working: {},
      },
    ],
  }),
);
captured.clear();
const explainedVersion = await approvePayment(probe, actors, explained);
await actOnPayment(
  probe,
  actors.guarantor,
  explained,
  {
    action: "execute",
    version: explainedVersion,
    idempotencyKey: "bench-explain",
    transfers: await transfersOf(probe, explained, "bench"),
  },
  null,
);
for (const { query, params } of captured.values()) {
  if (!/^select/i.test(query) || !/fund_accounts|fund_payment_lines/.test(query)) continue;
  const plan = await probe.$client.query(`explain (analyze, buffers) ${query}`, params);
  console.log(
    `\nEXPLAIN (ANALYZE, BUFFERS):\n${query}\nparams: ${JSON.stringify(params, (_key, value) => (typeof value === "bigint" ? `${value}` : value))}\n`,
  );
  for (const line of plan.rows) console.log(`  ${line["QUERY PLAN"]}`);
}
await probe.$client.end();

// ── Figures ──────────────────────────────────────────────────────────────────────────────
const [accounts] = await db.select({ n: count() }).from(fundAccounts);
const [transfers] = await db.select({ n: count() }).from(fundTransfers);
const baselineRate = PAID / baselineSeconds;
const platformRate = PAID / platformSeconds;
console.log(
  `\npostgresql, ${LOANS} settled loans, ${eventCount} servicing events, ${ENTERPRISES} enterprises, ` +
    `payments of ${BATCH} loans, DB pool ${process.env.DB_POOL_SIZE ?? 10}; after the run ` +
    `${accounts?.n ?? 0} fund accounts, ${transfers?.n ?? 0} fund_transfers rows\n`,
);
const row = (name: string, secondsTaken: number, rate: string) =>
  `${name.padEnd(66)} ${secondsTaken.toFixed(1).padStart(8)} s  ${rate}`;
console.log(
  row(
    `platform: the guarantor's 免申即享 list over ${LOANS} settled loans, a page`,
    listMs / 1000,
    `${listMs.toFixed(0).padStart(7)} ms a page (mean of ${listTimes.length})`,
  ),
);
if (PAID > 0) {
  console.log(
    row(
      `baseline: multi-row INSERT of ${PAID} fund_transfers rows`,
      baselineSeconds,
      `${baselineRate.toFixed(0).padStart(7)} rows/s`,
    ),
  );
  console.log(
    row(
      `platform: yearly interest subsidy of ${PAID} loans, computed and paid`,
      platformSeconds,
      `${platformRate.toFixed(0).padStart(7)} loans/s  ×${(baselineRate / platformRate).toFixed(1)} baseline time`,
    ),
  );
  for (const [phase, label] of [
    ["compute", "  1. startBatch: events → position → subsidy → createPayment"],
    ["approve", "  2. review chain; the city's approval posts every payable"],
    ["pay", "  3. execute: payLines, a PAYMENT_PAID posting per line, 2,000 lines a transaction"],
  ] as const) {
    console.log(row(label, spent[phase], `${(PAID / spent[phase]).toFixed(0).padStart(7)} loans/s`));
  }
}
await database.close();
