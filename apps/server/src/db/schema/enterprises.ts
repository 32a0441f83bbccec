import { sql } from "drizzle-orm";
import {
  bigint,
  check,
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
import { organisations, users } from "./identity";
import { regions } from "./reference";

export const enterprises = pgTable(
  "enterprises",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    uscc: text("uscc").notNull(),
    // A code that fails the check digit but was really issued, confirmed by a platform admin.
    usccConfirmedBy: uuid("uscc_confirmed_by").references(() => users.id),
    name: text("name").notNull(),
    address: text("address").notNull(),
    districtCode: text("district_code")
      .notNull()
      .references(() => regions.code),
    legalRepresentative: text("legal_representative").notNull(),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    establishedOn: date("established_on", { mode: "string" }).notNull(),
    industryCode: text("industry_code").notNull(),
    mainBusiness: text("main_business"),
    employees: integer("employees").notNull(),
    totalAssetsFen: bigint("total_assets_fen", { mode: "bigint" }),
    ownership: text("ownership").notNull(),
    // Derived from employees and the latest revenue by the domain's size rule; stored so
    // lists can filter and page on it in SQL.
    sizeClass: text("size_class").notNull(),
    /** 重庆's “33618” cluster the enterprise belongs to, if any (one of CLUSTER_CODES). */
    cluster: text("cluster"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("enterprises_uscc_key").on(t.uscc),
    index("enterprises_district_idx").on(t.districtCode),
    index("enterprises_name_idx").on(t.name),
    check("enterprises_employees_check", sql`${t.employees} >= 0`),
  ],
);

export const enterpriseRevenues = pgTable(
  "enterprise_revenues",
  {
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    amountFen: bigint("amount_fen", { mode: "bigint" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.year] })],
);

export const enterpriseTags = pgTable(
  "enterprise_tags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    tag: text("tag").notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validTo: date("valid_to", { mode: "string" }),
  },
  (t) => [
    index("enterprise_tags_enterprise_idx").on(t.enterpriseId),
    index("enterprise_tags_tag_idx").on(t.tag),
  ],
);

export const enterpriseBankAccounts = pgTable(
  "enterprise_bank_accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    // The bank organisation on the platform, when the account is held with one: this is
    // what lets that bank see the enterprise.
    bankOrgId: uuid("bank_org_id").references(() => organisations.id),
    bankName: text("bank_name").notNull(),
    accountNo: text("account_no").notNull(),
  },
  (t) => [index("enterprise_bank_accounts_bank_idx").on(t.bankOrgId)],
);

export const supplyChainLinks = pgTable(
  "supply_chain_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coreEnterpriseId: uuid("core_enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    supplierEnterpriseId: uuid("supplier_enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    tier: integer("tier").notNull(),
    products: text("products").notNull(),
  },
  (t) => [
    uniqueIndex("supply_chain_links_pair_key").on(t.coreEnterpriseId, t.supplierEnterpriseId),
    check("supply_chain_links_tier_check", sql`${t.tier} between 1 and 3`),
    check("supply_chain_links_distinct_check", sql`${t.coreEnterpriseId} <> ${t.supplierEnterpriseId}`),
  ],
);
