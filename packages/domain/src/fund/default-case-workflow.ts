import { DomainValidationError } from "../errors";
import type { OrgType, Role } from "../programmes/application-workflow";
import type { PaymentStatus } from "./payment-workflow";

/**
 * A default (seed 002 art. 11(8),(9)): the lending bank claims, the guarantor compensates (代偿) and
 * then asks for the fund's part and records recoveries. Until the 代偿 the bank may withdraw its claim.
 */
export const DEFAULT_CASE_STATUSES = ["CLAIMED", "COMPENSATED", "WITHDRAWN"] as const;

export type DefaultCaseStatus = (typeof DEFAULT_CASE_STATUSES)[number];

export const DEFAULT_CASE_STATUS_LABELS: Readonly<Record<DefaultCaseStatus, string>> = {
  CLAIMED: "银行已申请代偿",
  COMPENSATED: "担保已代偿",
  WITHDRAWN: "银行已撤回",
};

export const DEFAULT_CASE_ACTIONS = [
  "compensate",
  "withdraw",
  "request-fund-payment",
  "record-recovery",
  "reverse-recovery",
] as const;

export type DefaultCaseAction = (typeof DEFAULT_CASE_ACTIONS)[number];

export const DEFAULT_CASE_ACTION_LABELS: Readonly<Record<DefaultCaseAction, string>> = {
  compensate: "登记代偿",
  withdraw: "撤回代偿申请",
  "request-fund-payment": "重新申请风险补偿",
  "record-recovery": "登记追偿款",
  "reverse-recovery": "冲正追偿款",
};

interface DefaultCaseTransition {
  action: DefaultCaseAction;
  from: readonly DefaultCaseStatus[];
  orgType: OrgType;
  roles: readonly Role[];
  /** A withdrawal and a correction must say why. */
  requiresReason: boolean;
  next: DefaultCaseStatus;
}

const PREPARERS: readonly Role[] = ["operator", "reviewer"];

/** The case as data: who may do what in which state, and what it leads to. */
export const DEFAULT_CASE_TRANSITIONS: readonly DefaultCaseTransition[] = [
  {
    action: "compensate",
    from: ["CLAIMED"],
    orgType: "GUARANTOR",
    roles: PREPARERS,
    requiresReason: false,
    next: "COMPENSATED",
  },
  {
    // Once the guarantor has paid the bank, the claim is settled between them: no withdrawal.
    action: "withdraw",
    from: ["CLAIMED"],
    orgType: "BANK",
    roles: PREPARERS,
    requiresReason: true,
    next: "WITHDRAWN",
  },
  {
    action: "request-fund-payment",
    from: ["COMPENSATED"],
    orgType: "GUARANTOR",
    roles: PREPARERS,
    requiresReason: false,
    next: "COMPENSATED",
  },
  {
    action: "record-recovery",
    from: ["COMPENSATED"],
    orgType: "GUARANTOR",
    roles: PREPARERS,
    requiresReason: false,
    next: "COMPENSATED",
  },
  {
    // A correction is a decision: the guarantor's reviewer takes it, as with every ledger reversal.
    action: "reverse-recovery",
    from: ["COMPENSATED"],
    orgType: "GUARANTOR",
    roles: ["reviewer"],
    requiresReason: true,
    next: "COMPENSATED",
  },
];

export interface DefaultCaseActor {
  orgType: OrgType;
  roles: readonly Role[];
}

const permits = (row: DefaultCaseTransition, actor: DefaultCaseActor) =>
  row.orgType === actor.orgType && row.roles.some((role) => actor.roles.includes(role));

/**
 * The status after `action`, or a refusal with the rules of the other workflows: "role-not-allowed"
 * when the actor may never take it, "action-not-allowed-in-state" when the case is past it,
 * "required" when the reason is missing.
 */
export function applyDefaultCaseAction(
  status: DefaultCaseStatus,
  action: DefaultCaseAction,
  actor: DefaultCaseActor,
  decision: { reason?: string } = {},
): DefaultCaseStatus {
  const row = DEFAULT_CASE_TRANSITIONS.find((candidate) => candidate.action === action);
  if (!row || !permits(row, actor)) {
    throw DomainValidationError.single(["actor"], "role-not-allowed", {
      zh: `无权执行“${DEFAULT_CASE_ACTION_LABELS[action]}”`,
      en: "Not permitted for this organisation or role",
    });
  }
  if (!row.from.includes(status)) {
    throw DomainValidationError.single(["action"], "action-not-allowed-in-state", {
      zh: `案件状态为“${DEFAULT_CASE_STATUS_LABELS[status]}”,不能${DEFAULT_CASE_ACTION_LABELS[action]}`,
      en: "Not allowed in this state",
    });
  }
  if (row.requiresReason && !decision.reason?.trim()) {
    throw DomainValidationError.single(["reason"], "required", {
      zh: "请填写理由",
      en: "Reason is required",
    });
  }
  return row.next;
}

/** The actions the actor's organisation and role allow in this state, before the case's own conditions. */
export function defaultCaseActionsFor(
  status: DefaultCaseStatus,
  actor: DefaultCaseActor,
): DefaultCaseAction[] {
  return DEFAULT_CASE_TRANSITIONS.filter((row) => permits(row, actor) && row.from.includes(status)).map(
    (row) => row.action,
  );
}

/** Who must act next: the guarantor while a claim waits for its 代偿; nobody after. */
export function defaultCaseHolders(status: DefaultCaseStatus): OrgType[] {
  return status === "CLAIMED" ? ["GUARANTOR"] : [];
}

// ---- What the case's condition makes sensible, beyond who may (the table above) ----

/**
 * Whether the fund has paid its part of the compensation: it had nothing to pay, or its payment is
 * PAID. Recoveries are shared only after it has (seed 002 art. 11(9)).
 */
export function fundPartPaid(fundPaysFen: bigint, paymentStatus: PaymentStatus | null | undefined): boolean {
  return fundPaysFen === 0n || paymentStatus === "PAID";
}

/**
 * What a case can still recover, in fen: the non-bank part of the loss less what has been recovered
 * (net of reversals: a correction frees its amount again). Nothing before the guarantor has
 * compensated the bank, nor when the loss cannot be split (null: the loan can no longer be compensated).
 */
export function recoverableFen(
  status: DefaultCaseStatus,
  nonBankLossFen: bigint | null,
  recoveredFen: bigint,
): bigint {
  return nonBankLossFen !== null && status === "COMPENSATED" ? nonBankLossFen - recoveredFen : 0n;
}

/** The fund's part is asked for again only once its payment was cancelled. */
export function fundPaymentRenewable(paymentStatus: PaymentStatus | null | undefined): boolean {
  return paymentStatus === "CANCELLED";
}

/** A recovery as far as its correction goes: whether it is itself a reversal, and whether it was reversed. */
export interface RecoveryStanding {
  isReversal: boolean;
  reversed: boolean;
}

/** Only an original recovery not yet reversed can be reversed. */
export function recoveryReversible(recovery: RecoveryStanding): boolean {
  return !recovery.isReversal && !recovery.reversed;
}

/** A case's condition as far as its next steps go. */
export interface DefaultCaseSituation {
  status: DefaultCaseStatus;
  /** The loan's lending bank and guarantor: the case's parties. */
  bankOrgId: string;
  guarantorOrgId: string;
  /** Whether the loss can be compensated as the loan stands (not repaid since, overdue not cleared). */
  compensable: boolean;
  /** The status of the fund's payment of its part, if there is one. */
  paymentStatus: PaymentStatus | null;
  fundPartPaid: boolean;
  recoverableFen: bigint;
  recoveries: readonly RecoveryStanding[];
}

/**
 * The steps the caller may take on the case now: only the lending bank or the guarantor of the loan
 * acts on it, the table says which steps its organisation and role may take in the state, and the
 * case's condition says whether each makes sense now.
 */
export function availableDefaultCaseActions(
  actor: DefaultCaseActor & { orgId: string },
  situation: DefaultCaseSituation,
): DefaultCaseAction[] {
  const own =
    (actor.orgType === "BANK" && actor.orgId === situation.bankOrgId) ||
    (actor.orgType === "GUARANTOR" && actor.orgId === situation.guarantorOrgId);
  if (!own) return [];
  const sensible: Record<DefaultCaseAction, boolean> = {
    compensate: situation.compensable,
    withdraw: true,
    "request-fund-payment": fundPaymentRenewable(situation.paymentStatus),
    "record-recovery": situation.fundPartPaid && situation.recoverableFen > 0n,
    "reverse-recovery": situation.recoveries.some(recoveryReversible),
  };
  return defaultCaseActionsFor(situation.status, actor).filter((action) => sensible[action]);
}
