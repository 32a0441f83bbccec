import {
  checkLoanEventTerms,
  DomainValidationError,
  type LoanEventType,
  positionAfter,
  type ValidationPath,
} from "@chanrong/domain";
import type { Executor } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import * as applications from "./applications.repository";
import * as repo from "./servicing.repository";
import { toLoanEvent } from "./servicing.repository";

export interface NewLoanEvent {
  type: LoanEventType;
  date: string;
  amountFen: bigint;
  /** The id of the event this one corrects. */
  reverses: number | null;
  note: string | null;
}

/**
 * Checks a new event against the loan's events, its 借款合同, its approval and the business date, and
 * writes it with its audit entry, in the caller's transaction on the application it locked. Both ways
 * of recording a disbursement (the 放款 step and the bank's events) come through here, so they are
 * checked alike; `within` is where the event's fields sit in the caller's request, so a refusal names
 * them there. Returns the row, numbered within its loan, and the position it gives.
 */
export async function writeLoanEvent(
  tx: Executor,
  actor: Actor,
  applicationId: string,
  input: NewLoanEvent,
  ip: string | null,
  within: ValidationPath = [],
) {
  const events = (await repo.listLoanEvents(tx, applicationId)).map(toLoanEvent);
  const reverses = input.reverses === null ? null : String(input.reverses);
  const reversed = reverses ? events.find((event) => event.id === reverses) : undefined;
  // A reversal carries the type and amount of what it cancels, so it reads as what it undoes.
  if (reversed && (reversed.type !== input.type || reversed.amountFen !== input.amountFen)) {
    throw AppError.validation("reverses", "matches-reversed", {
      zh: "冲正事件的类型和金额须与原事件一致",
      en: "A reversal repeats the type and amount",
    });
  }
  const next = { id: "new", type: input.type, date: input.date, amountFen: input.amountFen, reverses };
  const position = positionAfter(events, next);
  const loanContract = (await applications.listContracts(tx, applicationId)).find((c) => c.kind === "LOAN");
  if (!loanContract) throw new Error(`contracted application ${applicationId} has no loan contract`);
  const terms = {
    contractSignedOn: loanContract.signedOn,
    contractedFen: loanContract.amountFen,
    today: today(),
    // An imported loan has no approval step: its contract bounds it alone.
    approvedOn: (await applications.approvedOn(tx, applicationId)) ?? loanContract.signedOn,
  };
  try {
    checkLoanEventTerms(next, position, terms);
  } catch (error) {
    if (!(error instanceof DomainValidationError)) throw error;
    throw new DomainValidationError(
      error.issues.map((issue) => ({ ...issue, path: [...within, ...issue.path] })),
    );
  }
  const row = await repo.insertLoanEvent(tx, {
    applicationId,
    type: input.type,
    occurredOn: input.date,
    amountFen: input.amountFen,
    reverses: input.reverses,
    note: input.note,
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
  return { row: { ...row, number: events.length + 1 }, position };
}
