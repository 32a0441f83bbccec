import type { ClaimHistoryAction, MarketplaceSettings, MatchingWeights } from "@chanrong/domain";
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { enterprises } from "./enterprises";
import { financingProducts } from "./financing-products";
import { organisations, users } from "./identity";

const businessDate = (name: string) =>
  date(name, { mode: "string" }).notNull().default(sql`(now() at time zone 'Asia/Shanghai')::date`);

/** Per-region marketplace rules (claimants and step deadlines); a region without a row uses the 渝惠融 preset. */
export const marketplaceSettings = pgTable("marketplace_settings", {
  regionCode: text("region_code").primaryKey(),
  settings: jsonb("settings").$type<MarketplaceSettings>().notNull(),
  /** Matching's criterion weights for the region; null: DEFAULT_MATCHING_WEIGHTS (not kept per demand). */
  matchingWeights: jsonb("matching_weights").$type<MatchingWeights>(),
  updatedBy: uuid("updated_by")
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A published whitelist batch (定期收集整理): the demands admitted in a period, numbered per region, frozen. */
export const financingDemandBatches = pgTable(
  "financing_demand_batches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionCode: text("region_code").notNull(),
    number: integer("number").notNull(),
    periodFrom: date("period_from", { mode: "string" }).notNull(),
    periodTo: date("period_to", { mode: "string" }).notNull(),
    publishedOn: businessDate("published_on"),
    publishedBy: uuid("published_by")
      .notNull()
      .references(() => users.id),
  },
  (t) => [uniqueIndex("financing_demand_batches_number_key").on(t.regionCode, t.number)],
);

/** An enterprise's financing demand (融资需求) and the bureau's curation of it. */
export const financingDemands = pgTable(
  "financing_demands",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    /** The enterprise's district when posted: the bureau covering it curates the demand. */
    regionCode: text("region_code").notNull(),
    kind: text("kind").notNull(),
    amountFen: bigint("amount_fen", { mode: "bigint" }).notNull(),
    termMonths: integer("term_months").notNull(),
    purpose: text("purpose").notNull(),
    collateral: text("collateral").array().notNull(),
    keyProject: text("key_project"),
    urgency: text("urgency").notNull(),
    status: text("status").notNull(),
    version: integer("version").notNull().default(1),
    /** 一企一策: the bureau's note on how this enterprise is to be served. */
    policyNote: text("policy_note"),
    declineReason: text("decline_reason"),
    /** The 金融顾问: a user of the curating bureau. */
    officerUserId: uuid("officer_user_id").references(() => users.id),
    /** Null until admitted; true when every fitting institution received it, false when the bureau named them. */
    openToAll: boolean("open_to_all"),
    /** The region's rules when it was admitted, which it keeps (a later change applies to later demands). */
    settings: jsonb("settings").$type<MarketplaceSettings>(),
    /** Claims holding a claimant place: a conditional increment makes a single-claim demand go to one. */
    activeClaims: integer("active_claims").notNull().default(0),
    batchId: uuid("batch_id").references(() => financingDemandBatches.id),
    /** 申请此产品: the product the enterprise asked for, and the listed version whose terms it was checked against. */
    productId: uuid("product_id").references(() => financingProducts.id),
    productVersion: integer("product_version"),
    /** Why the bureau did not push a demand asked for a product to that product's institution. */
    productOmittedReason: text("product_omitted_reason"),
    postedBy: uuid("posted_by")
      .notNull()
      .references(() => users.id),
    postedOn: businessDate("posted_on"),
    decidedOn: date("decided_on", { mode: "string" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("financing_demands_region_idx").on(t.regionCode, t.status),
    index("financing_demands_enterprise_idx").on(t.enterpriseId),
    check("financing_demands_amount_positive", sql`${t.amountFen} > 0`),
    check("financing_demands_active_claims_range", sql`${t.activeClaims} >= 0`),
    check("financing_demands_product_version", sql`(${t.productId} is null) = (${t.productVersion} is null)`),
  ],
);

/** One institution's handling of one admitted demand (pushed → claimed → … → closed, or released). */
export const financingDemandClaims = pgTable(
  "financing_demand_claims",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    demandId: uuid("demand_id")
      .notNull()
      .references(() => financingDemands.id),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    state: text("state").notNull(),
    version: integer("version").notNull().default(1),
    pushedOn: date("pushed_on", { mode: "string" }).notNull(),
    claimedOn: date("claimed_on", { mode: "string" }),
    /** The last day of the step it is in; null when no clock runs. */
    dueOn: date("due_on", { mode: "string" }),
    remindedOn: date("reminded_on", { mode: "string" }),
    approvedAmountFen: bigint("approved_amount_fen", { mode: "bigint" }),
    approvedRate: text("approved_rate"),
    approvedTermMonths: integer("approved_term_months"),
    creditAmountFen: bigint("credit_amount_fen", { mode: "bigint" }),
    fundedAmountFen: bigint("funded_amount_fen", { mode: "bigint" }),
    fundedOn: date("funded_on", { mode: "string" }),
    fundedRate: text("funded_rate"),
    declineReason: text("decline_reason"),
    rating: integer("rating"),
    ratingComment: text("rating_comment"),
  },
  (t) => [
    uniqueIndex("financing_demand_claims_demand_org_key").on(t.demandId, t.orgId),
    index("financing_demand_claims_org_idx").on(t.orgId, t.state),
    index("financing_demand_claims_due_idx").on(t.state, t.dueOn),
  ],
);

/** Everything that happened to a demand and its claims: who, when, why. */
export const financingDemandEvents = pgTable(
  "financing_demand_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    demandId: uuid("demand_id")
      .notNull()
      .references(() => financingDemands.id),
    /** The claim the step belongs to; null for the demand's own steps (post, admit, decline). */
    claimId: uuid("claim_id").references(() => financingDemandClaims.id),
    action: text("action").$type<ClaimHistoryAction | "post" | "admit" | "decline">().notNull(),
    fromState: text("from_state"),
    toState: text("to_state").notNull(),
    note: text("note"),
    /** Null for the platform's own steps (push, remind, escalate, release). */
    actorUserId: uuid("actor_user_id").references(() => users.id),
    actorOrgId: uuid("actor_org_id").references(() => organisations.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    businessDate: businessDate("business_date"),
  },
  (t) => [index("financing_demand_events_demand_idx").on(t.demandId, t.id)],
);
