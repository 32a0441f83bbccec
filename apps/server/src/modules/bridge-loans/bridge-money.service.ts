import {
  type BridgeLoanAction,
  type BridgeLoanState,
  bridgeLoanFee,
  bridgeLoanTransition,
  bridgeReturnDue,
  formatYuan,
} from "@chanrong/domain";
import type { Database, Transaction } from "../../db/client";
import { requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import { decide } from "../../platform/workflow-refusals";
import { officialCalendar } from "../calendar/calendar.service";
import { post } from "../ledger/ledger.service";
import { rulesOf } from "./bridge-funds.service";
import * as repo from "./bridge-loans.repository";
import {
  borrowerOf,
  bridgeScope,
  bridgeEvent as event,
  getBridgeLoan,
  type LoanRow,
  partyOf,
  visibleLoan,
} from "./bridge-loans.service";

// The bridge's money (the fund pays the bank, the bank returns it with the fee) and the work it leaves.

// ── Money ─────────────────────────────────────────────────────────────────────────────────────────

/** Locks the loan, checks the party and the state: the one gate in front of each money step. */
async function moneyStep(tx: Transaction, actor: Actor, id: string, action: BridgeLoanAction) {
  const row = await visibleLoan(tx, actor, id, true);
  const step = decide(() => bridgeLoanTransition(row.loan.state, action, partyOf(actor, row), null));
  return { row, step };
}

const bankAccount = (row: LoanRow) => ({
  kind: "BRIDGE_RECEIVABLE" as const,
  beneficiary: { orgId: row.loan.bankOrgId, name: row.bankName },
});

/**
 * The fund pays the bank to repay the maturing loan: once. The row lock queues a second payer behind
 * the first, who then finds the loan paid (409); the posting's key is the loan's own, so even two
 * keys cannot post twice. The last day of use is `maxWorkingDays` working days after today.
 */
export async function payBridgeLoan(
  db: Database,
  actor: Actor,
  id: string,
  input: { idempotencyKey: string },
  ip: string | null,
) {
  requireRole(actor, "operator", "reviewer", "admin");
  const day = today();
  await db.transaction(async (tx) => {
    const { row, step } = await moneyStep(tx, actor, id, "pay");
    const rules = await rulesOf(tx, row.loan.fundId, row.loan.rulesVersion);
    const calendar = await officialCalendar(tx);
    const returnDue = decide(() => bridgeReturnDue(day, rules, calendar));
    const posted = await post(tx, {
      fundId: row.loan.fundId,
      idempotencyKey: `bridge-loan:${id}:paid`,
      kind: "BRIDGE_PAID",
      effectiveOn: day,
      memo: `应急转贷:${row.enterpriseName} ${row.bankName} 合同${row.loan.contractNo}`,
      legs: [{ debit: bankAccount(row), credit: { kind: "FUND_CASH" }, amountFen: row.loan.amountFen }],
      recordedBy: actor,
    });
    const saved = await repo.updateLoan(tx, id, row.loan.version, {
      state: step.to,
      paidOn: day,
      returnDue,
      paidPostingId: posted.postingId,
    });
    if (!saved) throw AppError.staleVersion();
    const details = {
      amount: formatYuan(row.loan.amountFen),
      returnDue,
      postingId: String(posted.postingId),
    };
    await repo.insertEvents(tx, [event(id, actor, "pay", row.loan.state, step.to, null, details, day)]);
    await recordAudit(tx, {
      actor,
      action: "bridge-loan.pay",
      entityType: "bridge-loan",
      entityId: id,
      after: { ...details, idempotencyKey: input.idempotencyKey },
      ip,
    });
  });
  return getBridgeLoan(db, actor, id);
}

export interface ReturnInput {
  renewalDisbursedOn: string;
  returnedOn: string;
  idempotencyKey: string;
}

/**
 * The bank records the renewal disbursed and the bridge money back with its fee, computed by the
 * domain on the rules the request was made under and stored with its working: the receivable back to
 * cash, the fee to fee income, in one posting, once.
 */
export async function returnBridgeLoan(
  db: Database,
  actor: Actor,
  id: string,
  input: ReturnInput,
  ip: string | null,
) {
  requireRole(actor, "operator", "reviewer", "admin");
  const day = today();
  await db.transaction(async (tx) => {
    const { row, step } = await moneyStep(tx, actor, id, "return");
    const paidOn = row.loan.paidOn ?? day;
    for (const [field, date, label] of [
      [
        "renewalDisbursedOn",
        input.renewalDisbursedOn,
        { zh: "续贷放款日", en: "The renewal's disbursement" },
      ],
      ["returnedOn", input.returnedOn, { zh: "归还日", en: "The return" }],
    ] as const) {
      if (date < paidOn || date > day)
        throw AppError.validation(field, "between-paid-and-today", {
          zh: `${label.zh}须在支付日${paidOn}与今天之间`,
          en: `${label.en} must be between the payment on ${paidOn} and today`,
        });
    }
    const rules = await rulesOf(tx, row.loan.fundId, row.loan.rulesVersion);
    const { feeFen, working } = bridgeLoanFee({
      amountFen: row.loan.amountFen,
      paidOn,
      returnedOn: input.returnedOn,
      borrower: await borrowerOf(tx, row.loan.enterpriseId),
      rules,
    });
    const posted = await post(tx, {
      fundId: row.loan.fundId,
      idempotencyKey: `bridge-loan:${id}:returned`,
      kind: "BRIDGE_RETURNED",
      effectiveOn: input.returnedOn,
      memo: `应急转贷归还:${row.enterpriseName} 合同${row.loan.contractNo},使用费${formatYuan(feeFen)}元`,
      legs: [
        { debit: { kind: "FUND_CASH" }, credit: bankAccount(row), amountFen: row.loan.amountFen },
        ...(feeFen > 0n
          ? [
              {
                debit: { kind: "FUND_CASH" as const },
                credit: { kind: "BRIDGE_FEE_INCOME" as const },
                amountFen: feeFen,
              },
            ]
          : []),
      ],
      recordedBy: actor,
    });
    const saved = await repo.updateLoan(tx, id, row.loan.version, {
      state: step.to,
      renewalDisbursedOn: input.renewalDisbursedOn,
      returnedOn: input.returnedOn,
      feeFen,
      feeWorking: working,
      returnedPostingId: posted.postingId,
    });
    if (!saved) throw AppError.staleVersion();
    const details = {
      renewalDisbursedOn: input.renewalDisbursedOn,
      returnedOn: input.returnedOn,
      fee: formatYuan(feeFen),
      postingId: String(posted.postingId),
    };
    await repo.insertEvents(tx, [event(id, actor, "return", row.loan.state, step.to, null, details, day)]);
    await recordAudit(tx, {
      actor,
      action: "bridge-loan.return",
      entityType: "bridge-loan",
      entityId: id,
      after: { ...details, idempotencyKey: input.idempotencyKey },
      ip,
    });
  });
  return getBridgeLoan(db, actor, id);
}

/**
 * What waits for the caller on bridge loans, for the workbench: the bank's commitments to give and
 * returns to record (due on the last day of use), the fund manager's approvals and payments, and the
 * bridges whose money is overdue. Others have nothing waiting here.
 */
export async function bridgeLoansAwaitingWork(db: Database, actor: Actor, limit: number) {
  const waitingFor: Partial<Record<Actor["orgType"], BridgeLoanState[]>> = {
    BANK: ["REQUESTED", "PAID"],
    GUARANTOR: ["COMMITTED", "APPROVED", "PAID"],
  };
  const states = waitingFor[actor.orgType];
  if (!states) return { items: [], total: 0 };
  const day = today();
  const rows = (await repo.listLoans(db, bridgeScope(actor), states)).filter(
    // The manager's paid bridges wait only once overdue; the bank's wait to be returned.
    (row) => row.loan.state !== "PAID" || actor.orgType === "BANK" || (row.loan.returnDue ?? day) < day,
  );
  const items = rows.map(({ loan, enterpriseName, fundName, bankName }) => ({
    kind: "bridge-loan" as const,
    id: loan.id,
    title: enterpriseName,
    context: `${fundName} · ${bankName}`,
    amount: formatYuan(loan.amountFen),
    status: loan.state,
    since: loan.appliedOn,
    dueOn: loan.state === "PAID" ? loan.returnDue : null,
    sla:
      loan.state === "PAID" && loan.returnDue
        ? loan.returnDue < day
          ? ("overdue" as const)
          : loan.returnDue === day
            ? ("due-today" as const)
            : ("on-time" as const)
        : null,
  }));
  return { items: items.slice(0, limit), total: items.length };
}
