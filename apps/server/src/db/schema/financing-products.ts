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
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { enterprises } from "./enterprises";
import { organisations, users } from "./identity";
import { regions } from "./reference";

/**
 * A financing product of the 服务资源池 (seed 004 §三). The product is its identity and owner; what it
 * offers lives in its versions. `listedVersion` is what enterprises see; `latestVersion` is the one
 * being worked on or reviewed (the same one once it is listed).
 */
export const financingProducts = pgTable(
  "financing_products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    /** The institution's region: its bureau reviews the product. */
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    latestVersion: integer("latest_version").notNull(),
    listedVersion: integer("listed_version"),
    /** The business day the listed version was listed on (the catalogue period reads it). */
    listedOn: date("listed_on", { mode: "string" }),
    /** Optimistic lock for every step. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("financing_products_org_idx").on(t.orgId),
    index("financing_products_region_idx").on(t.regionCode),
  ],
);

/** Each version of a product, with its own review state; never deleted, so the history stays whole. */
export const financingProductVersions = pgTable(
  "financing_product_versions",
  {
    productId: uuid("product_id")
      .notNull()
      .references(() => financingProducts.id),
    version: integer("version").notNull(),
    state: text("state").notNull(),
    name: text("name").notNull(),
    category: text("category").notNull(),
    type: text("type").notNull(),
    rateMin: numeric("rate_min", { precision: 7, scale: 6 }),
    rateMax: numeric("rate_max", { precision: 7, scale: 6 }),
    amountMinFen: bigint("amount_min_fen", { mode: "bigint" }).notNull(),
    amountMaxFen: bigint("amount_max_fen", { mode: "bigint" }).notNull(),
    termMinMonths: integer("term_min_months").notNull(),
    termMaxMonths: integer("term_max_months").notNull(),
    collateral: text("collateral").array().notNull(),
    tags: text("tags").array().notNull(),
    clusters: text("clusters").array().notNull(),
    industries: text("industries").array().notNull(),
    sizeClasses: text("size_classes").array().notNull(),
    districts: text("districts").array().notNull(),
    materials: text("materials").notNull(),
    description: text("description").notNull(),
    contactName: text("contact_name").notNull(),
    contactPhone: text("contact_phone").notNull(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.version] }),
    check(
      "financing_product_versions_amounts_check",
      sql`0 < ${t.amountMinFen} and ${t.amountMinFen} <= ${t.amountMaxFen}`,
    ),
    check(
      "financing_product_versions_terms_check",
      sql`0 < ${t.termMinMonths} and ${t.termMinMonths} <= ${t.termMaxMonths}`,
    ),
  ],
);

/** Every step of a product (created, edited, submitted, listed, returned, delisted): who, when, why. */
export const financingProductEvents = pgTable(
  "financing_product_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    productId: uuid("product_id")
      .notNull()
      .references(() => financingProducts.id),
    version: integer("version").notNull(),
    action: text("action").notNull(),
    fromState: text("from_state"),
    toState: text("to_state").notNull(),
    note: text("note"),
    actorUserId: uuid("actor_user_id")
      .notNull()
      .references(() => users.id),
    actorOrgId: uuid("actor_org_id")
      .notNull()
      .references(() => organisations.id),
    businessDate: date("business_date", { mode: "string" }).notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("financing_product_events_product_idx").on(t.productId, t.id)],
);

/** A 产品汇编 (汇编成册): the products a bureau listed in a period, frozen at compilation. */
export const productCatalogues = pgTable(
  "product_catalogues",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    title: text("title").notNull(),
    periodFrom: date("period_from", { mode: "string" }).notNull(),
    periodTo: date("period_to", { mode: "string" }).notNull(),
    compiledBy: uuid("compiled_by")
      .notNull()
      .references(() => users.id),
    compiledOn: date("compiled_on", { mode: "string" }).notNull(),
    publishedBy: uuid("published_by").references(() => users.id),
    publishedOn: date("published_on", { mode: "string" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("product_catalogues_region_idx").on(t.regionCode)],
);

export const productCatalogueEntries = pgTable(
  "product_catalogue_entries",
  {
    catalogueId: uuid("catalogue_id")
      .notNull()
      .references(() => productCatalogues.id),
    productId: uuid("product_id")
      .notNull()
      .references(() => financingProducts.id),
    productVersion: integer("product_version").notNull(),
  },
  (t) => [primaryKey({ columns: [t.catalogueId, t.productId] })],
);

/**
 * The transactional outbox of messages to people (docs/decisions: outbox contract). A decision writes
 * its messages here in its own transaction; each channel's notifier takes the undelivered rows of its
 * channel, delivers them and stamps `deliveredAt`. `dedupeKey` makes a repeated decision write nothing twice.
 */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    channel: text("channel").notNull(),
    topic: text("topic").notNull(),
    dedupeKey: text("dedupe_key").notNull(),
    recipientOrgId: uuid("recipient_org_id").references(() => organisations.id),
    recipientEnterpriseId: uuid("recipient_enterprise_id").references(() => enterprises.id),
    payload: jsonb("payload").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
  },
  (t) => [
    uniqueIndex("outbox_messages_dedupe_key").on(t.channel, t.dedupeKey),
    index("outbox_messages_pending_idx").on(t.channel, t.id).where(sql`${t.deliveredAt} is null`),
  ],
);

/** An in-app message to an enterprise (the push of a catalogue): the delivery record per enterprise. */
export const enterpriseMessages = pgTable(
  "enterprise_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    outboxId: bigint("outbox_id", { mode: "number" })
      .notNull()
      .references(() => outboxMessages.id),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    catalogueId: uuid("catalogue_id").references(() => productCatalogues.id),
    title: text("title").notNull(),
    titleEn: text("title_en").notNull(),
    body: text("body").notNull(),
    bodyEn: text("body_en").notNull(),
    /** The catalogue's categories and products that fit the enterprise. */
    categories: text("categories").array().notNull(),
    productIds: uuid("product_ids").array().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("enterprise_messages_outbox_key").on(t.outboxId),
    index("enterprise_messages_enterprise_idx").on(t.enterpriseId, t.createdAt),
  ],
);
