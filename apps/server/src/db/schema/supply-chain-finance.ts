import { sql } from "drizzle-orm";
import {
  bigint,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { enterprises } from "./enterprises";
import { organisations, users } from "./identity";
import { apiKeys } from "./servicing";

/**
 * Data-verified supply-chain financing (seed 004 §三(五)): what a core enterprise owes its suppliers,
 * as it uploads it. A payable is financed at most once at a time: `financing_id` holds the financing
 * that encumbers it, set under a row lock.
 */
export const scfPayables = pgTable(
  "scf_payables",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coreEnterpriseId: uuid("core_enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    /** The core's district: the bureau whose region covers it reads the programme's totals. */
    regionCode: text("region_code").notNull(),
    supplierUscc: text("supplier_uscc").notNull(),
    kind: text("kind").notNull(),
    documentNo: text("document_no").notNull(),
    amountFen: bigint("amount_fen", { mode: "bigint" }).notNull(),
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    status: text("status").notNull(),
    financingId: uuid("financing_id"),
    uploadedBy: uuid("uploaded_by")
      .notNull()
      .references(() => users.id),
    apiKeyId: uuid("api_key_id").references(() => apiKeys.id),
    withdrawReason: text("withdraw_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    // A document number once per core, unless withdrawn.
    uniqueIndex("scf_payables_document_key")
      .on(t.coreEnterpriseId, t.documentNo)
      .where(sql`${t.status} <> 'WITHDRAWN'`),
    index("scf_payables_supplier_idx").on(t.supplierUscc, t.coreEnterpriseId),
    index("scf_payables_financing_idx").on(t.financingId),
  ],
);

/**
 * 协助账户锁定: the core enterprise records the collection account it pays its suppliers' receivables
 * into, held at the bank; the bank confirms. Only a confirmed arrangement in force lets the bank finance.
 */
export const scfArrangements = pgTable(
  "scf_arrangements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coreEnterpriseId: uuid("core_enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    bankOrgId: uuid("bank_org_id")
      .notNull()
      .references(() => organisations.id),
    regionCode: text("region_code").notNull(),
    accountBank: text("account_bank").notNull(),
    accountName: text("account_name").notNull(),
    accountNo: text("account_no").notNull(),
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    effectiveTo: date("effective_to", { mode: "string" }).notNull(),
    status: text("status").notNull(),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionNote: text("decision_note"),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("scf_arrangements_core_idx").on(t.coreEnterpriseId, t.bankOrgId)],
);

/** A supplier's request to a bank, or the bank's financing of selected receivables, and its repayment. */
export const scfFinancings = pgTable(
  "scf_financings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arrangementId: uuid("arrangement_id")
      .notNull()
      .references(() => scfArrangements.id),
    bankOrgId: uuid("bank_org_id")
      .notNull()
      .references(() => organisations.id),
    coreEnterpriseId: uuid("core_enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    regionCode: text("region_code").notNull(),
    supplierUscc: text("supplier_uscc").notNull(),
    amountFen: bigint("amount_fen", { mode: "bigint" }).notNull(),
    status: text("status").notNull(),
    requestedBy: uuid("requested_by").references(() => users.id),
    requestedAt: timestamp("requested_at", { withTimezone: true }),
    financedBy: uuid("financed_by").references(() => users.id),
    financedOn: date("financed_on", { mode: "string" }),
    declineReason: text("decline_reason"),
    repaidBy: uuid("repaid_by").references(() => users.id),
    repaidOn: date("repaid_on", { mode: "string" }),
    repaymentSource: text("repayment_source"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("scf_financings_bank_idx").on(t.bankOrgId, t.status),
    index("scf_financings_supplier_idx").on(t.supplierUscc, t.coreEnterpriseId),
    index("scf_financings_region_idx").on(t.regionCode),
  ],
);

/** Which receivables a financing covers: the history stays when a repayment frees them. */
export const scfFinancingLines = pgTable(
  "scf_financing_lines",
  {
    financingId: uuid("financing_id")
      .notNull()
      .references(() => scfFinancings.id),
    payableId: uuid("payable_id")
      .notNull()
      .references(() => scfPayables.id),
  },
  (t) => [
    primaryKey({ columns: [t.financingId, t.payableId] }),
    index("scf_financing_lines_payable_idx").on(t.payableId),
  ],
);

/** A region's rules (advance rate, per-supplier cap, days to due); the most specific region prefix wins. */
export const scfRules = pgTable("scf_rules", {
  regionCode: text("region_code").primaryKey(),
  advanceRate: text("advance_rate").notNull(),
  supplierCapFen: bigint("supplier_cap_fen", { mode: "bigint" }).notNull(),
  minDaysToDue: integer("min_days_to_due").notNull(),
  maxDaysToDue: integer("max_days_to_due").notNull(),
  updatedBy: uuid("updated_by")
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
