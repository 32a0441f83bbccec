import { DECIDED_CLAIM_STATES } from "@chanrong/domain";
import { and, count, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import {
  enterprises,
  enterpriseTags,
  financingDemandClaims,
  financingDemands,
  keySupportedEnterprises,
} from "../../db/schema";

/*
 * Matching reads, read-only, what scoring needs of demands, claims and enterprises, in as few
 * statements as a request allows: the rules of who may see what stay with the demands module's
 * service (routes call it first) and with the domain.
 */

/** An enterprise's recorded tags as one JSON array, so a page of profiles is one statement. */
const tagsOf = sql<{ tag: string; validFrom: string; validTo: string | null }[]>`coalesce((
  select json_agg(json_build_object('tag', ${enterpriseTags.tag}, 'validFrom', ${enterpriseTags.validFrom},
    'validTo', ${enterpriseTags.validTo}))
  from ${enterpriseTags} where ${enterpriseTags.enterpriseId} = ${enterprises.id}), '[]'::json)`;

/** The day the enterprise first went on a key-supported list (its derived tag), or null. */
const keySupportedSince = sql<string | null>`(
  select to_char(min(${keySupportedEnterprises.addedAt}) at time zone 'Asia/Shanghai', 'YYYY-MM-DD')
  from ${keySupportedEnterprises} where ${keySupportedEnterprises.enterpriseId} = ${enterprises.id})`;

const profileColumns = {
  enterpriseId: enterprises.id,
  enterpriseName: enterprises.name,
  districtCode: enterprises.districtCode,
  industryCode: enterprises.industryCode,
  sizeClass: enterprises.sizeClass,
  cluster: enterprises.cluster,
  tags: tagsOf,
  keySupportedSince,
};

export type ProfileRow = {
  enterpriseId: string;
  enterpriseName: string;
  districtCode: string;
  industryCode: string;
  sizeClass: string;
  cluster: string | null;
  tags: { tag: string; validFrom: string; validTo: string | null }[];
  keySupportedSince: string | null;
};

/** The profiles of the given enterprises, one statement (many demands share an enterprise: each profile once). */
export async function enterpriseProfiles(executor: Executor, ids: readonly string[]): Promise<ProfileRow[]> {
  if (ids.length === 0) return [];
  return executor
    .select(profileColumns)
    .from(enterprises)
    .where(inArray(enterprises.id, [...ids]));
}

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
