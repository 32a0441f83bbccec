import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organisations, users } from "./identity";
import { pilotApplications, pilotBatches } from "./pilot-cities";

/**
 * The ministry's pool of review experts. An expert is an EXPERT organisation (one person, their
 * institution in the name); its region gives the province they may not review.
 */
export const pilotExperts = pgTable("pilot_experts", {
  orgId: uuid("org_id")
    .primaryKey()
    .references(() => organisations.id),
  /** Fields of expertise, free words (产业金融, 科技金融…). */
  fields: jsonb("fields").notNull().default([]),
  /** Declared conflicts: `{ regionCode }` or `{ applicationId }` (the domain's DeclaredConflict). */
  conflicts: jsonb("conflicts").notNull().default([]),
  active: boolean("active").notNull().default(true),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** An expert assigned to an application; withdrawn (never deleted) when they declare a conflict. */
export const pilotReviewAssignments = pgTable(
  "pilot_review_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    batchId: uuid("batch_id")
      .notNull()
      .references(() => pilotBatches.id),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => pilotApplications.id),
    expertOrgId: uuid("expert_org_id")
      .notNull()
      .references(() => organisations.id),
    assignedBy: uuid("assigned_by")
      .notNull()
      .references(() => users.id),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawnReason: text("withdrawn_reason"),
    /** The sheet: scores by criterion code (decimal strings), with the expert's comments. */
    scores: jsonb("scores"),
    comments: text("comments"),
    scoredAt: timestamp("scored_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("pilot_review_assignments_one_live")
      .on(t.applicationId, t.expertOrgId)
      .where(sql`${t.withdrawnAt} IS NULL`),
    index("pilot_review_assignments_expert_idx").on(t.expertOrgId),
  ],
);

/**
 * The ministry's review of a batch: scoring open until closed; then the proposed list, its version
 * and whether it is published.
 */
export const pilotReviews = pgTable("pilot_reviews", {
  batchId: uuid("batch_id")
    .primaryKey()
    .references(() => pilotBatches.id),
  scoringClosedOn: date("scoring_closed_on", { mode: "string" }),
  scoringClosedBy: uuid("scoring_closed_by").references(() => users.id),
  /** Application ids in the proposed order; null until proposed. */
  list: jsonb("list"),
  listVersion: integer("list_version").notNull().default(0),
  publishedOn: date("published_on", { mode: "string" }),
  version: integer("version").notNull().default(1),
});

/** Each department's decision on a version of the list; voided (kept) when the list changes. */
export const pilotListDecisions = pgTable(
  "pilot_list_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    batchId: uuid("batch_id")
      .notNull()
      .references(() => pilotBatches.id),
    listVersion: integer("list_version").notNull(),
    department: text("department").notNull(),
    decision: text("decision").notNull(),
    opinion: text("opinion").notNull(),
    decidedBy: uuid("decided_by")
      .notNull()
      .references(() => users.id),
    /** The business date of the decision, as people read it. */
    decidedOn: date("decided_on", { mode: "string" }).notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
    voidedAt: timestamp("voided_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("pilot_list_decisions_one_per_version").on(t.batchId, t.listVersion, t.department)],
);

/** A published pilot: its place on the list and the plan period of its submitted plan. */
export const pilotSelections = pgTable("pilot_selections", {
  applicationId: uuid("application_id")
    .primaryKey()
    .references(() => pilotApplications.id),
  batchId: uuid("batch_id")
    .notNull()
    .references(() => pilotBatches.id),
  listPosition: integer("list_position").notNull(),
  planPeriodStart: date("plan_period_start", { mode: "string" }).notNull(),
  planPeriodEnd: date("plan_period_end", { mode: "string" }).notNull(),
  selectedOn: date("selected_on", { mode: "string" }).notNull(),
});
