import {
  applyPaymentAction,
  applyPaymentSystemAction,
  formatYuanGrouped,
  type PaymentSystemAction,
  paymentHolders,
} from "@chanrong/domain";
import type { Database, Transaction } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import type { Job } from "../../platform/jobs";
import { decide } from "../../platform/workflow-refusals";
import type { FundRow } from "../ledger/funds.service";
import { postAll } from "../ledger/ledger.service";
import { beneficiaryRef, staleVersion, stateOf } from "./payment-state";
import type { PaymentRow } from "./payments.repository";
import * as repo from "./payments.repository";
import type { PaymentActionInput } from "./payments.service";

/* ------------------------------------------------------------------------------------------------
 * Paying an approved payment: the run, a chunk of lines per transaction, resumed after a crash.
 * ---------------------------------------------------------------------------------------------- */

function requireKey(key: string | undefined): string {
  if (!key?.trim()) {
    throw AppError.validation("idempotencyKey", "required", {
      zh: "拨付须提供幂等键",
      en: "An idempotency key is required to pay",
    });
  }
  return key;
}

/**
 * Starts the payment run once per key: the first call, at the version read, moves APPROVED → PAYING
 * atomically and records the key; a retry with the same key joins or reports the same run whatever
 * version it carries; another key or an older version is refused (409). Lines are then paid a chunk
 * per transaction, so an interrupted run resumes where it stopped.
 */
export async function execute(
  db: Database,
  actor: Actor,
  row: PaymentRow,
  fund: FundRow,
  input: PaymentActionInput,
  ip: string | null,
): Promise<void> {
  const key = requireKey(input.idempotencyKey);
  if (row.executionKey !== key) {
    const next = decide(() => applyPaymentAction(stateOf(row), "execute", actor, input));
    if (fund.managerOrgId !== actor.orgId)
      throw AppError.forbidden({
        zh: "只有受托管理该资金的担保机构可以拨付",
        en: "Only the fund's manager may pay",
      });
    const started = await db.transaction(async (tx) => {
      const updated = await repo.startRun(
        tx,
        row.id,
        // The state the workflow allowed the step from, at the version read: else someone was first.
        { from: row.status, version: input.version },
        { ...next, holders: paymentHolders(next), executionKey: key, executedBy: actor.userId },
      );
      if (!updated) return false;
      await recordTransfers(tx, row.id, input.transfers ?? []);
      await repo.insertEvent(tx, {
        paymentId: row.id,
        action: "execute",
        fromStatus: row.status,
        toStatus: next.status,
        actorUserId: actor.userId,
        actorOrgId: actor.orgId,
        businessDate: today(),
      });
      await recordAudit(tx, {
        actor,
        action: "fund-payment.execute",
        entityType: "fund-payment",
        entityId: row.id,
        ip,
      });
      return true;
    });
    if (!started) {
      // Someone else started a run at the same moment, or the version was stale: the same key joins
      // the run, anything else is refused.
      const current = await repo.findPayment(db, row.id);
      if (!current) throw AppError.notFound({ zh: "支付申请", en: "Payment" });
      if (current.executionKey !== key) throw staleVersion();
    }
  }
  const outcome = await payLines(db, row.id);
  if (outcome.refused) throw outcome.refused;
}

/** Line numbers a refusal lists before "…": enough to find them, short enough to read. */
const LINES_NAMED = 20;

/**
 * Writes the payer's transfer reference (流水号) on each unpaid line named, and refuses the run (400,
 * naming `transfers`; the transaction, and so the run's start, is rolled back) while any line to pay
 * has none: nothing is paid without the bank's reference.
 */
async function recordTransfers(
  tx: Transaction,
  paymentId: string,
  transfers: readonly { lineId: string; transferReference: string }[],
) {
  const references = transfers.map(({ lineId, transferReference }) => ({
    lineId,
    transferReference: transferReference.trim(),
  }));
  const written = await repo.recordTransferReferences(tx, paymentId, references);
  if (written < references.length) {
    throw AppError.validation("transfers", "unknown-line", {
      zh: "流水号只能登记在本支付申请未拨付的项目上",
      en: "A transfer reference names an unpaid line of this payment",
    });
  }
  const missing = await repo.linesWithoutReference(tx, paymentId, LINES_NAMED + 1);
  if (missing.length > 0) {
    const named = missing.slice(0, LINES_NAMED).join("、") + (missing.length > LINES_NAMED ? "…" : "");
    throw AppError.validation("transfers", "transfer-reference-required", {
      zh: `第 ${named} 项未填写银行流水号,不能拨付`,
      en: `Line ${named} has no bank transfer reference: every line paid needs one`,
    });
  }
}

export interface PaymentRunOutcome {
  paidNow: number;
  /** Set when the fund could not pay a line: the run stopped and the payment went back to APPROVED. */
  refused?: AppError;
}

/**
 * Lines paid per transaction: a crash loses at most one chunk, which the next run pays again. Each
 * chunk is six statements whatever its size (issue 10: 200 lines a chunk spent most of a yearly
 * batch's run on per-statement and per-commit work); a chunk holds the fund's cash row locked while it
 * runs, so it stays well under a second.
 */
export const LINES_PER_CHUNK = 2_000;

function isInsufficientBalance(error: unknown): error is AppError {
  return error instanceof AppError && error.fieldErrors[0]?.rule === "insufficient-balance";
}

/**
 * Pays the payment's unpaid lines in order, a chunk per transaction, each line its own posting with a
 * key derived from the line, so a line is paid at most once however often this runs, by however many
 * instances. When a chunk does not fit, it is halved until one does (down to a single line), so exactly
 * the lines the fund can pay are paid, in a few transactions rather than one per line. Ends the payment
 * (PAID) when no line is left, or sends it back to APPROVED with the reason when the fund runs dry.
 */
export async function payLines(db: Database, paymentId: string): Promise<PaymentRunOutcome> {
  const payment = await repo.findPayment(db, paymentId);
  if (payment?.status !== "PAYING" || !payment.executedBy) return { paidNow: 0 };
  const executorOrgId = await repo.orgOfUser(db, payment.executedBy);
  if (!executorOrgId) throw new Error(`payment ${paymentId}: executing user missing`);
  const recordedBy = { userId: payment.executedBy, orgId: executorOrgId };
  let paidNow = 0;
  // Never more than the payment has: a refused chunk is halved from the lines it actually tried.
  let chunk = Math.min(LINES_PER_CHUNK, payment.lineCount);
  let afterLineNo = 0;
  for (;;) {
    try {
      const paid = await db.transaction((tx) => payNextLines(tx, payment, recordedBy, afterLineNo, chunk));
      if (paid.length === 0) break;
      paidNow += paid.length;
      afterLineNo = paid.at(-1) ?? afterLineNo;
    } catch (error) {
      if (!isInsufficientBalance(error)) throw error;
      if (chunk > 1) {
        chunk = Math.ceil(chunk / 2);
        continue;
      }
      await stopRun(db, payment, recordedBy, error.message);
      return { paidNow, refused: error };
    }
  }
  await finishRun(db, payment, recordedBy);
  return { paidNow };
}

/**
 * Pays up to `count` unpaid lines after `afterLineNo` (lines are paid in order, so the scan starts
 * where the last chunk ended) and returns their numbers. Runs of one payment (a retry joining, a
 * resumed run) take turns on the payment's row, and stop once the payment is no longer being paid.
 */
async function payNextLines(
  tx: Transaction,
  payment: PaymentRow,
  recordedBy: { userId: string; orgId: string },
  afterLineNo: number,
  count: number,
): Promise<number[]> {
  const status = await repo.lockStatus(tx, payment.id);
  if (status !== "PAYING") return [];
  const lines = await repo.unpaidLines(tx, payment.id, afterLineNo, count);
  if (lines.length === 0) return [];
  const day = today();
  await postAll(
    tx,
    lines.map((line) => ({
      fundId: payment.fundId,
      idempotencyKey: `payment-line:${line.id}`,
      kind: "PAYMENT_PAID" as const,
      effectiveOn: day,
      memo: `拨付:${payment.title} 第${line.lineNo}项 ${line.beneficiaryName}`,
      legs: [
        { debit: beneficiaryRef(line), credit: { kind: "FUND_CASH" as const }, amountFen: line.amountFen },
      ],
      paymentId: payment.id,
      paymentLineId: line.id,
      recordedBy,
    })),
  );
  await repo.markLinesPaid(
    tx,
    lines.map((line) => line.id),
    day,
  );
  return lines.map((line) => line.lineNo);
}

/**
 * Records one of the platform's own steps at the end of a run (domain PAYMENT_SYSTEM_TRANSITIONS),
 * if the payment is still where the run found it: a run that another ended first records nothing.
 */
async function endRun(
  db: Database,
  payment: PaymentRow,
  by: { userId: string; orgId: string },
  action: PaymentSystemAction,
  note: { opinion: string } | { reason: string },
) {
  const next = decide(() => applyPaymentSystemAction(stateOf(payment), action));
  const step = { status: next.status, holders: paymentHolders(next) };
  const day = today();
  await db.transaction(async (tx) => {
    const ended =
      action === "paid"
        ? await repo.finishRun(tx, payment.id, payment.status, { ...step, paidOn: day })
        : await repo.stopRun(tx, payment.id, payment.status, step);
    if (!ended) return;
    await repo.insertEvent(tx, {
      paymentId: payment.id,
      action,
      fromStatus: payment.status,
      toStatus: next.status,
      ...note,
      actorUserId: by.userId,
      actorOrgId: by.orgId,
      businessDate: day,
    });
  });
}

/** Every line is paid: the payment is PAID (once, whichever run gets there first). */
function finishRun(db: Database, payment: PaymentRow, by: { userId: string; orgId: string }) {
  return endRun(db, payment, by, "paid", {
    opinion: `${payment.lineCount} 项已全部拨付,合计 ${formatYuanGrouped(payment.totalFen)} 元`,
  });
}

/** The fund could not pay a line: the run stops and the payment goes back to the guarantor, approved. */
function stopRun(db: Database, payment: PaymentRow, by: { userId: string; orgId: string }, reason: string) {
  return endRun(db, payment, by, "refused", { reason });
}

/** Finishes runs an instance was stopped in the middle of (a crash, a deploy). */
export async function resumeInterruptedPayments(db: Database): Promise<void> {
  for (const id of await repo.paymentsInStatus(db, "PAYING")) await payLines(db, id);
}

/**
 * Resumes payment runs an instance died in the middle of. Each minute's run is claimed by one
 * instance; paying a line is idempotent anyway, so overlapping with a live run pays nothing twice.
 */
export const paymentRunResumer: Job = {
  name: "resume-payment-runs",
  runKey: (now) => now.toISOString().slice(0, 16),
  run: (db) => resumeInterruptedPayments(db),
};
