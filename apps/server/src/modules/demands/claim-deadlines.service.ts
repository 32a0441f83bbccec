import {
  ACTIVE_CLAIM_STATES,
  type ClaimState,
  CN_OFFICIAL_CALENDAR,
  DEFAULT_MARKETPLACE_SETTINGS,
  DomainValidationError,
  type MarketplaceSettings,
  overdueClaimStep,
} from "@chanrong/domain";
import type { Database } from "../../db/client";
import { hasRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import * as repo from "./demands.repository";
import { curatedRegion, returnToPool } from "./demands.service";

/**
 * Reminds every claim past its step's deadline once, then escalates it to the bureau and releases it
 * back to the pool (issue 12 point 4). Idempotent: a reminded claim is not reminded again, a released
 * one has no clock, and each change is made at the version read. A claim whose deadline the official
 * calendar cannot date yet (the next year not entered) waits for it rather than guessing.
 */
export async function runDeadlines(db: Database, regionPrefixOrAll: string | null) {
  const day = today();
  let reminded = 0;
  let escalated = 0;
  for (const { claim, settings } of await repo.claimsWithClock(db, regionPrefixOrAll)) {
    const step = stepOrWait(claim, day, settings ?? DEFAULT_MARKETPLACE_SETTINGS);
    if (step === "none") continue;
    const done = await db.transaction(async (tx) => {
      if (step === "remind") {
        const saved = await repo.updateClaim(tx, claim.id, claim.version, { remindedOn: day });
        if (saved)
          await repo.insertEvents(tx, [
            systemEvent(claim, "remind", claim.state, `逾期未办,期限 ${claim.dueOn}`, day),
          ]);
        return saved !== null;
      }
      const saved = await repo.updateClaim(tx, claim.id, claim.version, { state: "RELEASED", dueOn: null });
      if (!saved) return false;
      await repo.insertEvents(tx, [
        systemEvent(claim, "escalate", claim.state, `提醒后仍未办理(期限 ${claim.dueOn}),上报经信部门`, day),
        systemEvent(claim, "release", "RELEASED", "释放回需求池,其他机构可认领", day),
      ]);
      await returnToPool(tx, claim.demandId, day);
      return true;
    });
    if (done && step === "remind") reminded += 1;
    if (done && step === "escalate") escalated += 1;
  }
  return { reminded, escalated };
}

function stepOrWait(claim: repo.ClaimRow, day: string, settings: MarketplaceSettings) {
  try {
    return overdueClaimStep(
      { state: claim.state as ClaimState, dueOn: claim.dueOn, remindedOn: claim.remindedOn },
      day,
      settings,
      CN_OFFICIAL_CALENDAR,
    );
  } catch (error) {
    if (error instanceof DomainValidationError && error.issues[0]?.rule === "calendar-not-covered")
      return "none";
    throw error;
  }
}

function systemEvent(
  claim: repo.ClaimRow,
  action: "remind" | "escalate" | "release",
  toState: string,
  note: string,
  day: string,
): repo.EventValues {
  return {
    demandId: claim.demandId,
    claimId: claim.id,
    action,
    fromState: claim.state,
    toState,
    note,
    businessDate: day,
  };
}

/** The bureau (or platform admin) runs the deadline check now for its region rather than waiting for the hour. */
export async function runDeadlinesFor(db: Database, actor: Actor) {
  const region = curatedRegion(actor);
  if (region === null || !hasRole(actor, "reviewer", "operator")) throw AppError.forbidden();
  return runDeadlines(db, region === "" ? null : region);
}

/** Per institution in the bureau's region: open, overdue, declined, released and funded claims. */
export async function institutionSummary(db: Database, actor: Actor) {
  const region = curatedRegion(actor);
  if (region === null) throw AppError.forbidden();
  const day = today();
  const rows = await repo.listClaims(db, { regionPrefix: region });
  const byOrg = new Map<
    string,
    {
      orgId: string;
      orgName: string;
      open: number;
      overdue: number;
      declined: number;
      released: number;
      funded: number;
    }
  >();
  for (const { claim, orgName } of rows) {
    const entry = byOrg.get(claim.orgId) ?? {
      orgId: claim.orgId,
      orgName,
      open: 0,
      overdue: 0,
      declined: 0,
      released: 0,
      funded: 0,
    };
    const state = claim.state as ClaimState;
    if (ACTIVE_CLAIM_STATES.includes(state) && state !== "FUNDED") entry.open += 1;
    if (claim.dueOn && state !== "PUSHED" && claim.dueOn < day) entry.overdue += 1;
    if (state === "DECLINED") entry.declined += 1;
    if (state === "RELEASED") entry.released += 1;
    if (state === "FUNDED" || (state === "CLOSED" && claim.fundedAmountFen !== null)) entry.funded += 1;
    byOrg.set(claim.orgId, entry);
  }
  return [...byOrg.values()].sort((a, b) => a.orgName.localeCompare(b.orgName, "zh"));
}
