import { and, type Column, eq, gte, inArray, like, lte, max, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { bankStatisticsLines, bankStatisticsSubmissions, organisations } from "../../../db/schema";

// Query builders, not promises, so the benchmark can EXPLAIN the very statements.
// The dashboard's sums over the banks' live statistics, added up in SQL (one row per month, bank or
// district/cluster), so a request reads a few hundred rows whatever the history. Who sees what is the
// service's DashboardScope.

/** Every bank of a region (by code prefix), or one bank of it. */
export interface DashboardScope {
  regionPrefix: string;
  bankOrgId: string | null;
}

/** Which line of each submission is summed: the bank's total, or one district's or cluster's part. */
export type LineFilter = { dimension: "TOTAL"; key: "" } | { dimension: "DISTRICT" | "CLUSTER"; key: string };

const s = bankStatisticsSubmissions;
const l = bankStatisticsLines;

function inScope(scope: DashboardScope): SQL | undefined {
  return and(
    eq(s.live, true),
    like(s.regionCode, `${scope.regionPrefix}%`),
    scope.bankOrgId ? eq(s.bankOrgId, scope.bankOrgId) : undefined,
  );
}

// sum() of bigint is numeric: read as text, turned into bigint by the service (exact).
const total = (column: SQL | Column) => sql<string>`coalesce(sum(${column}), 0)::text`;
const sums = {
  // One live submission per bank and month, one line per dimension and key in it: rows are banks.
  // (count(distinct) would sort the rows by collation, several times slower than hashing them.)
  banks: sql<number>`count(*)::int`,
  allLoansFen: total(sql`${s.allLoansBalanceFen}`),
  balanceFen: total(l.balanceFen),
  mediumLongTermBalanceFen: total(l.mediumLongTermBalanceFen),
  creditBalanceFen: total(l.creditBalanceFen),
  newLoansFen: total(l.newLoansFen),
  newMediumLongTermFen: total(l.newMediumLongTermFen),
  newCreditFen: total(l.newCreditFen),
};
/** By district or cluster, allLoansFen counts a submission once per part: only the totals' is read. */
export type Sums = { [K in keyof typeof sums]: K extends "banks" ? number : string };

/**
 * The lines of a few months' live submissions in scope: their ids are gathered first (banks × 2), so
 * PostgreSQL reads just their lines by the lines' unique index instead of hashing every line of the
 * dimension (EXPLAIN in bench/monitoring-dashboard.ts).
 */
function linesOf(
  executor: Executor,
  scope: DashboardScope,
  months: SQL | undefined,
  dimension: string,
  key?: string,
) {
  const ids = executor
    .select({ id: s.id })
    .from(s)
    .where(and(inScope(scope), months));
  return and(
    sql`${l.submissionId} = any(array(${ids}))`,
    eq(l.dimension, dimension),
    key === undefined ? undefined : eq(l.key, key),
  );
}

/** The latest month with a live submission in scope, or null when there is none. */
export async function latestMonth(executor: Executor, scope: DashboardScope): Promise<string | null> {
  const [row] = await executor
    .select({ month: max(s.month) })
    .from(s)
    .where(inScope(scope));
  return row?.month ?? null;
}

/**
 * The scope's sums of one line, month by month from `from` to `to`: up to banks × months lines, read
 * by the lines' (dimension, key) index and joined to the submissions in scope.
 */
export function sumsByMonth(
  executor: Executor,
  scope: DashboardScope,
  line: LineFilter,
  from: string,
  to: string,
) {
  return executor
    .select({ month: s.month, ...sums })
    .from(s)
    .innerJoin(l, and(eq(l.submissionId, s.id), eq(l.dimension, line.dimension), eq(l.key, line.key)))
    .where(and(inScope(scope), gte(s.month, from), lte(s.month, to)))
    .groupBy(s.month)
    .orderBy(s.month);
}

/** Each bank's sums of one line in the given months, with its name. */
export function sumsByBank(executor: Executor, scope: DashboardScope, line: LineFilter, months: string[]) {
  return executor
    .select({ month: s.month, bankOrgId: s.bankOrgId, bankName: organisations.name, ...sums })
    .from(l)
    .innerJoin(s, eq(s.id, l.submissionId))
    .innerJoin(organisations, eq(organisations.id, s.bankOrgId))
    .where(linesOf(executor, scope, inArray(s.month, months), line.dimension, line.key))
    .groupBy(s.month, s.bankOrgId, organisations.name);
}

/** The scope's sums by district or by cluster in the given months. */
export function sumsByPart(
  executor: Executor,
  scope: DashboardScope,
  dimension: "DISTRICT" | "CLUSTER",
  months: string[],
) {
  return executor
    .select({ month: s.month, key: l.key, ...sums })
    .from(l)
    .innerJoin(s, eq(s.id, l.submissionId))
    .where(linesOf(executor, scope, inArray(s.month, months), dimension))
    .groupBy(s.month, l.key);
}
