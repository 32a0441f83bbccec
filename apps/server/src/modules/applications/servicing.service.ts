import {
  applyAction,
  formatYuan,
  LOAN_SERVICING_STATUSES,
  type LoanEventType,
  loanPosition,
  parseYuan,
  stepAfterLoanEvent,
} from "@chanrong/domain";
import type { Database } from "../../db/client";
import { requireOrgType, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import { decide } from "../../platform/workflow-refusals";
import * as applications from "./applications.repository";
import { applicationScope, stateOf } from "./applications.service";
import { writeLoanEvent } from "./loan-events";
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
  const numberOf = new Map(events.map((event) => [event.id, event.number]));
  return {
    position: presentPosition(events),
    events: events.map(({ amountFen, ...event }) => ({
      ...event,
      amount: formatYuan(amountFen),
      // A correction names what it reverses by that event's number within the loan.
      reversesNumber: event.reverses === null ? null : (numberOf.get(event.reverses) ?? null),
    })),
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
 * one loan are serialised by a row lock, so two repayments cannot together overdraw it. The first
 * disbursement of a contracted loan is its 放款 step (the application is DISBURSED with it), and the
 * event that repays the loan in full settles the application, both in the same transaction and in the
 * name of whoever recorded the event: the status never disagrees with the ledger.
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
    const { row, position } = await writeLoanEvent(
      tx,
      actor,
      applicationId,
      {
        type: input.type,
        date: input.date,
        amountFen,
        reverses: input.reverses ?? null,
        note: input.note ?? null,
      },
      ip,
    );
    const step =
      disbursementStep(application, row, actor) ??
      stepAfterLoanEvent(stateOf(application), position, { ...toLoanEvent(row), id: String(row.number) });
    if (step) {
      await recordStep(tx, actor, application, {
        version: application.version,
        result: step,
        day: today(),
        startedClocks: [],
        details: { loanEventId: row.id },
        ip,
      });
    }
  });
  return getLoan(db, actor, applicationId);
}

/** A contracted loan's first disbursement takes it to DISBURSED as the 放款 step would, by the same table. */
function disbursementStep(
  application: Awaited<ReturnType<typeof repo.lockApplication>>,
  event: { type: string; reverses: number | null; occurredOn: string; amountFen: bigint },
  actor: Actor,
) {
  if (event.type !== "DISBURSEMENT" || event.reverses !== null || application.status !== "CONTRACTED")
    return null;
  return decide(() =>
    applyAction(stateOf(application), "disburse", actor, {
      disbursement: { date: event.occurredOn, amountFen: event.amountFen },
    }),
  );
}

/**
 * Locks the application row for the rest of the caller's transaction: other contexts (a default
 * claim, its 代偿) serialise with the bank's loan events through it.
 */
export async function lockApplication(tx: Parameters<typeof repo.lockApplication>[0], applicationId: string) {
  return repo.lockApplication(tx, applicationId);
}
