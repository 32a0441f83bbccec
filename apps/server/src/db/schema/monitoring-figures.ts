import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organisations, users } from "./identity";

/**
 * A figure a department enters for its region and quarter (fund investment, bonds, listings,
 * guarantees, insurance): corrections are new versions with their reason, one live per figure.
 */
export const quarterlyFigures = pgTable(
  "quarterly_figures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionCode: text("region_code").notNull(),
    /** YYYY-Qn. */
    quarter: text("quarter").notNull(),
    figure: text("figure").notNull(),
    /** Money figures; null for counts. */
    amountFen: bigint("amount_fen", { mode: "bigint" }),
    count: integer("count"),
    version: integer("version").notNull(),
    live: boolean("live").notNull().default(true),
    reason: text("reason"),
    enteredByOrg: uuid("entered_by_org")
      .notNull()
      .references(() => organisations.id),
    enteredBy: uuid("entered_by")
      .notNull()
      .references(() => users.id),
    /** The business date it was entered. */
    enteredOn: date("entered_on", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("quarterly_figures_version_key").on(t.regionCode, t.quarter, t.figure, t.version),
    uniqueIndex("quarterly_figures_live_key").on(t.regionCode, t.quarter, t.figure).where(sql`${t.live}`),
    check(
      "quarterly_figures_non_negative",
      sql`coalesce(${t.amountFen}, 0) >= 0 and coalesce(${t.count}, 0) >= 0`,
    ),
  ],
);

/**
 * A region's monitoring configuration as versions: its targets (kind TARGETS) over the seed's, and its
 * scorecard weights (SCORECARD). The latest version is in force; earlier ones stay for the record.
 */
export const monitoringSettings = pgTable(
  "monitoring_settings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    regionCode: text("region_code").notNull(),
    version: integer("version").notNull(),
    settings: jsonb("settings").notNull(),
    savedBy: uuid("saved_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("monitoring_settings_version_key").on(t.kind, t.regionCode, t.version)],
);

/** A month's scorecard as the bureau published it: a frozen copy banks read, with who and when. */
export const scorecardPublications = pgTable(
  "scorecard_publications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionCode: text("region_code").notNull(),
    month: text("month").notNull(),
    scorecard: jsonb("scorecard").notNull(),
    publishedBy: uuid("published_by")
      .notNull()
      .references(() => users.id),
    publishedOn: date("published_on", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("scorecard_publications_month_key").on(t.regionCode, t.month)],
);
