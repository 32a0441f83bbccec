import {
  applyClaimAction,
  type ClaimAction,
  type ClaimState,
  claimStepDue,
  DEFAULT_MARKETPLACE_SETTINGS,
  type OfficialCalendar,
  parseAnnualRate,
  parseYuan,
} from "@chanrong/domain";
import type { Database, Executor, Transaction } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import { decide } from "../../platform/workflow-refusals";
import { officialCalendar } from "../calendar/calendar.service";
import * as repo from "./demands.repository";

import { by, CLAIM, curatedRegion, isInstitution, maxClaimants, presentClaim } from "./demands.service";

/*
 * Claims on admitted demands (seed 004 §三(一) 抢单): an institution claims a demand pushed to it, makes
 * contact, approves or declines with a reason, records the funding; the enterprise confirms and rates.
 */

function claimScope(actor: Actor): repo.ClaimScope {
  if (isInstitution(actor)) return { orgId: actor.orgId };
  const region = curatedRegion(actor);
  if (region === null) throw AppError.forbidden();
  return { regionPrefix: region };
}

export async function listClaims(db: Database, actor: Actor, state?: ClaimState) {
  const rows = await repo.listClaims(db, claimScope(actor), state);
  return rows.map((row) => presentClaim(actor, row));
}

export interface ClaimActionInput {
  action: ClaimAction;
  version: number;
  note?: string | undefined;
  reason?: string | undefined;
  approvedAmount?: string | undefined;
  approvedRate?: string | undefined;
  approvedTermMonths?: number | undefined;
  creditAmount?: string | undefined;
  fundedAmount?: string | undefined;
  fundedOn?: string | undefined;
  fundedRate?: string | undefined;
  rating?: number | undefined;
  comment?: string | undefined;
}

/** A claim its institution acts on, or its demand's enterprise confirms; anyone else is told it does not exist. */
async function actionableClaim(db: Executor, actor: Actor, id: string) {
  const row = await repo.findClaim(db, id);
  const mine =
    row &&
    ((isInstitution(actor) && row.claim.orgId === actor.orgId) ||
      (actor.orgType === "ENTERPRISE" && row.demand.enterpriseId === actor.enterpriseId));
  if (!row || !mine) throw AppError.notFound(CLAIM);
  return row;
}

const positiveFen = (value: string, field: string) => {
  const fen = parseYuan(value, [field]);
  if (fen <= 0n) throw AppError.validation(field, "positive", { zh: "金额须大于零", en: "Must be positive" });
  return fen;
};

/** What each step writes on the claim besides its state, with the numbers parsed exactly. */
function stepValues(
  action: ClaimAction,
  input: ClaimActionInput,
  row: repo.ClaimWithDemand,
  day: string,
  calendar: OfficialCalendar,
) {
  const settings = row.demand.settings ?? DEFAULT_MARKETPLACE_SETTINGS;
  const due = (state: ClaimState, claimedOn: string | null) =>
    claimStepDue(state, { pushedOn: row.claim.pushedOn, claimedOn }, settings, calendar);
  switch (action) {
    case "claim":
      return { claimedOn: day, dueOn: due("CLAIMED", day), remindedOn: null };
    case "contact":
      return { dueOn: due("CONTACTED", row.claim.claimedOn), remindedOn: null };
    case "approve":
      return {
        dueOn: null,
        approvedAmountFen: positiveFen(input.approvedAmount as string, "approvedAmount"),
        approvedRate: parseAnnualRate(input.approvedRate as string, ["approvedRate"]).toString(),
        approvedTermMonths: input.approvedTermMonths ?? null,
      };
    case "decline":
      return { dueOn: null, declineReason: input.reason ?? null };
    case "fund": {
      const creditAmountFen = positiveFen(input.creditAmount as string, "creditAmount");
      const fundedAmountFen = positiveFen(input.fundedAmount as string, "fundedAmount");
      if (fundedAmountFen > creditAmountFen) {
        throw AppError.validation("fundedAmount", "within-credit", {
          zh: "放款金额不能超过授信金额",
          en: "The amount lent cannot exceed the credit granted",
        });
      }
      if ((input.fundedOn as string) > day) {
        throw AppError.validation("fundedOn", "not-future", {
          zh: "放款日期不能晚于今天",
          en: "Cannot be in the future",
        });
      }
      return {
        creditAmountFen,
        fundedAmountFen,
        fundedOn: input.fundedOn ?? null,
        fundedRate: parseAnnualRate(input.fundedRate as string, ["fundedRate"]).toString(),
      };
    }
    case "confirm":
      return { rating: input.rating ?? null, ratingComment: input.comment ?? null };
  }
}

export async function actOnClaim(
  db: Database,
  actor: Actor,
  id: string,
  input: ClaimActionInput,
  ip: string | null,
) {
  const row = await actionableClaim(db, actor, id);
  const from = row.claim.state as ClaimState;
  const to = decide(() => applyClaimAction(from, input.action, actor, input));
  // A winner's claim stops the other pushes' clocks (a new version of each): a loser is told why it lost.
  if (input.action === "claim" && row.demand.activeClaims >= maxClaimants(row.demand))
    throw claimedByAnother();
  if (input.version !== row.claim.version) throw AppError.staleVersion();
  const day = today();
  const values = stepValues(input.action, input, row, day, await officialCalendar(db));
  await db.transaction(async (tx) => {
    if (input.action === "claim") {
      const taken = await repo.takeClaimPlace(tx, row.demand.id);
      if (!taken) throw claimedByAnother();
      // Once the places are gone, the other pushes wait without a clock.
      if (taken.activeClaims >= maxClaimants(taken)) await stopPushClocks(tx, row.demand.id, row.claim.id);
    }
    const saved = await repo.updateClaim(tx, id, input.version, { state: to, ...values });
    if (!saved) throw AppError.staleVersion();
    if (input.action === "decline") await returnToPool(tx, row.demand.id, day);
    const note = input.reason ?? input.comment ?? input.note ?? null;
    await repo.insertEvents(tx, [
      {
        demandId: row.demand.id,
        claimId: id,
        action: input.action,
        fromState: from,
        toState: to,
        note,
        ...by(actor),
        businessDate: day,
      },
    ]);
    await recordAudit(tx, {
      actor,
      action: `financing-claim.${input.action}`,
      entityType: "financing-claim",
      entityId: id,
      before: row.claim,
      after: saved,
      ip,
    });
  });
  const updated = await repo.findClaim(db, id);
  if (!updated) throw AppError.notFound(CLAIM);
  return presentClaim(actor, updated);
}

const claimedByAnother = () =>
  new AppError("conflict", { zh: "该需求已被其他机构认领", en: "Another institution has claimed it" }, [
    {
      field: "action",
      rule: "claimed-by-another",
      message: { zh: "已无认领名额", en: "No claimant place left" },
    },
  ]);

async function stopPushClocks(tx: Transaction, demandId: string, exceptClaimId: string) {
  for (const push of await repo.pushedClaimsOf(tx, demandId)) {
    if (push.id !== exceptClaimId)
      await repo.updateClaim(tx, push.id, push.version, { dueOn: null, remindedOn: null });
  }
}

/**
 * Frees a claimant place (a decline or a release): the demand is back in the pool, and every
 * institution still holding the push gets a fresh claim deadline from today.
 */
export async function returnToPool(tx: Transaction, demandId: string, day: string) {
  const demand = await repo.freeClaimPlace(tx, demandId);
  const settings = demand.settings ?? DEFAULT_MARKETPLACE_SETTINGS;
  const dueOn = claimStepDue(
    "PUSHED",
    { pushedOn: day, claimedOn: null },
    settings,
    await officialCalendar(tx),
  );
  for (const push of await repo.pushedClaimsOf(tx, demandId)) {
    await repo.updateClaim(tx, push.id, push.version, { pushedOn: day, dueOn, remindedOn: null });
  }
}
