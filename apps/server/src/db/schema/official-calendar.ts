import { date, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./identity";

/**
 * The official calendar a year at a time, as a platform admin entered it from the State Council's
 * holiday notice, never guessed. Replaced in place under `version`; the audit log keeps each before and after.
 */
export const officialCalendarYears = pgTable("official_calendar_years", {
  year: integer("year").primaryKey(),
  /** Statutory days off (放假), ISO dates inside `year`. */
  holidays: jsonb("holidays").$type<string[]>().notNull(),
  /** Weekend days worked (调休上班), ISO dates inside `year`. */
  adjustedWorkdays: jsonb("adjusted_workdays").$type<string[]>().notNull(),
  /** The notice's document number, e.g. 国办发明电〔2025〕7号. */
  noticeNumber: text("notice_number").notNull(),
  noticeDate: date("notice_date", { mode: "string" }).notNull(),
  // Null for the years the platform shipped with (seeded from the domain's CN_OFFICIAL_CALENDAR).
  enteredBy: uuid("entered_by").references(() => users.id),
  enteredAt: timestamp("entered_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});
