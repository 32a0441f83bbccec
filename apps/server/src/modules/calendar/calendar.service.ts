import {
  CN_OFFICIAL_CALENDAR,
  CN_OFFICIAL_CALENDAR_NOTICES,
  calendarYearOf,
  combineCalendarYears,
  type OfficialCalendar,
  validateOfficialCalendar,
  yearToEnter,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { requireOrgType, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import { listAudit } from "../identity/identity.service";
import * as repo from "./calendar.repository";
import type { CalendarYearInput } from "./calendar.schemas";

/**
 * How long an instance trusts its copy of the calendar. A save clears the saving instance's
 * copy at once; another instance behind the same database goes on with the old one for at most this
 * long. The calendar changes once a year, weeks before the dates it adds are first needed, so a minute
 * of staleness misdates nothing, while every SLA clock and claim deadline is spared a query.
 */
const CACHE_TTL_MS = 60_000;

let cached: { calendar: OfficialCalendar; loadedAt: number } | null = null;
// Bumped by every save, so that a load that began before the save does not put the old calendar back.
let generation = 0;

/** Forgets the cached calendar: after a save, and when a test moves on to another database. */
export function forgetOfficialCalendar(): void {
  cached = null;
  generation += 1;
}

/**
 * The years entered so far. On a database that has none (the first start) it first records the years
 * the platform ships with, CN_OFFICIAL_CALENDAR; two instances starting together insert them once.
 */
async function enteredYears(executor: Executor) {
  const rows = await repo.listYears(executor);
  if (rows.length > 0) return rows;
  await repo.insertMissingYears(
    executor,
    CN_OFFICIAL_CALENDAR.coveredYears.map((year) => {
      const { holidays, adjustedWorkdays } = calendarYearOf(CN_OFFICIAL_CALENDAR, year);
      const notice = CN_OFFICIAL_CALENDAR_NOTICES[year];
      if (!notice) throw new Error(`CN_OFFICIAL_CALENDAR_NOTICES lacks ${year}`);
      return {
        year,
        holidays: [...holidays],
        adjustedWorkdays: [...adjustedWorkdays],
        noticeNumber: notice.number,
        noticeDate: notice.date,
        enteredBy: null,
      };
    }),
  );
  return repo.listYears(executor);
}

/**
 * The official calendar as entered, for working-day deadlines. Pass the transaction when inside one
 * (PGlite has a single connection).
 */
export async function officialCalendar(executor: Executor): Promise<OfficialCalendar> {
  if (cached && Date.now() - cached.loadedAt < CACHE_TTL_MS) return cached.calendar;
  const loading = generation;
  const calendar = combineCalendarYears((await enteredYears(executor)).map(({ row }) => row));
  if (loading === generation) cached = { calendar, loadedAt: Date.now() };
  return calendar;
}

function toResponse({ row, enteredByName }: { row: repo.CalendarYearRow; enteredByName: string | null }) {
  return {
    year: row.year,
    holidays: row.holidays,
    adjustedWorkdays: row.adjustedWorkdays,
    notice: { number: row.noticeNumber, date: row.noticeDate },
    enteredBy: enteredByName,
    enteredAt: row.enteredAt,
    version: row.version,
  };
}

/** Every year entered, and the one to enter now if any. The calendar is public policy: anyone signed in reads it. */
export async function listOfficialCalendar(db: Database) {
  const rows = await enteredYears(db);
  return {
    years: rows.map(toResponse),
    yearToEnter: yearToEnter(
      rows.map(({ row }) => row.year),
      today(),
    ),
  };
}

/** The year a platform admin should enter now, or null (for the workbench). */
export async function calendarYearToEnter(db: Database): Promise<number | null> {
  return yearToEnter((await officialCalendar(db)).coveredYears, today());
}

function requireCalendarAdmin(actor: Actor): void {
  requireOrgType(actor, "PLATFORM_ADMIN");
  requireRole(actor, "admin", "operator");
}

/**
 * Enters a year from its State Council notice, or replaces it (a corrected notice): checked as a whole,
 * every problem named by field and rule, version-checked, and audited with the year before and after.
 */
export async function enterCalendarYear(
  db: Database,
  actor: Actor,
  year: number,
  input: CalendarYearInput,
  ip: string | null,
) {
  requireCalendarAdmin(actor);
  validateOfficialCalendar({
    coveredYears: [year],
    holidays: input.holidays,
    adjustedWorkdays: input.adjustedWorkdays,
  });
  // Stored sorted, whatever order the dates were picked in.
  const { holidays, adjustedWorkdays } = combineCalendarYears([
    { year, holidays: input.holidays, adjustedWorkdays: input.adjustedWorkdays },
  ]);
  const stored = {
    year,
    holidays: [...holidays],
    adjustedWorkdays: [...adjustedWorkdays],
    noticeNumber: input.notice.number,
    noticeDate: input.notice.date,
    enteredBy: actor.userId,
  };
  await db.transaction(async (tx) => {
    const before = await repo.findYear(tx, year);
    const saved =
      input.expectedVersion === 0
        ? await repo.insertYear(tx, stored)
        : await repo.replaceYear(tx, input.expectedVersion, stored);
    if (!saved) throw AppError.staleVersion();
    await recordAudit(tx, {
      actor,
      action: "official-calendar.enter",
      entityType: "official-calendar",
      entityId: String(year),
      before,
      after: saved,
      ip,
    });
  });
  forgetOfficialCalendar();
  const entered = (await repo.listYears(db)).find(({ row }) => row.year === year);
  if (!entered) throw new Error(`year ${year} vanished after saving`);
  return toResponse(entered);
}

/** Who entered or replaced a year, when, and what it said before and after (platform admin). */
export function calendarYearHistory(
  db: Database,
  actor: Actor,
  year: number,
  page: number,
  pageSize: number,
) {
  requireCalendarAdmin(actor);
  return listAudit(db, actor, { entityType: "official-calendar", entityId: String(year), page, pageSize });
}
