import { DomainValidationError } from "../errors";
import type { OrgType, Role } from "../programmes/application-workflow";
import type { Term } from "../vocabulary";

/**
 * A payment out of the special fund (SPEC §3.1 steps 7–9, seed 002 arts. 11(6)–(8) and 13): the
 * guarantor computes and checks it, the finance and industry bureaus review it in parallel, the city
 * government approves it, and only then does the guarantor pay it. A rejection at any stage sends it
 * back to the guarantor with the reason.
 */
export const PAYMENT_KINDS = [
  "INTEREST_SUBSIDY",
  "FEE_SUBSIDY",
  "RISK_COMPENSATION",
  "INCENTIVE_REWARD",
] as const;

export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/** A payment's title in both languages as stored; one made before the English was kept reads its Chinese in both. */
export function paymentTitle(stored: { title: string; titleEn: string | null }): Term {
  return { zh: stored.title, en: stored.titleEn ?? stored.title };
}

export const PAYMENT_KIND_LABELS: Readonly<Record<PaymentKind, string>> = {
  INTEREST_SUBSIDY: "贷款贴息",
  FEE_SUBSIDY: "担保费补贴",
  RISK_COMPENSATION: "风险补偿",
  INCENTIVE_REWARD: "投融资奖励",
};

export const PAYMENT_STATUSES = [
  "DRAFT",
  "IN_REVIEW",
  "AWAITING_APPROVAL",
  "APPROVED",
  "PAYING",
  "PAID",
  "RETURNED",
  "CANCELLED",
] as const;

export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const PAYMENT_STATUS_LABELS: Readonly<Record<PaymentStatus, string>> = {
  DRAFT: "担保集团核算中",
  IN_REVIEW: "财政局、经信局审核中",
  AWAITING_APPROVAL: "待市政府审批",
  APPROVED: "市政府已批准待拨付",
  PAYING: "拨付中",
  PAID: "已拨付",
  RETURNED: "已退回担保集团",
  CANCELLED: "已撤销",
};

/** The two bureaus that review in parallel (seed 002 art. 11(6): 报市财政局、市经信局审核). */
export type PaymentReviewer = "finance" | "industry";

export const PAYMENT_REVIEWER_ORG: Readonly<Record<PaymentReviewer, OrgType>> = {
  finance: "FINANCE_BUREAU",
  industry: "INDUSTRY_BUREAU",
};

export const PAYMENT_REVIEW_STATES = ["NOT_STARTED", "PENDING", "APPROVED", "REJECTED"] as const;

export type PaymentReviewState = (typeof PAYMENT_REVIEW_STATES)[number];

export const PAYMENT_REVIEW_STATE_LABELS: Readonly<Record<PaymentReviewState, string>> = {
  NOT_STARTED: "未开始",
  PENDING: "审核中",
  APPROVED: "已同意",
  REJECTED: "已退回",
};

export interface PaymentState {
  status: PaymentStatus;
  financeReview: PaymentReviewState;
  industryReview: PaymentReviewState;
}

export const INITIAL_PAYMENT_STATE: PaymentState = {
  status: "DRAFT",
  financeReview: "NOT_STARTED",
  industryReview: "NOT_STARTED",
};

/**
 * Where a payment the platform computed and the applicant submitted starts (an incentive reward,
 * issue 13): nothing for the guarantor to check first, so both bureau reviews are pending at once.
 */
export const SUBMITTED_PAYMENT_STATE: PaymentState = {
  status: "IN_REVIEW",
  financeReview: "PENDING",
  industryReview: "PENDING",
};

export const PAYMENT_ACTIONS = [
  "submit",
  "finance-approve",
  "finance-reject",
  "industry-approve",
  "industry-reject",
  "city-approve",
  "city-reject",
  "cancel",
  "execute",
] as const;

export type PaymentAction = (typeof PAYMENT_ACTIONS)[number];

export const PAYMENT_ACTION_LABELS: Readonly<Record<PaymentAction, string>> = {
  submit: "核算无误,报送审核",
  "finance-approve": "财政局审核同意",
  "finance-reject": "财政局退回",
  "industry-approve": "经信局审核同意",
  "industry-reject": "经信局退回",
  "city-approve": "市政府批准",
  "city-reject": "市政府退回",
  cancel: "撤销",
  execute: "拨付",
};

/**
 * The steps the platform takes itself, at the end of a payment run: every line is paid, or the fund
 * could not pay a line and the payment goes back to the guarantor, approved still, to pay again later.
 */
export const PAYMENT_SYSTEM_ACTIONS = ["paid", "refused"] as const;

export type PaymentSystemAction = (typeof PAYMENT_SYSTEM_ACTIONS)[number];

/** What a payment's history records: the chain's actions, and the entries the platform writes itself. */
export const PAYMENT_HISTORY_ACTIONS = ["create", ...PAYMENT_ACTIONS, ...PAYMENT_SYSTEM_ACTIONS] as const;

export type PaymentHistoryAction = (typeof PAYMENT_HISTORY_ACTIONS)[number];

export const PAYMENT_HISTORY_LABELS: Readonly<Record<PaymentHistoryAction, string>> = {
  ...PAYMENT_ACTION_LABELS,
  create: "生成支付申请",
  paid: "全部拨付完成",
  refused: "拨付未完成",
};

interface PaymentTransition {
  action: PaymentAction;
  from: readonly PaymentStatus[];
  /** The review this row decides, which must be pending. */
  review?: PaymentReviewer;
  orgType: OrgType;
  roles: readonly Role[];
  /** Approvals need an opinion; rejections and cancellations a reason. */
  requires: "opinion" | "reason" | null;
  next: (state: PaymentState) => PaymentState;
}

const DECIDERS: readonly Role[] = ["reviewer"];
const PREPARERS: readonly Role[] = ["operator", "reviewer"];
/** The field of the state each bureau's review is kept in. */
export const PAYMENT_REVIEW_FIELD = { finance: "financeReview", industry: "industryReview" } as const;

function reviewTransitions(reviewer: PaymentReviewer): PaymentTransition[] {
  const field = PAYMENT_REVIEW_FIELD[reviewer];
  const other = PAYMENT_REVIEW_FIELD[reviewer === "finance" ? "industry" : "finance"];
  const decision = {
    from: ["IN_REVIEW"],
    review: reviewer,
    orgType: PAYMENT_REVIEWER_ORG[reviewer],
  } as const;
  return [
    {
      ...decision,
      action: `${reviewer}-approve`,
      roles: DECIDERS,
      requires: "opinion",
      // The second approval sends it on to the city government.
      next: (state) => ({
        ...state,
        [field]: "APPROVED",
        status: state[other] === "APPROVED" ? "AWAITING_APPROVAL" : "IN_REVIEW",
      }),
    },
    {
      ...decision,
      action: `${reviewer}-reject`,
      roles: DECIDERS,
      requires: "reason",
      next: (state) => ({ ...state, [field]: "REJECTED", status: "RETURNED" }),
    },
  ];
}

/** The chain as data: who may do what in which state, and what it leads to. */
export const PAYMENT_TRANSITIONS: readonly PaymentTransition[] = [
  {
    action: "submit",
    from: ["DRAFT", "RETURNED"],
    orgType: "GUARANTOR",
    roles: DECIDERS,
    requires: "opinion",
    // A resubmission is reviewed afresh by both bureaus.
    next: () => ({ status: "IN_REVIEW", financeReview: "PENDING", industryReview: "PENDING" }),
  },
  ...reviewTransitions("finance"),
  ...reviewTransitions("industry"),
  {
    action: "city-approve",
    from: ["AWAITING_APPROVAL"],
    orgType: "CITY_GOVERNMENT",
    roles: DECIDERS,
    requires: "opinion",
    next: (state) => ({ ...state, status: "APPROVED" }),
  },
  {
    action: "city-reject",
    from: ["AWAITING_APPROVAL"],
    orgType: "CITY_GOVERNMENT",
    roles: DECIDERS,
    requires: "reason",
    next: (state) => ({ ...state, status: "RETURNED" }),
  },
  {
    action: "cancel",
    from: ["DRAFT", "RETURNED"],
    orgType: "GUARANTOR",
    roles: PREPARERS,
    requires: "reason",
    next: (state) => ({ ...state, status: "CANCELLED" }),
  },
  {
    action: "execute",
    // An interrupted run (PAYING) is resumed by the platform, not by a second click.
    from: ["APPROVED"],
    orgType: "GUARANTOR",
    roles: PREPARERS,
    requires: null,
    next: (state) => ({ ...state, status: "PAYING" }),
  },
];

interface PaymentSystemTransition {
  action: PaymentSystemAction;
  from: readonly PaymentStatus[];
  next: (state: PaymentState) => PaymentState;
}

/** The platform's own steps as data, beside the people's: no one takes them, a payment run does. */
export const PAYMENT_SYSTEM_TRANSITIONS: readonly PaymentSystemTransition[] = [
  { action: "paid", from: ["PAYING"], next: (state) => ({ ...state, status: "PAID" }) },
  // The reviews stand: the city government's approval still commits the fund, only the cash was short.
  { action: "refused", from: ["PAYING"], next: (state) => ({ ...state, status: "APPROVED" }) },
];

export interface PaymentActor {
  orgType: OrgType;
  roles: readonly Role[];
}

export interface PaymentDecision {
  opinion?: string;
  reason?: string;
}

function allowedInState(transition: PaymentTransition, state: PaymentState): boolean {
  if (!transition.from.includes(state.status)) return false;
  return !transition.review || state[PAYMENT_REVIEW_FIELD[transition.review]] === "PENDING";
}

/**
 * The state after `action`, or a refusal with the same rules as the loan workflow:
 * "role-not-allowed" when the actor may never take it, "action-not-allowed-in-state" when it does not
 * fit the payment's state, "required" when the opinion or reason is missing.
 */
export function applyPaymentAction(
  state: PaymentState,
  action: PaymentAction,
  actor: PaymentActor,
  decision: PaymentDecision,
): PaymentState {
  const rows = PAYMENT_TRANSITIONS.filter((row) => row.action === action);
  const permitted = rows.filter(
    (row) => row.orgType === actor.orgType && row.roles.some((role) => actor.roles.includes(role)),
  );
  if (permitted.length === 0) {
    throw DomainValidationError.single(["actor"], "role-not-allowed", {
      zh: `无权执行“${PAYMENT_ACTION_LABELS[action]}”`,
      en: "Not permitted for this organisation or role",
    });
  }
  const row = permitted.find((candidate) => allowedInState(candidate, state));
  if (!row) {
    throw DomainValidationError.single(["action"], "action-not-allowed-in-state", {
      zh: `当前状态“${PAYMENT_STATUS_LABELS[state.status]}”不能执行“${PAYMENT_ACTION_LABELS[action]}”`,
      en: "Not allowed in this state",
    });
  }
  if (row.requires && !decision[row.requires]?.trim()) {
    const label = row.requires === "opinion" ? "意见" : "理由";
    throw DomainValidationError.single([row.requires], "required", {
      zh: `请填写${label}`,
      en: `${row.requires} is required`,
    });
  }
  return row.next(state);
}

/**
 * The state after one of the platform's own steps, or "action-not-allowed-in-state" when the payment
 * is not being paid (another run ended it first).
 */
export function applyPaymentSystemAction(state: PaymentState, action: PaymentSystemAction): PaymentState {
  const row = PAYMENT_SYSTEM_TRANSITIONS.find(
    (candidate) => candidate.action === action && candidate.from.includes(state.status),
  );
  if (!row) {
    throw DomainValidationError.single(["action"], "action-not-allowed-in-state", {
      zh: `当前状态“${PAYMENT_STATUS_LABELS[state.status]}”不能记录“${PAYMENT_HISTORY_LABELS[action]}”`,
      en: "Not allowed in this state",
    });
  }
  return row.next(state);
}

/** The bureau whose review `action` decides, if any: only a change to it (or to the status) makes it stale. */
export function paymentActionReview(action: PaymentAction): PaymentReviewer | undefined {
  return PAYMENT_TRANSITIONS.find((row) => row.action === action)?.review;
}

/** The actions `actor` can take now, for the buttons a page shows. */
export function availablePaymentActions(state: PaymentState, actor: PaymentActor): PaymentAction[] {
  return [
    ...new Set(
      PAYMENT_TRANSITIONS.filter(
        (row) =>
          row.orgType === actor.orgType &&
          row.roles.some((role) => actor.roles.includes(role)) &&
          allowedInState(row, state),
      ).map((row) => row.action),
    ),
  ];
}

/** Who must act next: the organisation types whose worklist shows the payment. */
export function paymentHolders(state: PaymentState): OrgType[] {
  switch (state.status) {
    case "DRAFT":
    case "RETURNED":
    case "APPROVED":
    case "PAYING":
      return ["GUARANTOR"];
    case "IN_REVIEW":
      return (["finance", "industry"] as const)
        .filter((reviewer) => state[PAYMENT_REVIEW_FIELD[reviewer]] === "PENDING")
        .map((reviewer) => PAYMENT_REVIEWER_ORG[reviewer]);
    case "AWAITING_APPROVAL":
      return ["CITY_GOVERNMENT"];
    case "PAID":
    case "CANCELLED":
      return [];
  }
}
