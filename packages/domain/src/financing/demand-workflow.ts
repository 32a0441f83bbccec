import { DomainValidationError, type ValidationIssue } from "../errors";
import type { OfficialCalendar } from "../programmes/official-calendar";
import type { OrgType, Role, WorkflowActor } from "../programmes/organisations";
import { dueDate } from "../programmes/sla";
import { regionCovers } from "../regions";
import type { Term, Terms } from "../vocabulary";
import { type DemandKind, demandKindsAnsweredBy, type InstitutionKind } from "./catalogue";

/**
 * The financing-demand whitelist (融资需求白名单, seed 004 §二(一), §五(一)): an enterprise, or the
 * bureau for it, posts a demand; the bureau of its region admits it (一企一策) or declines it with a
 * reason. Admission pushes it to institutions, which claim and answer it (claim workflow below).
 */
export const DEMAND_STATUSES = ["SUBMITTED", "ADMITTED", "DECLINED"] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

export const DEMAND_STATUS_TERMS: Terms<DemandStatus> = {
  SUBMITTED: { zh: "待审核", en: "Awaiting curation" },
  ADMITTED: { zh: "已入白名单", en: "On the whitelist" },
  DECLINED: { zh: "未入选", en: "Declined" },
};

export const DEMAND_URGENCIES = ["NORMAL", "URGENT", "VERY_URGENT"] as const;
export type DemandUrgency = (typeof DEMAND_URGENCIES)[number];

export const DEMAND_URGENCY_TERMS: Terms<DemandUrgency> = {
  NORMAL: { zh: "一般", en: "Normal" },
  URGENT: { zh: "较急", en: "Urgent" },
  VERY_URGENT: { zh: "紧急", en: "Very urgent" },
};

export const DEMAND_ACTIONS = ["admit", "decline"] as const;
export type DemandAction = (typeof DEMAND_ACTIONS)[number];

export const DEMAND_ACTION_TERMS: Terms<DemandAction | "post"> = {
  post: { zh: "发布融资需求", en: "Demand posted" },
  admit: { zh: "纳入白名单", en: "Admitted to the whitelist" },
  decline: { zh: "不予纳入", en: "Declined" },
};

/** The fields each curation step needs: admission a 一企一策 note and a 金融顾问, a decline its reason. */
interface DemandTransition {
  action: DemandAction;
  from: readonly DemandStatus[];
  to: DemandStatus;
  requires: readonly ("note" | "officerUserId" | "reason")[];
}

export const DEMAND_TRANSITIONS: readonly DemandTransition[] = [
  { action: "admit", from: ["SUBMITTED"], to: "ADMITTED", requires: ["note", "officerUserId"] },
  { action: "decline", from: ["SUBMITTED"], to: "DECLINED", requires: ["reason"] },
];

/** Curation is the industry bureau's: only its reviewers decide what enters the whitelist. */
const CURATORS: WorkflowActor = { orgType: "INDUSTRY_BUREAU", roles: ["reviewer"] };

export interface DemandDecision {
  note?: string | null;
  officerUserId?: string | null;
  reason?: string | null;
}

const filled = (value: string | null | undefined): boolean =>
  typeof value === "string" && value.trim() !== "";

function missingField(field: string): DomainValidationError {
  return DomainValidationError.single([field], "required", {
    zh: `请填写${FIELD_WORDS[field] ?? field}`,
    en: `${field} is required`,
  });
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  note: "一企一策意见",
  officerUserId: "金融顾问",
  reason: "理由",
  approvedAmount: "批复金额",
  approvedRate: "批复利率",
  approvedTermMonths: "批复期限",
  creditAmount: "授信金额",
  fundedAmount: "放款金额",
  fundedOn: "放款日期",
  fundedRate: "放款利率",
  rating: "服务评分",
};

function refuseRole(label: string): DomainValidationError {
  return DomainValidationError.single(["actor"], "role-not-allowed", {
    zh: `无权执行“${label}”`,
    en: "Not permitted for this organisation or role",
  });
}

function refuseState(stateLabel: string, actionLabel: string): DomainValidationError {
  return DomainValidationError.single(["action"], "action-not-allowed-in-state", {
    zh: `当前状态“${stateLabel}”不能执行“${actionLabel}”`,
    en: "Not allowed in this state",
  });
}

/** The status after a curation step, or the refusal: not the bureau's reviewer, not now, a field missing. */
export function applyDemandAction(
  status: DemandStatus,
  action: DemandAction,
  actor: WorkflowActor,
  decision: DemandDecision,
): DemandStatus {
  const label = DEMAND_ACTION_TERMS[action].zh;
  const row = DEMAND_TRANSITIONS.find((candidate) => candidate.action === action);
  if (!row) throw refuseState(DEMAND_STATUS_TERMS[status].zh, label);
  if (actor.orgType !== CURATORS.orgType || !CURATORS.roles.some((role) => actor.roles.includes(role))) {
    throw refuseRole(label);
  }
  if (!row.from.includes(status)) throw refuseState(DEMAND_STATUS_TERMS[status].zh, label);
  const missing = row.requires.find((field) => !filled(decision[field]));
  if (missing) throw missingField(missing);
  return row.to;
}

// ── Claims ──────────────────────────────────────────────────────────────────────────────────────

/**
 * One institution's handling of one admitted demand: pushed to it, claimed, first contact, a
 * decision (approved with amount, rate and term, or declined with its reason), funded (授信 and 放款),
 * and closed when the enterprise confirms and rates it. RELEASED: the platform took an overdue claim
 * back and put the demand back in the pool.
 */
export const CLAIM_STATES = [
  "PUSHED",
  "CLAIMED",
  "CONTACTED",
  "APPROVED",
  "DECLINED",
  "FUNDED",
  "CLOSED",
  "RELEASED",
] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

export const CLAIM_STATE_TERMS: Terms<ClaimState> = {
  PUSHED: { zh: "待认领", en: "Pushed" },
  CLAIMED: { zh: "已认领", en: "Claimed" },
  CONTACTED: { zh: "已对接", en: "Contacted" },
  APPROVED: { zh: "已批复", en: "Approved" },
  DECLINED: { zh: "已拒绝", en: "Declined" },
  FUNDED: { zh: "已放款", en: "Funded" },
  CLOSED: { zh: "已办结", en: "Closed" },
  RELEASED: { zh: "超时释放", en: "Released" },
};

export const CLAIM_ACTIONS = ["claim", "contact", "approve", "decline", "fund", "confirm"] as const;
export type ClaimAction = (typeof CLAIM_ACTIONS)[number];

/** The steps the platform takes itself: the push on admission and the deadline job's three. */
export const CLAIM_SYSTEM_ACTIONS = ["push", "remind", "escalate", "release"] as const;
export type ClaimSystemAction = (typeof CLAIM_SYSTEM_ACTIONS)[number];

export type ClaimHistoryAction = ClaimAction | ClaimSystemAction;

export const CLAIM_ACTION_TERMS: Terms<ClaimHistoryAction> = {
  claim: { zh: "认领", en: "Claim" },
  contact: { zh: "首次对接", en: "First contact" },
  approve: { zh: "批复", en: "Approve" },
  decline: { zh: "拒绝", en: "Decline" },
  fund: { zh: "登记授信放款", en: "Record funding" },
  confirm: { zh: "确认结果并评价", en: "Confirm and rate" },
  push: { zh: "推送", en: "Pushed" },
  remind: { zh: "逾期提醒", en: "Overdue reminder" },
  escalate: { zh: "逾期上报经信部门", en: "Escalated to the bureau" },
  release: { zh: "释放回需求池", en: "Released to the pool" },
};

/** Who answers demands: banks, guarantors and the other financial institutions. */
export const INSTITUTION_ORG_TYPES: readonly OrgType[] = ["BANK", "GUARANTOR", "FINANCIAL_INSTITUTION"];

export type ClaimField =
  | "reason"
  | "approvedAmount"
  | "approvedRate"
  | "approvedTermMonths"
  | "creditAmount"
  | "fundedAmount"
  | "fundedOn"
  | "fundedRate"
  | "rating";

interface ClaimTransition {
  action: ClaimAction;
  from: readonly ClaimState[];
  to: ClaimState;
  orgTypes: readonly OrgType[];
  roles: readonly Role[];
  requires: readonly ClaimField[];
}

const HANDLERS: readonly Role[] = ["operator", "reviewer"];
const DECIDERS: readonly Role[] = ["reviewer"];
const ENTERPRISE: readonly OrgType[] = ["ENTERPRISE"];

/** The claim workflow as data: state × action → next, who may, and the fields it must carry. */
export const CLAIM_TRANSITIONS: readonly ClaimTransition[] = [
  {
    action: "claim",
    from: ["PUSHED"],
    to: "CLAIMED",
    orgTypes: INSTITUTION_ORG_TYPES,
    roles: HANDLERS,
    requires: [],
  },
  {
    action: "contact",
    from: ["CLAIMED"],
    to: "CONTACTED",
    orgTypes: INSTITUTION_ORG_TYPES,
    roles: HANDLERS,
    requires: [],
  },
  {
    action: "approve",
    from: ["CONTACTED"],
    to: "APPROVED",
    orgTypes: INSTITUTION_ORG_TYPES,
    roles: DECIDERS,
    requires: ["approvedAmount", "approvedRate", "approvedTermMonths"],
  },
  {
    // 渝惠融: every rejection gives its reason; a bank may decline once it has spoken to the enterprise.
    action: "decline",
    from: ["CLAIMED", "CONTACTED"],
    to: "DECLINED",
    orgTypes: INSTITUTION_ORG_TYPES,
    roles: DECIDERS,
    requires: ["reason"],
  },
  {
    action: "fund",
    from: ["APPROVED"],
    to: "FUNDED",
    orgTypes: INSTITUTION_ORG_TYPES,
    roles: DECIDERS,
    requires: ["creditAmount", "fundedAmount", "fundedOn", "fundedRate"],
  },
  {
    action: "confirm",
    from: ["FUNDED", "DECLINED"],
    to: "CLOSED",
    orgTypes: ENTERPRISE,
    roles: ["admin", "operator", "reviewer"],
    requires: ["rating"],
  },
];

export type ClaimDecision = Partial<Record<ClaimField, string | number | null>>;

/** The state after `action`, or its refusal: "role-not-allowed", "action-not-allowed-in-state", "required". */
export function applyClaimAction(
  state: ClaimState,
  action: ClaimAction,
  actor: WorkflowActor,
  decision: ClaimDecision,
): ClaimState {
  const label = CLAIM_ACTION_TERMS[action].zh;
  const rows = CLAIM_TRANSITIONS.filter(
    (row) =>
      row.action === action &&
      row.orgTypes.includes(actor.orgType) &&
      row.roles.some((role) => actor.roles.includes(role)),
  );
  if (rows.length === 0) throw refuseRole(label);
  const row = rows.find((candidate) => candidate.from.includes(state));
  if (!row) throw refuseState(CLAIM_STATE_TERMS[state].zh, label);
  const missing = row.requires.find((field) => {
    const value = decision[field];
    return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
  });
  if (missing) throw missingField(missing);
  if (action === "confirm") checkRating(decision.rating);
  return row.to;
}

function checkRating(rating: ClaimDecision["rating"]): void {
  if (!Number.isInteger(rating) || (rating as number) < 1 || (rating as number) > 5) {
    throw DomainValidationError.single(["rating"], "range", {
      zh: "服务评分须为 1 至 5 的整数",
      en: "Rating must be a whole number from 1 to 5",
    });
  }
}

/** The actions `actor` can take on a claim in `state`, for the buttons a page shows. */
export function availableClaimActions(state: ClaimState, actor: WorkflowActor): ClaimAction[] {
  return CLAIM_TRANSITIONS.filter(
    (row) =>
      row.from.includes(state) &&
      row.orgTypes.includes(actor.orgType) &&
      row.roles.some((role) => actor.roles.includes(role)),
  ).map((row) => row.action);
}

/** A claim that holds one of the demand's claimant places. */
export const ACTIVE_CLAIM_STATES: readonly ClaimState[] = ["CLAIMED", "CONTACTED", "APPROVED", "FUNDED"];

// ── Marketplace settings per region ─────────────────────────────────────────────────────────────

export const CLAIM_MODES = ["SINGLE", "SEVERAL"] as const;
export type ClaimMode = (typeof CLAIM_MODES)[number];

export interface MarketplaceSettings {
  /** SINGLE: the first institution to claim takes the demand; SEVERAL: up to maxClaimants compete. */
  claimMode: ClaimMode;
  maxClaimants: number;
  claimWorkingDays: number;
  contactWorkingDays: number;
  /** Counted from the claim, as 渝惠融 counts its 10 working days. */
  decisionWorkingDays: number;
  /** Working days after the reminder before an overdue claim is escalated and released. */
  escalateAfterWorkingDays: number;
}

export const MARKETPLACE_PRESETS = {
  // 重庆 渝惠融: one bank answers, and decides within 10 working days of claiming.
  YUHUIRONG: {
    claimMode: "SINGLE",
    maxClaimants: 1,
    claimWorkingDays: 2,
    contactWorkingDays: 3,
    decisionWorkingDays: 10,
    escalateAfterWorkingDays: 1,
  },
  // 江苏综合金融服务平台: several banks may take up one need and the enterprise chooses.
  COMPETING: {
    claimMode: "SEVERAL",
    maxClaimants: 3,
    claimWorkingDays: 2,
    contactWorkingDays: 3,
    decisionWorkingDays: 10,
    escalateAfterWorkingDays: 1,
  },
} as const satisfies Record<string, MarketplaceSettings>;

export type MarketplacePreset = keyof typeof MARKETPLACE_PRESETS;

/** A region without settings of its own works as 渝惠融 does. */
export const DEFAULT_MARKETPLACE_SETTINGS: MarketplaceSettings = MARKETPLACE_PRESETS.YUHUIRONG;

/** Checks settings as a bureau entered them, every problem at once; returns them unchanged. */
export function validateMarketplaceSettings(settings: MarketplaceSettings): MarketplaceSettings {
  const issues: ValidationIssue[] = [];
  const days = [
    "claimWorkingDays",
    "contactWorkingDays",
    "decisionWorkingDays",
    "escalateAfterWorkingDays",
  ] as const;
  for (const field of days) {
    const value = settings[field];
    if (!Number.isInteger(value) || value < 1 || value > 60) {
      issues.push({
        path: [field],
        rule: "range",
        message: {
          zh: "工作日天数须为 1 至 60 的整数",
          en: "Working days must be a whole number from 1 to 60",
        },
      });
    }
  }
  if (settings.decisionWorkingDays < settings.contactWorkingDays) {
    issues.push({
      path: ["decisionWorkingDays"],
      rule: "not-before-contact",
      message: {
        zh: "批复时限不能短于首次对接时限(均自认领起算)",
        en: "The decision cannot be due before the first contact (both count from the claim)",
      },
    });
  }
  const single = settings.claimMode === "SINGLE";
  if (!Number.isInteger(settings.maxClaimants) || settings.maxClaimants < 1 || settings.maxClaimants > 10) {
    issues.push({
      path: ["maxClaimants"],
      rule: "range",
      message: { zh: "认领机构数须为 1 至 10 的整数", en: "Claimants must be a whole number from 1 to 10" },
    });
  } else if (single !== (settings.maxClaimants === 1)) {
    issues.push({
      path: ["maxClaimants"],
      rule: "matches-mode",
      message: {
        zh: "单家认领时认领机构数为 1,多家认领时至少为 2",
        en: "One claimant when single, at least two when several",
      },
    });
  }
  if (issues.length > 0) throw new DomainValidationError(issues);
  return settings;
}

// ── Deadlines ───────────────────────────────────────────────────────────────────────────────────

export interface ClaimDates {
  /** The business date the demand was pushed (or pushed again after a release). */
  pushedOn: string;
  claimedOn: string | null;
}

/**
 * The last working day of the step a claim is in, on the official calendar: claiming counts from the
 * push, first contact and the decision from the claim. Approved, funded and ended claims have none.
 */
export function claimStepDue(
  state: ClaimState,
  dates: ClaimDates,
  settings: MarketplaceSettings,
  calendar: OfficialCalendar,
): string | null {
  const days = (amount: number) => ({ amount, unit: "working-days" as const });
  switch (state) {
    case "PUSHED":
      return dueDate(dates.pushedOn, days(settings.claimWorkingDays), calendar);
    case "CLAIMED":
    case "CONTACTED": {
      if (!dates.claimedOn) throw missingField("claimedOn");
      const amount = state === "CLAIMED" ? settings.contactWorkingDays : settings.decisionWorkingDays;
      return dueDate(dates.claimedOn, days(amount), calendar);
    }
    default:
      return null;
  }
}

export type OverdueStep = "none" | "remind" | "escalate";

/**
 * What the deadline job does with a claim today: nothing while it is on time; once past its due date,
 * remind the institution; `escalateAfterWorkingDays` working days after the due date, if still
 * not done, escalate it to the bureau and release it. An unclaimed push is only reminded: there is no
 * claim to take back.
 */
export function overdueClaimStep(
  claim: { state: ClaimState; dueOn: string | null; remindedOn: string | null },
  today: string,
  settings: MarketplaceSettings,
  calendar: OfficialCalendar,
): OverdueStep {
  if (!claim.dueOn || today <= claim.dueOn) return "none";
  if (!claim.remindedOn) return "remind";
  if (claim.state !== "CLAIMED" && claim.state !== "CONTACTED") return "none";
  const escalateAfter = dueDate(
    claim.dueOn,
    { amount: settings.escalateAfterWorkingDays, unit: "working-days" },
    calendar,
  );
  return today > escalateAfter ? "escalate" : "none";
}

// ── Who receives a demand ───────────────────────────────────────────────────────────────────────

export interface Institution {
  orgType: string;
  institutionKind: InstitutionKind | null;
  regionCode: string;
}

/**
 * Whether an admitted demand reaches an institution when the bureau opens it to all that fit: the
 * institution answers the kind and is of the demand's region or above (ranked matching comes later).
 */
export function institutionFits(
  demand: { kind: DemandKind; regionCode: string },
  institution: Institution,
): boolean {
  return (
    demandKindsAnsweredBy(institution.orgType, institution.institutionKind).includes(demand.kind) &&
    regionCovers(institution.regionCode, demand.regionCode)
  );
}

// ── History lines ───────────────────────────────────────────────────────────────────────────────

const CLAIM_LINES: Record<ClaimHistoryAction, (institution: string) => Term> = {
  push: (org) => ({ zh: `推送至 ${org}`, en: `Pushed to ${org}` }),
  claim: (org) => ({ zh: `${org} 认领`, en: `${org} claimed it` }),
  contact: (org) => ({ zh: `${org} 首次对接`, en: `${org} made first contact` }),
  approve: (org) => ({ zh: `${org} 批复`, en: `${org} approved it` }),
  decline: (org) => ({ zh: `${org} 拒绝`, en: `${org} declined it` }),
  fund: (org) => ({ zh: `${org} 登记授信放款`, en: `${org} recorded the funding` }),
  confirm: (org) => ({ zh: `确认结果并评价(${org})`, en: `Confirmed and rated (${org})` }),
  remind: (org) => ({ zh: `逾期提醒 ${org}`, en: `Overdue reminder to ${org}` }),
  escalate: (org) => ({ zh: `${org} 逾期上报经信部门`, en: `${org} overdue, escalated to the bureau` }),
  release: (org) => ({ zh: `${org} 的认领释放回需求池`, en: `${org}'s claim released to the pool` }),
};

/** A claim step of a demand's history as people read it, naming the institution it concerns. */
export function claimHistoryLine(action: ClaimHistoryAction, institution: string): Term {
  return CLAIM_LINES[action](institution);
}
