import type { BridgeLoanState } from "@chanrong/domain";
import { and, asc, desc, eq, inArray, lt, max, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import {
  bridgeFundRules,
  bridgeLoanEvents,
  bridgeLoanLetters,
  bridgeLoans,
  enterprises,
  funds,
  organisations,
  users,
} from "../../db/schema";

// The bridge loans' SQL: fund rules by version, letters, requests and their history. The service
// decides who sees what (a BridgeScope), what is allowed and what the numbers are.

export type BridgeLoanRow = typeof bridgeLoans.$inferSelect;
export type BridgeLoanValues = typeof bridgeLoans.$inferInsert;
export type LetterRow = typeof bridgeLoanLetters.$inferSelect;
export type EventValues = typeof bridgeLoanEvents.$inferInsert;

/** Whose bridge loans a caller sees. */
export type BridgeScope =
  | { kind: "all" }
  | { kind: "enterprise"; enterpriseId: string }
  | { kind: "bank"; orgId: string }
  | { kind: "manager"; orgId: string }
  | { kind: "region"; prefix: string }
  | { kind: "none" };

function scopeCondition(scope: BridgeScope): SQL | undefined {
  switch (scope.kind) {
    case "all":
      return undefined;
    case "enterprise":
      return eq(bridgeLoans.enterpriseId, scope.enterpriseId);
    case "bank":
      return eq(bridgeLoans.bankOrgId, scope.orgId);
    case "manager":
      return eq(funds.managerOrgId, scope.orgId);
    case "region":
      return sql`${funds.regionCode} like ${`${scope.prefix}%`}`;
    case "none":
      return sql`false`;
  }
}

// ── Rules ─────────────────────────────────────────────────────────────────────────────────────────

export async function latestRules(executor: Executor, fundId: string) {
  const [row] = await executor
    .select()
    .from(bridgeFundRules)
    .where(eq(bridgeFundRules.fundId, fundId))
    .orderBy(desc(bridgeFundRules.version))
    .limit(1);
  return row ?? null;
}

export async function rulesAt(executor: Executor, fundId: string, version: number) {
  const [row] = await executor
    .select()
    .from(bridgeFundRules)
    .where(and(eq(bridgeFundRules.fundId, fundId), eq(bridgeFundRules.version, version)));
  return row ?? null;
}

export function listRuleVersions(executor: Executor, fundId: string) {
  return executor
    .select({
      version: bridgeFundRules.version,
      rules: bridgeFundRules.rules,
      note: bridgeFundRules.note,
      createdAt: bridgeFundRules.createdAt,
      createdBy: users.username,
    })
    .from(bridgeFundRules)
    .leftJoin(users, eq(users.id, bridgeFundRules.createdBy))
    .where(eq(bridgeFundRules.fundId, fundId))
    .orderBy(desc(bridgeFundRules.version));
}

/** Inserts the next version; two saving at once collide on the primary key and one is refused. */
export async function insertRules(
  executor: Executor,
  values: { fundId: string; version: number; rules: unknown; note: string; createdBy: string },
) {
  await executor.insert(bridgeFundRules).values(values);
}

/** The funds that hold bridge rules, with their latest version number. */
export async function listBridgeFunds(executor: Executor) {
  return executor
    .select({
      id: funds.id,
      code: funds.code,
      name: funds.name,
      regionCode: funds.regionCode,
      managerOrgId: funds.managerOrgId,
      managerName: organisations.name,
      version: max(bridgeFundRules.version),
    })
    .from(funds)
    .innerJoin(bridgeFundRules, eq(bridgeFundRules.fundId, funds.id))
    .innerJoin(organisations, eq(organisations.id, funds.managerOrgId))
    .groupBy(funds.id, organisations.name)
    .orderBy(funds.code);
}

// ── Letters ───────────────────────────────────────────────────────────────────────────────────────

export async function insertLetter(executor: Executor, values: typeof bridgeLoanLetters.$inferInsert) {
  const [row] = await executor.insert(bridgeLoanLetters).values(values).returning();
  if (!row) throw new Error("letter not inserted");
  return row;
}

export async function findLetter(executor: Executor, id: string): Promise<LetterRow | null> {
  const [row] = await executor.select().from(bridgeLoanLetters).where(eq(bridgeLoanLetters.id, id));
  return row ?? null;
}

/** Whether a letter is already bound to a bridge loan (a letter commits to one loan only). */
export async function letterInUse(executor: Executor, id: string): Promise<boolean> {
  const rows = await executor
    .select({ id: bridgeLoans.id })
    .from(bridgeLoans)
    .where(eq(bridgeLoans.letterId, id))
    .limit(1);
  return rows.length > 0;
}

// ── Bridge loans ──────────────────────────────────────────────────────────────────────────────────

const banks = alias(organisations, "bridge_banks");
const managers = alias(organisations, "bridge_managers");

const loanColumns = {
  loan: bridgeLoans,
  enterpriseName: enterprises.name,
  bankName: banks.name,
  fundName: funds.name,
  fundRegionCode: funds.regionCode,
  managerOrgId: funds.managerOrgId,
  managerName: managers.name,
};

const selectLoans = (executor: Executor) =>
  executor
    .select(loanColumns)
    .from(bridgeLoans)
    .innerJoin(enterprises, eq(enterprises.id, bridgeLoans.enterpriseId))
    .innerJoin(banks, eq(banks.id, bridgeLoans.bankOrgId))
    .innerJoin(funds, eq(funds.id, bridgeLoans.fundId))
    .innerJoin(managers, eq(managers.id, funds.managerOrgId));

export type LoanListRow = Awaited<ReturnType<typeof listLoans>>[number];

export function listLoans(executor: Executor, scope: BridgeScope, states?: readonly BridgeLoanState[]) {
  return selectLoans(executor)
    .where(and(scopeCondition(scope), states?.length ? inArray(bridgeLoans.state, [...states]) : undefined))
    .orderBy(desc(bridgeLoans.appliedOn), desc(bridgeLoans.createdAt));
}

export async function findLoan(executor: Executor, id: string, lock = false) {
  const query = selectLoans(executor).where(eq(bridgeLoans.id, id));
  const [row] = lock ? await query.for("update", { of: bridgeLoans }) : await query;
  return row ?? null;
}

export async function insertLoan(executor: Executor, values: BridgeLoanValues) {
  const [row] = await executor.insert(bridgeLoans).values(values).returning();
  if (!row) throw new Error("bridge loan not inserted");
  return row;
}

/** Updates at the version read; null when someone changed it first. */
export async function updateLoan(
  executor: Executor,
  id: string,
  version: number,
  values: Partial<BridgeLoanValues>,
): Promise<BridgeLoanRow | null> {
  const [row] = await executor
    .update(bridgeLoans)
    .set({ ...values, version: version + 1 })
    .where(and(eq(bridgeLoans.id, id), eq(bridgeLoans.version, version)))
    .returning();
  return row ?? null;
}

/** Paid bridges whose last day of use is before `day` and not yet told at the highest level. */
export function unreturnedPastDue(executor: Executor, day: string) {
  return selectLoans(executor)
    .where(
      and(eq(bridgeLoans.state, "PAID"), lt(bridgeLoans.returnDue, day), lt(bridgeLoans.overdueLevel, 2)),
    )
    .orderBy(asc(bridgeLoans.returnDue));
}

export async function insertEvents(executor: Executor, events: EventValues[]) {
  if (events.length > 0) await executor.insert(bridgeLoanEvents).values(events);
}

export function listEvents(executor: Executor, bridgeLoanId: string) {
  return executor
    .select({
      id: bridgeLoanEvents.id,
      action: bridgeLoanEvents.action,
      fromState: bridgeLoanEvents.fromState,
      toState: bridgeLoanEvents.toState,
      reason: bridgeLoanEvents.reason,
      details: bridgeLoanEvents.details,
      businessDate: bridgeLoanEvents.businessDate,
      at: bridgeLoanEvents.at,
      actorName: users.displayName,
      actorOrgName: organisations.name,
    })
    .from(bridgeLoanEvents)
    .leftJoin(users, eq(users.id, bridgeLoanEvents.actorUserId))
    .leftJoin(organisations, eq(organisations.id, bridgeLoanEvents.actorOrgId))
    .where(eq(bridgeLoanEvents.bridgeLoanId, bridgeLoanId))
    .orderBy(asc(bridgeLoanEvents.id));
}

/** The finance and industry bureaus whose region covers `regionCode` (prefix match both ways is the service's). */
export function listBureaus(executor: Executor) {
  return executor
    .select({ id: organisations.id, type: organisations.type, regionCode: organisations.regionCode })
    .from(organisations)
    .where(inArray(organisations.type, ["FINANCE_BUREAU", "INDUSTRY_BUREAU"]));
}
