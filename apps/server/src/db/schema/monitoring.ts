import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organisations, users } from "./identity";

/**
 * A bank's monthly statistics for its region (seed 004 §一(二), §五(五)): every submission is kept as a
 * version; a correction is a new version with its reason, and only the latest is live.
 */
export const bankStatisticsSubmissions = pgTable(
  "bank_statistics_submissions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bankOrgId: uuid("bank_org_id")
      .notNull()
      .references(() => organisations.id),
    /** The bank's region when it submitted: the bureaus whose region covers it read the statistics. */
    regionCode: text("region_code").notNull(),
    /** YYYY-MM. */
    month: text("month").notNull(),
    version: integer("version").notNull(),
    live: boolean("live").notNull().default(true),
    allLoansBalanceFen: bigint("all_loans_balance_fen", { mode: "bigint" }).notNull(),
    /** Why this version replaced the one before; null on the first. */
    reason: text("reason"),
    /** How it came: FORM (a person signed in) or API (a bank system with an API key). */
    channel: text("channel").notNull(),
    submittedBy: uuid("submitted_by")
      .notNull()
      .references(() => users.id),
    /** The business date of the submission: lateness is judged on it. */
    submittedOn: date("submitted_on", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("bank_statistics_submissions_version_key").on(t.bankOrgId, t.month, t.version),
    // One live submission per bank and month.
    uniqueIndex("bank_statistics_submissions_live_key").on(t.bankOrgId, t.month).where(sql`${t.live}`),
    index("bank_statistics_submissions_region_month_idx").on(t.regionCode, t.month).where(sql`${t.live}`),
    check("bank_statistics_submissions_balance", sql`${t.allLoansBalanceFen} >= 0`),
  ],
);

/**
 * A submission's manufacturing figures: the total (dimension TOTAL, key ""), each 33618 cluster
 * (CLUSTER, its code) and each district (DISTRICT, its code), so dashboards add them up in SQL.
 */
export const bankStatisticsLines = pgTable(
  "bank_statistics_lines",
  {
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => bankStatisticsSubmissions.id),
    dimension: text("dimension").notNull(),
    key: text("key").notNull(),
    balanceFen: bigint("balance_fen", { mode: "bigint" }).notNull(),
    mediumLongTermBalanceFen: bigint("medium_long_term_balance_fen", { mode: "bigint" }).notNull(),
    creditBalanceFen: bigint("credit_balance_fen", { mode: "bigint" }).notNull(),
    newLoansFen: bigint("new_loans_fen", { mode: "bigint" }).notNull(),
    newMediumLongTermFen: bigint("new_medium_long_term_fen", { mode: "bigint" }).notNull(),
    newCreditFen: bigint("new_credit_fen", { mode: "bigint" }).notNull(),
  },
  (t) => [
    uniqueIndex("bank_statistics_lines_key").on(t.submissionId, t.dimension, t.key),
    // The dashboard's monthly series reads one line of every submission (the totals, or one district's
    // or cluster's part): these lines alone, in order, rather than every line of every submission.
    index("bank_statistics_lines_dimension_key_idx").on(t.dimension, t.key, t.submissionId),
    check(
      "bank_statistics_lines_non_negative",
      sql`least(${t.balanceFen}, ${t.mediumLongTermBalanceFen}, ${t.creditBalanceFen}, ${t.newLoansFen}, ${t.newMediumLongTermFen}, ${t.newCreditFen}) >= 0`,
    ),
  ],
);
