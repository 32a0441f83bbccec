import {
  CLUSTER_CODES,
  ENTERPRISE_TAG_CODES,
  EVENT_ACTIONS,
  EVENT_HISTORY_ACTIONS,
  EVENT_STATUSES,
  EVENT_TYPE_CODES,
  INVITATION_STATUSES,
  SIZE_CLASS_CODES,
} from "@chanrong/domain";
import { z } from "zod";
import { correctionReason, isoDate, text, yuanString } from "../../platform/http";
import { schemaMessage } from "../../platform/language";

// ---- Requests ----

const year = z.coerce.number().int().min(2000).max(2100);

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, schemaMessage({ zh: "时间须为 HH:MM", en: "Time as HH:MM" }));

const regionCode = z
  .string()
  .regex(/^\d{6}$/, schemaMessage({ zh: "须为6位区划代码", en: "A 6-digit region code" }));

export const eventListQuery = z
  .object({ year: year.optional(), status: z.enum(EVENT_STATUSES).optional() })
  .strict();

export const yearQuery = z.object({ year }).strict();

/** The year to count; the business date's year when left out. */
export const servedQuery = z.object({ year: year.optional() }).strict();

export const eventInput = z
  .object({
    type: z.enum(EVENT_TYPE_CODES),
    title: text({ max: 100 }),
    heldOn: isoDate,
    startTime: clockTime,
    endTime: clockTime,
    place: text({ max: 200 }).nullable().default(null),
    onlineLink: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullable()
      .default(null),
    coOrganisers: z
      .array(text({ max: 100 }))
      .max(10)
      .default([]),
    targets: z
      .object({
        districts: z.array(regionCode).max(50).default([]),
        tags: z.array(z.enum(ENTERPRISE_TAG_CODES)).max(20).default([]),
        sizeClasses: z.array(z.enum(SIZE_CLASS_CODES)).max(4).default([]),
        /** 重庆's “33618” clusters the enterprises belong to. */
        clusters: z.array(z.enum(CLUSTER_CODES)).max(20).default([]),
      })
      .strict(),
    capacity: z.number().int().min(1).max(10_000).nullable().default(null),
  })
  .strict();
export type EventInput = z.output<typeof eventInput>;

export const invitationInput = z
  .object({
    /** Invite the enterprises the event's target filters take today. */
    byFilter: z.boolean(),
    institutionOrgIds: z.array(z.uuid()).max(100).default([]),
  })
  .strict();

export const answerInput = z
  .object({
    answer: z.enum(["register", "decline"]),
    reason: text({ max: 500, multiline: true }).optional(),
  })
  .strict();

export const checkInInput = z.object({ invitationIds: z.array(z.uuid()).min(1).max(500) }).strict();

export const outcomeInput = z
  .object({
    enterpriseId: z.uuid(),
    institutionOrgId: z.uuid(),
    intentionsSigned: z.number().int().min(0).max(1000),
    intendedAmount: yuanString,
    note: text({ max: 1000, multiline: true }),
    followUpDemandNeeded: z.boolean(),
  })
  .strict();
export type OutcomeInput = z.output<typeof outcomeInput>;

export const closeInput = z.object({ note: text({ max: 500, multiline: true }) }).strict();
export const cancelInput = z.object({ reason: correctionReason }).strict();

// ---- Responses ----

const day = z.iso.date();

const eventFields = {
  id: z.string(),
  type: z.enum(EVENT_TYPE_CODES),
  title: z.string(),
  regionCode: z.string(),
  organiserName: z.string(),
  heldOn: day,
  startTime: z.string(),
  endTime: z.string(),
  place: z.string().nullable(),
  onlineLink: z.string().nullable(),
  coOrganisers: z.array(z.string()),
  targets: z
    .object({
      districts: z.array(z.string()),
      tags: z.array(z.string()),
      sizeClasses: z.array(z.string()),
      clusters: z.array(z.string()),
    })
    .meta({ id: "EventTargets" }),
  capacity: z.number().int().nullable(),
  status: z.enum(EVENT_STATUSES),
  cancelReason: z.string().nullable(),
  version: z.number().int(),
};

/** GET /api/v1/events: one event with its enterprise counts. */
export const eventSummary = z.object({
  ...eventFields,
  invited: z.number().int(),
  registered: z.number().int(),
  attended: z.number().int(),
});

export const invitationResponse = z
  .object({
    id: z.string(),
    enterpriseId: z.string().nullable(),
    institutionOrgId: z.string().nullable(),
    name: z.string(),
    /** The invited enterprise's 33618 cluster (null for an institution, or an enterprise of none). */
    cluster: z.string().nullable(),
    status: z.enum(INVITATION_STATUSES),
    declineReason: z.string().nullable(),
    invitedAt: z.date(),
    answeredAt: z.date().nullable(),
    checkedInAt: z.date().nullable(),
  })
  .meta({ id: "EventInvitation" });

export const outcomeResponse = z.object({
  id: z.string(),
  eventId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  institutionOrgId: z.string(),
  institutionName: z.string(),
  intentionsSigned: z.number().int(),
  /** Yuan, two decimals. */
  intendedAmount: z.string(),
  note: z.string(),
  /** A financing demand should follow from this outcome. */
  followUpDemandNeeded: z.boolean(),
  recordedAt: z.date(),
});

const historyEntry = z.object({
  id: z.number().int(),
  action: z.enum(EVENT_HISTORY_ACTIONS),
  fromStatus: z.enum(EVENT_STATUSES).nullable(),
  toStatus: z.enum(EVENT_STATUSES),
  reason: z.string().nullable(),
  actorName: z.string(),
  orgName: z.string(),
  businessDate: day,
  at: z.date(),
});

/** GET /api/v1/events/:id: what the caller may see of the event, and what it may do. */
export const eventDetail = z
  .object({
    ...eventFields,
    /** organiser: the bureau that runs it; overseer: a level above, read-only; invitee: an invited enterprise or institution. */
    viewer: z.enum(["organiser", "overseer", "invitee"]),
    /** The bureau's steps open now (empty for everyone else). */
    actions: z.array(z.enum(EVENT_ACTIONS)),
    /** The caller's own invitation, when it is an invitee. */
    myInvitation: invitationResponse.nullable(),
    /** An invited enterprise may register or decline now. */
    mayAnswer: z.boolean(),
    /** Every invitation (organiser and overseers only). */
    invitations: z.array(invitationResponse),
    /** Every outcome for the organiser and overseers; an invitee's own. */
    outcomes: z.array(outcomeResponse),
    /** Organiser and overseers only. */
    history: z.array(historyEntry),
    /** The region's institutions not invited yet (organiser only, while it may invite). */
    invitableInstitutions: z.array(z.object({ id: z.string(), name: z.string(), type: z.string() })),
  })
  .meta({ id: "FinancingEvent" });

export const invitationResult = z.object({
  invitedEnterprises: z.number().int(),
  invitedInstitutions: z.number().int(),
  /** In-app notifications sent (to the enterprises' and institutions' organisations). */
  notified: z.number().int(),
  event: eventDetail,
});

/** GET /api/v1/events/served: 家次 served in a year against seed 004's 1,000. */
export const servedResponse = z.object({
  year: z.number().int(),
  eventVisits: z.number().int(),
  demandsHandled: z.number().int(),
  total: z.number().int(),
  target: z.number().int(),
  progressPercent: z.number().int(),
});
