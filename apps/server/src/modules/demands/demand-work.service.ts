import {
  ACTIVE_CLAIM_STATES,
  type ClaimState,
  DEFAULT_MARKETPLACE_SETTINGS,
  formatYuan,
  INSTITUTION_ORG_TYPES,
  slaState,
} from "@chanrong/domain";
import type { Database } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { today } from "../../platform/clock";
import * as repo from "./demands.repository";
import { curatedRegion, isBureau } from "./demands.service";

/** What waits on a financing demand, each opened on the demand's page (one item per demand and kind). */
export type DemandWorkKind =
  | "demand-curation"
  | "claim-escalated"
  | "demand-push"
  | "claim-step"
  | "claim-outcome";

export interface DemandWorkItem {
  kind: DemandWorkKind;
  demandId: string;
  enterpriseName: string;
  /** The institution(s) concerned, or the demand's purpose when none is. */
  context: string;
  amount: string;
  status: string;
  since: string;
  dueOn: string | null;
}

type ClaimListRow = Awaited<ReturnType<typeof repo.listClaims>>[number];

const maxClaimants = (demand: repo.DemandRow) =>
  (demand.settings ?? DEFAULT_MARKETPLACE_SETTINGS).maxClaimants;

/** The soonest due first, then the longest waiting, so the few shown are the most pressing. */
const bySoonestDue = (a: DemandWorkItem, b: DemandWorkItem) =>
  (a.dueOn ?? "9999-12-31").localeCompare(b.dueOn ?? "9999-12-31") || a.since.localeCompare(b.since);

const claimItem = (kind: DemandWorkKind, row: ClaimListRow, since: string): DemandWorkItem => ({
  kind,
  demandId: row.demand.id,
  enterpriseName: row.enterpriseName,
  context: row.demand.purpose,
  amount: formatYuan(row.demand.amountFen),
  status: row.claim.state,
  since,
  dueOn: row.claim.dueOn,
});

/** One item per demand: several claims of a demand (several claimants) are named together. */
function perDemand(kind: DemandWorkKind, rows: ClaimListRow[], since: (row: ClaimListRow) => string) {
  const byDemand = new Map<string, DemandWorkItem>();
  for (const row of rows) {
    const seen = byDemand.get(row.demand.id);
    if (seen) seen.context = `${seen.context}、${row.orgName}`;
    else byDemand.set(row.demand.id, { ...claimItem(kind, row, since(row)), context: row.orgName });
  }
  return [...byDemand.values()];
}

/**
 * The bureau's: demands awaiting curation, and demands whose claim was escalated and that no institution
 * has taken up since (back in the pool, nobody serving them).
 */
async function bureauWork(db: Database, region: string): Promise<DemandWorkItem[]> {
  const [submitted, claims, escalations] = await Promise.all([
    repo.listDemands(db, { regionPrefix: region }, "SUBMITTED"),
    repo.listClaims(db, { regionPrefix: region }),
    repo.escalationsIn(db, region),
  ]);
  const curation = submitted.map(({ demand, enterpriseName }) => ({
    kind: "demand-curation" as const,
    demandId: demand.id,
    enterpriseName,
    context: demand.purpose,
    amount: formatYuan(demand.amountFen),
    status: demand.status,
    since: demand.postedOn,
    dueOn: null,
  }));
  const served = new Set(
    claims
      .filter(
        ({ claim }) => ACTIVE_CLAIM_STATES.includes(claim.state as ClaimState) || claim.state === "CLOSED",
      )
      .map(({ claim }) => claim.demandId),
  );
  const escalatedOn = new Map(escalations.map((event) => [event.claimId, event.businessDate]));
  const unresolved = claims.filter(({ claim }) => escalatedOn.has(claim.id) && !served.has(claim.demandId));
  return [
    ...curation,
    ...perDemand("claim-escalated", unresolved, ({ claim }) => escalatedOn.get(claim.id) ?? ""),
  ];
}

/**
 * An institution's: pushes it can still claim (with the claim deadline), and its claims whose next step
 * (first contact, decision) has a deadline running.
 */
async function institutionWork(db: Database, orgId: string): Promise<DemandWorkItem[]> {
  const claims = await repo.listClaims(db, { orgId });
  return claims.flatMap((row) => {
    const { claim, demand } = row;
    if (!claim.dueOn) return [];
    if (claim.state === "PUSHED")
      return demand.activeClaims < maxClaimants(demand)
        ? [claimItem("demand-push", row, claim.pushedOn)]
        : [];
    return [claimItem("claim-step", row, claim.claimedOn ?? claim.pushedOn)];
  });
}

/** An enterprise's: outcomes (funded or declined) it has still to confirm and rate. */
async function enterpriseWork(db: Database, enterpriseId: string): Promise<DemandWorkItem[]> {
  const outcomes = (await repo.listClaims(db, { enterpriseId })).filter(
    ({ claim }) => claim.state === "FUNDED" || claim.state === "DECLINED",
  );
  return perDemand(
    "claim-outcome",
    outcomes,
    ({ claim }) => claim.fundedOn ?? claim.claimedOn ?? claim.pushedOn,
  );
}

/** What the financing marketplace has waiting for the caller's organisation, for the workbench. */
export async function demandsAwaitingWork(db: Database, actor: Actor, shown: number) {
  const region = isBureau(actor) ? curatedRegion(actor) : null;
  const items =
    region !== null
      ? await bureauWork(db, region)
      : INSTITUTION_ORG_TYPES.includes(actor.orgType)
        ? await institutionWork(db, actor.orgId)
        : actor.orgType === "ENTERPRISE" && actor.enterpriseId
          ? await enterpriseWork(db, actor.enterpriseId)
          : [];
  const day = today();
  return {
    items: items
      .sort(bySoonestDue)
      .slice(0, shown)
      .map((item) => ({ ...item, sla: item.dueOn ? slaState(item.dueOn, day) : null })),
    total: items.length,
  };
}
