import { DomainValidationError, throwIfIssues, type ValidationIssue } from "../errors";
import {
  APPLICATION_ACTION_LABELS,
  APPLICATION_STATUS_LABELS,
  ORG_TYPE_LABELS,
  REVIEW_PARTY_LABELS,
  REVIEW_STATE_LABELS,
  ROLE_LABELS,
} from "../vocabulary";
import { type ContractRecord, contractIssues } from "./contracts";
import { ORG_TYPES, type OrgType, type Role, type WorkflowActor } from "./organisations";

/**
 * The types of organisation and roles moved to ./organisations; they are still exported from here
 * because fund/ imports them from this module.
 */
export { ORG_TYPES, type OrgType, ROLES, type Role, type WorkflowActor } from "./organisations";

export const APPLICATION_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "APPROVED",
  "CONTRACTED",
  "DISBURSED",
  "SETTLED",
  "REJECTED",
  "WITHDRAWN",
] as const;

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Nothing happens to an application after these. */
export const TERMINAL_STATUSES: readonly ApplicationStatus[] = ["SETTLED", "REJECTED", "WITHDRAWN"];

export const REVIEW_STATES = [
  "NOT_STARTED",
  "PENDING",
  "MATERIALS_REQUESTED",
  "APPROVED",
  "REJECTED",
  "CLOSED",
] as const;

export type ReviewState = (typeof REVIEW_STATES)[number];

/** A review nobody has decided yet: it waits for the reviewer, or for the enterprise's materials. */
const OPEN_REVIEWS: readonly ReviewState[] = ["PENDING", "MATERIALS_REQUESTED"];

/** The two reviews that run in parallel after the recommendation (seed 002 art. 11(2), (3)). */
export type ReviewParty = "bank" | "guarantor";

export interface ApplicationState {
  status: ApplicationStatus;
  bankReview: ReviewState;
  guarantorReview: ReviewState;
}

export const INITIAL_APPLICATION_STATE: ApplicationState = {
  status: "DRAFT",
  bankReview: "NOT_STARTED",
  guarantorReview: "NOT_STARTED",
};

export const APPLICATION_ACTIONS = [
  "submit",
  "withdraw",
  "recommend",
  "reject-recommendation",
  "bank-approve",
  "bank-reject",
  "bank-request-materials",
  "guarantor-approve",
  "guarantor-reject",
  "guarantor-request-materials",
  "provide-materials",
  "record-contracts",
  "disburse",
] as const;

export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/**
 * History entries that are not rows of the table: the enterprise creating its draft (nothing moves),
 * and settlement when the loan is repaid (see {@link stepAfterLoanEvent}).
 */
export type HistoryAction = ApplicationAction | "create" | "loan-repaid";

/** An SLA clock of one application; several can run at once (the two reviews). */
export type ClockName = "bank-review" | "guarantor-review" | "disbursement";

/** The programme SLA each clock runs on (ProgrammeConfig.slas). */
export type SlaName = "review" | "disbursement";

export const CLOCK_SLA: Readonly<Record<ClockName, SlaName>> = {
  "bank-review": "review",
  "guarantor-review": "review",
  disbursement: "disbursement",
};

export interface ActionPayload {
  /** 意见: required to approve or recommend, and to say which materials are needed. */
  opinion?: string;
  /** Required for every rejection. */
  reason?: string;
  /** Whose request provide-materials answers. */
  target?: ReviewParty;
  contracts?: readonly ContractRecord[];
  /** 放款 only: the day and amount the bank disbursed, recorded as the loan's DISBURSEMENT event. */
  disbursement?: { date: string; amountFen: bigint };
}

export type PayloadField = keyof ActionPayload;

/** One row of the transition table. */
export interface Transition {
  action: ApplicationAction;
  from: readonly ApplicationStatus[];
  /** Review sub-states the row needs, in addition to `from`. */
  when?: Partial<Record<ReviewParty, readonly ReviewState[]>>;
  /** The review the row acts on; with "target" required, payload.target must name it. */
  review?: ReviewParty;
  orgTypes: readonly OrgType[];
  /** The actor needs at least one of these roles. */
  roles: readonly Role[];
  requires: readonly PayloadField[];
  /** The fields of the state that change. */
  to: Partial<ApplicationState>;
  /** `stop` lists the clocks the row ends; applyAction reports only those actually running. */
  clocks: { start: readonly ClockName[]; stop: readonly ClockName[] };
}

const ENTERPRISE_PREPARERS: readonly Role[] = ["operator", "admin"];
const REVIEWERS: readonly Role[] = ["reviewer"];
const REVIEW_CLOCKS: readonly ClockName[] = ["bank-review", "guarantor-review"];
const NO_CLOCKS = { start: [], stop: [] } as const;

const REVIEWER_ORG: Readonly<Record<ReviewParty, OrgType>> = { bank: "BANK", guarantor: "GUARANTOR" };
/** The field of the state each review is kept in. */
export const APPLICATION_REVIEW_FIELD = { bank: "bankReview", guarantor: "guarantorReview" } as const;

function reviewUpdate(party: ReviewParty, review: ReviewState): Partial<ApplicationState> {
  const update: Partial<ApplicationState> = {};
  update[APPLICATION_REVIEW_FIELD[party]] = review;
  return update;
}

/** Row condition on this party's review and, optionally, on the other one's. */
function reviewsIn(
  party: ReviewParty,
  own: readonly ReviewState[],
  other?: readonly ReviewState[],
): Transition["when"] {
  const conditions: Partial<Record<ReviewParty, readonly ReviewState[]>> = {};
  conditions[party] = own;
  if (other) conditions[party === "bank" ? "guarantor" : "bank"] = other;
  return conditions;
}

/** The rows of one of the two parallel reviews; the bank's and the guarantor's are mirror images. */
function reviewTransitions(party: ReviewParty): Transition[] {
  const clock: ClockName = `${party}-review`;
  const reviewer: Pick<Transition, "from" | "review" | "orgTypes" | "roles"> = {
    from: ["UNDER_REVIEW"],
    review: party,
    orgTypes: [REVIEWER_ORG[party]],
    roles: REVIEWERS,
  };
  return [
    {
      ...reviewer,
      action: `${party}-approve`,
      // The second approval completes the review.
      when: reviewsIn(party, ["PENDING"], ["APPROVED"]),
      requires: ["opinion"],
      to: { status: "APPROVED", ...reviewUpdate(party, "APPROVED") },
      clocks: { start: [], stop: [clock] },
    },
    {
      ...reviewer,
      action: `${party}-approve`,
      when: reviewsIn(party, ["PENDING"], ["PENDING", "MATERIALS_REQUESTED"]),
      requires: ["opinion"],
      to: reviewUpdate(party, "APPROVED"),
      clocks: { start: [], stop: [clock] },
    },
    {
      ...reviewer,
      action: `${party}-reject`,
      // One rejection ends the application: the other review, if still open, is closed and its clock stops.
      when: reviewsIn(party, OPEN_REVIEWS),
      requires: ["reason"],
      to: { status: "REJECTED", ...reviewUpdate(party, "REJECTED") },
      clocks: { start: [], stop: REVIEW_CLOCKS },
    },
    {
      ...reviewer,
      action: `${party}-request-materials`,
      // The clock stops while the enterprise gathers the materials and restarts in full when they arrive.
      when: reviewsIn(party, ["PENDING"]),
      requires: ["opinion"],
      to: reviewUpdate(party, "MATERIALS_REQUESTED"),
      clocks: { start: [], stop: [clock] },
    },
    {
      action: "provide-materials",
      from: ["UNDER_REVIEW"],
      when: reviewsIn(party, ["MATERIALS_REQUESTED"]),
      review: party,
      orgTypes: ["ENTERPRISE"],
      roles: ENTERPRISE_PREPARERS,
      requires: ["target"],
      to: reviewUpdate(party, "PENDING"),
      clocks: { start: [clock], stop: [] },
    },
  ];
}

/** SPEC §3.1 steps 1–6 (seed 002 art. 11) as data. */
export const APPLICATION_TRANSITIONS: readonly Transition[] = [
  {
    action: "submit",
    from: ["DRAFT"],
    orgTypes: ["ENTERPRISE"],
    roles: ENTERPRISE_PREPARERS,
    requires: [],
    to: { status: "SUBMITTED" },
    clocks: NO_CLOCKS,
  },
  {
    action: "withdraw",
    from: ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "APPROVED"],
    orgTypes: ["ENTERPRISE"],
    roles: ENTERPRISE_PREPARERS,
    requires: [],
    to: { status: "WITHDRAWN" },
    clocks: { start: [], stop: REVIEW_CLOCKS },
  },
  {
    action: "recommend",
    from: ["SUBMITTED"],
    orgTypes: ["INDUSTRY_BUREAU"],
    roles: REVIEWERS,
    requires: ["opinion"],
    // Bank and guarantor accept and investigate at the same time (art. 11(3) 同步受理和调查).
    to: { status: "UNDER_REVIEW", bankReview: "PENDING", guarantorReview: "PENDING" },
    clocks: { start: REVIEW_CLOCKS, stop: [] },
  },
  {
    action: "reject-recommendation",
    from: ["SUBMITTED"],
    orgTypes: ["INDUSTRY_BUREAU"],
    roles: REVIEWERS,
    requires: ["reason"],
    to: { status: "REJECTED" },
    clocks: NO_CLOCKS,
  },
  ...reviewTransitions("bank"),
  ...reviewTransitions("guarantor"),
  {
    action: "record-contracts",
    from: ["APPROVED"],
    orgTypes: ["BANK"],
    roles: ["operator", "reviewer"],
    requires: ["contracts"],
    to: { status: "CONTRACTED" },
    // Art. 11(5): the bank disburses within 3 days of the contracts.
    clocks: { start: ["disbursement"], stop: [] },
  },
  {
    action: "disburse",
    from: ["CONTRACTED"],
    orgTypes: ["BANK"],
    roles: ["operator"],
    // Disbursing is recording the disbursement: the ledger and the status cannot disagree.
    requires: ["disbursement"],
    to: { status: "DISBURSED" },
    clocks: { start: [], stop: ["disbursement"] },
  },
];

export interface HistoryEntry {
  action: HistoryAction;
  fromStatus: ApplicationStatus;
  toStatus: ApplicationStatus;
  opinion?: string;
  reason?: string;
}

export interface ActionResult {
  state: ApplicationState;
  /** The review the step decides, if any: only a change to it (or to the status) makes the step stale. */
  review?: ReviewParty;
  clocks: { start: ClockName[]; stop: ClockName[] };
  historyEntry: HistoryEntry;
}

/** The first history entry of every application: the enterprise started the draft. */
export const DRAFT_CREATED: HistoryEntry = { action: "create", fromStatus: "DRAFT", toStatus: "DRAFT" };

/** The SLA clocks that run in `state`: a review's while it is PENDING, disbursement once CONTRACTED. */
export function runningClocks(state: ApplicationState): ClockName[] {
  const clocks: ClockName[] = [];
  if (state.status === "UNDER_REVIEW" && state.bankReview === "PENDING") clocks.push("bank-review");
  if (state.status === "UNDER_REVIEW" && state.guarantorReview === "PENDING") clocks.push("guarantor-review");
  if (state.status === "CONTRACTED") clocks.push("disbursement");
  return clocks;
}

function subStatesMatch(transition: Transition, state: ApplicationState): boolean {
  const { when } = transition;
  return (
    (when?.bank === undefined || when.bank.includes(state.bankReview)) &&
    (when?.guarantor === undefined || when.guarantor.includes(state.guarantorReview))
  );
}

function actorAllowed(transition: Transition, actor: WorkflowActor): boolean {
  return transition.orgTypes.includes(actor.orgType) && transition.roles.some((r) => actor.roles.includes(r));
}

function rowsFor(action: ApplicationAction, state: ApplicationState): Transition[] {
  return APPLICATION_TRANSITIONS.filter((t) => t.action === action && t.from.includes(state.status));
}

/** Actions the actor may take now, in table order: the buttons to show and the worklist entries. */
export function availableActions(state: ApplicationState, actor: WorkflowActor): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((action) =>
    rowsFor(action, state).some((t) => subStatesMatch(t, state) && actorAllowed(t, actor)),
  );
}

/** Who holds the application now; after UNDER_REVIEW each review is held by its reviewer. */
const STATUS_HOLDERS: Readonly<Record<ApplicationStatus, readonly OrgType[] | "reviews">> = {
  DRAFT: ["ENTERPRISE"],
  SUBMITTED: ["INDUSTRY_BUREAU"],
  UNDER_REVIEW: "reviews",
  APPROVED: ["BANK"],
  CONTRACTED: ["BANK"],
  DISBURSED: ["BANK"],
  SETTLED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

/** The organisation types that must act next; a review waiting for materials is held by the enterprise. */
export function holderOf(state: ApplicationState): OrgType[] {
  const holders = STATUS_HOLDERS[state.status];
  if (holders !== "reviews") return [...holders];
  const waitingOn = (["bank", "guarantor"] as const).flatMap((party) => {
    const review = state[APPLICATION_REVIEW_FIELD[party]];
    if (review === "PENDING") return [REVIEWER_ORG[party]];
    return review === "MATERIALS_REQUESTED" ? ["ENTERPRISE" as const] : [];
  });
  return ORG_TYPES.filter((orgType) => waitingOn.includes(orgType));
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function describeWho(transition: Transition): { zh: string; en: string } {
  const roles = transition.roles.map((role) => ROLE_LABELS[role]).join("或");
  const orgs = transition.orgTypes.map((orgType) => ORG_TYPE_LABELS[orgType]).join("或");
  return {
    zh: `${orgs}的${roles}`,
    en: `${transition.orgTypes.join("/")} ${transition.roles.join("/")}`,
  };
}

function payloadIssues(transition: Transition, payload: ActionPayload): ValidationIssue[] {
  const label = APPLICATION_ACTION_LABELS[transition.action];
  return transition.requires.flatMap((field): ValidationIssue[] => {
    if (field === "contracts") return contractIssues(payload.contracts);
    if (field === "disbursement" && !payload.disbursement) {
      return [
        {
          path: ["disbursement"],
          rule: "disbursement-required",
          message: { zh: `${label}须填写放款日期和金额`, en: `A disbursement needs its date and amount` },
        },
      ];
    }
    if (field === "reason" && !text(payload.reason)) {
      return [
        {
          path: ["reason"],
          rule: "reason-required",
          message: { zh: `${label}必须说明理由`, en: "A rejection must state its reason" },
        },
      ];
    }
    if (field === "opinion" && !text(payload.opinion)) {
      return [
        {
          path: ["opinion"],
          rule: "opinion-required",
          message: { zh: `${label}须填写意见`, en: "An opinion is required" },
        },
      ];
    }
    return [];
  });
}

function notAllowedInState(action: ApplicationAction, state: ApplicationState, party?: ReviewParty): never {
  const label = APPLICATION_ACTION_LABELS[action];
  if (party) {
    const review = state[APPLICATION_REVIEW_FIELD[party]];
    throw DomainValidationError.single(["action"], "action-not-allowed-in-state", {
      zh: `${REVIEW_PARTY_LABELS[party]}审查为"${REVIEW_STATE_LABELS[review]}"时不能${label}`,
      en: `${action} is not allowed while the ${party} review is ${review}`,
    });
  }
  throw DomainValidationError.single(["action"], "action-not-allowed-in-state", {
    zh: `申请状态为"${APPLICATION_STATUS_LABELS[state.status] ?? state.status}"时不能${label}`,
    en: `${action} is not allowed while the application is ${state.status}`,
  });
}

/**
 * When the application ends while a review is still open (the other party rejected, the enterprise
 * withdrew), that review is closed: nobody reviews it any more. The row's `stop` ends its clock.
 */
function closeOpenReviews(state: ApplicationState): ApplicationState {
  const close = (review: ReviewState): ReviewState => (OPEN_REVIEWS.includes(review) ? "CLOSED" : review);
  return { ...state, bankReview: close(state.bankReview), guarantorReview: close(state.guarantorReview) };
}

/**
 * Applies one action by looking it up in {@link APPLICATION_TRANSITIONS}. Checks, in order: the status,
 * who is acting, the review the action concerns, then the payload. Returns the new state, the SLA
 * clocks to start and stop, and the history entry to record with user, organisation and time.
 */
export function applyAction(
  state: ApplicationState,
  action: ApplicationAction,
  actor: WorkflowActor,
  payload: ActionPayload = {},
): ActionResult {
  const candidates = rowsFor(action, state);
  const first = candidates[0];
  if (!first) notAllowedInState(action, state);
  if (!actorAllowed(first, actor)) {
    const who = describeWho(first);
    throw DomainValidationError.single(["actor"], "role-not-allowed", {
      zh: `只有${who.zh}可以${APPLICATION_ACTION_LABELS[action]}`,
      en: `Only ${who.en} may ${action}`,
    });
  }
  const needsTarget = first.requires.includes("target");
  if (needsTarget && (payload.target === undefined || !Object.hasOwn(REVIEWER_ORG, payload.target))) {
    throw DomainValidationError.single(["target"], "target-required", {
      zh: "须指明补充材料提交给银行还是担保机构",
      en: "Target must be bank or guarantor",
    });
  }
  const transition = candidates.find(
    (t) => subStatesMatch(t, state) && (!needsTarget || t.review === payload.target),
  );
  if (!transition) notAllowedInState(action, state, needsTarget ? payload.target : first.review);
  throwIfIssues(payloadIssues(transition, payload));

  const moved: ApplicationState = { ...state, ...transition.to };
  const next = TERMINAL_STATUSES.includes(moved.status) ? closeOpenReviews(moved) : moved;
  const running = runningClocks(state);
  const opinion = text(payload.opinion);
  const reason = text(payload.reason);
  return {
    state: next,
    ...(transition.review && { review: transition.review }),
    clocks: {
      start: [...transition.clocks.start],
      stop: transition.clocks.stop.filter((clock) => running.includes(clock)),
    },
    historyEntry: {
      action,
      fromStatus: state.status,
      toStatus: next.status,
      ...(opinion === undefined ? {} : { opinion }),
      ...(reason === undefined ? {} : { reason }),
    },
  };
}
