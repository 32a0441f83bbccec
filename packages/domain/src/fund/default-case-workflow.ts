import { DomainValidationError } from "../errors";
import type { OrgType, Role } from "../programmes/application-workflow";

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
    throw DomainValidationError.single(
      ["actor"],
      "role-not-allowed",
      `无权执行“${DEFAULT_CASE_ACTION_LABELS[action]}” (not permitted for this organisation or role)`,
    );
  }
  if (!row.from.includes(status)) {
    throw DomainValidationError.single(
      ["action"],
      "action-not-allowed-in-state",
      `案件状态为“${DEFAULT_CASE_STATUS_LABELS[status]}”,不能${DEFAULT_CASE_ACTION_LABELS[action]} (not allowed in this state)`,
    );
  }
  if (row.requiresReason && !decision.reason?.trim()) {
    throw DomainValidationError.single(["reason"], "required", "请填写理由 (reason is required)");
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
