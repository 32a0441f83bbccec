import {
  DEFAULT_MATCHING_WEIGHTS,
  MARKETPLACE_PRESETS,
  type MarketplacePreset,
  type MarketplaceSettings,
  type MatchingWeights,
  regionPrefix,
  regionsCovering,
  validateMarketplaceSettings,
  validateMatchingWeights,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { hasRole, isPlatformAdmin } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import * as repo from "./demands.repository";
import { curatedRegion, isBureau, presentDemand, settingsOf } from "./demands.service";

/** A region's whitelist as a whole: its published batches (定期收集整理) and its claim settings. */

// ── Batches ─────────────────────────────────────────────────────────────────────────────────────

function requireCurator(actor: Actor) {
  if (!isBureau(actor)) throw AppError.forbidden();
}

export async function publishBatch(
  db: Database,
  actor: Actor,
  period: { periodFrom: string; periodTo: string },
  ip: string | null,
) {
  requireCurator(actor);
  if (!hasRole(actor, "reviewer")) throw AppError.forbidden();
  if (period.periodTo < period.periodFrom) {
    throw AppError.validation("periodTo", "date-order", {
      zh: "截止日期不能早于起始日期",
      en: "periodTo is before periodFrom",
    });
  }
  if (period.periodTo > today()) {
    throw AppError.validation("periodTo", "not-future", {
      zh: "只能发布已结束的期间",
      en: "The period must have ended",
    });
  }
  const batchId = await db.transaction(async (tx) => {
    const number = await repo.nextBatchNumber(tx, actor.orgRegionCode);
    const batch = await repo.insertBatch(tx, {
      regionCode: actor.orgRegionCode,
      number,
      periodFrom: period.periodFrom,
      periodTo: period.periodTo,
      publishedOn: today(),
      publishedBy: actor.userId,
    });
    const count = await repo.assignToBatch(tx, batch.id, regionPrefix(actor.orgRegionCode), {
      from: period.periodFrom,
      to: period.periodTo,
    });
    if (count === 0) {
      throw AppError.validation("periodFrom", "no-demands", {
        zh: "该期间没有尚未发布的白名单需求",
        en: "No admitted, unpublished demand in the period",
      });
    }
    await recordAudit(tx, {
      actor,
      action: "financing-demand.publish-batch",
      entityType: "financing-demand",
      entityId: batch.id,
      after: { ...batch, count },
      ip,
    });
    return batch.id;
  });
  const published = (await listBatches(db, actor)).find((batch) => batch.id === batchId);
  if (!published) throw new Error("the batch just published is missing");
  return published;
}

export async function listBatches(db: Database, actor: Actor) {
  const region = curatedRegion(actor);
  if (region === null) throw AppError.forbidden();
  const rows = await repo.listBatches(db, isPlatformAdmin(actor) ? null : actor.orgRegionCode);
  return rows.map(({ batch, demandCount }) => ({
    id: batch.id,
    regionCode: batch.regionCode,
    number: batch.number,
    periodFrom: batch.periodFrom,
    periodTo: batch.periodTo,
    publishedOn: batch.publishedOn,
    demandCount,
  }));
}

export async function batchDemands(db: Database, actor: Actor, batchId: string) {
  const batch = await repo.findBatch(db, batchId);
  const region = curatedRegion(actor);
  if (!batch || region === null || !batch.regionCode.startsWith(region)) {
    throw AppError.notFound({ zh: "白名单批次", en: "Whitelist batch" });
  }
  return { batch, demands: (await repo.demandsOfBatch(db, batchId)).map((row) => presentDemand(row, [])) };
}

// ── Settings ────────────────────────────────────────────────────────────────────────────────────

function requireSettingsRegion(actor: Actor, regionCode: string) {
  const allowed = isPlatformAdmin(actor) || (isBureau(actor) && actor.orgRegionCode === regionCode);
  if (!allowed)
    throw AppError.forbidden({
      zh: "只能设置本地区的对接规则",
      en: "Only the region's bureau or the platform admin",
    });
}

/** A region's settings with who last changed them and when (the change itself is in the audit log). */
async function presentSettings(db: Database, regionCode: string) {
  const [settings, matchingWeights, change] = await Promise.all([
    settingsOf(db, regionCode),
    ownMatchingWeights(db, regionCode),
    repo.findSettingsChange(db, regionCode),
  ]);
  return {
    regionCode,
    ...settings,
    matchingWeights,
    changedBy: change?.changedBy ?? null,
    changedAt: change?.changedAt ?? null,
  };
}

export async function getSettings(db: Database, actor: Actor, regionCode: string) {
  requireSettingsRegion(actor, regionCode);
  return presentSettings(db, regionCode);
}

async function ownMatchingWeights(db: Executor, regionCode: string): Promise<MatchingWeights> {
  const [row] = await repo.findMatchingWeights(db, [regionCode]);
  return row?.matchingWeights ?? DEFAULT_MATCHING_WEIGHTS;
}

/**
 * The weights matching uses for a place: those of the nearest region that set any (the district, then
 * its city, then its province), else the defaults.
 */
export async function matchingWeightsFor(db: Executor, regionCode: string): Promise<MatchingWeights> {
  const covering = regionsCovering(regionCode);
  const rows = await repo.findMatchingWeights(db, covering);
  for (const code of covering) {
    const weights = rows.find((row) => row.regionCode === code)?.matchingWeights;
    if (weights) return weights;
  }
  return DEFAULT_MATCHING_WEIGHTS;
}

export type SettingsInput = Partial<MarketplaceSettings> & {
  preset?: MarketplacePreset | undefined;
  matchingWeights?: MatchingWeights | undefined;
};

export async function saveSettings(
  db: Database,
  actor: Actor,
  regionCode: string,
  input: SettingsInput,
  ip: string | null,
) {
  requireSettingsRegion(actor, regionCode);
  if (!hasRole(actor, "reviewer", "admin")) throw AppError.forbidden();
  const { preset, matchingWeights, ...fields } = input;
  const weights = matchingWeights ? validateMatchingWeights(matchingWeights) : undefined;
  const base = preset ? MARKETPLACE_PRESETS[preset] : await settingsOf(db, regionCode);
  const settings = validateMarketplaceSettings({
    ...base,
    ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
  });
  await db.transaction(async (tx) => {
    await repo.saveSettings(tx, regionCode, settings, actor.userId, weights);
    await recordAudit(tx, {
      actor,
      action: "financing-demand.settings",
      entityType: "financing-demand",
      entityId: null,
      after: { regionCode, ...settings, ...(weights ? { matchingWeights: weights } : {}) },
      ip,
    });
  });
  return presentSettings(db, regionCode);
}
