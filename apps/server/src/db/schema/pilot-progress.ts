import { sql } from "drizzle-orm";
import {
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
import { users } from "./identity";
import { pilotApplications } from "./pilot-cities";

/**
 * The ministry's decision on a renewal (seed 001 §四(一)): extended with a new period, or declined
 * with a reason. A direct decision of 财务司, not an expert review: the notice sends renewals
 * "直接报送工业和信息化部…审核后延长试点期".
 */
export const pilotRenewalDecisions = pgTable(
  "pilot_renewal_decisions",
  {
    /** The RENEWAL application decided on. */
    applicationId: uuid("application_id")
      .primaryKey()
      .references(() => pilotApplications.id),
    /** The earlier pilot term it renews. */
    previousApplicationId: uuid("previous_application_id")
      .notNull()
      .references(() => pilotApplications.id),
    decision: text("decision").notNull(),
    periodStart: date("period_start", { mode: "string" }),
    periodEnd: date("period_end", { mode: "string" }),
    reason: text("reason"),
    decidedBy: uuid("decided_by")
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "pilot_renewal_decisions_shape",
      sql`(${t.decision} = 'EXTENDED' AND ${t.periodStart} IS NOT NULL AND ${t.periodEnd} IS NOT NULL)
        OR (${t.decision} = 'DECLINED' AND ${t.reason} IS NOT NULL)`,
    ),
  ],
);

/**
 * A pilot's yearly report against its targets: the actual values for the year in the batch's
 * indicator template. A correction is a new version with its reason; the first version's day decides
 * whether the report came on time.
 */
export const pilotProgressReports = pgTable(
  "pilot_progress_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The pilot term (a SELECTED application) reported on. */
    applicationId: uuid("application_id")
      .notNull()
      .references(() => pilotApplications.id),
    year: integer("year").notNull(),
    version: integer("version").notNull(),
    /** The indicator table's values for the year: { code: { "YYYY": "decimal" } }. */
    values: jsonb("values").notNull(),
    /** Why a later version corrects the one before; null for the first. */
    correctionReason: text("correction_reason"),
    /** The business day it was submitted, against the due date. */
    submittedOn: date("submitted_on", { mode: "string" }).notNull(),
    submittedBy: uuid("submitted_by")
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("pilot_progress_reports_version").on(t.applicationId, t.year, t.version),
    check(
      "pilot_progress_reports_correction_reason",
      sql`(${t.version} = 1) = (${t.correctionReason} IS NULL)`,
    ),
  ],
);
