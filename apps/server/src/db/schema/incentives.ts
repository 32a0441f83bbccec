import { sql } from "drizzle-orm";
import {
  bigint,
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
import { enterprises } from "./enterprises";
import { fundPayments, funds } from "./fund";
import { organisations, users } from "./identity";
import { regions } from "./reference";

/**
 * An incentive policy of seed 004 §四 copied into a region (issue 13): its rules live in versioned
 * configuration rows, like a programme's; the fund named here pays its rewards.
 */
export const incentivePolicies = pgTable(
  "incentive_policies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The preset it was copied from (INCENTIVE_PRESETS); a region holds each preset at most once live. */
    code: text("code").notNull(),
    name: text("name").notNull(),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => funds.id),
    currentVersion: integer("current_version").notNull(),
    /** Retired policies take no new applications; those made before are paid as decided. */
    retiredAt: timestamp("retired_at", { withTimezone: true }),
    retiredBy: uuid("retired_by").references(() => users.id),
    retiredReason: text("retired_reason"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("incentive_policies_live_code_key")
      .on(t.regionCode, t.code)
      .where(sql`${t.retiredAt} is null`),
  ],
);

/** Every version of a policy, insert-only: an application keeps the version it was made under. */
export const incentivePolicyVersions = pgTable(
  "incentive_policy_versions",
  {
    policyId: uuid("policy_id")
      .notNull()
      .references(() => incentivePolicies.id),
    version: integer("version").notNull(),
    /** The policy in its wire form (incentivePolicyToWire: amounts as yuan strings). */
    config: jsonb("config").notNull(),
    note: text("note").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.policyId, t.version] })],
);

/**
 * An application for a reward, as the platform computed it when it was submitted. Its status is its
 * payment's (fund_payments): it is not kept a second time here.
 */
export const incentiveApplications = pgTable(
  "incentive_applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    policyId: uuid("policy_id")
      .notNull()
      .references(() => incentivePolicies.id),
    policyVersion: integer("policy_version").notNull(),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    /** The enterprise's organisation, or the investment fund that applied for it. */
    applicantOrgId: uuid("applicant_org_id")
      .notNull()
      .references(() => organisations.id),
    stage: text("stage"),
    baseFen: bigint("base_fen", { mode: "bigint" }),
    amountFen: bigint("amount_fen", { mode: "bigint" }).notNull(),
    /** The rules met with their reasons and the working (domain IncentiveAward), as the reviewers read it. */
    rules: jsonb("rules").notNull(),
    working: jsonb("working").notNull(),
    paymentId: uuid("payment_id")
      .notNull()
      .references(() => fundPayments.id),
    submittedBy: uuid("submitted_by")
      .notNull()
      .references(() => users.id),
    /** The business date it was made on: tags, the window and the year's cap are judged on it. */
    submittedOn: date("submitted_on", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("incentive_applications_policy_enterprise_idx").on(t.policyId, t.enterpriseId),
    index("incentive_applications_applicant_idx").on(t.applicantOrgId),
    uniqueIndex("incentive_applications_payment_key").on(t.paymentId),
    check("incentive_applications_positive", sql`${t.amountFen} > 0`),
  ],
);

/** An evidence file, uploaded before the application and bound to it on submission. */
export const incentiveEvidence = pgTable(
  "incentive_evidence",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id").references(() => incentiveApplications.id),
    /** The policy's evidence code it proves (e.g. fund-financing-agreement). */
    code: text("code").notNull(),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    uploadedBy: uuid("uploaded_by")
      .notNull()
      .references(() => users.id),
    uploadedByOrg: uuid("uploaded_by_org")
      .notNull()
      .references(() => organisations.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("incentive_evidence_application_idx").on(t.applicationId)],
);
