import {
  checkLoanEventTerms,
  formatYuan,
  LOAN_SERVICING_STATUSES,
  type LoanEventType,
  loanPosition,
  parseYuan,
  positionAfter,
  stepAfterLoanEvent,
} from "@chanrong/domain";
import type { Database } from "../../db/client";
import { requireOrgType, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import * as applications from "./applications.repository";
import { applicationScope, stateOf } from "./applications.service";
import * as repo from "./servicing.repository";
import { toLoanEvent } from "./servicing.repository";
import { recordStep } from "./workflow.service";

function presentPosition(events: Awaited<ReturnType<typeof repo.listLoanEvents>>) {
  const position = loanPosition(events.map(toLoanEvent));
  return {
    status: position.status,
    disbursed: formatYuan(position.disbursedFen),
    repaid: formatYuan(position.repaidFen),
    outstanding: formatYuan(position.outstandingFen),
    interestPaid: formatYuan(position.interestPaidFen),
    everOverdue: position.everOverdue,
    settledOn: position.settledOn,
  };
}

/** The loan's events and its position derived from them, for anyone who may see the application. */
export async function getLoan(db: Database, actor: Actor, applicationId: string) {
  if (!(await applications.isInScope(db, applicationId, applicationScope(actor))))
    throw AppError.notFound({ zh: "申请", en: "Application" });
  const events = await repo.listLoanEvents(db, applicationId);
  return {
    position: presentPosition(events),
    events: events.map(({ amountFen, ...event }) => ({ ...event, amount: formatYuan(amountFen) })),
  };
}

export interface LoanEventInput {
  type: LoanEventType;
  date: string;
  amount: string;
  note?: string;
  /** The id of the event this one corrects. */
  reverses?: number;
}

/**
 * The lending bank records an event — by hand or from its systems with an API key. Events of
 * one loan are serialised by a row lock, so two repayments cannot together overdraw it. The event
 * that repays the loan in full settles the application in the same transaction, in the name of
 * whoever recorded it: nobody settles by hand.
 */
export async function recordLoanEvent(
  db: Database,
  actor: Actor,
  applicationId: string,
  input: LoanEventInput,
  ip: string | null,
) {
  requireOrgType(actor, "BANK");
  requireRole(actor, "operator");
  const found = await applications.findApplication(db, applicationId);
  // Another bank's loan does not exist as far as this bank can tell.
  if (!found || found.bankOrgId !== actor.orgId) throw AppError.notFound({ zh: "申请", en: "Application" });
  const amountFen = parseYuan(input.amount, ["amount"]);
  await db.transaction(async (tx) => {
    const application = await repo.lockApplication(tx, applicationId);
    if (!LOAN_SERVICING_STATUSES.includes(stateOf(application).status)) {
      throw new AppError("conflict", {
        zh: `申请状态为 ${application.status},不能登记贷款事件`,
        en: "Loan events need a contracted loan that is not settled",
      });
    }
    const events = (await repo.listLoanEvents(tx, applicationId)).map(toLoanEvent);
    const reverses = input.reverses === undefined ? null : String(input.reverses);
    const reversed = reverses ? events.find((event) => event.id === reverses) : undefined;
    // A reversal carries the type and amount of what it cancels, so it reads as what it undoes.
    if (reversed && (reversed.type !== input.type || reversed.amountFen !== amountFen)) {
      throw AppError.validation("reverses", "matches-reversed", {
        zh: "冲正事件的类型和金额须与原事件一致",
        en: "A reversal repeats the type and amount",
      });
    }
    const next = { id: "new", type: input.type, date: input.date, amountFen, reverses };
    const position = positionAfter(events, next);
    const loanContract = (await applications.listContracts(tx, applicationId)).find((c) => c.kind === "LOAN");
    if (!loanContract) throw new Error(`contracted application ${applicationId} has no loan contract`);
    checkLoanEventTerms(next, position, {
      contractSignedOn: loanContract.signedOn,
      contractedFen: loanContract.amountFen,
      today: today(),
    });
    const row = await repo.insertLoanEvent(tx, {
      applicationId,
      type: input.type,
      occurredOn: input.date,
      amountFen,
      reverses: input.reverses ?? null,
      note: input.note ?? null,
      recordedBy: actor.userId,
      recordedByOrg: actor.orgId,
      apiKeyId: actor.apiKeyId ?? null,
    });
    await recordAudit(tx, {
      actor,
      action: "loan-event.record",
      entityType: "application",
      entityId: applicationId,
      after: row,
      ip,
    });
    const settlement = stepAfterLoanEvent(stateOf(application), position, toLoanEvent(row));
    if (settlement) {
      await recordStep(tx, actor, application, {
        version: application.version,
        result: settlement,
        day: today(),
        startedClocks: [],
        details: { loanEventId: row.id },
        ip,
      });
    }
  });
  return getLoan(db, actor, applicationId);
}

/**
 * Locks the application row for the rest of the caller's transaction: other contexts (a default
 * claim, its 代偿) serialise with the bank's loan events through it.
 */
export async function lockApplication(tx: Parameters<typeof repo.lockApplication>[0], applicationId: string) {
  return repo.lockApplication(tx, applicationId);
}
