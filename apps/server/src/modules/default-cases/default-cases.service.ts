import {
  applyDefaultCaseAction,
  availableDefaultCaseActions,
  type CompensationWorking,
  compensationOfLoss,
  DEFAULT_CASE_STATUSES,
  type DefaultCaseAction,
  type DefaultCaseStatus,
  DomainValidationError,
  defaultCaseHolders,
  formatYuan,
  fundPartPaid,
  type LoanPosition,
  PAYMENT_STATUS_LABELS,
  type PaymentStatus,
  parseYuan,
  RECOVERY_BEARERS,
  type RecoveryBearer,
  recoverableFen,
  recoveryReversible,
  riskSharingPreset,
} from "@chanrong/domain";
import type { Database, Executor, Transaction } from "../../db/client";
import type { ApplicationScope } from "../../db/scopes";
import { requireOrgType, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { uniqueViolation } from "../../platform/db-errors";
import { AppError } from "../../platform/errors";
import { decide } from "../../platform/workflow-refusals";
import { applicationScope } from "../applications/applications.service";
import { positionOf, positionsOf, programmeConfigs } from "../applications/loan-positions.service";
import { lockApplication } from "../applications/servicing.service";
import { fundOfProgramme } from "../ledger/funds.service";
import type { CaseRow } from "./default-cases.repository";
import * as repo from "./default-cases.repository";

// The claim, reading and withdrawal of a default case; its 代偿, the fund's payment and the
// recoveries are in recoveries.service.ts, which shares the steps' helpers below.

// The case's states and who may take which step are the domain's (fund/default-case-workflow).
export { DEFAULT_CASE_STATUSES };

/**
 * Who sees a default: the lending bank its loans', the guarantor its guarantees', and the re-guarantor,
 * bureaus and city government of the programme's region (the loan scope of ADR 009 without the
 * enterprise, whose default is not its to follow here).
 */
function caseScope(actor: Actor): ApplicationScope {
  return actor.orgType === "ENTERPRISE" ? { kind: "none" } : applicationScope(actor);
}

async function findCase(db: Executor, actor: Actor, id: string): Promise<CaseRow> {
  const row = await repo.findCase(db, caseScope(actor), id);
  if (!row) throw AppError.notFound({ zh: "代偿案件", en: "Default case" });
  return row;
}

export interface CaseFilter {
  status?: DefaultCaseStatus;
  /** Only the cases waiting for the caller's organisation (the guarantor's claims to compensate). */
  waiting?: boolean;
  page: number;
  pageSize: number;
}

/** The statuses in which a case waits for the caller's organisation. */
const waitingFor = (actor: Actor) =>
  DEFAULT_CASE_STATUSES.filter((status) => defaultCaseHolders(status).includes(actor.orgType));

export async function listCases(db: Database, actor: Actor, filter: CaseFilter) {
  const { rows, total } = await repo.listCases(
    db,
    caseScope(actor),
    { status: filter.status, anyOf: filter.waiting ? waitingFor(actor) : undefined },
    { limit: filter.pageSize, offset: (filter.page - 1) * filter.pageSize },
  );
  return {
    items: rows.map((row) => ({
      id: row.defaultCase.id,
      status: row.defaultCase.status as DefaultCaseStatus,
      applicationId: row.application.id,
      enterpriseName: row.enterpriseName,
      bankName: row.bankName,
      guarantorName: row.guarantorName,
      programmeName: row.programmeName,
      loss: formatYuan(row.defaultCase.lossFen),
      scheme: row.defaultCase.scheme,
      claimedOn: row.defaultCase.claimedOn,
      compensatedOn: row.defaultCase.compensatedOn,
      paymentStatus: row.paymentStatus as PaymentStatus | null,
      recovered: formatYuan(BigInt(row.recoveredFen)),
    })),
    total,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

export const yuanToFen = (yuan: string) => parseYuan(yuan);

/** What the working implies beyond the parties' shares: the bank's own part and the rest. */
export function splitOf(working: CompensationWorking) {
  const bankFen = yuanToFen(working.shares.find((share) => share.party === "bank")?.amount ?? "0");
  const nonBankFen = yuanToFen(working.loss) - bankFen;
  return { bankFen, nonBankFen, fundPaysFen: yuanToFen(working.fundPays) };
}

/**
 * The split as it will be (before compensation: the loss as claimed on the loan as it stands now) or
 * as it was (after: stored with the case). Null with the reason when the loan can no longer be
 * compensated (repaid since the claim, or the overdue cleared).
 */
async function workingOf(db: Executor, row: CaseRow, position: LoanPosition) {
  if (row.defaultCase.working)
    return { working: row.defaultCase.working as CompensationWorking, blocked: null };
  const config = await programmeConfigs(db)(row.application.programmeId, row.application.programmeVersion);
  try {
    const { working } = compensationOfLoss(
      riskSharingPreset(row.defaultCase.scheme),
      position,
      row.defaultCase.lossFen,
      config.fundShareOfGuarantor,
    );
    return { working, blocked: null };
  } catch (error) {
    if (!(error instanceof DomainValidationError)) throw error;
    return { working: null, blocked: error.message };
  }
}

function distributionInYuan(distribution: Record<string, string>) {
  return Object.fromEntries(
    RECOVERY_BEARERS.map((bearer) => [bearer, formatYuan(BigInt(distribution[bearer] ?? "0"))]),
  ) as Record<RecoveryBearer, string>;
}

/** A recovery as far as its correction goes. */
const standingOf = (entry: { recovery: { reverses: string | null }; reversal: unknown }) => ({
  isReversal: entry.recovery.reverses !== null,
  reversed: entry.reversal !== null,
});

/** A case with the loan as it stands, the split with its working, the fund's payment and recoveries. */
export async function getCase(db: Database, actor: Actor, id: string) {
  const row = await findCase(db, actor, id);
  const { defaultCase, application } = row;
  const [position, config, recovered, fundPayment, history] = await Promise.all([
    positionOf(db, application.id),
    programmeConfigs(db)(application.programmeId, application.programmeVersion),
    repo.recoveriesOf(db, id),
    repo.findPayment(db, defaultCase.paymentId),
    repo.historyOf(db, id),
  ]);
  const { working, blocked } = await workingOf(db, row, position);
  const split = working && splitOf(working);
  // Net of reversals: a reversal carries the negated amount.
  const recoveredFen = recovered.reduce((sum, { recovery }) => sum + recovery.amountFen, 0n);
  const status = defaultCase.status as DefaultCaseStatus;
  const paymentStatus = (fundPayment?.status ?? null) as PaymentStatus | null;
  const paid = split !== null && fundPartPaid(split.fundPaysFen, paymentStatus);
  const recoverable = recoverableFen(status, split?.nonBankFen ?? null, recoveredFen);
  const availableActions = availableDefaultCaseActions(actor, {
    status,
    bankOrgId: application.bankOrgId,
    guarantorOrgId: application.guarantorOrgId,
    compensable: blocked === null,
    paymentStatus,
    fundPartPaid: paid,
    recoverableFen: recoverable,
    recoveries: recovered.map(standingOf),
  });
  const withdrawal =
    status === "WITHDRAWN" ? history.findLast((entry) => entry.action === "withdraw") : undefined;
  return {
    id: defaultCase.id,
    status,
    version: defaultCase.version,
    loss: formatYuan(defaultCase.lossFen),
    scheme: defaultCase.scheme,
    schemes: [...config.riskSharingSchemes],
    claimedOn: defaultCase.claimedOn,
    claimReason: defaultCase.claimReason,
    compensatedOn: defaultCase.compensatedOn,
    withdrawal: withdrawal
      ? {
          reason: withdrawal.reason ?? "",
          by: withdrawal.actorName,
          orgName: withdrawal.actorOrgName,
          on: withdrawal.businessDate,
          at: withdrawal.at,
        }
      : null,
    application: {
      id: application.id,
      enterpriseName: row.enterpriseName,
      bankName: row.bankName,
      guarantorName: row.guarantorName,
      programmeCode: row.programmeCode,
      programmeName: row.programmeName,
      amount: formatYuan(application.amountFen),
    },
    position: {
      status: position.status,
      disbursed: formatYuan(position.disbursedFen),
      repaid: formatYuan(position.repaidFen),
      outstanding: formatYuan(position.outstandingFen),
    },
    working,
    /** Why the claim cannot be compensated as it stands, when it cannot. */
    blocked,
    bankShare: split && formatYuan(split.bankFen),
    /** What the guarantor pays the bank (代偿): the loss less the bank's own share. */
    compensationToBank: split && formatYuan(split.nonBankFen),
    payment: fundPayment
      ? {
          id: fundPayment.id,
          status: fundPayment.status as PaymentStatus,
          statusLabel: PAYMENT_STATUS_LABELS[fundPayment.status as PaymentStatus],
          total: formatYuan(fundPayment.totalFen),
          paidOn: fundPayment.paidOn,
        }
      : null,
    fundPartPaid: paid,
    recovered: formatYuan(recoveredFen),
    recoverable: formatYuan(recoverable),
    recoveries: recovered.map(({ recovery, recordedBy, postingId, reversal }) => ({
      id: recovery.id,
      recoveredOn: recovery.recoveredOn,
      amount: formatYuan(recovery.amountFen),
      distribution: distributionInYuan(recovery.distribution as Record<string, string>),
      postingId,
      recordedBy,
      recordedAt: recovery.recordedAt,
      /** A correction: the recovery it reverses, and why. */
      reverses: recovery.reverses,
      reason: recovery.reason,
      reversedBy: reversal
        ? {
            id: reversal.recovery.id,
            reason: reversal.recovery.reason ?? "",
            recordedBy: reversal.recordedBy,
            recordedAt: reversal.recovery.recordedAt,
          }
        : null,
      mayReverse:
        availableActions.includes("reverse-recovery") &&
        recoveryReversible(standingOf({ recovery, reversal })),
    })),
    history,
    availableActions,
  };
}

/** A bank's overdue programme loans it has not yet claimed on: what its 代偿申请 page offers. */
export async function claimableLoans(db: Database, actor: Actor) {
  requireOrgType(actor, "BANK");
  const loans = await repo.unclaimedLoans(db, actor.orgId);
  const positions = await positionsOf(
    db,
    loans.map((loan) => loan.id),
  );
  const configOf = programmeConfigs(db);
  const items = [];
  for (const loan of loans) {
    const position = positions.get(loan.id);
    if (position?.status !== "OVERDUE") continue;
    const config = await configOf(loan.programmeId, loan.programmeVersion);
    items.push({
      applicationId: loan.id,
      enterpriseName: loan.enterpriseName,
      programmeName: loan.programmeName,
      amount: formatYuan(loan.amountFen),
      outstanding: formatYuan(position.outstandingFen),
      overdueSince: position.effective.findLast((event) => event.type === "OVERDUE")?.date ?? null,
      schemes: [...config.riskSharingSchemes],
    });
  }
  return { items, total: items.length };
}

export function notInFuture(field: string, date: string): void {
  if (date > today()) {
    throw AppError.validation(field, "not-in-future", {
      zh: `日期不能晚于今天${today()}`,
      en: "Cannot be in the future",
    });
  }
}

export function notBefore(field: string, date: string, earliest: string, what: string): void {
  if (date < earliest) {
    throw AppError.validation(field, "not-before", {
      zh: `日期不能早于${what}${earliest}`,
      en: `Cannot be before ${earliest}`,
    });
  }
}

/** The scheme must be one the loan's programme version allows; none given means its first (十堰: 4321). */
export function schemeOf(allowed: readonly string[], requested: string | undefined): string {
  const scheme = requested ?? allowed[0];
  if (!scheme || !allowed.includes(scheme)) {
    throw AppError.validation("scheme", "programme-scheme", {
      zh: `该贷款计划适用的风险分担方案为${allowed.join("、")}`,
      en: `The programme allows ${allowed.join(", ")}`,
    });
  }
  return scheme;
}

export interface ClaimInput {
  applicationId: string;
  loss: string;
  claimedOn: string;
  reason: string;
  scheme?: string;
}

/**
 * Seed 002 art. 11(8): the lending bank asks the guarantor to compensate (代偿) a loss on an overdue
 * loan, at most the principal outstanding. One claim per loan.
 */
export async function claim(db: Database, actor: Actor, input: ClaimInput, ip: string | null) {
  requireOrgType(actor, "BANK");
  requireRole(actor, "operator", "reviewer");
  const found = await repo.findLoan(db, input.applicationId);
  // Another bank's loan does not exist as far as this bank can tell.
  if (!found || found.application.bankOrgId !== actor.orgId)
    throw AppError.notFound({ zh: "贷款", en: "Loan" });
  const { application } = found;
  const config = await programmeConfigs(db)(application.programmeId, application.programmeVersion);
  const scheme = schemeOf(config.riskSharingSchemes, input.scheme);
  const fund = await fundOfProgramme(db, found.programmeCode);
  const lossFen = parseYuan(input.loss, ["loss"]);
  notInFuture("claimedOn", input.claimedOn);
  const id = await db.transaction(async (tx) => {
    // Serialised with the bank's loan events: the loan is judged as it stands at the claim.
    await lockApplication(tx, application.id);
    const position = await positionOf(tx, application.id);
    const { working } = compensationOfLoss(
      riskSharingPreset(scheme),
      position,
      lossFen,
      config.fundShareOfGuarantor,
    );
    // A loss is claimed on a loan that has fallen overdue, never before it did.
    const overdueSince = position.effective.findLast((event) => event.type === "OVERDUE")?.date;
    if (overdueSince) notBefore("claimedOn", input.claimedOn, overdueSince, "逾期日");
    const caseId = await repo
      .insertCase(tx, {
        applicationId: application.id,
        fundId: fund.id,
        status: "CLAIMED",
        lossFen,
        scheme,
        claimedOn: input.claimedOn,
        claimReason: input.reason.trim(),
        claimedBy: actor.userId,
      })
      .catch(
        uniqueViolation("applicationId", {
          zh: "该贷款已申请代偿",
          en: "Compensation has already been claimed on this loan",
        }),
      );
    await recordStep(tx, actor, caseId, {
      action: "claim",
      fromStatus: null,
      toStatus: "CLAIMED",
      reason: input.reason,
      details: { loss: input.loss, scheme },
    });
    await recordAudit(tx, {
      actor,
      action: "default-case.claim",
      entityType: "default-case",
      entityId: caseId,
      after: { applicationId: application.id, loss: input.loss, scheme, working },
      ip,
    });
    return caseId;
  });
  return getCase(db, actor, id);
}

/** The guarantor of the case, able to prepare (operator or reviewer). */
export async function guarantorCase(db: Database, actor: Actor, id: string) {
  requireOrgType(actor, "GUARANTOR");
  requireRole(actor, "operator", "reviewer");
  const row = await findCase(db, actor, id);
  if (row.application.guarantorOrgId !== actor.orgId)
    throw AppError.notFound({ zh: "代偿案件", en: "Default case" });
  return row;
}

/** Locks the case row and checks the caller saw its current version (else 409, nothing written). */
export async function lockCase(tx: Transaction, id: string, version?: number) {
  const locked = await repo.lockCase(tx, id);
  if (!locked) throw AppError.notFound({ zh: "代偿案件", en: "Default case" });
  if (version !== undefined && locked.version !== version) throw AppError.staleVersion();
  return locked;
}

interface CaseStep {
  action: DefaultCaseAction | "claim";
  fromStatus: DefaultCaseStatus | null;
  toStatus: DefaultCaseStatus;
  reason?: string;
  details?: unknown;
}

/** Appends a step to the case's history, on the business date, in the step's transaction. */
export async function recordStep(
  tx: Transaction,
  actor: Actor,
  caseId: string,
  step: CaseStep,
): Promise<void> {
  await repo.insertCaseEvent(tx, {
    defaultCaseId: caseId,
    action: step.action,
    fromStatus: step.fromStatus,
    toStatus: step.toStatus,
    reason: step.reason?.trim() || null,
    details: step.details ?? null,
    actorUserId: actor.userId,
    actorOrgId: actor.orgId,
    businessDate: today(),
  });
}

/** The domain's verdict on a step of the case (403 not yours, 409 not now, 400 no reason). */
export function stepOf(
  status: string,
  action: DefaultCaseAction,
  actor: Actor,
  decision: { reason?: string } = {},
): DefaultCaseStatus {
  return decide(() => applyDefaultCaseAction(status as DefaultCaseStatus, action, actor, decision));
}

/**
 * The lending bank withdraws its claim before the guarantor has compensated (代偿), saying why: the
 * case leaves the guarantor's worklist, and the loan may be claimed on again later.
 */
export async function withdrawClaim(
  db: Database,
  actor: Actor,
  id: string,
  input: { version: number; reason: string },
  ip: string | null,
) {
  requireOrgType(actor, "BANK");
  const row = await findCase(db, actor, id);
  if (row.application.bankOrgId !== actor.orgId)
    throw AppError.notFound({ zh: "代偿案件", en: "Default case" });
  await db.transaction(async (tx) => {
    const locked = await lockCase(tx, id, input.version);
    const next = stepOf(locked.status, "withdraw", actor, input);
    await repo.updateCase(tx, id, { status: next });
    await recordStep(tx, actor, id, {
      action: "withdraw",
      fromStatus: locked.status as DefaultCaseStatus,
      toStatus: next,
      reason: input.reason,
    });
    await recordAudit(tx, {
      actor,
      action: "default-case.withdraw",
      entityType: "default-case",
      entityId: id,
      before: { status: locked.status },
      after: { status: next, reason: input.reason.trim() },
      ip,
    });
  });
  return getCase(db, actor, id);
}

/** For other contexts' fundamentals checks: the enterprise has defaulted on a loan of the platform. */
export function isInDefault(executor: Executor, enterpriseId: string): Promise<boolean> {
  return repo.hasDefaultCase(executor, enterpriseId);
}
