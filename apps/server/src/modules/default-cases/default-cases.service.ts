import {
  applyDefaultCaseAction,
  type CompensationWorking,
  compensationOfLoss,
  DEFAULT_CASE_STATUSES,
  type DefaultCaseAction,
  type DefaultCaseStatus,
  DomainValidationError,
  defaultCaseActionsFor,
  defaultCaseHolders,
  distributeRecovery,
  exactDecimal,
  formatYuan,
  type LoanPosition,
  PAYMENT_STATUS_LABELS,
  type PaymentStatus,
  parseYuan,
  RECOVERY_BEARERS,
  type RecoveryBearer,
  riskSharingPreset,
} from "@chanrong/domain";
import { and, asc, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database, Executor, Transaction } from "../../db/client";
import {
  defaultCaseEvents,
  defaultCases,
  enterprises,
  fundPayments,
  fundPostings,
  funds,
  loanApplications,
  organisations,
  programmes,
  recoveries,
  users,
} from "../../db/schema";
import { type ApplicationScope, scopeCondition } from "../../db/scopes";
import { requireOrgType, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { uniqueViolation } from "../../platform/db-errors";
import { AppError } from "../../platform/errors";
import { decide } from "../../platform/workflow-refusals";
import { applicationScope } from "../applications/applications.service";
import { positionOf, positionsOf, programmeConfigs } from "../applications/loan-positions";
import { lockApplication } from "../applications/servicing.repository";
import { fundOfProgramme } from "../ledger/funds.service";
import { post } from "../ledger/ledger.service";
import {
  alreadyReversed,
  postReversal,
  refuseSecondReversal,
  reversalNotReversible,
} from "../ledger/reversals";
import { createPayment } from "../payments/payments.service";

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

const bank = alias(organisations, "bank");
const guarantor = alias(organisations, "guarantor");

const caseColumns = {
  defaultCase: defaultCases,
  application: loanApplications,
  programmeCode: programmes.code,
  programmeName: programmes.name,
  enterpriseName: enterprises.name,
  bankName: bank.name,
  guarantorName: guarantor.name,
  paymentStatus: fundPayments.status,
  recoveredFen: sql<string>`(select coalesce(sum(${recoveries.amountFen}), 0)::text from ${recoveries}
    where ${recoveries.defaultCaseId} = ${defaultCases.id})`,
};

function casesQuery(db: Executor, actor: Actor, ...conditions: (SQL | undefined)[]) {
  return db
    .select(caseColumns)
    .from(defaultCases)
    .innerJoin(loanApplications, eq(loanApplications.id, defaultCases.applicationId))
    .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
    .innerJoin(enterprises, eq(enterprises.id, loanApplications.enterpriseId))
    .innerJoin(bank, eq(bank.id, loanApplications.bankOrgId))
    .innerJoin(guarantor, eq(guarantor.id, loanApplications.guarantorOrgId))
    .leftJoin(fundPayments, eq(fundPayments.id, defaultCases.paymentId))
    .where(and(scopeCondition(caseScope(actor)), ...conditions));
}

type CaseRow = Awaited<ReturnType<typeof casesQuery>>[number];

async function findCase(db: Executor, actor: Actor, id: string): Promise<CaseRow> {
  const [row] = await casesQuery(db, actor, eq(defaultCases.id, id));
  if (!row) throw AppError.notFound("代偿案件 (default case)");
  return row;
}

export interface CaseFilter {
  status?: DefaultCaseStatus;
  /** Only the cases waiting for the caller's organisation (the guarantor's claims to compensate). */
  waiting?: boolean;
  page: number;
  pageSize: number;
}

function waitingFor(actor: Actor): SQL {
  const statuses = DEFAULT_CASE_STATUSES.filter((status) =>
    defaultCaseHolders(status).includes(actor.orgType),
  );
  return statuses.length ? inArray(defaultCases.status, statuses) : sql`false`;
}

export async function listCases(db: Database, actor: Actor, filter: CaseFilter) {
  const status = and(
    filter.status ? eq(defaultCases.status, filter.status) : undefined,
    filter.waiting ? waitingFor(actor) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    casesQuery(db, actor, status)
      .orderBy(desc(defaultCases.createdAt))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db
      .select({ n: count() })
      .from(defaultCases)
      .innerJoin(loanApplications, eq(loanApplications.id, defaultCases.applicationId))
      .where(and(scopeCondition(caseScope(actor)), status)),
  ]);
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
    total: total?.n ?? 0,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

const yuanToFen = (yuan: string) => parseYuan(yuan);

/** What the working implies beyond the parties' shares: the bank's own part and the rest. */
function splitOf(working: CompensationWorking) {
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

const actorUser = alias(users, "actor_user");

/** The case's recoveries in order, each with its fund posting and, when corrected, its reversal. */
async function recoveriesOf(db: Executor, caseId: string) {
  const rows = await db
    .select({ recovery: recoveries, recordedBy: users.username, postingId: fundPostings.id })
    .from(recoveries)
    .innerJoin(users, eq(users.id, recoveries.recordedBy))
    .leftJoin(fundPostings, eq(fundPostings.recoveryId, recoveries.id))
    .where(eq(recoveries.defaultCaseId, caseId))
    .orderBy(asc(recoveries.recoveredOn), asc(recoveries.recordedAt));
  const reversalOf = new Map(
    rows.flatMap((row) => (row.recovery.reverses ? [[row.recovery.reverses, row]] : [])),
  );
  return rows.map((row) => ({ ...row, reversal: reversalOf.get(row.recovery.id) ?? null }));
}

/** The case's history: every step with who, which organisation, when (and on which business day), and why. */
function historyOf(db: Executor, caseId: string) {
  return db
    .select({
      id: defaultCaseEvents.id,
      action: defaultCaseEvents.action,
      fromStatus: defaultCaseEvents.fromStatus,
      toStatus: defaultCaseEvents.toStatus,
      reason: defaultCaseEvents.reason,
      businessDate: defaultCaseEvents.businessDate,
      at: defaultCaseEvents.at,
      actorName: actorUser.displayName,
      actorOrgName: organisations.name,
    })
    .from(defaultCaseEvents)
    .innerJoin(actorUser, eq(actorUser.id, defaultCaseEvents.actorUserId))
    .innerJoin(organisations, eq(organisations.id, defaultCaseEvents.actorOrgId))
    .where(eq(defaultCaseEvents.defaultCaseId, caseId))
    .orderBy(asc(defaultCaseEvents.id));
}

/** Whose case it is to act on: the lending bank or the guarantor of the loan, else nobody's. */
function partyActions(actor: Actor, row: CaseRow, status: DefaultCaseStatus): DefaultCaseAction[] {
  const own =
    (actor.orgType === "BANK" && actor.orgId === row.application.bankOrgId) ||
    (actor.orgType === "GUARANTOR" && actor.orgId === row.application.guarantorOrgId);
  return own ? defaultCaseActionsFor(status, actor) : [];
}

/** A case with the loan as it stands, the split with its working, the fund's payment and recoveries. */
export async function getCase(db: Database, actor: Actor, id: string) {
  const row = await findCase(db, actor, id);
  const { defaultCase, application } = row;
  const [position, config, recovered, payment, history] = await Promise.all([
    positionOf(db, application.id),
    programmeConfigs(db)(application.programmeId, application.programmeVersion),
    recoveriesOf(db, id),
    defaultCase.paymentId
      ? db.select().from(fundPayments).where(eq(fundPayments.id, defaultCase.paymentId))
      : Promise.resolve([]),
    historyOf(db, id),
  ]);
  const { working, blocked } = await workingOf(db, row, position);
  const split = working && splitOf(working);
  // Net of reversals: a reversal carries the negated amount.
  const recoveredFen = recovered.reduce((sum, { recovery }) => sum + recovery.amountFen, 0n);
  const fundPayment = payment[0];
  const fundPartPaid = split !== null && (split.fundPaysFen === 0n || fundPayment?.status === "PAID");
  const status = defaultCase.status as DefaultCaseStatus;
  // Nothing is recovered on the platform before the guarantor has compensated the bank.
  const recoverableFen = split && status === "COMPENSATED" ? split.nonBankFen - recoveredFen : 0n;
  // The table says who may; the case says whether it makes sense now.
  const possible: Record<DefaultCaseAction, boolean> = {
    compensate: !blocked,
    withdraw: true,
    "request-fund-payment": fundPayment?.status === "CANCELLED",
    "record-recovery": fundPartPaid && recoverableFen > 0n,
    "reverse-recovery": recovered.some(({ recovery, reversal }) => !recovery.reverses && !reversal),
  };
  const allowed = partyActions(actor, row, status);
  const withdrawal =
    status === "WITHDRAWN" ? history.findLast((entry) => entry.action === "withdraw") : undefined;
  return {
    id: defaultCase.id,
    status,
    version: defaultCase.version,
    loss: formatYuan(defaultCase.lossFen),
    scheme: defaultCase.scheme,
    schemes: config.riskSharingSchemes,
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
          paidAt: fundPayment.paidAt,
        }
      : null,
    fundPartPaid,
    recovered: formatYuan(recoveredFen),
    recoverable: formatYuan(recoverableFen),
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
      mayReverse: allowed.includes("reverse-recovery") && !recovery.reverses && !reversal,
    })),
    history,
    availableActions: allowed.filter((action) => possible[action]),
  };
}

/** A bank's overdue programme loans it has not yet claimed on: what its 代偿申请 page offers. */
export async function claimableLoans(db: Database, actor: Actor) {
  requireOrgType(actor, "BANK");
  const loans = await db
    .select({
      id: loanApplications.id,
      programmeId: loanApplications.programmeId,
      programmeVersion: loanApplications.programmeVersion,
      programmeName: programmes.name,
      enterpriseName: enterprises.name,
      amountFen: loanApplications.amountFen,
    })
    .from(loanApplications)
    .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
    .innerJoin(enterprises, eq(enterprises.id, loanApplications.enterpriseId))
    .where(
      and(
        eq(loanApplications.bankOrgId, actor.orgId),
        inArray(loanApplications.status, ["CONTRACTED", "DISBURSED"]),
        // A withdrawn claim leaves the loan free to be claimed on again.
        sql`not exists (select 1 from ${defaultCases} where ${defaultCases.applicationId} = ${loanApplications.id} and ${defaultCases.status} <> 'WITHDRAWN')`,
      ),
    )
    .orderBy(asc(enterprises.name));
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
      schemes: config.riskSharingSchemes,
    });
  }
  return { items, total: items.length };
}

function notInFuture(field: string, date: string): void {
  if (date > today()) {
    throw AppError.validation(field, "not-in-future", `日期不能晚于今天${today()} (cannot be in the future)`);
  }
}

function notBefore(field: string, date: string, earliest: string, what: string): void {
  if (date < earliest) {
    throw AppError.validation(
      field,
      "not-before",
      `日期不能早于${what}${earliest} (cannot be before ${earliest})`,
    );
  }
}

/** The scheme must be one the loan's programme version allows; none given means its first (十堰: 4321). */
function schemeOf(allowed: readonly string[], requested: string | undefined): string {
  const scheme = requested ?? allowed[0];
  if (!scheme || !allowed.includes(scheme)) {
    throw AppError.validation(
      "scheme",
      "programme-scheme",
      `该贷款计划适用的风险分担方案为${allowed.join("、")} (the programme allows ${allowed.join(", ")})`,
    );
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
  const [found] = await db
    .select({ application: loanApplications, programmeCode: programmes.code })
    .from(loanApplications)
    .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
    .where(eq(loanApplications.id, input.applicationId));
  // Another bank's loan does not exist as far as this bank can tell.
  if (!found || found.application.bankOrgId !== actor.orgId) throw AppError.notFound("贷款 (loan)");
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
    const [row] = await tx
      .insert(defaultCases)
      .values({
        applicationId: application.id,
        fundId: fund.id,
        status: "CLAIMED",
        lossFen,
        scheme,
        claimedOn: input.claimedOn,
        claimReason: input.reason.trim(),
        claimedBy: actor.userId,
      })
      .returning({ id: defaultCases.id })
      .catch(
        uniqueViolation(
          "applicationId",
          "该贷款已申请代偿 (compensation has already been claimed on this loan)",
        ),
      );
    if (!row) throw new Error("default case insert returned nothing");
    await recordStep(tx, actor, row.id, {
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
      entityId: row.id,
      after: { applicationId: application.id, loss: input.loss, scheme, working },
      ip,
    });
    return row.id;
  });
  return getCase(db, actor, id);
}

/** The guarantor of the case, able to prepare (operator or reviewer). */
async function guarantorCase(db: Database, actor: Actor, id: string) {
  requireOrgType(actor, "GUARANTOR");
  requireRole(actor, "operator", "reviewer");
  const row = await findCase(db, actor, id);
  if (row.application.guarantorOrgId !== actor.orgId) throw AppError.notFound("代偿案件 (default case)");
  return row;
}

/** Locks the case row and checks the caller saw its current version (else 409, nothing written). */
async function lockCase(tx: Transaction, id: string, version?: number) {
  const [locked] = await tx.select().from(defaultCases).where(eq(defaultCases.id, id)).for("update");
  if (!locked) throw AppError.notFound("代偿案件 (default case)");
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
async function recordStep(tx: Transaction, actor: Actor, caseId: string, step: CaseStep): Promise<void> {
  await tx.insert(defaultCaseEvents).values({
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
function stepOf(
  status: string,
  action: DefaultCaseAction,
  actor: Actor,
  decision: { reason?: string } = {},
): DefaultCaseStatus {
  return decide(() => applyDefaultCaseAction(status as DefaultCaseStatus, action, actor, decision));
}

/** The fund's part of a compensated loss as a payment through the review chain (none when it is 0). */
async function requestFundPayment(
  tx: Transaction,
  actor: Actor,
  row: CaseRow,
  working: CompensationWorking,
): Promise<string | null> {
  const amountFen = yuanToFen(working.fundPays);
  if (amountFen === 0n) return null;
  const [fund] = await tx.select().from(funds).where(eq(funds.id, row.defaultCase.fundId));
  if (!fund) throw new Error(`fund ${row.defaultCase.fundId} vanished`);
  return createPayment(tx, actor, {
    fund,
    kind: "RISK_COMPENSATION",
    title: `风险补偿:${row.enterpriseName} 代偿损失${working.loss}元(${working.scheme})`,
    lines: [
      {
        subject: `RISK_COMPENSATION:${row.defaultCase.id}`,
        applicationId: row.application.id,
        beneficiary: { orgId: row.application.guarantorOrgId, name: row.guarantorName },
        amountFen,
        working,
      },
    ],
  });
}

export interface CompensationInput {
  version: number;
  compensatedOn: string;
  scheme?: string;
}

/**
 * The guarantor records that it compensated the bank (代偿) on a date: the loss is split by the scheme
 * (kept with the case as its working) and the fund's part — the government's share and its share of
 * the guarantor's — goes to the finance and industry bureaus and the city government as a payment.
 */
export async function compensate(
  db: Database,
  actor: Actor,
  id: string,
  input: CompensationInput,
  ip: string | null,
) {
  const row = await guarantorCase(db, actor, id);
  const config = await programmeConfigs(db)(row.application.programmeId, row.application.programmeVersion);
  const scheme = schemeOf(config.riskSharingSchemes, input.scheme ?? row.defaultCase.scheme);
  notInFuture("compensatedOn", input.compensatedOn);
  notBefore("compensatedOn", input.compensatedOn, row.defaultCase.claimedOn, "代偿申请日");
  await db.transaction(async (tx) => {
    await lockApplication(tx, row.application.id);
    const locked = await lockCase(tx, id, input.version);
    const next = stepOf(locked.status, "compensate", actor);
    const { working } = compensationOfLoss(
      riskSharingPreset(scheme),
      await positionOf(tx, row.application.id),
      locked.lossFen,
      config.fundShareOfGuarantor,
    );
    const paymentId = await requestFundPayment(tx, actor, row, working);
    await tx
      .update(defaultCases)
      .set({
        status: next,
        scheme,
        compensatedOn: input.compensatedOn,
        compensatedBy: actor.userId,
        working,
        paymentId,
        version: sql`${defaultCases.version} + 1`,
      })
      .where(eq(defaultCases.id, id));
    await recordStep(tx, actor, id, {
      action: "compensate",
      fromStatus: "CLAIMED",
      toStatus: next,
      details: { compensatedOn: input.compensatedOn, scheme, fundPays: working.fundPays, paymentId },
    });
    await recordAudit(tx, {
      actor,
      action: "default-case.compensate",
      entityType: "default-case",
      entityId: id,
      before: { status: locked.status, scheme: locked.scheme },
      after: { status: "COMPENSATED", compensatedOn: input.compensatedOn, working, paymentId },
      ip,
    });
  });
  return getCase(db, actor, id);
}

/** After the fund's payment was cancelled, the guarantor asks for the fund's part again. */
export async function renewFundPayment(
  db: Database,
  actor: Actor,
  id: string,
  input: { version: number },
  ip: string | null,
) {
  const row = await guarantorCase(db, actor, id);
  await db.transaction(async (tx) => {
    const locked = await lockCase(tx, id, input.version);
    stepOf(locked.status, "request-fund-payment", actor);
    const [previous] = locked.paymentId
      ? await tx.select().from(fundPayments).where(eq(fundPayments.id, locked.paymentId))
      : [];
    if (previous?.status !== "CANCELLED") {
      throw new AppError(
        "conflict",
        "只有风险补偿支付申请已撤销的案件才能重新申请 (only after the fund's payment was cancelled)",
      );
    }
    const paymentId = await requestFundPayment(tx, actor, row, locked.working as CompensationWorking);
    await tx
      .update(defaultCases)
      .set({ paymentId, version: sql`${defaultCases.version} + 1` })
      .where(eq(defaultCases.id, id));
    await recordStep(tx, actor, id, {
      action: "request-fund-payment",
      fromStatus: "COMPENSATED",
      toStatus: "COMPENSATED",
      details: { previousPaymentId: locked.paymentId, paymentId },
    });
    await recordAudit(tx, {
      actor,
      action: "default-case.renew-fund-payment",
      entityType: "default-case",
      entityId: id,
      before: { paymentId: locked.paymentId },
      after: { paymentId },
      ip,
    });
  });
  return getCase(db, actor, id);
}

export interface RecoveryInput {
  recoveredOn: string;
  amount: string;
  /** The client's key: a retry with the same key records and posts the recovery once. */
  idempotencyKey: string;
}

/**
 * Seed 002 art. 11(9): the guarantor records what it recovered of the non-bank 80%; it is shared by
 * what each party finally bore (distributeRecovery) and the fund's part is posted back into fund cash.
 * Only after the fund has paid its compensation, and never more in total than the non-bank loss.
 */
export async function recordRecovery(
  db: Database,
  actor: Actor,
  id: string,
  input: RecoveryInput,
  ip: string | null,
) {
  const row = await guarantorCase(db, actor, id);
  const amountFen = parseYuan(input.amount, ["amount"]);
  notInFuture("recoveredOn", input.recoveredOn);
  const result = await db.transaction(async (tx) => {
    // One recovery of a case at a time: the cumulative check and the key lookup see all earlier ones.
    const locked = await lockCase(tx, id);
    const [replayed] = await tx
      .select({ recovery: recoveries })
      .from(fundPostings)
      .innerJoin(recoveries, eq(recoveries.id, fundPostings.recoveryId))
      .where(
        and(eq(fundPostings.fundId, locked.fundId), eq(fundPostings.idempotencyKey, recoveryKey(input))),
      );
    if (replayed) {
      const same =
        replayed.recovery.defaultCaseId === id &&
        replayed.recovery.amountFen === amountFen &&
        replayed.recovery.recoveredOn === input.recoveredOn;
      if (!same) {
        throw new AppError(
          "conflict",
          "幂等键已用于另一笔追偿 (idempotency key reused with different fields)",
          [{ field: "idempotencyKey", rule: "idempotency-key-reused", message: "幂等键已被其他请求使用" }],
        );
      }
      return { recoveryId: replayed.recovery.id, replayed: true };
    }
    stepOf(locked.status, "record-recovery", actor);
    const working = locked.working as CompensationWorking | null;
    if (!working || !locked.compensatedOn) throw new Error(`compensated case ${id} without its working`);
    notBefore("recoveredOn", input.recoveredOn, locked.compensatedOn, "代偿日");
    const [payment] = locked.paymentId
      ? await tx.select().from(fundPayments).where(eq(fundPayments.id, locked.paymentId))
      : [];
    const { nonBankFen, fundPaysFen } = splitOf(working);
    if (fundPaysFen > 0n && payment?.status !== "PAID") {
      throw new AppError(
        "conflict",
        "专项资金的风险补偿尚未拨付,追偿款暂不能分配 (the fund's compensation has not been paid yet)",
        [{ field: "defaultCase", rule: "fund-part-unpaid", message: "风险补偿尚未拨付" }],
      );
    }
    // Net of reversals: a corrected recovery frees its amount again.
    const [before] = await tx
      .select({ fen: sql<string>`coalesce(sum(${recoveries.amountFen}), 0)::text` })
      .from(recoveries)
      .where(eq(recoveries.defaultCaseId, id));
    const recoveredFen = BigInt(before?.fen ?? "0");
    if (recoveredFen + amountFen > nonBankFen) {
      const message =
        `累计追回${formatYuan(recoveredFen + amountFen)}元将超过非银行各方承担的损失${formatYuan(nonBankFen)}元,` +
        `已追回${formatYuan(recoveredFen)}元 (the total recovered would exceed the non-bank loss)`;
      throw new AppError("validation", message, [{ field: "amount", rule: "max-non-bank-loss", message }]);
    }
    const distribution = distributeRecovery(
      riskSharingPreset(working.scheme),
      yuanToFen(working.loss),
      amountFen,
      exactDecimal(working.fundShareOfGuarantor),
    );
    const [recovery] = await tx
      .insert(recoveries)
      .values({
        defaultCaseId: id,
        recoveredOn: input.recoveredOn,
        amountFen,
        distribution: Object.fromEntries(
          RECOVERY_BEARERS.map((bearer) => [bearer, String(distribution[bearer])]),
        ),
        recordedBy: actor.userId,
      })
      .returning();
    if (!recovery) throw new Error("recovery insert returned nothing");
    if (distribution.fund > 0n) {
      await post(tx, {
        fundId: locked.fundId,
        idempotencyKey: recoveryKey(input),
        kind: "RECOVERY",
        effectiveOn: input.recoveredOn,
        memo: `追偿款回收:${row.enterpriseName} 追回${formatYuan(amountFen)}元,专项资金分得${formatYuan(distribution.fund)}元`,
        legs: [
          { debit: { kind: "FUND_CASH" }, credit: { kind: "RECOVERIES" }, amountFen: distribution.fund },
        ],
        recoveryId: recovery.id,
        recordedBy: actor,
      });
    }
    await recordStep(tx, actor, id, {
      action: "record-recovery",
      fromStatus: "COMPENSATED",
      toStatus: "COMPENSATED",
      details: { recoveryId: recovery.id, recoveredOn: input.recoveredOn, amount: formatYuan(amountFen) },
    });
    await recordAudit(tx, {
      actor,
      action: "default-case.recovery",
      entityType: "default-case",
      entityId: id,
      after: { recovery, distribution },
      ip,
    });
    return { recoveryId: recovery.id, replayed: false };
  });
  return { ...result, defaultCase: await getCase(db, actor, id) };
}

/**
 * The guarantor's reviewer corrects a wrong recovery: a new row with the negated amount and
 * distribution (same date, so every figure by date nets out) naming it with the reason, and the
 * reversal of its fund posting, dated on the business day of the correction as every ledger
 * correction is. Refused when it is already reversed or is a reversal, and by the ledger when the
 * fund has since spent the money it would take back (409 insufficient-balance).
 */
export async function reverseRecovery(
  db: Database,
  actor: Actor,
  id: string,
  recoveryId: string,
  input: { reason: string },
  ip: string | null,
) {
  await guarantorCase(db, actor, id);
  await db.transaction(async (tx) => {
    const locked = await lockCase(tx, id);
    stepOf(locked.status, "reverse-recovery", actor, input);
    const [found] = await tx
      .select({ recovery: recoveries, recorderOrgId: users.orgId })
      .from(recoveries)
      .innerJoin(users, eq(users.id, recoveries.recordedBy))
      .where(and(eq(recoveries.id, recoveryId), eq(recoveries.defaultCaseId, id)));
    if (!found) throw AppError.notFound("追偿款 (recovery)");
    const { recovery } = found;
    if (found.recorderOrgId !== actor.orgId) {
      throw AppError.forbidden(
        "只能冲正本单位登记的追偿款 (only the organisation that recorded it may reverse it)",
      );
    }
    if (recovery.reverses !== null) throw reversalNotReversible("追偿款");
    const [existing] = await tx
      .select({ id: recoveries.id })
      .from(recoveries)
      .where(eq(recoveries.reverses, recovery.id));
    if (existing) throw alreadyReversed("追偿款");
    const distribution = recovery.distribution as Record<string, string>;
    const [reversal] = await tx
      .insert(recoveries)
      .values({
        defaultCaseId: id,
        recoveredOn: recovery.recoveredOn,
        amountFen: -recovery.amountFen,
        distribution: Object.fromEntries(
          Object.entries(distribution).map(([bearer, fen]) => [bearer, String(-BigInt(fen))]),
        ),
        reverses: recovery.id,
        reason: input.reason.trim(),
        recordedBy: actor.userId,
      })
      .returning()
      .catch(refuseSecondReversal("recoveries_reverses_key", "追偿款"));
    if (!reversal) throw new Error("recovery reversal insert returned nothing");
    const [posting] = await tx
      .select({ id: fundPostings.id })
      .from(fundPostings)
      .where(and(eq(fundPostings.recoveryId, recovery.id), eq(fundPostings.kind, "RECOVERY")));
    const reversed =
      posting &&
      (await postReversal(tx, actor, {
        fundId: locked.fundId,
        postingId: posting.id,
        // Derived from the recovery: at most one reversal of it, whoever retries.
        idempotencyKey: `recovery-reversal:${recovery.id}`,
        effectiveOn: today(),
        reason: `追偿款冲正:${input.reason.trim()}`,
        recoveryId: reversal.id,
      }));
    await recordStep(tx, actor, id, {
      action: "reverse-recovery",
      fromStatus: "COMPENSATED",
      toStatus: "COMPENSATED",
      reason: input.reason,
      details: { recoveryId: recovery.id, reversalId: reversal.id, postingId: reversed?.postingId ?? null },
    });
    await recordAudit(tx, {
      actor,
      action: "default-case.reverse-recovery",
      entityType: "default-case",
      entityId: id,
      before: { recovery },
      after: { reversal, postingId: reversed?.postingId ?? null },
      ip,
    });
  });
  return getCase(db, actor, id);
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
  if (row.application.bankOrgId !== actor.orgId) throw AppError.notFound("代偿案件 (default case)");
  await db.transaction(async (tx) => {
    const locked = await lockCase(tx, id, input.version);
    const next = stepOf(locked.status, "withdraw", actor, input);
    await tx
      .update(defaultCases)
      .set({ status: next, version: sql`${defaultCases.version} + 1` })
      .where(eq(defaultCases.id, id));
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

/** Recovery postings share the fund's key space with other postings; the prefix keeps them apart. */
const recoveryKey = (input: RecoveryInput) => `recovery:${input.idempotencyKey}`;
