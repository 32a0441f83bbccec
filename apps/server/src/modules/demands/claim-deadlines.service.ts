import {
  ACTIVE_CLAIM_STATES,
  type ClaimState,
  DEFAULT_MARKETPLACE_SETTINGS,
  type MarketplaceSettings,
  type OfficialCalendar,
  overdueClaimStep,
  regionCovers,
  unlessCalendarUncovered,
} from "@chanrong/domain";
import type { Database } from "../../db/client";
import { hasRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import { notifyOrganisations } from "../applications/notifications.service";
import { officialCalendar } from "../calendar/calendar.service";
import { returnToPool } from "./demand-claims.service";
import * as repo from "./demands.repository";
import { curatedRegion } from "./demands.service";

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
  const bureaus = await repo.listInstitutions(db, ["INDUSTRY_BUREAU"]);
  const calendar = await officialCalendar(db);
  for (const overdue of await repo.claimsWithClock(db, regionPrefixOrAll)) {
    const { claim, settings } = overdue;
    const step = stepOrWait(claim, day, settings ?? DEFAULT_MARKETPLACE_SETTINGS, calendar);
    if (step === "none") continue;
    const done = await db.transaction(async (tx) => {
      if (step === "remind") {
        const saved = await repo.updateClaim(tx, claim.id, claim.version, { remindedOn: day });
        if (!saved) return false;
        await repo.insertEvents(tx, [
          systemEvent(claim, "remind", claim.state, `逾期未办,期限 ${claim.dueOn}`, day),
        ]);
        await notifyOrganisations(tx, [reminderNotice(overdue)]);
        return true;
      }
      const saved = await repo.updateClaim(tx, claim.id, claim.version, { state: "RELEASED", dueOn: null });
      if (!saved) return false;
      await repo.insertEvents(tx, [
        systemEvent(claim, "escalate", claim.state, `提醒后仍未办理(期限 ${claim.dueOn}),上报经信部门`, day),
        systemEvent(claim, "release", "RELEASED", "释放回需求池,其他机构可认领", day),
      ]);
      await returnToPool(tx, claim.demandId, day);
      const bureauIds = bureaus
        .filter((bureau) => regionCovers(bureau.regionCode, overdue.regionCode))
        .map((bureau) => bureau.id);
      await notifyOrganisations(tx, escalationNotices(overdue, bureauIds));
      return true;
    });
    if (done && step === "remind") reminded += 1;
    if (done && step === "escalate") escalated += 1;
  }
  return { reminded, escalated };
}

type OverdueClaim = Awaited<ReturnType<typeof repo.claimsWithClock>>[number];

const demandLink = (claim: repo.ClaimRow) => `/financing-demands/${claim.demandId}`;

/** The bell's reminder to the institution holding the claim (written with the reminder, so once). */
function reminderNotice({ claim, enterpriseName }: OverdueClaim) {
  // A push not yet claimed is only reminded; a claim held past its step is escalated next.
  const message =
    claim.state === "PUSHED"
      ? {
          zh: `${enterpriseName}的融资需求已过认领期限(${claim.dueOn}),请尽快决定是否认领`,
          en: `${enterpriseName}'s financing demand is past its claim deadline (${claim.dueOn}): decide whether to claim it`,
        }
      : {
          zh: `${enterpriseName}的融资需求已过办理期限(${claim.dueOn}),请尽快办理,否则将上报经信部门并释放`,
          en: `${enterpriseName}'s financing demand is past its deadline (${claim.dueOn}): act on it, or it is escalated to the bureau and released`,
        };
  return { orgId: claim.orgId, kind: "claim-reminder", link: demandLink(claim), message };
}

/** The escalation and release, told to the institution that lost the claim and to the region's bureau. */
function escalationNotices({ claim, orgName, enterpriseName }: OverdueClaim, bureauIds: string[]) {
  const message = {
    zh: `${orgName}未在期限(${claim.dueOn})内办理${enterpriseName}的融资需求,已上报经信部门并释放回需求池`,
    en: `${orgName} did not act on ${enterpriseName}'s financing demand by ${claim.dueOn}: escalated to the bureau and released to the pool`,
  };
  return [claim.orgId, ...bureauIds].map((orgId) => ({
    orgId,
    kind: "claim-escalated",
    link: demandLink(claim),
    message,
  }));
}

function stepOrWait(
  claim: repo.ClaimRow,
  day: string,
  settings: MarketplaceSettings,
  calendar: OfficialCalendar,
) {
  return (
    unlessCalendarUncovered(() =>
      overdueClaimStep(
        { state: claim.state as ClaimState, dueOn: claim.dueOn, remindedOn: claim.remindedOn },
        day,
        settings,
        calendar,
      ),
    ) ?? "none"
  );
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
