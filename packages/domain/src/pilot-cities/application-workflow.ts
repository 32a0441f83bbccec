import { DomainValidationError } from "../errors";
import type { OrgType, Role } from "../programmes/organisations";
import type { Terms } from "../vocabulary";
import { type BatchSchedule, type ScheduledStep, scheduleRefusal } from "./batch-schedule";
import type { PilotApplicationKind } from "./renewal";

/**
 * Where a city's application stands. A new one passes its province (SUBMITTED → RECOMMENDED); a
 * renewal goes straight to the ministry (§四(一)); the published list decides both.
 */
export const PILOT_APPLICATION_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "RETURNED",
  "NOT_RECOMMENDED",
  "AT_MINISTRY",
  "SELECTED",
  "NOT_SELECTED",
] as const;
export type PilotApplicationStatus = (typeof PILOT_APPLICATION_STATUSES)[number];

export const PILOT_APPLICATION_STATUS_TERMS: Terms<PilotApplicationStatus> = {
  DRAFT: { zh: "填报中", en: "Draft" },
  SUBMITTED: { zh: "已提交,待省级审核", en: "Submitted, with the province" },
  RETURNED: { zh: "已退回修改", en: "Returned for correction" },
  NOT_RECOMMENDED: { zh: "未获推荐", en: "Not recommended" },
  AT_MINISTRY: { zh: "部级评审中", en: "Under ministry review" },
  SELECTED: { zh: "列为试点城市", en: "Named a pilot city" },
  NOT_SELECTED: { zh: "未列为试点城市", en: "Not named" },
};

export const PILOT_APPLICATION_ACTIONS = [
  "submit",
  "return",
  "recommend",
  "decline",
  "select",
  "reject",
] as const;
export type PilotApplicationAction = (typeof PILOT_APPLICATION_ACTIONS)[number];

export const PILOT_APPLICATION_ACTION_TERMS: Terms<PilotApplicationAction> = {
  submit: { zh: "提交申报", en: "Submit" },
  return: { zh: "退回修改", en: "Return for correction" },
  recommend: { zh: "推荐", en: "Recommend" },
  decline: { zh: "不予推荐", en: "Decline to recommend" },
  select: { zh: "列入试点名单", en: "Name a pilot" },
  reject: { zh: "不列入试点名单", en: "Not named" },
};

interface PilotTransition {
  action: PilotApplicationAction;
  kinds: readonly PilotApplicationKind[];
  from: readonly PilotApplicationStatus[];
  orgType: OrgType;
  roles: readonly Role[];
  /** The batch calendar's step this action is bound by, if any. */
  step: ((from: PilotApplicationStatus) => ScheduledStep) | null;
  requiresReason: boolean;
  to: (kind: PilotApplicationKind) => PilotApplicationStatus;
}

const PREPARERS: readonly Role[] = ["operator", "admin"];
const DECIDERS: readonly Role[] = ["reviewer", "admin"];
const BOTH: readonly PilotApplicationKind[] = ["NEW", "RENEWAL"];

/** The workflow as data: who may do what in which state, bound by which deadline, leading where. */
export const PILOT_APPLICATION_TRANSITIONS: readonly PilotTransition[] = [
  {
    action: "submit",
    kinds: BOTH,
    from: ["DRAFT", "RETURNED"],
    orgType: "CITY_APPLICANT",
    roles: PREPARERS,
    // A correction the province asked for may come until the province's own deadline.
    step: (from) => (from === "RETURNED" ? "resubmit" : "submit"),
    requiresReason: false,
    to: (kind) => (kind === "RENEWAL" ? "AT_MINISTRY" : "SUBMITTED"),
  },
  {
    action: "return",
    kinds: ["NEW"],
    from: ["SUBMITTED"],
    orgType: "PROVINCE",
    roles: DECIDERS,
    step: () => "return-for-correction",
    requiresReason: true,
    to: () => "RETURNED",
  },
  {
    action: "recommend",
    kinds: ["NEW"],
    from: ["SUBMITTED"],
    orgType: "PROVINCE",
    roles: DECIDERS,
    step: () => "recommend",
    requiresReason: false,
    to: () => "AT_MINISTRY",
  },
  {
    action: "decline",
    kinds: ["NEW"],
    from: ["SUBMITTED"],
    orgType: "PROVINCE",
    roles: DECIDERS,
    step: () => "recommend",
    requiresReason: true,
    to: () => "NOT_RECOMMENDED",
  },
  {
    action: "select",
    kinds: BOTH,
    from: ["AT_MINISTRY"],
    orgType: "MINISTRY",
    roles: DECIDERS,
    step: null,
    requiresReason: false,
    to: () => "SELECTED",
  },
  {
    action: "reject",
    kinds: BOTH,
    from: ["AT_MINISTRY"],
    orgType: "MINISTRY",
    roles: DECIDERS,
    step: null,
    requiresReason: true,
    to: () => "NOT_SELECTED",
  },
];

export interface PilotApplicationStep {
  kind: PilotApplicationKind;
  status: PilotApplicationStatus;
  action: PilotApplicationAction;
  actor: { orgType: OrgType; roles: readonly Role[] };
  schedule: BatchSchedule;
  /** The business day in the batch's time zone. */
  day: string;
  reason?: string;
}

/**
 * The status after a step, or the refusal: "role-not-allowed", "action-not-allowed-in-state",
 * the batch calendar's "batch-not-open" or "deadline-passed" (naming the deadline), "required" reason.
 */
export function applyPilotApplicationAction(step: PilotApplicationStep): PilotApplicationStatus {
  const action = PILOT_APPLICATION_ACTION_TERMS[step.action];
  const rows = PILOT_APPLICATION_TRANSITIONS.filter(
    (row) =>
      row.action === step.action &&
      row.kinds.includes(step.kind) &&
      row.orgType === step.actor.orgType &&
      row.roles.some((role) => step.actor.roles.includes(role)),
  );
  if (rows.length === 0) {
    throw DomainValidationError.single(["actor"], "role-not-allowed", {
      zh: `无权执行"${action.zh}"`,
      en: `Not permitted to ${action.en.toLowerCase()}`,
    });
  }
  const row = rows.find((candidate) => candidate.from.includes(step.status));
  if (!row) {
    const status = PILOT_APPLICATION_STATUS_TERMS[step.status];
    throw DomainValidationError.single(["action"], "action-not-allowed-in-state", {
      zh: `当前状态"${status.zh}"不能执行"${action.zh}"`,
      en: `"${action.en}" is not possible when ${status.en.toLowerCase()}`,
    });
  }
  const refusal = row.step && scheduleRefusal(step.schedule, row.step(step.status), step.day);
  if (refusal) throw DomainValidationError.single(["action"], refusal.rule, refusal.message);
  if (row.requiresReason && !step.reason?.trim()) {
    throw DomainValidationError.single(["reason"], "required", {
      zh: `${action.zh}须说明理由`,
      en: "A reason is required",
    });
  }
  return row.to(step.kind);
}
