import { and, eq, gte, inArray, like, lte, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { financingDemandClaims, financingDemandEvents, financingDemands } from "../../db/schema";

// The SQL of what the marketplace tells monitoring (issue 15); who may read it is decided by monitoring.

/**
 * Each claim of the institutions given that was pushed from `from` to `to`, with the business days
 * until the institution's own first step on it (null while it has taken none), how it stands, its
 * decline reason and the enterprise's rating.
 */
export async function claimServiceFacts(executor: Executor, orgIds: string[], from: string, to: string) {
  if (orgIds.length === 0) return [];
  const firstStep = sql`(select min(${financingDemandEvents.businessDate}) from ${financingDemandEvents}
    where ${financingDemandEvents.claimId} = ${financingDemandClaims.id}
      and ${financingDemandEvents.actorOrgId} = ${financingDemandClaims.orgId})`;
  return executor
    .select({
      orgId: financingDemandClaims.orgId,
      state: financingDemandClaims.state,
      declineReason: financingDemandClaims.declineReason,
      rating: financingDemandClaims.rating,
      responseDays: sql<number | null>`(${firstStep} - ${financingDemandClaims.pushedOn})`.mapWith((value) =>
        value === null ? null : Number(value),
      ),
    })
    .from(financingDemandClaims)
    .where(
      and(
        inArray(financingDemandClaims.orgId, orgIds),
        gte(financingDemandClaims.pushedOn, from),
        lte(financingDemandClaims.pushedOn, to),
      ),
    );
}

/** The enterprises of the region (code prefix) whose demands an institution claimed in the period. */
export async function enterprisesWithClaimedDemands(
  executor: Executor,
  prefix: string,
  from: string,
  to: string,
) {
  const rows = await executor
    .selectDistinct({ enterpriseId: financingDemands.enterpriseId })
    .from(financingDemands)
    .innerJoin(financingDemandClaims, eq(financingDemandClaims.demandId, financingDemands.id))
    .where(
      and(
        like(financingDemands.regionCode, `${prefix}%`),
        gte(financingDemandClaims.claimedOn, from),
        lte(financingDemandClaims.claimedOn, to),
      ),
    );
  return rows.map((row) => row.enterpriseId);
}
