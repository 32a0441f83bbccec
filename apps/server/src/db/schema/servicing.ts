import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { loanApplications } from "./applications";
import { organisations, users } from "./identity";

/** Per-organisation API keys for bank systems: only a hash is stored; revocable. */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    /** The first characters, so people can tell their keys apart. */
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("api_keys_hash_key").on(t.keyHash), index("api_keys_org_idx").on(t.orgId)],
);

/**
 * What the bank reports on a loan. Insert-only (a trigger refuses UPDATE and DELETE):
 * a correction is a new event that reverses an earlier one.
 */
export const loanEvents = pgTable(
  "loan_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => loanApplications.id),
    type: text("type").notNull(),
    occurredOn: date("occurred_on", { mode: "string" }).notNull(),
    amountFen: bigint("amount_fen", { mode: "bigint" }).notNull(),
    reverses: bigint("reverses", { mode: "number" }),
    note: text("note"),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedByOrg: uuid("recorded_by_org")
      .notNull()
      .references(() => organisations.id),
    apiKeyId: uuid("api_key_id").references(() => apiKeys.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("loan_events_application_idx").on(t.applicationId, t.id)],
);

/**
 * Each loan whose events repay everything disbursed: the day it settled and whether it was ever
 * overdue, what the subsidy lists page and filter by. Kept by a statement trigger on loan_events (so
 * every writer, reversals included, keeps it right); the position itself stays derived by the domain.
 */
export const loanSettlements = pgTable(
  "loan_settlements",
  {
    applicationId: uuid("application_id")
      .primaryKey()
      .references(() => loanApplications.id),
    settledOn: date("settled_on", { mode: "string" }).notNull(),
    everOverdue: boolean("ever_overdue").notNull(),
  },
  (t) => [index("loan_settlements_settled_idx").on(t.settledOn)],
);
