import type { BridgeLoanState } from "@chanrong/domain";
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
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
import { fundPostings, funds } from "./fund";
import { organisations, users } from "./identity";

/**
 * The rules of a bridge fund (资金池, seed 004 §四(二)), insert-only by version: a fund with rules is
 * a bridge fund, and a request keeps the version it was made under.
 */
export const bridgeFundRules = pgTable(
  "bridge_fund_rules",
  {
    fundId: uuid("fund_id")
      .notNull()
      .references(() => funds.id),
    version: integer("version").notNull(),
    /** BridgeLoanRulesWire: ceilings in yuan strings. */
    rules: jsonb("rules").notNull(),
    note: text("note").notNull(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.fundId, t.version] })],
);

/** A letter a bank uploads before it commits to renew (续贷承诺), bound to the bridge loan on commitment. */
export const bridgeLoanLetters = pgTable("bridge_loan_letters", {
  id: uuid("id").primaryKey().defaultRandom(),
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
});

/** An enterprise's request for bridge money to repay a maturing loan, and where it stands. */
export const bridgeLoans = pgTable(
  "bridge_loans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => funds.id),
    rulesVersion: integer("rules_version").notNull(),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    state: text("state").$type<BridgeLoanState>().notNull(),
    /** The maturing loan: its bank, contract, maturity and amount outstanding. */
    bankOrgId: uuid("bank_org_id")
      .notNull()
      .references(() => organisations.id),
    contractNo: text("contract_no").notNull(),
    maturityDate: date("maturity_date", { mode: "string" }).notNull(),
    maturingAmountFen: bigint("maturing_amount_fen", { mode: "bigint" }).notNull(),
    amountFen: bigint("amount_fen", { mode: "bigint" }).notNull(),
    /** The ceiling that applied on the day of the request, its group and reason (BridgeCeiling). */
    ceiling: jsonb("ceiling").notNull(),
    appliedOn: date("applied_on", { mode: "string" }).notNull(),
    /** The bank's commitment to renew: its letter, amount and expected disbursement. */
    letterId: uuid("letter_id").references(() => bridgeLoanLetters.id),
    renewalAmountFen: bigint("renewal_amount_fen", { mode: "bigint" }),
    expectedDisbursementOn: date("expected_disbursement_on", { mode: "string" }),
    paidOn: date("paid_on", { mode: "string" }),
    returnDue: date("return_due", { mode: "string" }),
    paidPostingId: bigint("paid_posting_id", { mode: "number" }).references(() => fundPostings.id),
    renewalDisbursedOn: date("renewal_disbursed_on", { mode: "string" }),
    returnedOn: date("returned_on", { mode: "string" }),
    feeFen: bigint("fee_fen", { mode: "bigint" }),
    /** BridgeFeeWorking as computed when the money came back. */
    feeWorking: jsonb("fee_working"),
    returnedPostingId: bigint("returned_posting_id", { mode: "number" }).references(() => fundPostings.id),
    /** The highest overdue level notified (0 none, 1 flagged, 2 escalated): each is told once. */
    overdueLevel: integer("overdue_level").notNull().default(0),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    // One live request per maturing loan; a declined or rejected one leaves room for another.
    uniqueIndex("bridge_loans_live_contract_key")
      .on(t.bankOrgId, t.contractNo)
      .where(sql`${t.state} not in ('DECLINED', 'REJECTED')`),
    index("bridge_loans_fund_idx").on(t.fundId, t.state),
    index("bridge_loans_enterprise_idx").on(t.enterpriseId),
    index("bridge_loans_bank_idx").on(t.bankOrgId, t.state),
    check("bridge_loans_positive", sql`${t.amountFen} > 0 and ${t.amountFen} <= ${t.maturingAmountFen}`),
    check("bridge_loans_paid_once", sql`(${t.paidOn} is null) = (${t.paidPostingId} is null)`),
  ],
);

/** Append-only history of a bridge loan: every step with who, which organisation, when and why. */
export const bridgeLoanEvents = pgTable(
  "bridge_loan_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    bridgeLoanId: uuid("bridge_loan_id")
      .notNull()
      .references(() => bridgeLoans.id),
    action: text("action").notNull(),
    fromState: text("from_state"),
    toState: text("to_state").notNull(),
    reason: text("reason"),
    details: jsonb("details"),
    /** Null for the platform's own steps (the overdue job). */
    actorUserId: uuid("actor_user_id").references(() => users.id),
    actorOrgId: uuid("actor_org_id").references(() => organisations.id),
    businessDate: date("business_date", { mode: "string" }).notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("bridge_loan_events_loan_idx").on(t.bridgeLoanId, t.id)],
);
