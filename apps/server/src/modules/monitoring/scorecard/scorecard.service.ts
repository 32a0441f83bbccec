import {
  checkPublishableMonth,
  DEFAULT_SCORECARD,
  lendingMeasures,
  monthBounds,
  monthsEndingWith,
  parseScorecardConfig,
  regionPrefix,
  type ScorecardConfig,
  type ScorecardConfigInput,
  scoreBanks,
  serviceMeasures,
  type Term,
} from "@chanrong/domain";
import type { Database, Executor } from "../../../db/client";
import type { Actor } from "../../../platform/actor";
import { recordAudit } from "../../../platform/audit";
import { today } from "../../../platform/clock";
import { AppError } from "../../../platform/errors";
import { bankReviewFacts } from "../../applications/monitoring-feed.service";
import { claimServiceFacts } from "../../demands/monitoring-feed.service";
import { banksUnder, lastCompleteMonth, liveStatisticsOf } from "../indicators/indicators.service";
import { readableRegion, requireRegionBureau } from "../indicators.access";
import * as settings from "../targets/targets.repository";
import * as repo from "./scorecard.repository";
import type { ScorecardConfigSave } from "./scorecard.schemas";

const NOT_PUBLISHED: Term = { zh: "该月银行考核结果(尚未发布)", en: "The month's published scorecard" };

const configOut = (config: ScorecardConfig) => ({
  criteria: config.criteria.map(({ criterion, weight }) => ({ criterion, weight: weight.toString() })),
  slowestCount: config.slowestCount,
});

/** The region's scorecard weights: its own latest version, else the defaults of ADR 036. */
async function configOf(db: Executor, regionCode: string) {
  const [own] = await settings.latestSettings(db, "SCORECARD", [regionCode]);
  return {
    version: own?.settings.version ?? 0,
    config: own ? parseScorecardConfig(own.settings.settings as ScorecardConfigInput) : DEFAULT_SCORECARD,
    savedByName: own?.savedByName ?? null,
    savedAt: own?.settings.createdAt ?? null,
  };
}

/**
 * Scores the region's banks for `month`: lending from their live statistics (and a year earlier for
 * growth), service from the marketplace and the loan programmes over the twelve months ending with
 * it, satisfaction from the enterprises' ratings of the demands served in that window.
 */
async function computeScorecard(db: Database, regionCode: string, month: string) {
  const prefix = regionPrefix(regionCode);
  const banks = await banksUnder(db, prefix);
  const bankIds = banks.map((bank) => bank.id);
  const window = monthsEndingWith(month, 12);
  const from = monthBounds(window[0] as string).from;
  const to = monthBounds(month).to;
  const yearAgo = monthsEndingWith(month, 13)[0] as string;
  const [{ config }, stats, claims, reviews] = await Promise.all([
    configOf(db, regionCode),
    liveStatisticsOf(db, prefix),
    claimServiceFacts(db, bankIds, from, to),
    bankReviewFacts(db, bankIds, from, to),
  ]);
  const statsOf = (bankId: string, of: string) =>
    stats.find((entry) => entry.bankId === bankId && entry.month === of);
  const measured = banks.map((bank) => {
    const current = statsOf(bank.id, month);
    return {
      bankId: bank.id,
      measures: {
        ...(current ? lendingMeasures(current, statsOf(bank.id, yearAgo)) : {}),
        ...serviceMeasures(bank.id, claims, reviews),
      },
    };
  });
  const scorecard = scoreBanks(measured, config);
  const nameOf = new Map(banks.map((bank) => [bank.id, bank.name]));
  const named = <T extends { bankId: string }>(entry: T) => ({
    ...entry,
    bankName: nameOf.get(entry.bankId) ?? "",
  });
  return {
    regionCode,
    month,
    bankCount: banks.length,
    config: configOut(config),
    /** No rating data leaves satisfaction out of every card, as the scorecard allows. */
    satisfactionRated: claims.some((claim) => claim.rating !== null),
    cards: scorecard.cards.map(named),
    slowest: scorecard.slowest.map((entry) => ({ ...entry, banks: entry.banks.map(named) })),
  };
}

type ComputedScorecard = Awaited<ReturnType<typeof computeScorecard>>;

/**
 * A month's scorecard. The region's readers see every card, computed now, with whether and when the
 * month was published; a bank sees only a published month, and of it only its own card and rank, the
 * number of banks and the slowest banks' names.
 */
export async function getScorecard(
  db: Database,
  actor: Actor,
  query: { regionCode?: string; month?: string },
) {
  const month = query.month ?? lastCompleteMonth();
  if (actor.orgType === "BANK") {
    const region = query.regionCode ?? actor.orgRegionCode;
    if (region !== actor.orgRegionCode) throw AppError.forbidden();
    const found = await repo.findPublication(db, region, month);
    if (!found) throw AppError.notFound(NOT_PUBLISHED);
    const frozen = found.publication.scorecard as ComputedScorecard;
    return {
      ...frozen,
      cards: frozen.cards.filter((card) => card.bankId === actor.orgId),
      slowest: frozen.slowest.map((entry) => ({
        ...entry,
        banks: entry.banks.map((bank) => ({
          ...bank,
          value: bank.bankId === actor.orgId ? bank.value : null,
        })),
      })),
      publication: { publishedOn: found.publication.publishedOn, publishedByName: found.publishedByName },
      publishedMonths: await repo.publishedMonths(db, region),
    };
  }
  const region = readableRegion(actor, query.regionCode);
  const [computed, found, publishedMonths] = await Promise.all([
    computeScorecard(db, region, month),
    repo.findPublication(db, region, month),
    repo.publishedMonths(db, region),
  ]);
  return {
    ...computed,
    publication: found
      ? { publishedOn: found.publication.publishedOn, publishedByName: found.publishedByName }
      : null,
    publishedMonths,
  };
}

/**
 * The region's industry bureau publishes a month that has ended: the scorecard as computed now is
 * frozen with who and when, and is what the banks read from then on. A month is published once.
 */
export async function publishScorecard(
  db: Database,
  actor: Actor,
  input: { regionCode: string; month: string },
  ip: string | null,
) {
  requireRegionBureau(actor, input.regionCode);
  checkPublishableMonth(input.month, today());
  const scorecard = await computeScorecard(db, input.regionCode, input.month);
  await db.transaction(async (tx) => {
    const row = await repo.insertPublication(tx, {
      regionCode: input.regionCode,
      month: input.month,
      scorecard,
      publishedBy: actor.userId,
      publishedOn: today(),
    });
    if (!row) {
      throw new AppError("conflict", {
        zh: `${input.month}的考核结果已发布`,
        en: `${input.month}'s scorecard is already published`,
      });
    }
    await recordAudit(tx, {
      actor,
      action: "scorecard.publish",
      entityType: "scorecard-publication",
      entityId: row.id,
      after: {
        regionCode: input.regionCode,
        month: input.month,
        ranks: scorecard.cards.map((card) => [card.bankName, card.rank, card.total]),
      },
      ip,
    });
  });
  return getScorecard(db, actor, input);
}

export async function getScorecardConfig(db: Database, actor: Actor, regionCode: string) {
  const region = readableRegion(actor, regionCode);
  const { version, config, savedByName, savedAt } = await configOf(db, region);
  return { regionCode: region, version, config: configOut(config), savedByName, savedAt };
}

/** The region's industry bureau saves its weights as a new version over the one it read. */
export async function saveScorecardConfig(
  db: Database,
  actor: Actor,
  regionCode: string,
  input: ScorecardConfigSave,
  ip: string | null,
) {
  requireRegionBureau(actor, regionCode);
  const config = configOut(parseScorecardConfig(input.config));
  await db.transaction(async (tx) => {
    const [own] = await settings.latestSettings(tx, "SCORECARD", [regionCode]);
    if ((own?.settings.version ?? 0) !== input.version) throw AppError.staleVersion();
    const row = await settings.insertSettings(tx, {
      kind: "SCORECARD",
      regionCode,
      version: input.version + 1,
      settings: config,
      savedBy: actor.userId,
    });
    if (!row) throw AppError.staleVersion();
    await recordAudit(tx, {
      actor,
      action: "scorecard-config.save",
      entityType: "scorecard-config",
      entityId: row.id,
      before: own?.settings.settings ?? null,
      after: { regionCode, version: row.version, ...config },
      ip,
    });
  });
  return getScorecardConfig(db, actor, regionCode);
}
