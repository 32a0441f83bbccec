import type { Executor } from "../../db/client";
import * as repo from "./monitoring-feed.repository";

/**
 * The marketplace's feed to monitoring (issue 15): how each institution answered the demands pushed
 * to it in the period, and which enterprises of a region had a demand claimed. Monitoring checks who
 * may read them before it calls.
 */
export const claimServiceFacts = (db: Executor, orgIds: string[], from: string, to: string) =>
  repo.claimServiceFacts(db, orgIds, from, to);

export const enterprisesWithClaimedDemands = (db: Executor, prefix: string, from: string, to: string) =>
  repo.enterprisesWithClaimedDemands(db, prefix, from, to);
