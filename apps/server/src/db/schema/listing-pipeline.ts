import { bigserial, date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { enterprises } from "./enterprises";
import { organisations, users } from "./identity";

/** The enterprises a region cultivates for listing (重庆 "千里马", seed 004 §二(二)): one entry each. */
export const listingPipelineEntries = pgTable(
  "listing_pipeline_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .unique()
      .references(() => enterprises.id),
    /** The enterprise's district when it joined: the bureau whose region covers it keeps the entry. */
    regionCode: text("region_code").notNull(),
    stage: text("stage").notNull(),
    board: text("board").notNull(),
    stageReachedOn: date("stage_reached_on", { mode: "string" }).notNull(),
    /** 保荐机构, law firm and auditor, as named by the enterprise. */
    sponsor: text("sponsor"),
    lawFirm: text("law_firm"),
    auditor: text("auditor"),
    /** The IPO agreement with the sponsor: the first of seed 004 §四(四)'s reward stages. */
    ipoAgreementOn: date("ipo_agreement_on", { mode: "string" }),
    note: text("note"),
    joinedOn: date("joined_on", { mode: "string" }).notNull(),
    addedBy: uuid("added_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("listing_pipeline_entries_region_idx").on(t.regionCode, t.stage)],
);

/** What happened to an entry, with who, when and why: joining, each stage reached, each change of details. */
export const listingPipelineHistory = pgTable(
  "listing_pipeline_history",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => listingPipelineEntries.id),
    action: text("action").notNull(),
    fromStage: text("from_stage"),
    toStage: text("to_stage"),
    /** The day the stage was reached, as its evidence dates it. */
    reachedOn: date("reached_on", { mode: "string" }),
    /** The evidence of the stage: a filing number, an acceptance notice. */
    evidence: text("evidence"),
    reason: text("reason"),
    actorUserId: uuid("actor_user_id")
      .notNull()
      .references(() => users.id),
    actorOrgId: uuid("actor_org_id")
      .notNull()
      .references(() => organisations.id),
    businessDate: date("business_date", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("listing_pipeline_history_entry_idx").on(t.entryId, t.id)],
);
