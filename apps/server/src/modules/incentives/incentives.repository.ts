import { and, desc, eq, inArray, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import {
  enterprises,
  fundPayments,
  funds,
  incentiveApplications,
  incentiveEvidence,
  incentivePolicies,
  incentivePolicyVersions,
  organisations,
  users,
} from "../../db/schema";

// The incentives' SQL: policies and their versions, applications and their evidence. The service decides
// who may see what (an IncentiveScope), what counts and what is refused.

export type PolicyRow = typeof incentivePolicies.$inferSelect;
export type EvidenceRow = typeof incentiveEvidence.$inferSelect;

export async function listPolicies(executor: Executor) {
  return executor
    .select({ policy: incentivePolicies, fundName: funds.name })
    .from(incentivePolicies)
    .innerJoin(funds, eq(funds.id, incentivePolicies.fundId))
    .orderBy(incentivePolicies.regionCode, incentivePolicies.code, desc(incentivePolicies.createdAt));
}

export async function findPolicy(executor: Executor, id: string): Promise<PolicyRow | null> {
  const [row] = await executor.select().from(incentivePolicies).where(eq(incentivePolicies.id, id));
  return row ?? null;
}

export async function findVersion(executor: Executor, policyId: string, version: number) {
  const [row] = await executor
    .select()
    .from(incentivePolicyVersions)
    .where(and(eq(incentivePolicyVersions.policyId, policyId), eq(incentivePolicyVersions.version, version)));
  return row ?? null;
}

export function listVersions(executor: Executor, policyId: string) {
  return executor
    .select({
      version: incentivePolicyVersions.version,
      note: incentivePolicyVersions.note,
      createdAt: incentivePolicyVersions.createdAt,
      createdBy: users.username,
    })
    .from(incentivePolicyVersions)
    .leftJoin(users, eq(users.id, incentivePolicyVersions.createdBy))
    .where(eq(incentivePolicyVersions.policyId, policyId))
    .orderBy(desc(incentivePolicyVersions.version));
}

export async function insertPolicy(
  executor: Executor,
  values: { code: string; name: string; regionCode: string; fundId: string; createdBy: string | null },
  config: unknown,
  note: string,
): Promise<PolicyRow> {
  const [row] = await executor
    .insert(incentivePolicies)
    .values({ ...values, currentVersion: 1 })
    .returning();
  if (!row) throw new Error("insert returned no row");
  await executor
    .insert(incentivePolicyVersions)
    .values({ policyId: row.id, version: 1, config, note, createdBy: values.createdBy });
  return row;
}

/** Appends version `expected + 1` of a live policy; null when someone saved (or retired it) first. */
export async function appendVersion(
  executor: Executor,
  policyId: string,
  expected: number,
  values: { name: string; config: unknown; note: string; createdBy: string },
): Promise<PolicyRow | null> {
  const [row] = await executor
    .update(incentivePolicies)
    .set({ currentVersion: sql`${incentivePolicies.currentVersion} + 1`, name: values.name })
    .where(
      and(
        eq(incentivePolicies.id, policyId),
        eq(incentivePolicies.currentVersion, expected),
        isNull(incentivePolicies.retiredAt),
      ),
    )
    .returning();
  if (!row) return null;
  await executor.insert(incentivePolicyVersions).values({
    policyId,
    version: row.currentVersion,
    config: values.config,
    note: values.note,
    createdBy: values.createdBy,
  });
  return row;
}

/** Retires a live policy at `expected`; null when it changed or was retired first. */
export async function retirePolicy(
  executor: Executor,
  policyId: string,
  expected: number,
  values: { retiredBy: string; retiredReason: string },
): Promise<PolicyRow | null> {
  const [row] = await executor
    .update(incentivePolicies)
    .set({ ...values, retiredAt: sql`now()` })
    .where(
      and(
        eq(incentivePolicies.id, policyId),
        eq(incentivePolicies.currentVersion, expected),
        isNull(incentivePolicies.retiredAt),
      ),
    )
    .returning();
  return row ?? null;
}

/**
 * Holds the transaction-scoped advisory lock of (policy, enterprise) until `tx` ends: two applications
 * of one enterprise under one policy are computed one after the other, each seeing the other's reward.
 */
export async function lockPolicyEnterprise(tx: Executor, policyId: string, enterpriseId: string) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`incentive:${policyId}`}), hashtext(${enterpriseId}))`,
  );
}

/** The policy's own lock, for a policy with a budget: every enterprise's reward counts against it. */
export async function lockPolicy(tx: Executor, policyId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`incentive-budget:${policyId}`}))`);
}

/** Rewards committed under a policy: its applications whose payment is not cancelled. */
export function committedRewards(executor: Executor, policyId: string) {
  return executor
    .select({
      enterpriseId: incentiveApplications.enterpriseId,
      submittedOn: incentiveApplications.submittedOn,
      stage: incentiveApplications.stage,
      amountFen: incentiveApplications.amountFen,
    })
    .from(incentiveApplications)
    .innerJoin(fundPayments, eq(fundPayments.id, incentiveApplications.paymentId))
    .where(and(eq(incentiveApplications.policyId, policyId), ne(fundPayments.status, "CANCELLED")));
}

/** The (policy, stage) of every application an enterprise made whose payment is not cancelled. */
export function claimedBy(executor: Executor, enterpriseId: string) {
  return executor
    .select({ policyId: incentiveApplications.policyId, stage: incentiveApplications.stage })
    .from(incentiveApplications)
    .innerJoin(fundPayments, eq(fundPayments.id, incentiveApplications.paymentId))
    .where(and(eq(incentiveApplications.enterpriseId, enterpriseId), ne(fundPayments.status, "CANCELLED")));
}

export async function insertApplication(
  executor: Executor,
  values: typeof incentiveApplications.$inferInsert,
): Promise<string> {
  const [row] = await executor
    .insert(incentiveApplications)
    .values(values)
    .returning({ id: incentiveApplications.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function insertEvidence(
  executor: Executor,
  values: typeof incentiveEvidence.$inferInsert,
): Promise<EvidenceRow> {
  const [row] = await executor.insert(incentiveEvidence).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export function findEvidence(executor: Executor, ids: readonly string[]): Promise<EvidenceRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return executor
    .select()
    .from(incentiveEvidence)
    .where(inArray(incentiveEvidence.id, [...ids]));
}

export async function findEvidenceFile(executor: Executor, id: string): Promise<EvidenceRow | null> {
  const [row] = await executor.select().from(incentiveEvidence).where(eq(incentiveEvidence.id, id));
  return row ?? null;
}

/** Binds unbound evidence uploaded by `orgId` to the application; the number bound. */
export async function bindEvidence(
  executor: Executor,
  ids: readonly string[],
  applicationId: string,
  orgId: string,
): Promise<number> {
  const bound = await executor
    .update(incentiveEvidence)
    .set({ applicationId })
    .where(
      and(
        inArray(incentiveEvidence.id, [...ids]),
        isNull(incentiveEvidence.applicationId),
        eq(incentiveEvidence.uploadedByOrg, orgId),
      ),
    )
    .returning({ id: incentiveEvidence.id });
  return bound.length;
}

export function evidenceOf(executor: Executor, applicationId: string) {
  return executor
    .select({
      id: incentiveEvidence.id,
      code: incentiveEvidence.code,
      filename: incentiveEvidence.filename,
      size: incentiveEvidence.size,
    })
    .from(incentiveEvidence)
    .where(eq(incentiveEvidence.applicationId, applicationId))
    .orderBy(incentiveEvidence.uploadedAt);
}

/** Which applications a caller may see, decided by the service. */
export type IncentiveScope =
  | { kind: "all" }
  | { kind: "own"; orgId: string; enterpriseId: string | null }
  | { kind: "region"; prefix: string }
  | { kind: "fund-manager"; orgId: string }
  | { kind: "none" };

function scopeCondition(scope: IncentiveScope): SQL | undefined {
  switch (scope.kind) {
    case "all":
      return undefined;
    case "own":
      return scope.enterpriseId
        ? sql`(${incentiveApplications.applicantOrgId} = ${scope.orgId} or ${incentiveApplications.enterpriseId} = ${scope.enterpriseId})`
        : eq(incentiveApplications.applicantOrgId, scope.orgId);
    case "region":
      return sql`${incentivePolicies.regionCode} like ${`${scope.prefix}%`}`;
    case "fund-manager":
      return eq(funds.managerOrgId, scope.orgId);
    case "none":
      return sql`false`;
  }
}

const applicationColumns = {
  application: incentiveApplications,
  policyName: incentivePolicies.name,
  // The English name lives in the version the application was made under.
  policyNameEn: sql<string>`${incentivePolicyVersions.config}->>'nameEn'`,
  policyCode: incentivePolicies.code,
  regionCode: incentivePolicies.regionCode,
  enterpriseName: enterprises.name,
  applicantName: organisations.name,
  paymentStatus: fundPayments.status,
  financeReview: fundPayments.financeReview,
  industryReview: fundPayments.industryReview,
  paidOn: fundPayments.paidOn,
  fundName: funds.name,
};

function applicationsQuery(executor: Executor) {
  return executor
    .select(applicationColumns)
    .from(incentiveApplications)
    .innerJoin(incentivePolicies, eq(incentivePolicies.id, incentiveApplications.policyId))
    .innerJoin(
      incentivePolicyVersions,
      and(
        eq(incentivePolicyVersions.policyId, incentiveApplications.policyId),
        eq(incentivePolicyVersions.version, incentiveApplications.policyVersion),
      ),
    )
    .innerJoin(funds, eq(funds.id, incentivePolicies.fundId))
    .innerJoin(enterprises, eq(enterprises.id, incentiveApplications.enterpriseId))
    .innerJoin(organisations, eq(organisations.id, incentiveApplications.applicantOrgId))
    .innerJoin(fundPayments, eq(fundPayments.id, incentiveApplications.paymentId));
}

export type ApplicationListRow = Awaited<ReturnType<typeof listApplications>>[number];

export function listApplications(executor: Executor, scope: IncentiveScope) {
  return applicationsQuery(executor)
    .where(scopeCondition(scope))
    .orderBy(desc(incentiveApplications.createdAt))
    .limit(2000);
}

export async function findApplication(executor: Executor, scope: IncentiveScope, id: string) {
  const [row] = await applicationsQuery(executor).where(
    and(eq(incentiveApplications.id, id), scopeCondition(scope)),
  );
  return row ?? null;
}
