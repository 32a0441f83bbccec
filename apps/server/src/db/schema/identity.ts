import type { Department, InstitutionKind } from "@chanrong/domain";
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { regions } from "./reference";

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    type: text("type").notNull(),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    // Set for ENTERPRISE organisations: the registry entry this organisation speaks for.
    enterpriseId: uuid("enterprise_id"),
    /** The account the organisation is paid into (e.g. a guarantor's fee subsidy), shown to whoever pays it. */
    bankAccountName: text("bank_account_name"),
    bankName: text("bank_name"),
    bankAccountNo: text("bank_account_no"),
    /** What a FINANCIAL_INSTITUTION is (insurer, leasing company, fund, …): which demands it answers. */
    institutionKind: text("institution_kind").$type<InstitutionKind>(),
    /** Which of the five lines (工信, 财政, 人民银行, 金融监管, 证监) a provincial authority or ministry is. */
    department: text("department").$type<Department>(),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("organisations_name_key").on(t.name),
    index("organisations_type_idx").on(t.type),
    check(
      "organisations_institution_kind_check",
      sql`(${t.type} = 'FINANCIAL_INSTITUTION') = (${t.institutionKind} is not null)`,
    ),
    check(
      "organisations_department_check",
      sql`(${t.type} in ('PROVINCE', 'MINISTRY')) = (${t.department} is not null)`,
    ),
  ],
);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    roles: text("roles").array().notNull(),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("users_username_key").on(sql`lower(${t.username})`),
    index("users_org_idx").on(t.orgId),
  ],
);

// Server-side sessions: the cookie carries a random token, the table holds only its hash,
// so any app instance can serve the user and a leaked table cannot be replayed.
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id"),
    actorUsername: text("actor_username"),
    actorOrgId: uuid("actor_org_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    ip: text("ip"),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    index("audit_log_actor_org_idx").on(t.actorOrgId),
  ],
);

// Fixed-window counters shared by every app instance: sign-in attempts per account and per address
// (platform/auth/sign-in-limits.repository.ts). The public routes' rate limit is per instance (ADR 020).
export const rateLimitBuckets = pgTable("rate_limit_buckets", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  resetAt: timestamp("reset_at", { withTimezone: true }).notNull(),
});
