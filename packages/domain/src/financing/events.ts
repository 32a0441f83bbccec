import type { Labelled } from "../enterprise-catalogue";
import { tagIsValidOn } from "../enterprise-catalogue";
import { DomainValidationError, throwIfIssues, type ValidationIssue } from "../errors";
import { regionCovers } from "../regions";
import type { Term } from "../vocabulary";

/**
 * Matchmaking events (银企对接活动, seed 004 §一(二), §二(三), §五(一)): the industry bureau of a region
 * invites enterprises by filter and the region's institutions, checks attendance in and records
 * outcomes; the enterprises served (家次) count towards the seed's 1,000 a year.
 */
export const EVENT_TYPES = [
  { code: "BANK_ENTERPRISE", zh: "银企对接会", en: "Bank–enterprise matchmaking" },
  { code: "ROADSHOW", zh: "路演", en: "Roadshow" },
  { code: "FUND_ENTERPRISE", zh: "基企对接", en: "Fund–enterprise matchmaking" },
  { code: "LISTING_TRAINING", zh: "上市培训", en: "Listing training" },
  { code: "DISPATCH_MEETING", zh: "政银企调度会", en: "Government–bank–enterprise meeting" },
] as const satisfies readonly Labelled[];

export type EventType = (typeof EVENT_TYPES)[number]["code"];
export const EVENT_TYPE_CODES = EVENT_TYPES.map((type) => type.code) as [EventType, ...EventType[]];

export const EVENT_STATUSES = ["PLANNED", "OPEN", "HELD", "CLOSED", "CANCELLED"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_STATUS_TERMS: Readonly<Record<EventStatus, Term>> = {
  PLANNED: { zh: "筹备中", en: "Planned" },
  OPEN: { zh: "已发邀请", en: "Invitations sent" },
  HELD: { zh: "已举办", en: "Held" },
  CLOSED: { zh: "已结束", en: "Closed" },
  CANCELLED: { zh: "已取消", en: "Cancelled" },
};

export interface EventPlan {
  heldOn: string;
  /** HH:MM. */
  startTime: string;
  endTime: string;
  place: string | null;
  onlineLink: string | null;
  /** Region codes the invitation by filter may take. */
  districts: readonly string[];
}

/**
 * An event's plan as the bureau of `regionCode` may set it on `today`: not in the past, ending after
 * it starts, somewhere (a place, a link or both), and for districts of its own region only.
 */
export function checkEventPlan(plan: EventPlan, regionCode: string, today: string): void {
  const issues: ValidationIssue[] = [];
  if (plan.heldOn < today)
    issues.push({
      path: ["heldOn"],
      rule: "not-in-past",
      message: { zh: "活动日期不能早于今天", en: "The event cannot be in the past" },
    });
  if (plan.endTime <= plan.startTime)
    issues.push({
      path: ["endTime"],
      rule: "after-start",
      message: { zh: "结束时间须晚于开始时间", en: "Must be after the start time" },
    });
  if (!plan.place && !plan.onlineLink)
    issues.push({
      path: ["place"],
      rule: "venue-required",
      message: { zh: "请填写地点或线上链接", en: "A place or an online link is required" },
    });
  plan.districts.forEach((district, index) => {
    if (!regionCovers(regionCode, district))
      issues.push({
        path: ["targets", "districts", index],
        rule: "own-region",
        message: { zh: `区县 ${district} 不在本机构辖区内`, en: "District outside your region" },
      });
  });
  throwIfIssues(issues);
}

/** Refuses a registration past the event's capacity (null: no limit); `taken` counts registered and attended. */
export function checkCapacity(capacity: number | null, taken: number): void {
  if (capacity !== null && taken >= capacity) {
    throw DomainValidationError.single(["answer"], "capacity-reached", {
      zh: `活动名额(${capacity})已满`,
      en: `The event is full (${capacity} places)`,
    });
  }
}

/** The bureau's steps; inviting again, checking in more and recording more outcomes keep the state. */
export const EVENT_ACTIONS = ["invite", "check-in", "record-outcome", "close", "cancel"] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

export const EVENT_ACTION_TERMS: Readonly<Record<EventAction, Term>> = {
  invite: { zh: "发送邀请", en: "Invitations sent" },
  "check-in": { zh: "签到", en: "Attendance checked in" },
  "record-outcome": { zh: "登记对接成果", en: "Outcome recorded" },
  close: { zh: "结束活动", en: "Event closed" },
  cancel: { zh: "取消活动", en: "Event cancelled" },
};

/** What an event's history records: its creation, the bureau's steps and the invitees' answers. */
export const EVENT_HISTORY_ACTIONS = ["create", ...EVENT_ACTIONS, "register", "decline"] as const;
export type EventHistoryAction = (typeof EVENT_HISTORY_ACTIONS)[number];

export const EVENT_HISTORY_TERMS: Readonly<Record<EventHistoryAction, Term>> = {
  ...EVENT_ACTION_TERMS,
  create: { zh: "创建活动", en: "Event created" },
  register: { zh: "企业报名", en: "Enterprise registered" },
  decline: { zh: "企业婉拒", en: "Enterprise declined" },
};

interface EventTransition {
  action: EventAction;
  from: readonly EventStatus[];
  to: EventStatus;
  /** A cancellation states its reason. */
  requiresReason: boolean;
}

/** The event's life as data: PLANNED → OPEN (invited) → HELD (checked in) → CLOSED, or CANCELLED before it is held. */
export const EVENT_TRANSITIONS: readonly EventTransition[] = [
  { action: "invite", from: ["PLANNED", "OPEN"], to: "OPEN", requiresReason: false },
  { action: "check-in", from: ["OPEN", "HELD"], to: "HELD", requiresReason: false },
  { action: "record-outcome", from: ["HELD"], to: "HELD", requiresReason: false },
  { action: "close", from: ["HELD"], to: "CLOSED", requiresReason: false },
  { action: "cancel", from: ["PLANNED", "OPEN"], to: "CANCELLED", requiresReason: true },
];

/** The state after `action`, or "action-not-allowed-in-state" / "required" (a cancellation without its reason). */
export function applyEventAction(
  status: EventStatus,
  action: EventAction,
  reason?: string | null,
): EventStatus {
  const row = EVENT_TRANSITIONS.find((candidate) => candidate.action === action);
  if (!row?.from.includes(status)) {
    throw DomainValidationError.single(["action"], "action-not-allowed-in-state", {
      zh: `活动“${EVENT_STATUS_TERMS[status].zh}”时不能${EVENT_ACTION_TERMS[action].zh}`,
      en: `Not allowed while the event is ${EVENT_STATUS_TERMS[status].en.toLowerCase()}`,
    });
  }
  if (row.requiresReason && !reason?.trim()) {
    throw DomainValidationError.single(["reason"], "required", {
      zh: "请填写理由",
      en: "reason is required",
    });
  }
  return row.to;
}

/** The bureau's steps open in `status`, for the buttons a page shows. */
export const availableEventActions = (status: EventStatus): EventAction[] =>
  EVENT_TRANSITIONS.filter((row) => row.from.includes(status)).map((row) => row.action);

/** An invitee's answer and attendance. */
export const INVITATION_STATUSES = ["INVITED", "REGISTERED", "DECLINED", "ATTENDED"] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const INVITATION_STATUS_TERMS: Readonly<Record<InvitationStatus, Term>> = {
  INVITED: { zh: "已邀请", en: "Invited" },
  REGISTERED: { zh: "已报名", en: "Registered" },
  DECLINED: { zh: "已婉拒", en: "Declined" },
  ATTENDED: { zh: "已签到", en: "Attended" },
};

/**
 * An invited enterprise's answer: it registers or declines (with its reason) while invitations are
 * open, and may change its mind until the event is held.
 */
export function answerInvitation(
  eventStatus: EventStatus,
  invitation: InvitationStatus,
  answer: "register" | "decline",
  reason?: string | null,
): InvitationStatus {
  if (eventStatus !== "OPEN" || invitation === "ATTENDED") {
    throw DomainValidationError.single(["answer"], "registration-closed", {
      zh: "活动已不接受报名",
      en: "Registration is closed",
    });
  }
  if (answer === "decline" && !reason?.trim()) {
    throw DomainValidationError.single(["reason"], "required", {
      zh: "请填写婉拒理由",
      en: "reason is required",
    });
  }
  return answer === "register" ? "REGISTERED" : "DECLINED";
}

/** Invited, registered or not, may be checked in (walk-ins of the list); one who declined came after all too. */
export const canCheckIn = (invitation: InvitationStatus): boolean => invitation !== "ATTENDED";

/** Who an event is for; an empty list does not narrow. */
export interface EventTargets {
  /** Region codes (a city takes its districts). */
  districts: readonly string[];
  /** Enterprise tags valid on the day of inviting. */
  tags: readonly string[];
  sizeClasses: readonly string[];
  /** 重庆's “33618” clusters (CLUSTER_CODES): an enterprise of none of them is out when any is named. */
  clusters: readonly string[];
}

export interface TargetCandidate {
  districtCode: string;
  sizeClass: string;
  cluster: string | null;
  tags: readonly { tag: string; validFrom: string; validTo: string | null }[];
}

/**
 * True when the enterprise is in one of the districts, holds one of the tags on `day`, is of one of the
 * size classes and belongs to one of the clusters; an empty list takes everyone.
 */
export function fitsEventTargets(enterprise: TargetCandidate, targets: EventTargets, day: string): boolean {
  const inDistrict =
    targets.districts.length === 0 ||
    targets.districts.some((district) => regionCovers(district, enterprise.districtCode));
  const tagged =
    targets.tags.length === 0 ||
    enterprise.tags.some((tag) => targets.tags.includes(tag.tag) && tagIsValidOn(tag, day));
  const sized = targets.sizeClasses.length === 0 || targets.sizeClasses.includes(enterprise.sizeClass);
  const clustered =
    targets.clusters.length === 0 ||
    (enterprise.cluster !== null && targets.clusters.includes(enterprise.cluster));
  return inDistrict && tagged && sized && clustered;
}

/** Seed 004 §一(二): 每年组织制造业投融资活动对接服务企业1000家（次）. */
export const ENTERPRISES_SERVED_TARGET = 1000;

export interface Attendance {
  eventId: string;
  /** The day the event was held (YYYY-MM-DD). */
  heldOn: string;
  enterpriseId: string;
}

export interface EnterprisesServed {
  year: number;
  /** 家次: each enterprise once per event it attended. */
  eventVisits: number;
  demandsHandled: number;
  total: number;
  target: number;
  /** Whole per cent of the target reached (floored; may pass 100). */
  progressPercent: number;
}

/**
 * Enterprises served in `year` (家次): a distinct enterprise per event attended, summed over the
 * year's events, plus the financing demands handled (fed by the demands module; 0 until then).
 */
export function enterprisesServed(
  year: number,
  attendances: readonly Attendance[],
  demandsHandled = 0,
  target = ENTERPRISES_SERVED_TARGET,
): EnterprisesServed {
  const visits = new Set(
    attendances
      .filter((attendance) => attendance.heldOn.startsWith(`${year}-`))
      .map((attendance) => `${attendance.eventId}\u0000${attendance.enterpriseId}`),
  );
  const total = visits.size + demandsHandled;
  return {
    year,
    eventVisits: visits.size,
    demandsHandled,
    total,
    target,
    progressPercent: Math.floor((total * 100) / target),
  };
}
