import { integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { enterprises } from "./enterprises";
import { users } from "./identity";
import { regions } from "./reference";

/** A subsidised loan programme; its rules live in versioned configuration rows. */
export const programmes = pgTable(
  "programmes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    currentVersion: integer("current_version").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("programmes_code_key").on(t.code)],
);

/**
 * Every version of a programme's configuration, insert-only: an application keeps the
 * version it started under, so a version is never edited once written.
 */
export const programmeVersions = pgTable(
  "programme_versions",
  {
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programmes.id),
    version: integer("version").notNull(),
    /** The configuration in its wire form (programmeConfigToWire). */
    config: jsonb("config").notNull(),
    note: text("note").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.version] })],
);

/** The city's key-supported enterprises (全市汽车产业重点支持企业), kept by its industry bureau. */
export const keySupportedEnterprises = pgTable(
  "key_supported_enterprises",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    note: text("note").notNull(),
    // Null for the entries migrated from the registry's former 全市汽车产业重点支持企业 tag (nobody added them here).
    addedBy: uuid("added_by").references(() => users.id),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("key_supported_enterprises_key").on(t.regionCode, t.enterpriseId)],
);

/** The re-guarantor's negative list (负面清单): an entry always says why. */
export const negativeListEntries = pgTable(
  "negative_list_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    reason: text("reason").notNull(),
    addedBy: uuid("added_by")
      .notNull()
      .references(() => users.id),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("negative_list_entries_enterprise_key").on(t.enterpriseId)],
);
