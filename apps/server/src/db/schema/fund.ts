import type { PaymentHistoryAction } from "@chanrong/domain";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
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
import { loanApplications } from "./applications";
import { enterprises } from "./enterprises";
import { organisations, users } from "./identity";
import { regions } from "./reference";

/** A special fund (强链补链专项资金), managed by a guarantor for the government (seed 002 art. 13). */
export const funds = pgTable(
  "funds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    managerOrgId: uuid("manager_org_id")
      .notNull()
      .references(() => organisations.id),
    /** The programmes whose subsidies and compensation it pays. */
    programmeCodes: text("programme_codes").array().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("funds_code_key").on(t.code)],
);

/**
 * An account of a fund's ledger. Totals are maintained by a trigger on fund_transfers, in the same
 * transaction as the transfer; the check constraint makes a balance below zero on the normal side
 * (an overdraft, or paying someone more than they are owed) impossible at the database level. Its pages
 * are half filled (fillfactor 50, migration 0020) so that the trigger updates the totals in place.
 */
export const fundAccounts = pgTable(
  "fund_accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => funds.id),
    kind: text("kind").notNull(),
    normalSide: text("normal_side").notNull(),
    /** A payable's beneficiary: an organisation (guarantor) or an enterprise. */
    beneficiaryOrgId: uuid("beneficiary_org_id").references(() => organisations.id),
    beneficiaryEnterpriseId: uuid("beneficiary_enterprise_id").references(() => enterprises.id),
    name: text("name").notNull(),
    debitsFen: bigint("debits_fen", { mode: "bigint" }).notNull().default(sql`0`),
    creditsFen: bigint("credits_fen", { mode: "bigint" }).notNull().default(sql`0`),
  },
  (t) => [
    uniqueIndex("fund_accounts_identity_key").on(
      t.fundId,
      t.kind,
      sql`coalesce(${t.beneficiaryOrgId}, ${t.beneficiaryEnterpriseId})`,
    ),
    check("fund_accounts_normal_side_check", sql`${t.normalSide} in ('debit', 'credit')`),
    check(
      "fund_accounts_no_negative_balance",
      sql`case when ${t.normalSide} = 'debit' then ${t.creditsFen} <= ${t.debitsFen} else ${t.debitsFen} <= ${t.creditsFen} end`,
    ),
  ],
);

/**
 * A set of transfers posted together in one transaction, and why. Insert-only. The idempotency key
 * is the client's (or, for postings the platform makes itself, derived from the decision), so a
 * retry returns the first posting instead of posting twice.
 */
export const fundPostings = pgTable(
  "fund_postings",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => funds.id),
    idempotencyKey: text("idempotency_key").notNull(),
    /** SHA-256 of the request's fields; the same key with other fields is refused. */
    requestHash: text("request_hash").notNull(),
    kind: text("kind").notNull(),
    effectiveOn: date("effective_on", { mode: "string" }).notNull(),
    memo: text("memo").notNull(),
    /** The decision that caused it (SPEC §4: every entry links to its decision). */
    paymentId: uuid("payment_id").references(() => fundPayments.id),
    paymentLineId: uuid("payment_line_id").references(() => fundPaymentLines.id),
    recoveryId: uuid("recovery_id").references(() => recoveries.id),
    reverses: bigint("reverses", { mode: "number" }),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedByOrg: uuid("recorded_by_org")
      .notNull()
      .references(() => organisations.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("fund_postings_idempotency_key").on(t.fundId, t.idempotencyKey),
    // A posting is reversed at most once, and a payment line paid at most once.
    uniqueIndex("fund_postings_reverses_key").on(t.reverses),
    uniqueIndex("fund_postings_line_paid_key").on(t.paymentLineId).where(sql`${t.kind} = 'PAYMENT_PAID'`),
    index("fund_postings_fund_idx").on(t.fundId, t.effectiveOn, t.id),
  ],
);

/** One leg: amount leaves the credit account and arrives in the debit account. Insert-only. */
export const fundTransfers = pgTable(
  "fund_transfers",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    postingId: bigint("posting_id", { mode: "number" })
      .notNull()
      .references(() => fundPostings.id),
    debitAccountId: uuid("debit_account_id")
      .notNull()
      .references(() => fundAccounts.id),
    creditAccountId: uuid("credit_account_id")
      .notNull()
      .references(() => fundAccounts.id),
    amountFen: bigint("amount_fen", { mode: "bigint" }).notNull(),
  },
  (t) => [
    check("fund_transfers_positive", sql`${t.amountFen} > 0`),
    check("fund_transfers_distinct_accounts", sql`${t.debitAccountId} <> ${t.creditAccountId}`),
    index("fund_transfers_posting_idx").on(t.postingId),
    index("fund_transfers_debit_idx").on(t.debitAccountId),
    index("fund_transfers_credit_idx").on(t.creditAccountId),
  ],
);

/** A payment out of the fund and where it stands in the review chain (domain payment-workflow). */
export const fundPayments = pgTable(
  "fund_payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => funds.id),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    /** The title in English; null on payments made before it was kept (their title then serves). */
    titleEn: text("title_en"),
    /** The calendar year of a guarantee-fee batch, or the year applied in for interest subsidies. */
    year: integer("year"),
    status: text("status").notNull(),
    financeReview: text("finance_review").notNull(),
    industryReview: text("industry_review").notNull(),
    holders: text("holders").array().notNull(),
    heldSince: timestamp("held_since", { withTimezone: true }).notNull().defaultNow(),
    totalFen: bigint("total_fen", { mode: "bigint" }).notNull(),
    lineCount: integer("line_count").notNull(),
    /** The guarantor's key for executing it: a retry with the same key returns the same result. */
    executionKey: text("execution_key"),
    /** Whoever started the payment run; an interrupted run resumes in their name. */
    executedBy: uuid("executed_by").references(() => users.id),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    /**
     * The business dates (platform/clock today()) it was created and paid on, which users read: they
     * differ from the timestamps when the date is pinned. The default is the real date in China.
     */
    createdOn: date("created_on", { mode: "string" })
      .notNull()
      .default(sql`(now() at time zone 'Asia/Shanghai')::date`),
    paidOn: date("paid_on", { mode: "string" }),
    version: integer("version").notNull().default(1),
    /** As on loan_applications: the version of the last step that changed the status or this review. */
    financeReviewVersion: integer("finance_review_version").notNull().default(1),
    industryReviewVersion: integer("industry_review_version").notNull().default(1),
  },
  (t) => [
    index("fund_payments_fund_idx").on(t.fundId, t.status),
    index("fund_payments_holders_idx").using("gin", t.holders),
  ],
);

/**
 * One beneficiary's amount in a payment, with its working. `subject` names what is paid for
 * (e.g. INTEREST_SUBSIDY:<loan>, FEE_SUBSIDY:<loan>:2025); while its payment is live no second
 * line may name the same subject, so nothing is claimed twice.
 */
/** Its pages are half filled (fillfactor 50, migration 0020) so that paying a line updates it in place. */
export const fundPaymentLines = pgTable(
  "fund_payment_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    paymentId: uuid("payment_id")
      .notNull()
      .references(() => fundPayments.id),
    lineNo: integer("line_no").notNull(),
    subject: text("subject").notNull(),
    /** False once the payment is cancelled, which frees the subject for a new payment. */
    live: boolean("live").notNull().default(true),
    applicationId: uuid("application_id").references(() => loanApplications.id),
    beneficiaryOrgId: uuid("beneficiary_org_id").references(() => organisations.id),
    beneficiaryEnterpriseId: uuid("beneficiary_enterprise_id").references(() => enterprises.id),
    beneficiaryName: text("beneficiary_name").notNull(),
    amountFen: bigint("amount_fen", { mode: "bigint" }).notNull(),
    working: jsonb("working").notNull(),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    /** The business date the line was paid on. */
    paidOn: date("paid_on", { mode: "string" }),
    /**
     * The account paid into, as the registry had it when the payer paid (kept, so a later change of
     * the registry does not rewrite what was paid), and the bank's transfer reference (流水号).
     */
    payeeAccountName: text("payee_account_name"),
    payeeBankName: text("payee_bank_name"),
    payeeAccountNo: text("payee_account_no"),
    transferReference: text("transfer_reference"),
  },
  (t) => [
    uniqueIndex("fund_payment_lines_no_key").on(t.paymentId, t.lineNo),
    uniqueIndex("fund_payment_lines_live_subject_key").on(t.subject).where(sql`${t.live}`),
    index("fund_payment_lines_application_idx").on(t.applicationId),
    check("fund_payment_lines_positive", sql`${t.amountFen} > 0`),
    // Nothing is paid without the bank's transfer reference.
    check(
      "fund_payment_lines_paid_with_reference",
      sql`${t.paidAt} is null or ${t.transferReference} is not null`,
    ),
  ],
);

/** Append-only history of a payment: every step with who, which organisation, when and the opinion. */
export const fundPaymentEvents = pgTable(
  "fund_payment_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    paymentId: uuid("payment_id")
      .notNull()
      .references(() => fundPayments.id),
    action: text("action").$type<PaymentHistoryAction>().notNull(),
    fromStatus: text("from_status").notNull(),
    toStatus: text("to_status").notNull(),
    opinion: text("opinion"),
    reason: text("reason"),
    actorUserId: uuid("actor_user_id")
      .notNull()
      .references(() => users.id),
    actorOrgId: uuid("actor_org_id")
      .notNull()
      .references(() => organisations.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * The business date of the step (platform/clock today()), which forms print: it differs from `at`
     * when the date is pinned. The default is the real date in China, for writers that do not set it.
     */
    businessDate: date("business_date", { mode: "string" })
      .notNull()
      .default(sql`(now() at time zone 'Asia/Shanghai')::date`),
  },
  (t) => [index("fund_payment_events_payment_idx").on(t.paymentId, t.id)],
);

/** 贴息表 (seed 002 附件2): an enterprise's application for the interest subsidy of a settled loan. */
export const interestSubsidyClaims = pgTable(
  "interest_subsidy_claims",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => loanApplications.id),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    /** The fields of 附件2 the enterprise fills (开户银行及账号, 企业经营发展情况, 企业申请意见). */
    form: jsonb("form").notNull(),
    appliedOn: date("applied_on", { mode: "string" }).notNull(),
    /** The amount the enterprise applied for (申请贴息金额); the guarantor's computation decides. */
    claimedFen: bigint("claimed_fen", { mode: "bigint" }).notNull(),
    status: text("status").notNull(),
    paymentLineId: uuid("payment_line_id").references(() => fundPaymentLines.id),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("interest_subsidy_claims_live_key")
      .on(t.applicationId)
      .where(sql`${t.status} <> 'WITHDRAWN'`),
    index("interest_subsidy_claims_enterprise_idx").on(t.enterpriseId),
  ],
);

/** An annual rate as a fraction (0.0345 = 3.45%): exact, read back as a string. */
const annualRate = (name: string) => numeric(name, { precision: 7, scale: 6 });

/** What the database accepts as an actual annual rate: above 0 and at most 24%. */
const rateInRange = (column: AnyPgColumn) => sql`${column} is null or (${column} > 0 and ${column} <= 0.24)`;

/**
 * Guarantee fees the guarantor actually charged on a programme guarantee (the cap of its fee subsidy).
 * Insert-only: a wrong receipt is corrected by a reversal — a row that names it in `reverses`, with
 * the same date and rate, the negated amount and a reason — so every sum counts net of corrections.
 */
export const guaranteeFeeReceipts = pgTable(
  "guarantee_fee_receipts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => loanApplications.id),
    receivedOn: date("received_on", { mode: "string" }).notNull(),
    amountFen: bigint("amount_fen", { mode: "bigint" }).notNull(),
    /** The guarantee's actual annualised fee rate the fee was charged at (重庆: caps the subsidy). */
    feeRate: annualRate("fee_rate"),
    note: text("note"),
    reverses: bigint("reverses", { mode: "number" }).references((): AnyPgColumn => guaranteeFeeReceipts.id),
    /** Why a reversal corrects the receipt it names. */
    reason: text("reason"),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("guarantee_fee_receipts_application_idx").on(t.applicationId, t.receivedOn),
    // A receipt is reversed at most once.
    uniqueIndex("guarantee_fee_receipts_reverses_key").on(t.reverses),
    check(
      "guarantee_fee_receipts_sign",
      sql`(${t.reverses} is null and ${t.amountFen} > 0 and ${t.reason} is null) or (${t.reverses} is not null and ${t.amountFen} < 0 and ${t.reason} is not null)`,
    ),
    check("guarantee_fee_receipts_rate", rateInRange(t.feeRate)),
  ],
);

/**
 * A default (seed 002 art. 11(8)): the bank's claim on an overdue loan, the guarantor's compensation
 * (代偿) of the loss, and the fund's part sent through the payment chain.
 */
export const defaultCases = pgTable(
  "default_cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => loanApplications.id),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => funds.id),
    status: text("status").notNull(),
    /** The loss claimed: principal outstanding that the enterprise failed to repay. */
    lossFen: bigint("loss_fen", { mode: "bigint" }).notNull(),
    scheme: text("scheme").notNull(),
    claimedOn: date("claimed_on", { mode: "string" }).notNull(),
    claimReason: text("claim_reason").notNull(),
    claimedBy: uuid("claimed_by")
      .notNull()
      .references(() => users.id),
    compensatedOn: date("compensated_on", { mode: "string" }),
    compensatedBy: uuid("compensated_by").references(() => users.id),
    /** The split and the fund's part as computed when compensated. */
    working: jsonb("working"),
    paymentId: uuid("payment_id").references(() => fundPayments.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    // One standing claim per loan; a withdrawn one leaves room for a new claim.
    uniqueIndex("default_cases_application_key").on(t.applicationId).where(sql`${t.status} <> 'WITHDRAWN'`),
    check("default_cases_positive", sql`${t.lossFen} > 0`),
  ],
);

/** Append-only history of a default case: every step with who, which organisation, when and why. */
export const defaultCaseEvents = pgTable(
  "default_case_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    defaultCaseId: uuid("default_case_id")
      .notNull()
      .references(() => defaultCases.id),
    action: text("action").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    reason: text("reason"),
    /** What the step recorded (the recovery and its reversal, the payment asked for). */
    details: jsonb("details"),
    actorUserId: uuid("actor_user_id")
      .notNull()
      .references(() => users.id),
    actorOrgId: uuid("actor_org_id")
      .notNull()
      .references(() => organisations.id),
    businessDate: date("business_date", { mode: "string" }).notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("default_case_events_case_idx").on(t.defaultCaseId, t.id)],
);

/**
 * What the guarantor recovered on a default and how it was shared (SPEC §3.2, seed 002 art. 11(9)).
 * Insert-only: a wrong recovery is corrected by a reversal — a row naming it in `reverses`, with the
 * same date, the negated amount and distribution and a reason — and its fund posting is reversed.
 */
export const recoveries = pgTable(
  "recoveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    defaultCaseId: uuid("default_case_id")
      .notNull()
      .references(() => defaultCases.id),
    recoveredOn: date("recovered_on", { mode: "string" }).notNull(),
    amountFen: bigint("amount_fen", { mode: "bigint" }).notNull(),
    /** Each bearer's part, fen as strings; the fund's part is posted back to the fund. */
    distribution: jsonb("distribution").notNull(),
    reverses: uuid("reverses").references((): AnyPgColumn => recoveries.id),
    /** Why a reversal corrects the recovery it names. */
    reason: text("reason"),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("recoveries_case_idx").on(t.defaultCaseId),
    // A recovery is reversed at most once.
    uniqueIndex("recoveries_reverses_key").on(t.reverses),
    check(
      "recoveries_sign",
      sql`(${t.reverses} is null and ${t.amountFen} > 0 and ${t.reason} is null) or (${t.reverses} is not null and ${t.amountFen} < 0 and ${t.reason} is not null)`,
    ),
  ],
);
