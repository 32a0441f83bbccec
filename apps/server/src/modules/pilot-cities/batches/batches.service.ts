import {
  type BatchSchedule,
  batchPhase,
  batchScheduleIssues,
  DEFAULT_BATCH_TIME_ZONE,
  dayInTimeZone,
  type IndicatorTemplate,
  type OutlineSection,
  PILOT_BASE_CODES,
  PILOT_BASE_TERMS,
  PILOT_CONDITION_CODES,
  PILOT_CONDITIONS,
  PILOT_INDICATORS,
  PILOT_RUBRIC,
  PILOT_STRATEGY_CODES,
  PILOT_STRATEGY_TERMS,
  type PilotBase,
  type PilotStrategy,
  PLAN_OUTLINE,
  RECOMMENDING_UNITS,
  type Rubric,
  recommendationQuota,
  reportDueMonthDayIssues,
  type Term,
  throwIfIssues,
  yearOf,
} from "@chanrong/domain";
import type { Database, Executor } from "../../../db/client";
import { requireOrgType, requireRole } from "../../../platform/access";
import type { Actor } from "../../../platform/actor";
import { recordAudit } from "../../../platform/audit";
import { today } from "../../../platform/clock";
import { uniqueViolation } from "../../../platform/db-errors";
import { AppError } from "../../../platform/errors";
import * as repo from "./batches.repository";
import type { BatchInput } from "./batches.schemas";

const BATCH: Term = { zh: "试点城市申报批次", en: "Pilot-city batch" };

/** The years whose actual figures an applicant reports: the three before the batch opens (2017–2019 for 2020). */
const ACTUAL_YEARS_BEFORE_OPENING = 3;

/**
 * The day in the batch's zone: in China's zone it is the business date (pinned in tests and demos
 * like every other deadline); in another zone, the real clock's day there.
 */
export function dayOfBatch(timeZone: string): string {
  return timeZone === DEFAULT_BATCH_TIME_ZONE ? today() : dayInTimeZone(new Date(), timeZone);
}

function summaryOf(batch: repo.BatchRow) {
  const schedule: BatchSchedule = batch;
  return {
    id: batch.id,
    number: batch.number,
    name: batch.name,
    documentNumber: batch.documentNumber,
    opensOn: batch.opensOn,
    applicationDeadline: batch.applicationDeadline,
    provincialDeadline: batch.provincialDeadline,
    timeZone: batch.timeZone,
    progressReportDue: batch.progressReportDue,
    phase: batchPhase(schedule, dayOfBatch(batch.timeZone)),
  };
}

function flattenOutline(sections: readonly OutlineSection[], parentCode: string | null = null) {
  return sections.flatMap((section): ReturnType<typeof flatSection>[] => [
    flatSection(section, parentCode),
    ...flattenOutline(section.children ?? [], section.code),
  ]);
}

const flatSection = (section: OutlineSection, parentCode: string | null) => ({
  code: section.code,
  parentCode,
  title: section.title,
  guidance: section.guidance,
  required: section.required,
});

/** The ministry's steps of the process are 工业和信息化部's: its 财务司 runs it (seed 001 §三). */
export function requireMiit(actor: Actor): void {
  requireOrgType(actor, "MINISTRY");
  if (actor.department !== "MIIT") {
    throw AppError.forbidden({
      zh: "试点城市申报由工业和信息化部组织,其他部门不能执行此操作",
      en: "The Ministry of Industry and Information Technology runs the pilot-city process",
    });
  }
}

/** The batch as stored, or 404. */
export async function batchRow(db: Executor, id: string): Promise<repo.BatchRow> {
  const batch = await repo.findBatch(db, id);
  if (!batch) throw AppError.notFound(BATCH);
  return batch;
}

/** Everyone signed in reads the batches: cities to apply, provinces to recommend, experts to review. */
export async function listBatches(db: Database) {
  return (await repo.listBatches(db)).map(summaryOf);
}

export async function getBatch(db: Database, id: string) {
  const batch = await batchRow(db, id);
  const units = await repo.listUnits(db, id);
  const template = batch.indicatorTemplate as IndicatorTemplate;
  const rubric = batch.rubric as Rubric;
  return {
    ...summaryOf(batch),
    reviewersPerApplication: batch.reviewersPerApplication,
    outline: flattenOutline(batch.outline as OutlineSection[]),
    indicatorTemplate: { actualYears: [...template.actualYears], indicators: [...template.indicators] },
    rubric: { ...rubric, criteria: [...rubric.criteria] },
    conditions: PILOT_CONDITION_CODES.map((code) => ({ code, ...PILOT_CONDITIONS[code] })),
    strategies: (batch.strategies as PilotStrategy[]).map((code) => ({
      code,
      name: PILOT_STRATEGY_TERMS[code],
    })),
    bases: (batch.bases as PilotBase[]).map((code) => ({ code, name: PILOT_BASE_TERMS[code] })),
    recommendingUnits: units.map((unit) => ({
      code: unit.unitCode,
      kind: unit.kind,
      name: { zh: unit.name, en: unit.nameEn },
      quota: unit.quota,
      confirmedOn: unit.confirmedOn,
    })),
  };
}

/**
 * The ministry (财务司) opens a batch: its calendar, and a frozen copy of the outline, the indicator
 * template, the rubric and the recommending units with their quotas, so a later edit of the presets
 * never changes what a running batch asks.
 */
export async function openBatch(db: Database, actor: Actor, input: BatchInput, ip: string | null) {
  requireMiit(actor);
  requireRole(actor, "operator", "admin");
  throwIfIssues([
    ...batchScheduleIssues(input),
    ...reportDueMonthDayIssues(input.progressReportDue, ["progressReportDue"]),
  ]);
  const openingYear = yearOf(input.opensOn);
  const indicatorTemplate: IndicatorTemplate = {
    indicators: PILOT_INDICATORS,
    actualYears: Array.from(
      { length: ACTUAL_YEARS_BEFORE_OPENING },
      (_, index) => openingYear - ACTUAL_YEARS_BEFORE_OPENING + index,
    ),
  };
  const id = await db.transaction(async (tx) => {
    const batch = await repo
      .insertBatch(tx, {
        ...input,
        outline: PLAN_OUTLINE,
        indicatorTemplate,
        rubric: PILOT_RUBRIC,
        strategies: PILOT_STRATEGY_CODES,
        bases: PILOT_BASE_CODES,
        openedBy: actor.userId,
      })
      .catch(
        uniqueViolation("number", {
          zh: `第${input.number}批已发布`,
          en: `Batch ${input.number} already exists`,
        }),
      );
    await repo.insertUnits(
      tx,
      batch.id,
      RECOMMENDING_UNITS.map((unit) => ({
        unitCode: unit.code,
        kind: unit.kind,
        name: unit.name.zh,
        nameEn: unit.name.en,
        quota: recommendationQuota(unit),
      })),
    );
    await recordAudit(tx, {
      actor,
      action: "pilot-batch.open",
      entityType: "pilot-batch",
      entityId: batch.id,
      after: input,
      ip,
    });
    return batch.id;
  });
  return getBatch(db, id);
}
