import {
  entersQuarterlyFigure,
  formatYuan,
  nextQuarterlyFigureVersion,
  parseQuarterlyFigure,
  QUARTERLY_FIGURE_NOT_YOURS,
  type QuarterlyFigure,
  type QuarterlyFigureValue,
  regionPrefix,
  type Term,
} from "@chanrong/domain";
import type { Database, Executor } from "../../../db/client";
import { requireRole } from "../../../platform/access";
import type { Actor } from "../../../platform/actor";
import { recordAudit } from "../../../platform/audit";
import { today } from "../../../platform/clock";
import { AppError } from "../../../platform/errors";
import { readableRegion } from "../indicators.access";
import * as repo from "./quarterly-figures.repository";
import type { FigureInput, FigureQuery } from "./quarterly-figures.schemas";

const NOT_FOUND: Term = { zh: "季度填报数据", en: "Quarterly figure" };

type Found = NonNullable<Awaited<ReturnType<typeof repo.findFigure>>>;

function present({ figure, enteredByOrgName, enteredByName }: Found) {
  return {
    id: figure.id,
    regionCode: figure.regionCode,
    quarter: figure.quarter,
    figure: figure.figure as QuarterlyFigure,
    amount: figure.amountFen === null ? null : formatYuan(figure.amountFen),
    count: figure.count,
    version: figure.version,
    live: figure.live,
    reason: figure.reason,
    enteredByOrgName,
    enteredByName,
    enteredOn: figure.enteredOn,
    createdAt: figure.createdAt,
  };
}

/**
 * A department enters a figure for its own region and a quarter: checked by the domain, kept as
 * version 1, or as the next version with its reason when the quarter's figure is already entered.
 */
export async function enterFigure(db: Database, actor: Actor, input: FigureInput, ip: string | null) {
  requireRole(actor, "operator", "reviewer", "admin");
  const value = parseQuarterlyFigure(input, today());
  if (!entersQuarterlyFigure(actor.orgType, value.figure)) {
    throw AppError.forbidden(QUARTERLY_FIGURE_NOT_YOURS(value.figure));
  }
  const key = { regionCode: actor.orgRegionCode, quarter: value.quarter, figure: value.figure };
  const id = await db.transaction(async (tx) => {
    const live = await repo.lockLive(tx, key);
    const version = nextQuarterlyFigureVersion(live?.version ?? null, input.reason);
    if (live) await repo.retire(tx, live.id);
    const row = await repo.insertFigure(tx, {
      ...key,
      amountFen: value.amountFen,
      count: value.count,
      version,
      reason: version > 1 ? (input.reason?.trim() ?? null) : null,
      enteredByOrg: actor.orgId,
      enteredBy: actor.userId,
      enteredOn: today(),
    });
    if (!row) {
      throw new AppError("conflict", {
        zh: "该季度数据刚被另一填报更新,请刷新后重试",
        en: "Another entry for the quarter came first: reload and retry",
      });
    }
    await recordAudit(tx, {
      actor,
      action: version === 1 ? "quarterly-figure.enter" : "quarterly-figure.correct",
      entityType: "quarterly-figure",
      entityId: row.id,
      after: {
        ...key,
        amount: input.amount ?? null,
        count: input.count ?? null,
        version,
        reason: row.reason,
      },
      ip,
    });
    return row.id;
  });
  return getFigure(db, actor, id);
}

export async function listFigures(db: Database, actor: Actor, query: FigureQuery) {
  const region = readableRegion(actor, query.regionCode);
  const rows = await repo.listLive(db, regionPrefix(region), query.quarter);
  return rows.map(present);
}

/** A figure with every version of its quarter, newest first, each with its reason and who entered it. */
export async function getFigure(db: Database, actor: Actor, id: string) {
  const found = await repo.findFigure(db, id);
  if (!found) throw AppError.notFound(NOT_FOUND);
  try {
    readableRegion(actor, found.figure.regionCode);
  } catch {
    throw AppError.notFound(NOT_FOUND);
  }
  const versions = await repo.listVersions(db, found.figure);
  return { ...present(found), versions: versions.map(present) };
}

/** The live figures of the regions under `prefix`, for their indicators (the caller checked access). */
export async function liveValuesOf(executor: Executor, prefix: string): Promise<QuarterlyFigureValue[]> {
  const rows = await repo.listLive(executor, prefix);
  return rows.map(({ figure }) => ({
    quarter: figure.quarter,
    figure: figure.figure as QuarterlyFigure,
    amountFen: figure.amountFen,
    count: figure.count,
  }));
}
