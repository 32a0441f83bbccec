import { DEFAULT_REPORT_DUE_MONTH_DAY } from "@chanrong/domain";
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organisations, users } from "./identity";
import { regions } from "./reference";

/**
 * A call for pilot cities (seed 001): its calendar and, frozen when the ministry opens it, the
 * outline, indicator template, rubric and vocabulary applicants and reviewers work against.
 */
export const pilotBatches = pgTable(
  "pilot_batches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** 第N批: renewals are open to pilots of an earlier number. */
    number: integer("number").notNull().unique(),
    name: text("name").notNull(),
    /** 文号, e.g. 工信部联财函〔2020〕161号. */
    documentNumber: text("document_number").notNull(),
    opensOn: date("opens_on", { mode: "string" }).notNull(),
    applicationDeadline: date("application_deadline", { mode: "string" }).notNull(),
    provincialDeadline: date("provincial_deadline", { mode: "string" }).notNull(),
    timeZone: text("time_zone").notNull(),
    /** The day ("MM-DD") each plan year's progress report is due, in the year after it. */
    progressReportDue: text("progress_report_due").notNull().default(DEFAULT_REPORT_DUE_MONTH_DAY),
    reviewersPerApplication: integer("reviewers_per_application").notNull(),
    outline: jsonb("outline").notNull(),
    indicatorTemplate: jsonb("indicator_template").notNull(),
    rubric: jsonb("rubric").notNull(),
    /** The strategies and demonstration bases applicants may declare (codes of the domain's vocabulary). */
    strategies: jsonb("strategies").notNull(),
    bases: jsonb("bases").notNull(),
    openedBy: uuid("opened_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    check(
      "pilot_batches_deadlines_in_order",
      sql`${t.opensOn} <= ${t.applicationDeadline} AND ${t.applicationDeadline} <= ${t.provincialDeadline}`,
    ),
  ],
);

/**
 * Each unit that recommends in a batch with its quota, copied from the domain's reference list when
 * the batch opens. A unit's confirmation locks this row, so two officials confirming at once cannot
 * both pass the quota.
 */
export const pilotRecommendingUnits = pgTable(
  "pilot_recommending_units",
  {
    batchId: uuid("batch_id")
      .notNull()
      .references(() => pilotBatches.id),
    unitCode: text("unit_code").notNull(),
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    nameEn: text("name_en").notNull(),
    quota: integer("quota").notNull(),
    /** The day the unit confirmed its list with the joint submission document (联合上报文件). */
    confirmedOn: date("confirmed_on", { mode: "string" }),
    confirmedBy: uuid("confirmed_by").references(() => users.id),
    /** The 联合上报文件 as stored: { filename, contentType, size, sha256 }. */
    jointDocument: jsonb("joint_document"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.batchId, t.unitCode] }),
    check("pilot_recommending_units_quota", sql`${t.quota} > 0`),
  ],
);

/**
 * A city's application in a batch. The draft is what the city edits; submitting copies it into
 * `submitted` and from then on reviewers read only that copy, which changes only by a new submission
 * after the province returned it.
 */
export const pilotApplications = pgTable(
  "pilot_applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    batchId: uuid("batch_id")
      .notNull()
      .references(() => pilotBatches.id),
    /** NEW, or RENEWAL of an earlier batch's pilot (straight to the ministry). */
    kind: text("kind").notNull(),
    applicantOrgId: uuid("applicant_org_id")
      .notNull()
      .references(() => organisations.id),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    /** The unit that recommends it (a province, a 计划单列市 or the 兵团); null for a renewal. */
    recommendingUnitCode: text("recommending_unit_code"),
    status: text("status").notNull(),
    draft: jsonb("draft").notNull(),
    submitted: jsonb("submitted"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    /** The province's scores on the four conditions of §二, by condition code (decimal strings). */
    provincialScores: jsonb("provincial_scores"),
    /** 1 for the unit's first recommendation: the order the ministry reads the unit's list in. */
    recommendationRank: integer("recommendation_rank"),
    /** Why the province declined it or returned it for correction (the latest such decision). */
    decisionReason: text("decision_reason"),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("pilot_applications_one_per_applicant").on(t.batchId, t.applicantOrgId),
    uniqueIndex("pilot_applications_one_per_rank")
      .on(t.batchId, t.recommendingUnitCode, t.recommendationRank)
      .where(sql`${t.recommendationRank} IS NOT NULL`),
    index("pilot_applications_unit_idx").on(t.batchId, t.recommendingUnitCode, t.status),
  ],
);

/**
 * One provincial department's opinion on a submitted application (seed 001 §三(二): 工信 with 财政,
 * 人民银行, 银保监 and 证监): each department of the unit's region records its own, in parallel.
 */
export const pilotProvincialOpinions = pgTable(
  "pilot_provincial_opinions",
  {
    applicationId: uuid("application_id")
      .notNull()
      .references(() => pilotApplications.id),
    department: text("department").notNull(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    agrees: boolean("agrees").notNull(),
    opinion: text("opinion").notNull(),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.department] })],
);
