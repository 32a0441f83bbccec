import { DECIDED_CLAIM_STATES, type MarketplaceSettings, type MatchingWeights } from "@chanrong/domain";
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lte, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import {
  enterprises,
  financingDemandBatches,
  financingDemandClaims,
  financingDemandEvents,
  financingDemands,
  financingProducts,
  financingProductVersions,
  marketplaceSettings,
  organisations,
  users,
} from "../../db/schema";

export type DemandRow = typeof financingDemands.$inferSelect;
export type ClaimRow = typeof financingDemandClaims.$inferSelect;
export type EventValues = typeof financingDemandEvents.$inferInsert;

/** Which demands a caller reads: an enterprise its own, a bureau those of its region (by code prefix). */
export type DemandScope = { enterpriseId: string } | { regionPrefix: string };

const inRegion = (column: typeof financingDemands.regionCode, prefix: string) =>
  sql`${column} like ${`${prefix}%`}`;

function demandScopeWhere(scope: DemandScope) {
  return "enterpriseId" in scope
    ? eq(financingDemands.enterpriseId, scope.enterpriseId)
    : inRegion(financingDemands.regionCode, scope.regionPrefix);
}

const officerName = sql<
  string | null
>`(select ${users.displayName} from ${users} where ${users.id} = ${financingDemands.officerUserId})`;

export async function insertDemand(executor: Executor, values: typeof financingDemands.$inferInsert) {
  const [row] = await executor.insert(financingDemands).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** The institution of the product a demand asked for (organisations joined a second time). */
const productOrg = alias(organisations, "product_org");

function demandsQuery(executor: Executor) {
  return executor
    .select({
      demand: financingDemands,
      enterpriseName: enterprises.name,
      officerName,
      batchNumber: financingDemandBatches.number,
      // The product asked for, as the version the demand was checked against names it.
      productName: financingProductVersions.name,
      productOrgId: financingProducts.orgId,
      productInstitutionName: productOrg.name,
    })
    .from(financingDemands)
    .innerJoin(enterprises, eq(enterprises.id, financingDemands.enterpriseId))
    .leftJoin(financingDemandBatches, eq(financingDemandBatches.id, financingDemands.batchId))
    .leftJoin(financingProducts, eq(financingProducts.id, financingDemands.productId))
    .leftJoin(productOrg, eq(productOrg.id, financingProducts.orgId))
    .leftJoin(
      financingProductVersions,
      and(
        eq(financingProductVersions.productId, financingDemands.productId),
        eq(financingProductVersions.version, financingDemands.productVersion),
      ),
    );
}

export type DemandWithNames = NonNullable<Awaited<ReturnType<typeof findDemand>>>;

export async function findDemand(executor: Executor, id: string) {
  const [row] = await demandsQuery(executor).where(eq(financingDemands.id, id));
  return row ?? null;
}

export async function listDemands(executor: Executor, scope: DemandScope, status?: string) {
  return demandsQuery(executor)
    .where(and(demandScopeWhere(scope), status ? eq(financingDemands.status, status) : undefined))
    .orderBy(desc(financingDemands.createdAt));
}

/** Applies a change at the version read; null when someone changed the demand first. */
export async function updateDemand(
  executor: Executor,
  id: string,
  expectedVersion: number,
  set: Partial<typeof financingDemands.$inferInsert>,
): Promise<DemandRow | null> {
  const [row] = await executor
    .update(financingDemands)
    .set({ ...set, version: sql`${financingDemands.version} + 1` })
    .where(and(eq(financingDemands.id, id), eq(financingDemands.version, expectedVersion)))
    .returning();
  return row ?? null;
}

/**
 * Takes one of the demand's claimant places if one is free. One conditional UPDATE: concurrent claims
 * queue on the row and each re-reads the count, so a single-claim demand goes to exactly one.
 */
export async function takeClaimPlace(executor: Executor, demandId: string): Promise<DemandRow | null> {
  const [row] = await executor
    .update(financingDemands)
    .set({ activeClaims: sql`${financingDemands.activeClaims} + 1` })
    .where(
      and(
        eq(financingDemands.id, demandId),
        sql`${financingDemands.activeClaims} < (${financingDemands.settings} ->> 'maxClaimants')::int`,
      ),
    )
    .returning();
  return row ?? null;
}

export async function freeClaimPlace(executor: Executor, demandId: string): Promise<DemandRow> {
  const [row] = await executor
    .update(financingDemands)
    .set({ activeClaims: sql`${financingDemands.activeClaims} - 1` })
    .where(eq(financingDemands.id, demandId))
    .returning();
  if (!row) throw new Error("no such demand");
  return row;
}

const institutionColumns = {
  id: organisations.id,
  name: organisations.name,
  orgType: organisations.type,
  institutionKind: organisations.institutionKind,
  regionCode: organisations.regionCode,
};

export async function listInstitutions(executor: Executor, orgTypes: readonly string[]) {
  return executor
    .select(institutionColumns)
    .from(organisations)
    .where(inArray(organisations.type, [...orgTypes]))
    .orderBy(organisations.name);
}

export async function findUser(executor: Executor, id: string) {
  const [row] = await executor
    .select({ id: users.id, orgId: users.orgId, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, id));
  return row ?? null;
}

export async function listOrgUsers(executor: Executor, orgId: string) {
  return executor
    .select({ id: users.id, displayName: users.displayName, username: users.username })
    .from(users)
    .where(eq(users.orgId, orgId))
    .orderBy(users.username);
}

export async function insertClaims(
  executor: Executor,
  values: (typeof financingDemandClaims.$inferInsert)[],
) {
  if (values.length === 0) return [];
  return executor.insert(financingDemandClaims).values(values).returning();
}

const claimListColumns = {
  claim: financingDemandClaims,
  orgName: organisations.name,
  demand: financingDemands,
  enterpriseName: enterprises.name,
};

function claimsQuery(executor: Executor) {
  return executor
    .select(claimListColumns)
    .from(financingDemandClaims)
    .innerJoin(organisations, eq(organisations.id, financingDemandClaims.orgId))
    .innerJoin(financingDemands, eq(financingDemands.id, financingDemandClaims.demandId))
    .innerJoin(enterprises, eq(enterprises.id, financingDemands.enterpriseId));
}

export type ClaimWithDemand = NonNullable<Awaited<ReturnType<typeof findClaim>>>;

export async function findClaim(executor: Executor, id: string) {
  const [row] = await claimsQuery(executor).where(eq(financingDemandClaims.id, id));
  return row ?? null;
}

/** Which claims a caller reads: an institution its own, a bureau its region's, an enterprise those of a demand. */
export type ClaimScope =
  | { orgId: string }
  | { regionPrefix: string }
  | { demandId: string }
  | { enterpriseId: string };

export async function listClaims(executor: Executor, scope: ClaimScope, state?: string) {
  const where =
    "orgId" in scope
      ? eq(financingDemandClaims.orgId, scope.orgId)
      : "demandId" in scope
        ? eq(financingDemandClaims.demandId, scope.demandId)
        : "enterpriseId" in scope
          ? eq(financingDemands.enterpriseId, scope.enterpriseId)
          : inRegion(financingDemands.regionCode, scope.regionPrefix);
  return claimsQuery(executor)
    .where(and(where, state ? eq(financingDemandClaims.state, state) : undefined))
    .orderBy(desc(financingDemands.createdAt), asc(organisations.name));
}

export async function updateClaim(
  executor: Executor,
  id: string,
  expectedVersion: number,
  set: Partial<typeof financingDemandClaims.$inferInsert>,
): Promise<ClaimRow | null> {
  const [row] = await executor
    .update(financingDemandClaims)
    .set({ ...set, version: sql`${financingDemandClaims.version} + 1` })
    .where(and(eq(financingDemandClaims.id, id), eq(financingDemandClaims.version, expectedVersion)))
    .returning();
  return row ?? null;
}

/** The demand's unclaimed pushes, whose claim clock starts or stops as places free up or run out. */
export async function pushedClaimsOf(executor: Executor, demandId: string) {
  return executor
    .select()
    .from(financingDemandClaims)
    .where(and(eq(financingDemandClaims.demandId, demandId), eq(financingDemandClaims.state, "PUSHED")));
}

/** Every claim whose step has a deadline, with the rules its demand keeps; optionally within a region. */
export async function claimsWithClock(executor: Executor, regionPrefix: string | null) {
  return executor
    .select({
      claim: financingDemandClaims,
      settings: financingDemands.settings,
      regionCode: financingDemands.regionCode,
      orgName: organisations.name,
      enterpriseName: enterprises.name,
    })
    .from(financingDemandClaims)
    .innerJoin(organisations, eq(organisations.id, financingDemandClaims.orgId))
    .innerJoin(financingDemands, eq(financingDemands.id, financingDemandClaims.demandId))
    .innerJoin(enterprises, eq(enterprises.id, financingDemands.enterpriseId))
    .where(
      and(
        isNotNull(financingDemandClaims.dueOn),
        regionPrefix === null ? undefined : inRegion(financingDemands.regionCode, regionPrefix),
      ),
    )
    .orderBy(financingDemandClaims.dueOn);
}

export async function insertEvents(executor: Executor, values: EventValues[]) {
  if (values.length > 0) await executor.insert(financingDemandEvents).values(values);
}

/** The institution a claim step concerns (organisations joined a second time, beside the actor's). */
const claimOrg = alias(organisations, "claim_org");

export async function eventsOf(executor: Executor, demandId: string) {
  return executor
    .select({
      id: financingDemandEvents.id,
      claimId: financingDemandEvents.claimId,
      institutionName: claimOrg.name,
      action: financingDemandEvents.action,
      fromState: financingDemandEvents.fromState,
      toState: financingDemandEvents.toState,
      note: financingDemandEvents.note,
      at: financingDemandEvents.at,
      businessDate: financingDemandEvents.businessDate,
      actorName: users.displayName,
      actorOrgName: organisations.name,
    })
    .from(financingDemandEvents)
    .leftJoin(users, eq(users.id, financingDemandEvents.actorUserId))
    .leftJoin(organisations, eq(organisations.id, financingDemandEvents.actorOrgId))
    .leftJoin(financingDemandClaims, eq(financingDemandClaims.id, financingDemandEvents.claimId))
    .leftJoin(claimOrg, eq(claimOrg.id, financingDemandClaims.orgId))
    .where(eq(financingDemandEvents.demandId, demandId))
    .orderBy(asc(financingDemandEvents.id));
}

/** The claims escalated in a region: what the bureau must follow up. */
export async function escalationsIn(executor: Executor, regionPrefix: string) {
  return executor
    .select({
      demandId: financingDemandEvents.demandId,
      claimId: financingDemandEvents.claimId,
      businessDate: financingDemandEvents.businessDate,
    })
    .from(financingDemandEvents)
    .innerJoin(financingDemands, eq(financingDemands.id, financingDemandEvents.demandId))
    .where(
      and(eq(financingDemandEvents.action, "escalate"), inRegion(financingDemands.regionCode, regionPrefix)),
    );
}

// ── Batches ─────────────────────────────────────────────────────────────────────────────────────

export async function nextBatchNumber(executor: Executor, regionCode: string): Promise<number> {
  const [row] = await executor
    .select({ last: sql<number | null>`max(${financingDemandBatches.number})` })
    .from(financingDemandBatches)
    .where(eq(financingDemandBatches.regionCode, regionCode));
  return Number(row?.last ?? 0) + 1;
}

export async function insertBatch(executor: Executor, values: typeof financingDemandBatches.$inferInsert) {
  const [row] = await executor.insert(financingDemandBatches).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Freezes the region's admitted, unbatched demands decided in the period into the batch; how many. */
export async function assignToBatch(
  executor: Executor,
  batchId: string,
  regionPrefix: string,
  period: { from: string; to: string },
): Promise<number> {
  const rows = await executor
    .update(financingDemands)
    .set({ batchId })
    .where(
      and(
        inRegion(financingDemands.regionCode, regionPrefix),
        eq(financingDemands.status, "ADMITTED"),
        isNull(financingDemands.batchId),
        gte(financingDemands.decidedOn, period.from),
        lte(financingDemands.decidedOn, period.to),
      ),
    )
    .returning({ id: financingDemands.id });
  return rows.length;
}

export async function listBatches(executor: Executor, regionCode: string | null) {
  return executor
    .select({
      batch: financingDemandBatches,
      // Spelled out: in a one-table query Drizzle leaves columns unqualified, and a bare "id" would be the demand's.
      demandCount: sql<number>`(select count(*)::int from ${financingDemands}
        where ${financingDemands.batchId} = ${financingDemandBatches}.${sql.identifier(financingDemandBatches.id.name)})`,
    })
    .from(financingDemandBatches)
    .where(regionCode === null ? undefined : eq(financingDemandBatches.regionCode, regionCode))
    .orderBy(desc(financingDemandBatches.number));
}

export async function findBatch(executor: Executor, id: string) {
  const [row] = await executor.select().from(financingDemandBatches).where(eq(financingDemandBatches.id, id));
  return row ?? null;
}

export async function demandsOfBatch(executor: Executor, batchId: string) {
  return demandsQuery(executor)
    .where(eq(financingDemands.batchId, batchId))
    .orderBy(asc(financingDemands.decidedOn), asc(enterprises.name));
}

// ── Settings ────────────────────────────────────────────────────────────────────────────────────

export async function findSettings(
  executor: Executor,
  regionCode: string,
): Promise<MarketplaceSettings | null> {
  const [row] = await executor
    .select({ settings: marketplaceSettings.settings })
    .from(marketplaceSettings)
    .where(eq(marketplaceSettings.regionCode, regionCode));
  return row?.settings ?? null;
}

/** Who last changed a region's settings and when; null while it runs on the default. */
export async function findSettingsChange(executor: Executor, regionCode: string) {
  const [row] = await executor
    .select({ changedAt: marketplaceSettings.updatedAt, changedBy: users.displayName })
    .from(marketplaceSettings)
    .innerJoin(users, eq(users.id, marketplaceSettings.updatedBy))
    .where(eq(marketplaceSettings.regionCode, regionCode));
  return row ?? null;
}

export async function saveSettings(
  executor: Executor,
  regionCode: string,
  settings: MarketplaceSettings,
  updatedBy: string,
  matchingWeights?: MatchingWeights,
) {
  await executor
    .insert(marketplaceSettings)
    .values({ regionCode, settings, updatedBy, matchingWeights: matchingWeights ?? null })
    .onConflictDoUpdate({
      target: marketplaceSettings.regionCode,
      set: { settings, updatedBy, updatedAt: sql`now()`, ...(matchingWeights ? { matchingWeights } : {}) },
    });
}

/** The matching weights the given regions set, where they set any. */
export async function findMatchingWeights(executor: Executor, regionCodes: readonly string[]) {
  return executor
    .select({
      regionCode: marketplaceSettings.regionCode,
      matchingWeights: marketplaceSettings.matchingWeights,
    })
    .from(marketplaceSettings)
    .where(
      and(
        inArray(marketplaceSettings.regionCode, [...regionCodes]),
        isNotNull(marketplaceSettings.matchingWeights),
      ),
    );
}

// ── What matching reads of the marketplace ──────────────────────────────────────────────────────

/** What an institution's open demands are cut down by in SQL: exact conditions only. */
export interface OpenDemandQuery {
  orgId: string;
  /** The institution's region prefix: it serves demands within it only. */
  regionPrefix: string;
  kinds: readonly string[];
  amountFen: { min: bigint; max: bigint };
  termMonths: { min: number; max: number };
}

/**
 * The demands pushed to the institution that it may still claim: admitted, its own push unclaimed, a
 * claimant place free. One statement whatever their number; the enterprises' profiles come apart.
 */
export async function openDemandsPushedTo(executor: Executor, query: OpenDemandQuery) {
  const d = financingDemands;
  const conditions: (SQL | undefined)[] = [
    eq(financingDemandClaims.orgId, query.orgId),
    eq(financingDemandClaims.state, "PUSHED"),
    eq(d.status, "ADMITTED"),
    sql`${d.activeClaims} < (${d.settings} ->> 'maxClaimants')::int`,
    sql`${d.regionCode} like ${`${query.regionPrefix}%`}`,
    inArray(d.kind, [...query.kinds]),
    sql`${d.amountFen} between ${query.amountFen.min} and ${query.amountFen.max}`,
    sql`${d.termMonths} between ${query.termMonths.min} and ${query.termMonths.max}`,
  ];
  return executor
    .select({
      demandId: d.id,
      claimId: financingDemandClaims.id,
      kind: d.kind,
      amountFen: d.amountFen,
      termMonths: d.termMonths,
      collateral: d.collateral,
      urgency: d.urgency,
      postedOn: d.postedOn,
      dueOn: financingDemandClaims.dueOn,
      enterpriseId: d.enterpriseId,
      enterpriseName: enterprises.name,
    })
    .from(financingDemandClaims)
    .innerJoin(d, eq(d.id, financingDemandClaims.demandId))
    .innerJoin(enterprises, eq(enterprises.id, d.enterpriseId))
    .where(and(...conditions));
}

/** Each institution's decided and funded claims: the track record matching weighs. */
export async function claimOutcomes(executor: Executor, orgIds: readonly string[]) {
  if (orgIds.length === 0) return [];
  return executor
    .select({
      orgId: financingDemandClaims.orgId,
      decided: count(),
      funded: count(financingDemandClaims.fundedAmountFen),
    })
    .from(financingDemandClaims)
    .where(
      and(
        inArray(financingDemandClaims.orgId, [...orgIds]),
        inArray(financingDemandClaims.state, [...DECIDED_CLAIM_STATES]),
      ),
    )
    .groupBy(financingDemandClaims.orgId);
}
