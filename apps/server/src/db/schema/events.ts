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
import { organisations, users } from "./identity";

/** A matchmaking event (银企对接活动, seed 004 §五(一)) organised by the industry bureau of a region. */
export const matchmakingEvents = pgTable(
  "matchmaking_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organiserOrgId: uuid("organiser_org_id")
      .notNull()
      .references(() => organisations.id),
    regionCode: text("region_code").notNull(),
    type: text("type").notNull(),
    title: text("title").notNull(),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    /** HH:MM, China time. */
    startTime: text("start_time").notNull(),
    endTime: text("end_time").notNull(),
    place: text("place"),
    onlineLink: text("online_link"),
    /** Names of the other organisations that co-organise it. */
    coOrganisers: jsonb("co_organisers").$type<string[]>().notNull(),
    /** Districts, enterprise tags, size classes and 33618 clusters the invitation by filter takes (events planned before clusters have none). */
    targets: jsonb("targets")
      .$type<{ districts: string[]; tags: string[]; sizeClasses: string[]; clusters?: string[] }>()
      .notNull(),
    capacity: integer("capacity"),
    status: text("status").notNull(),
    cancelReason: text("cancel_reason"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("matchmaking_events_region_idx").on(t.regionCode, t.heldOn),
    check("matchmaking_events_venue", sql`${t.place} is not null or ${t.onlineLink} is not null`),
  ],
);

/**
 * One invitee of an event: an enterprise of the registry (resolved from the event's filter when
 * invited) or an institution; its answer and attendance.
 */
export const eventInvitations = pgTable(
  "event_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => matchmakingEvents.id),
    enterpriseId: uuid("enterprise_id").references(() => enterprises.id),
    institutionOrgId: uuid("institution_org_id").references(() => organisations.id),
    status: text("status").notNull(),
    declineReason: text("decline_reason"),
    invitedBy: uuid("invited_by")
      .notNull()
      .references(() => users.id),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("event_invitations_enterprise_key").on(t.eventId, t.enterpriseId),
    uniqueIndex("event_invitations_institution_key").on(t.eventId, t.institutionOrgId),
    check(
      "event_invitations_one_invitee",
      sql`(${t.enterpriseId} is null) <> (${t.institutionOrgId} is null)`,
    ),
  ],
);

/** What came of an event between one enterprise and one institution (意向签约, 意向金额). */
export const eventOutcomes = pgTable(
  "event_outcomes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => matchmakingEvents.id),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    institutionOrgId: uuid("institution_org_id")
      .notNull()
      .references(() => organisations.id),
    intentionsSigned: integer("intentions_signed").notNull(),
    intendedAmountFen: bigint("intended_amount_fen", { mode: "bigint" }).notNull(),
    note: text("note").notNull(),
    /** A financing demand should follow (the demands module will start it from here). */
    followUpDemandNeeded: boolean("follow_up_demand_needed").notNull(),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("event_outcomes_event_idx").on(t.eventId),
    check("event_outcomes_non_negative", sql`${t.intentionsSigned} >= 0 and ${t.intendedAmountFen} >= 0`),
  ],
);

/** Append-only history of an event: every step with who, which organisation, when and why. */
export const eventHistory = pgTable(
  "event_history",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => matchmakingEvents.id),
    action: text("action").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    reason: text("reason"),
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
  (t) => [index("event_history_event_idx").on(t.eventId, t.id)],
);
