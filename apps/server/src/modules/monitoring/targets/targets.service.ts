import {
  formatYuan,
  type MonitoringTargets,
  type MonitoringTargetsInput,
  parseMonitoringTargets,
  regionsCovering,
  targetsForRegion,
} from "@chanrong/domain";
import type { Database, Executor } from "../../../db/client";
import type { Actor } from "../../../platform/actor";
import { recordAudit } from "../../../platform/audit";
import { AppError } from "../../../platform/errors";
import { readableRegion, requireRegionBureau } from "../indicators.access";
import * as repo from "./targets.repository";
import type { TargetsSave } from "./targets.schemas";

/** The targets in force for a region: its own configuration over its city's and province's, over seed 004. */
export async function targetsInForce(db: Executor, regionCode: string): Promise<MonitoringTargets> {
  const rows = await repo.latestSettings(db, "TARGETS", regionsCovering(regionCode));
  const configured = new Map(
    rows.map((row) => [
      row.settings.regionCode,
      parseMonitoringTargets(row.settings.settings as MonitoringTargetsInput),
    ]),
  );
  return targetsForRegion(regionCode, configured);
}

/** Targets as the API shows them: yuan and decimal strings. */
export function targetsOut(targets: MonitoringTargets) {
  return {
    targetMonth: targets.targetMonth,
    manufacturingShare: targets.manufacturingShare,
    fundInvestment: {
      amount: formatYuan(targets.fundInvestment.amountFen),
      from: targets.fundInvestment.from,
    },
    bondFinancing: { amount: formatYuan(targets.bondFinancing.amountFen), from: targets.bondFinancing.from },
    enterprisesServedPerYear: targets.enterprisesServedPerYear,
    listingPipeline: targets.listingPipeline,
  };
}

export async function getTargets(db: Database, actor: Actor, regionCode: string) {
  const region = readableRegion(actor, regionCode);
  const [own] = await repo.latestSettings(db, "TARGETS", [region]);
  return {
    regionCode: region,
    version: own?.settings.version ?? 0,
    configured: (own?.settings.settings as MonitoringTargetsInput | undefined) ?? null,
    inForce: targetsOut(await targetsInForce(db, region)),
    savedByName: own?.savedByName ?? null,
    savedAt: own?.settings.createdAt ?? null,
  };
}

/**
 * The region's industry bureau saves its targets as a new version over the one it read (`version`,
 * 0 for none yet): a save over a newer version is refused as stale.
 */
export async function saveTargets(
  db: Database,
  actor: Actor,
  regionCode: string,
  input: TargetsSave,
  ip: string | null,
) {
  requireRegionBureau(actor, regionCode);
  parseMonitoringTargets(input.targets);
  await db.transaction(async (tx) => {
    const [own] = await repo.latestSettings(tx, "TARGETS", [regionCode]);
    if ((own?.settings.version ?? 0) !== input.version) throw AppError.staleVersion();
    const row = await repo.insertSettings(tx, {
      kind: "TARGETS",
      regionCode,
      version: input.version + 1,
      settings: input.targets,
      savedBy: actor.userId,
    });
    if (!row) throw AppError.staleVersion();
    await recordAudit(tx, {
      actor,
      action: "monitoring-targets.save",
      entityType: "monitoring-targets",
      entityId: row.id,
      before: own?.settings.settings ?? null,
      after: { regionCode, version: row.version, ...input.targets },
      ip,
    });
  });
  return getTargets(db, actor, regionCode);
}
