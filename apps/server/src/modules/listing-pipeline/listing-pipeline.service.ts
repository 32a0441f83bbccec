import {
  checkReachedOn,
  checkStageMove,
  type PipelineFacts,
  type PipelineStage,
  pipelineFunnel,
  quotationReward,
  rewardStagesReached,
  type TargetBoard,
  type Term,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { hasRole, regionCovers, regionPrefix } from "../../platform/access";
import type { Actor, OrgType } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import { findEnterprise } from "../enterprises/enterprises.service";
import { listingRewardOffersFor, offerNewListingRewards } from "../incentives/offers.service";
import * as repo from "./listing-pipeline.repository";
import type { DetailsInput, EntriesQuery, EntryInput, StageMoveInput } from "./listing-pipeline.schemas";

const NOT_FOUND: Term = { zh: "上市培育企业", en: "Listing pipeline entry" };

/** Those who read a region's pool; the industry bureau also keeps it. */
const REGIONAL_READERS: readonly OrgType[] = [
  "INDUSTRY_BUREAU",
  "FINANCE_BUREAU",
  "CITY_GOVERNMENT",
  "SECURITIES_REGULATOR",
  "PROVINCE",
  "MINISTRY",
  "PLATFORM_ADMIN",
];

function scopeOf(actor: Actor): repo.PipelineScope {
  if (REGIONAL_READERS.includes(actor.orgType))
    return { kind: "region", prefix: regionPrefix(actor.orgRegionCode) };
  if (actor.orgType === "ENTERPRISE" && actor.enterpriseId)
    return { kind: "enterprise", enterpriseId: actor.enterpriseId };
  throw AppError.forbidden({
    zh: "上市培育库仅向经信、财政、证券监管部门、政府和企业本身开放",
    en: "The listing pipeline is for the bureaus, the securities regulator, governments and the enterprise itself",
  });
}

/** Keeping the pool is the work of the industry bureau whose region covers the enterprise. */
const mayManage = (actor: Actor, regionCode: string) =>
  actor.orgType === "INDUSTRY_BUREAU" &&
  hasRole(actor, "operator", "admin") &&
  regionCovers(actor.orgRegionCode, regionCode);

function requireManager(actor: Actor, regionCode: string) {
  if (!mayManage(actor, regionCode)) {
    throw AppError.forbidden({
      zh: "仅企业所在地区经信部门的经办人员或管理员可维护上市培育库",
      en: "Only the operators or admins of the industry bureau of the enterprise's region keep the pool",
    });
  }
}

function inScope(scope: repo.PipelineScope, entry: repo.EntryRow): boolean {
  return scope.kind === "region"
    ? entry.regionCode.startsWith(scope.prefix)
    : entry.enterpriseId === scope.enterpriseId;
}

type Found = NonNullable<Awaited<ReturnType<typeof repo.findEntry>>>;

const factsOf = (entry: repo.EntryRow): PipelineFacts => ({
  stage: entry.stage as PipelineStage,
  board: entry.board as TargetBoard,
  ipoAgreementOn: entry.ipoAgreementOn,
});

/** Reaching a stage offers its listing reward: the enterprise's bell rings for each reward newly earned. */
const offerRewards = (tx: Executor, before: repo.EntryRow | null, after: repo.EntryRow) =>
  offerNewListingRewards(
    tx,
    { id: after.enterpriseId, districtCode: after.regionCode },
    before && factsOf(before),
    factsOf(after),
  );

function toEntry({ entry, enterpriseName, uscc }: Found) {
  const facts = factsOf(entry);
  return {
    id: entry.id,
    enterpriseId: entry.enterpriseId,
    enterpriseName,
    uscc,
    regionCode: entry.regionCode,
    stage: facts.stage,
    board: facts.board,
    stageReachedOn: entry.stageReachedOn,
    sponsor: entry.sponsor,
    lawFirm: entry.lawFirm,
    auditor: entry.auditor,
    ipoAgreementOn: entry.ipoAgreementOn,
    note: entry.note,
    joinedOn: entry.joinedOn,
    version: entry.version,
    rewardStages: rewardStagesReached(facts),
    quotationReward: quotationReward(facts),
  };
}

export async function listEntries(db: Database, actor: Actor, filter: EntriesQuery) {
  return (await repo.listEntries(db, scopeOf(actor), filter)).map(toEntry);
}

/** The funnel by stage and board of the caller's region against the 千里马 target. */
export async function funnel(db: Database, actor: Actor) {
  const scope = scopeOf(actor);
  if (scope.kind !== "region") throw AppError.forbidden();
  const entries = await repo.stagesInScope(db, scope);
  return {
    regionCode: actor.orgRegionCode,
    ...pipelineFunnel(
      entries.map((entry) => ({ stage: entry.stage as PipelineStage, board: entry.board as TargetBoard })),
    ),
  };
}

/** "可申请": the listing rewards the enterprise's own entry has earned and it has not applied for. */
export async function rewardOffers(db: Database, actor: Actor) {
  if (actor.orgType !== "ENTERPRISE" || !actor.enterpriseId)
    throw AppError.forbidden({
      zh: "上市奖励由企业自行申报",
      en: "The enterprise applies for its listing rewards",
    });
  const [own] = await repo.listEntries(db, { kind: "enterprise", enterpriseId: actor.enterpriseId }, {});
  if (!own) return [];
  return listingRewardOffersFor(
    db,
    { id: own.entry.enterpriseId, districtCode: own.entry.regionCode },
    factsOf(own.entry),
  );
}

async function visibleEntry(db: Database, actor: Actor, id: string): Promise<Found> {
  const found = await repo.findEntry(db, id);
  if (!found || !inScope(scopeOf(actor), found.entry)) throw AppError.notFound(NOT_FOUND);
  return found;
}

export async function getEntry(db: Database, actor: Actor, id: string) {
  const found = await visibleEntry(db, actor, id);
  const history = await repo.listHistory(db, id);
  return {
    ...toEntry(found),
    canManage: mayManage(actor, found.entry.regionCode),
    history: history.map(({ history: row, actorName, actorOrgName }) => ({
      id: row.id,
      action: row.action as "add" | "move" | "edit",
      fromStage: row.fromStage,
      toStage: row.toStage,
      reachedOn: row.reachedOn,
      evidence: row.evidence,
      reason: row.reason,
      actorName,
      actorOrgName,
      businessDate: row.businessDate,
      createdAt: row.createdAt,
    })),
  };
}

export async function addEntry(db: Database, actor: Actor, input: EntryInput, ip: string | null) {
  const enterprise = await findEnterprise(db, input.enterpriseId);
  if (!enterprise) throw AppError.notFound({ zh: "企业", en: "Enterprise" });
  requireManager(actor, enterprise.districtCode);
  const day = today();
  checkReachedOn(input.stageReachedOn, day, "stageReachedOn");
  if (input.ipoAgreementOn) checkReachedOn(input.ipoAgreementOn, day, "ipoAgreementOn");
  const id = await db.transaction(async (tx) => {
    const entry = await repo.insertEntry(tx, {
      ...input,
      regionCode: enterprise.districtCode,
      joinedOn: day,
      addedBy: actor.userId,
    });
    if (!entry) {
      const message = { zh: "该企业已在上市培育库中", en: "The enterprise is already in the pool" };
      throw new AppError("conflict", message, [{ field: "enterpriseId", rule: "already-in-pool", message }]);
    }
    await offerRewards(tx, null, entry);
    await repo.insertHistory(tx, {
      entryId: entry.id,
      action: "add",
      toStage: entry.stage,
      reachedOn: entry.stageReachedOn,
      actorUserId: actor.userId,
      actorOrgId: actor.orgId,
      businessDate: day,
    });
    await recordAudit(tx, {
      actor,
      action: "listing-pipeline.add",
      entityType: "listing-pipeline-entry",
      entityId: entry.id,
      after: entry,
      ip,
    });
    return entry.id;
  });
  return getEntry(db, actor, id);
}

export async function moveStage(
  db: Database,
  actor: Actor,
  id: string,
  input: StageMoveInput,
  ip: string | null,
) {
  const day = today();
  await db.transaction(async (tx) => {
    const found = await repo.findEntry(tx, id, { lock: true });
    if (!found || !inScope(scopeOf(actor), found.entry)) throw AppError.notFound(NOT_FOUND);
    const { entry } = found;
    requireManager(actor, entry.regionCode);
    if (entry.version !== input.version) throw AppError.staleVersion();
    checkStageMove(
      { stage: entry.stage as PipelineStage, reachedOn: entry.stageReachedOn },
      { stage: input.stage, reachedOn: input.reachedOn },
      input.reason,
      day,
    );
    const after = await repo.updateEntry(tx, id, input.version, {
      stage: input.stage,
      stageReachedOn: input.reachedOn,
    });
    if (!after) throw AppError.staleVersion();
    await offerRewards(tx, entry, after);
    await repo.insertHistory(tx, {
      entryId: id,
      action: "move",
      fromStage: entry.stage,
      toStage: input.stage,
      reachedOn: input.reachedOn,
      evidence: input.evidence,
      reason: input.reason?.trim() || null,
      actorUserId: actor.userId,
      actorOrgId: actor.orgId,
      businessDate: day,
    });
    await recordAudit(tx, {
      actor,
      action: "listing-pipeline.move",
      entityType: "listing-pipeline-entry",
      entityId: id,
      before: entry,
      after,
      ip,
    });
  });
  return getEntry(db, actor, id);
}

export async function editDetails(
  db: Database,
  actor: Actor,
  id: string,
  input: DetailsInput,
  ip: string | null,
) {
  const day = today();
  if (input.ipoAgreementOn) checkReachedOn(input.ipoAgreementOn, day, "ipoAgreementOn");
  await db.transaction(async (tx) => {
    const found = await repo.findEntry(tx, id, { lock: true });
    if (!found || !inScope(scopeOf(actor), found.entry)) throw AppError.notFound(NOT_FOUND);
    requireManager(actor, found.entry.regionCode);
    const { version, ...details } = input;
    const after = await repo.updateEntry(tx, id, version, details);
    if (!after) throw AppError.staleVersion();
    // Recording the IPO agreement reaches the first reward stage.
    await offerRewards(tx, found.entry, after);
    await repo.insertHistory(tx, {
      entryId: id,
      action: "edit",
      actorUserId: actor.userId,
      actorOrgId: actor.orgId,
      businessDate: day,
    });
    await recordAudit(tx, {
      actor,
      action: "listing-pipeline.edit",
      entityType: "listing-pipeline-entry",
      entityId: id,
      before: found.entry,
      after,
      ip,
    });
  });
  return getEntry(db, actor, id);
}

/**
 * The pipeline's feed to monitoring (issue 15): how many of the region's enterprises were in the pool
 * at each month's end, by the day each joined (access checked by monitoring).
 */
export async function pipelineSizeAtMonthEnds(db: Executor, prefix: string, months: readonly string[]) {
  const joined = await repo.joinedDays(db, prefix);
  return months.map((month) => ({
    month,
    count: joined.filter((day) => day.slice(0, 7) <= month).length,
  }));
}
