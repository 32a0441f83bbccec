import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { enterprises } from "./enterprises";
import { organisations, users } from "./identity";
import { programmes } from "./programmes";

/** A programme loan application: the 推荐表 and where it stands in the workflow. */
export const loanApplications = pgTable(
  "loan_applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programmes.id),
    /** The configuration version the application started under; it keeps it to the end. */
    programmeVersion: integer("programme_version").notNull(),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    bankOrgId: uuid("bank_org_id")
      .notNull()
      .references(() => organisations.id),
    guarantorOrgId: uuid("guarantor_org_id")
      .notNull()
      .references(() => organisations.id),
    amountFen: bigint("amount_fen", { mode: "bigint" }).notNull(),
    termMonths: integer("term_months").notNull(),
    loanUse: text("loan_use").notNull(),
    supplyChainCategory: text("supply_chain_category"),
    /** The remaining fields of 附件1 as the enterprise filled them. */
    form: jsonb("form").notNull(),
    status: text("status").notNull(),
    bankReview: text("bank_review").notNull(),
    guarantorReview: text("guarantor_review").notNull(),
    /** Org types holding the application now (domain holderOf), stored so worklists query it. */
    holders: text("holders").array().notNull(),
    heldSince: timestamp("held_since", { withTimezone: true }).notNull().defaultNow(),
    submittedOn: date("submitted_on", { mode: "string" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
    /**
     * The version of the last step that changed the status or this review: a review step read at an
     * older version is stale; the other party's parallel decision does not make it so (ADR 017).
     */
    bankReviewVersion: integer("bank_review_version").notNull().default(1),
    guarantorReviewVersion: integer("guarantor_review_version").notNull().default(1),
  },
  (t) => [
    index("loan_applications_bank_idx").on(t.bankOrgId, t.status),
    index("loan_applications_guarantor_idx").on(t.guarantorOrgId, t.status),
    index("loan_applications_enterprise_idx").on(t.enterpriseId),
    index("loan_applications_holders_idx").using("gin", t.holders),
    // Worklists: a bank's or guarantor's items waiting for it, newest first, read by an ordered
    // index scan that stops at the page instead of sorting all of the organisation's rows. The id
    // rides along so that the page's ids and the count are index-only scans (no heap row per item).
    index("loan_applications_bank_worklist_idx")
      .on(t.bankOrgId, t.heldSince.desc(), t.status, t.id)
      .where(sql`${t.holders} @> '{BANK}'::text[]`),
    index("loan_applications_guarantor_worklist_idx")
      .on(t.guarantorOrgId, t.heldSince.desc(), t.status, t.id)
      .where(sql`${t.holders} @> '{GUARANTOR}'::text[]`),
  ],
);

/** Append-only history: every step with who, which organisation, when, and the opinion or reason. */
export const applicationEvents = pgTable(
  "application_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => loanApplications.id),
    action: text("action").notNull(),
    fromStatus: text("from_status").notNull(),
    toStatus: text("to_status").notNull(),
    opinion: text("opinion"),
    reason: text("reason"),
    /** Eligibility as evaluated at this step, contracts recorded, materials target. */
    details: jsonb("details"),
    actorUserId: uuid("actor_user_id")
      .notNull()
      .references(() => users.id),
    actorOrgId: uuid("actor_org_id")
      .notNull()
      .references(() => organisations.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * The business date of the step (platform/clock today()), which the 推荐表 prints: it differs from
     * `at` when the date is pinned. The default is the real date in China, for writers that do not set it.
     */
    businessDate: date("business_date", { mode: "string" })
      .notNull()
      .default(sql`(now() at time zone 'Asia/Shanghai')::date`),
  },
  (t) => [index("application_events_application_idx").on(t.applicationId, t.id)],
);

/** SLA clocks: started with a due date, stopped by the decision (or a request for materials). */
export const applicationClocks = pgTable(
  "application_clocks",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => loanApplications.id),
    clock: text("clock").notNull(),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    stoppedAt: timestamp("stopped_at", { withTimezone: true }),
  },
  (t) => [index("application_clocks_application_idx").on(t.applicationId)],
);

export const applicationContracts = pgTable(
  "application_contracts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => loanApplications.id),
    kind: text("kind").notNull(),
    number: text("number").notNull(),
    signedOn: date("signed_on", { mode: "string" }).notNull(),
    amountFen: bigint("amount_fen", { mode: "bigint" }).notNull(),
    parties: text("parties").array().notNull(),
    /** 借款合同 only: the loan's actual annual rate (重庆 caps the interest subsidy by it). */
    annualRate: numeric("annual_rate", { precision: 7, scale: 6 }),
  },
  (t) => [
    uniqueIndex("application_contracts_kind_key").on(t.applicationId, t.kind),
    check(
      "application_contracts_annual_rate",
      sql`${t.annualRate} is null or (${t.kind} = 'LOAN' and ${t.annualRate} > 0 and ${t.annualRate} <= 0.24)`,
    ),
  ],
);
