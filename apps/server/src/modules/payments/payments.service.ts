import {
  applyPaymentAction,
  availablePaymentActions,
  type FundAccountKind,
  formatYuan,
  formatYuanGrouped,
  INITIAL_PAYMENT_STATE,
  isStale,
  PAYMENT_KIND_LABELS,
  PAYMENT_REVIEW_FIELD,
  type PaymentAction,
  type PaymentKind,
  type PaymentReviewState,
  type PaymentState,
  type PaymentStatus,
  paymentActionReview,
  paymentHolders,
  touchedReviews,
} from "@chanrong/domain";
import { and, asc, count, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { anyOf } from "../../db/any-of";
import { inBatches } from "../../db/batches";
import type { Database, Executor, Transaction } from "../../db/client";
import {
  fundPaymentEvents,
  fundPaymentLines,
  fundPayments,
  funds,
  organisations,
  users,
} from "../../db/schema";
import { fundScopeCondition } from "../../db/scopes";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { pgErrorCode } from "../../platform/db-errors";
import { AppError } from "../../platform/errors";
import { decide } from "../../platform/workflow-refusals";
import { type FundRow, fundScope, visibleFund } from "../ledger/funds.service";
import { type AccountRef, post, postAll } from "../ledger/ledger.service";

type PaymentRow = typeof fundPayments.$inferSelect;

const EXPENSE_ACCOUNT: Readonly<Record<PaymentKind, FundAccountKind>> = {
  INTEREST_SUBSIDY: "INTEREST_SUBSIDY_EXPENSE",
  FEE_SUBSIDY: "FEE_SUBSIDY_EXPENSE",
  RISK_COMPENSATION: "RISK_COMPENSATION_EXPENSE",
};

export interface PaymentLineInput {
  /** What is paid for; no two live lines may name the same subject (e.g. INTEREST_SUBSIDY:<loan>). */
  subject: string;
  applicationId?: string;
  beneficiary: { orgId: string; name: string } | { enterpriseId: string; name: string };
  amountFen: bigint;
  /** The computation as reviewers see it (domain SubsidyWorking, CompensationWorking). */
  working: unknown;
}

export interface PaymentInput {
  fund: FundRow;
  kind: PaymentKind;
  title: string;
  year?: number;
  lines: readonly PaymentLineInput[];
}

function stateOf(row: PaymentRow): PaymentState {
  return {
    status: row.status as PaymentStatus,
    financeReview: row.financeReview as PaymentReviewState,
    industryReview: row.industryReview as PaymentReviewState,
  };
}

/**
 * Starts a payment in the guarantor's hands (DRAFT), inside the caller's transaction: the subsidy
 * and compensation modules call this with the lines they computed. A subject already in a live
 * payment is refused (409), so nothing can be claimed twice.
 */
export async function createPayment(tx: Transaction, actor: Actor, input: PaymentInput): Promise<string> {
  if (input.lines.length === 0) {
    throw AppError.validation("lines", "min-items", "没有可支付的项目 (nothing to pay)");
  }
  const state = INITIAL_PAYMENT_STATE;
  const totalFen = input.lines.reduce((sum, line) => sum + line.amountFen, 0n);
  const [payment] = await tx
    .insert(fundPayments)
    .values({
      fundId: input.fund.id,
      kind: input.kind,
      title: input.title,
      year: input.year ?? null,
      ...state,
      holders: paymentHolders(state),
      totalFen,
      lineCount: input.lines.length,
      createdBy: actor.userId,
    })
    .returning({ id: fundPayments.id });
  if (!payment) throw new Error("payment insert returned nothing");
  try {
    const rows = input.lines.map((line, index) => ({
      paymentId: payment.id,
      lineNo: index + 1,
      subject: line.subject,
      applicationId: line.applicationId ?? null,
      beneficiaryOrgId: "orgId" in line.beneficiary ? line.beneficiary.orgId : null,
      beneficiaryEnterpriseId: "enterpriseId" in line.beneficiary ? line.beneficiary.enterpriseId : null,
      beneficiaryName: line.beneficiary.name,
      amountFen: line.amountFen,
      working: line.working,
    }));
    // A yearly batch can have tens of thousands of lines.
    for (const batch of inBatches(rows)) await tx.insert(fundPaymentLines).values(batch);
  } catch (error) {
    if (pgErrorCode(error) !== "23505") throw error;
    throw new AppError(
      "conflict",
      "其中有项目已在另一笔支付申请中 (an item is already in another live payment)",
      [{ field: "lines", rule: "already-claimed", message: "已在另一笔支付申请中" }],
    );
  }
  await tx.insert(fundPaymentEvents).values({
    paymentId: payment.id,
    action: "create",
    fromStatus: "DRAFT",
    toStatus: "DRAFT",
    opinion: `${PAYMENT_KIND_LABELS[input.kind]} ${input.lines.length} 项,合计 ${formatYuanGrouped(totalFen)} 元`,
    actorUserId: actor.userId,
    actorOrgId: actor.orgId,
    businessDate: today(),
  });
  return payment.id;
}

export interface PaymentFilter {
  waiting?: boolean;
  status?: PaymentStatus;
  kind?: PaymentKind;
  page: number;
  pageSize: number;
}

export async function listPayments(db: Database, actor: Actor, filter: PaymentFilter) {
  const where = and(
    fundScopeCondition(fundScope(actor)),
    filter.waiting ? sql`${fundPayments.holders} @> array[${actor.orgType}]::text[]` : undefined,
    filter.status ? eq(fundPayments.status, filter.status) : undefined,
    filter.kind ? eq(fundPayments.kind, filter.kind) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ payment: fundPayments, fundName: funds.name })
      .from(fundPayments)
      .innerJoin(funds, eq(funds.id, fundPayments.fundId))
      .where(where)
      .orderBy(desc(fundPayments.heldSince))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db
      .select({ n: count() })
      .from(fundPayments)
      .innerJoin(funds, eq(funds.id, fundPayments.fundId))
      .where(where),
  ]);
  return {
    items: rows.map(({ payment, fundName }) => ({ ...presentPayment(payment), fundName })),
    total: total?.n ?? 0,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

function presentPayment(row: PaymentRow) {
  const { totalFen, executionKey: _key, ...rest } = row;
  return { ...rest, total: formatYuan(totalFen) };
}

export async function findPayment(db: Executor, actor: Actor, id: string) {
  const [row] = await db.select().from(fundPayments).where(eq(fundPayments.id, id));
  if (!row) throw AppError.notFound("支付申请 (payment)");
  const fund = await visibleFund(db, actor, row.fundId).catch(() => {
    throw AppError.notFound("支付申请 (payment)");
  });
  return { row, fund };
}

function linesOf(db: Executor, paymentId: string, offset: number, limit: number) {
  return db
    .select()
    .from(fundPaymentLines)
    .where(eq(fundPaymentLines.paymentId, paymentId))
    .orderBy(asc(fundPaymentLines.lineNo))
    .limit(limit)
    .offset(offset);
}

function presentLine({ amountFen, ...line }: typeof fundPaymentLines.$inferSelect) {
  return { ...line, amount: formatYuan(amountFen) };
}

/** The history with who took each step, by name and organisation, as reviewers read it. */
function historyOf(db: Executor, paymentId: string) {
  return db
    .select({
      id: fundPaymentEvents.id,
      action: fundPaymentEvents.action,
      fromStatus: fundPaymentEvents.fromStatus,
      toStatus: fundPaymentEvents.toStatus,
      opinion: fundPaymentEvents.opinion,
      reason: fundPaymentEvents.reason,
      businessDate: fundPaymentEvents.businessDate,
      at: fundPaymentEvents.at,
      actorUserId: fundPaymentEvents.actorUserId,
      actorOrgId: fundPaymentEvents.actorOrgId,
      actorName: users.displayName,
      actorOrgName: organisations.name,
      actorOrgType: organisations.type,
    })
    .from(fundPaymentEvents)
    .innerJoin(users, eq(users.id, fundPaymentEvents.actorUserId))
    .innerJoin(organisations, eq(organisations.id, fundPaymentEvents.actorOrgId))
    .where(eq(fundPaymentEvents.paymentId, paymentId))
    .orderBy(asc(fundPaymentEvents.id));
}

/** A payment with its lines (and their working), history and the caller's next actions. */
export async function getPayment(db: Database, actor: Actor, id: string) {
  const { row, fund } = await findPayment(db, actor, id);
  const [lines, history, [paid]] = await Promise.all([
    linesOf(db, id, 0, 500),
    historyOf(db, id),
    db
      .select({ n: count() })
      .from(fundPaymentLines)
      .where(and(eq(fundPaymentLines.paymentId, id), sql`${fundPaymentLines.paidAt} is not null`)),
  ]);
  const mayAct = actor.orgType !== "GUARANTOR" || fund.managerOrgId === actor.orgId;
  return {
    ...presentPayment(row),
    fund: { id: fund.id, code: fund.code, name: fund.name },
    paidLineCount: paid?.n ?? 0,
    lines: lines.map(presentLine),
    history,
    availableActions: mayAct ? availablePaymentActions(stateOf(row), actor) : [],
  };
}

/** One page of a payment's lines: a yearly batch can have more than a page can show. */
export async function listPaymentLines(
  db: Database,
  actor: Actor,
  id: string,
  page: { page: number; pageSize: number },
) {
  const { row } = await findPayment(db, actor, id);
  const lines = await linesOf(db, id, (page.page - 1) * page.pageSize, page.pageSize);
  return { items: lines.map(presentLine), total: row.lineCount, ...page };
}

export interface PaymentActionInput {
  action: PaymentAction;
  version: number;
  opinion?: string;
  reason?: string;
  /** Required to execute: a retry with the same key returns the same result and pays nothing twice. */
  idempotencyKey?: string;
}

/** The column keeping the version of the last step that changed each bureau's review or the status. */
const REVIEW_VERSION = { finance: "financeReviewVersion", industry: "industryReviewVersion" } as const;

/**
 * One step of the chain, on the row locked as it is now; `execute` then pays every line (see payLines).
 * A bureau's decision is stale only if its own review or the status changed since it read the payment,
 * so the two bureaus approve in parallel and whichever approves second sends it to the city government.
 */
export async function actOnPayment(
  db: Database,
  actor: Actor,
  id: string,
  input: PaymentActionInput,
  ip: string | null,
) {
  const { row, fund } = await findPayment(db, actor, id);
  if (input.action === "execute") return execute(db, actor, row, fund, input, ip);
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(fundPayments)
      .where(eq(fundPayments.id, id))
      .for("no key update");
    if (!current) throw AppError.notFound("支付申请 (payment)");
    const before = stateOf(current);
    const next = decide(() => applyPaymentAction(before, input.action, actor, input));
    const review = paymentActionReview(input.action);
    if (isStale(input.version, current.version, review && current[REVIEW_VERSION[review]]))
      throw staleVersion();
    const reviewVersions = touchedReviews(before, next, PAYMENT_REVIEW_FIELD).map(
      (touched) => [REVIEW_VERSION[touched], current.version + 1] as const,
    );
    await tx
      .update(fundPayments)
      .set({
        ...next,
        ...Object.fromEntries(reviewVersions),
        holders: paymentHolders(next),
        heldSince: sql`now()`,
        version: current.version + 1,
      })
      .where(eq(fundPayments.id, id));
    await tx.insert(fundPaymentEvents).values({
      paymentId: id,
      action: input.action,
      fromStatus: current.status,
      toStatus: next.status,
      opinion: input.opinion?.trim() || null,
      reason: input.reason?.trim() || null,
      actorUserId: actor.userId,
      actorOrgId: actor.orgId,
      // The decision's business date, which the 贴息表 prints (the 市担保集团意见's date).
      businessDate: today(),
    });
    // Seed 002 art. 13: the city government's approval is what commits the fund to pay.
    if (input.action === "city-approve") await recognisePayables(tx, actor, current, fund);
    if (input.action === "cancel") {
      await tx.update(fundPaymentLines).set({ live: false }).where(eq(fundPaymentLines.paymentId, id));
    }
    await recordAudit(tx, {
      actor,
      action: `fund-payment.${input.action}`,
      entityType: "fund-payment",
      entityId: id,
      before,
      after: { ...next, opinion: input.opinion, reason: input.reason },
      ip,
    });
  });
  return getPayment(db, actor, id);
}

function staleVersion(): AppError {
  return new AppError("conflict", "支付申请已被他人处理,请刷新后重试 (stale version: reload and retry)", [
    { field: "version", rule: "stale-version", message: "版本已过期" },
  ]);
}

function beneficiaryRef(line: typeof fundPaymentLines.$inferSelect): AccountRef {
  const name = line.beneficiaryName;
  return {
    kind: "PAYABLE",
    beneficiary: line.beneficiaryOrgId
      ? { orgId: line.beneficiaryOrgId, name }
      : { enterpriseId: line.beneficiaryEnterpriseId ?? "", name },
  };
}

/** Expense → payable for every line, as one posting: the fund now owes each beneficiary. */
async function recognisePayables(tx: Transaction, actor: Actor, row: PaymentRow, fund: FundRow) {
  const lines = await tx.select().from(fundPaymentLines).where(eq(fundPaymentLines.paymentId, row.id));
  await post(tx, {
    fundId: fund.id,
    idempotencyKey: `payment:${row.id}:approved`,
    kind: "PAYMENT_APPROVED",
    effectiveOn: today(),
    memo: `市政府批准:${row.title}`,
    legs: lines.map((line) => ({
      debit: { kind: EXPENSE_ACCOUNT[row.kind as PaymentKind] },
      credit: beneficiaryRef(line),
      amountFen: line.amountFen,
    })),
    paymentId: row.id,
    recordedBy: actor,
  });
}

function requireKey(key: string | undefined): string {
  if (!key?.trim()) {
    throw AppError.validation(
      "idempotencyKey",
      "required",
      "拨付须提供幂等键 (an idempotency key is required to pay)",
    );
  }
  return key;
}

/**
 * Starts the payment run once per key: the first call, at the version read, moves APPROVED → PAYING
 * atomically and records the key; a retry with the same key joins or reports the same run whatever
 * version it carries; another key or an older version is refused (409). Lines are then paid a chunk
 * per transaction, so an interrupted run resumes where it stopped.
 */
async function execute(
  db: Database,
  actor: Actor,
  row: PaymentRow,
  fund: FundRow,
  input: PaymentActionInput,
  ip: string | null,
) {
  const key = requireKey(input.idempotencyKey);
  if (row.executionKey !== key) {
    const next = decide(() => applyPaymentAction(stateOf(row), "execute", actor, input));
    if (fund.managerOrgId !== actor.orgId) throw AppError.forbidden("只有受托管理该资金的担保机构可以拨付");
    const started = await db.transaction(async (tx) => {
      const updated = await tx
        .update(fundPayments)
        .set({
          ...next,
          holders: paymentHolders(next),
          executionKey: key,
          executedBy: actor.userId,
          version: sql`${fundPayments.version} + 1`,
        })
        .where(
          and(
            eq(fundPayments.id, row.id),
            eq(fundPayments.status, "APPROVED"),
            eq(fundPayments.version, input.version),
          ),
        )
        .returning({ id: fundPayments.id });
      if (updated.length === 0) return false;
      await tx.insert(fundPaymentEvents).values({
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
      const { row: current } = await findPayment(db, actor, row.id);
      if (current.executionKey !== key) throw staleVersion();
    }
  }
  const outcome = await payLines(db, row.id);
  if (outcome.refused) throw outcome.refused;
  return getPayment(db, actor, row.id);
}

export interface PaymentRunOutcome {
  paidNow: number;
  /** Set when the fund could not pay a line: the run stopped and the payment went back to APPROVED. */
  refused?: AppError;
}

/** Lines paid per transaction: a crash loses at most one chunk, which the next run pays again. */
const LINES_PER_CHUNK = 200;

function isInsufficientBalance(error: unknown): error is AppError {
  return error instanceof AppError && error.fieldErrors[0]?.rule === "insufficient-balance";
}

/**
 * Pays the payment's unpaid lines in order, a chunk per transaction, each line its own posting with a
 * key derived from the line, so a line is paid at most once however often this runs, by however many
 * instances. When a chunk does not fit, its lines are tried one by one, so exactly the lines the fund
 * can pay are paid. Ends the payment (PAID) when no line is left, or sends it back to APPROVED with the
 * reason when the fund runs dry.
 */
export async function payLines(db: Database, paymentId: string): Promise<PaymentRunOutcome> {
  const [payment] = await db.select().from(fundPayments).where(eq(fundPayments.id, paymentId));
  if (payment?.status !== "PAYING" || !payment.executedBy) return { paidNow: 0 };
  const [executor] = await db
    .select({ orgId: users.orgId })
    .from(users)
    .where(eq(users.id, payment.executedBy));
  if (!executor) throw new Error(`payment ${paymentId}: executing user missing`);
  const recordedBy = { userId: payment.executedBy, orgId: executor.orgId };
  let paidNow = 0;
  let chunk = LINES_PER_CHUNK;
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
        chunk = 1;
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
  const [current] = await tx
    .select({ status: fundPayments.status })
    .from(fundPayments)
    .where(eq(fundPayments.id, payment.id))
    .for("no key update");
  if (current?.status !== "PAYING") return [];
  const lines = await tx
    .select()
    .from(fundPaymentLines)
    .where(
      and(
        eq(fundPaymentLines.paymentId, payment.id),
        gt(fundPaymentLines.lineNo, afterLineNo),
        isNull(fundPaymentLines.paidAt),
      ),
    )
    .orderBy(asc(fundPaymentLines.lineNo))
    .limit(count);
  if (lines.length === 0) return [];
  await postAll(
    tx,
    lines.map((line) => ({
      fundId: payment.fundId,
      idempotencyKey: `payment-line:${line.id}`,
      kind: "PAYMENT_PAID" as const,
      effectiveOn: today(),
      memo: `拨付:${payment.title} 第${line.lineNo}项 ${line.beneficiaryName}`,
      legs: [
        { debit: beneficiaryRef(line), credit: { kind: "FUND_CASH" as const }, amountFen: line.amountFen },
      ],
      paymentId: payment.id,
      paymentLineId: line.id,
      recordedBy,
    })),
  );
  await tx
    .update(fundPaymentLines)
    .set({ paidAt: sql`now()` })
    .where(
      anyOf(
        fundPaymentLines.id,
        lines.map((line) => line.id),
        "uuid",
      ),
    );
  return lines.map((line) => line.lineNo);
}

async function finishRun(db: Database, payment: PaymentRow, by: { userId: string; orgId: string }) {
  await db.transaction(async (tx) => {
    const done = await tx
      .update(fundPayments)
      .set({ status: "PAID", holders: [], paidAt: sql`now()`, version: sql`${fundPayments.version} + 1` })
      .where(
        and(
          eq(fundPayments.id, payment.id),
          eq(fundPayments.status, "PAYING"),
          sql`not exists (select 1 from ${fundPaymentLines} where ${fundPaymentLines.paymentId} = ${payment.id} and ${fundPaymentLines.paidAt} is null)`,
        ),
      )
      .returning({ id: fundPayments.id });
    if (done.length === 0) return;
    await tx.insert(fundPaymentEvents).values({
      paymentId: payment.id,
      action: "paid",
      fromStatus: "PAYING",
      toStatus: "PAID",
      opinion: `${payment.lineCount} 项已全部拨付,合计 ${formatYuanGrouped(payment.totalFen)} 元`,
      actorUserId: by.userId,
      actorOrgId: by.orgId,
      businessDate: today(),
    });
  });
}

async function stopRun(
  db: Database,
  payment: PaymentRow,
  by: { userId: string; orgId: string },
  reason: string,
) {
  await db.transaction(async (tx) => {
    const stopped = await tx
      .update(fundPayments)
      .set({
        status: "APPROVED",
        holders: ["GUARANTOR"],
        executionKey: null,
        version: sql`${fundPayments.version} + 1`,
      })
      .where(and(eq(fundPayments.id, payment.id), eq(fundPayments.status, "PAYING")))
      .returning({ id: fundPayments.id });
    if (stopped.length === 0) return;
    await tx.insert(fundPaymentEvents).values({
      paymentId: payment.id,
      action: "refused",
      fromStatus: "PAYING",
      toStatus: "APPROVED",
      reason,
      actorUserId: by.userId,
      actorOrgId: by.orgId,
      businessDate: today(),
    });
  });
}

/** Finishes runs an instance was stopped in the middle of (a crash, a deploy). */
export async function resumeInterruptedPayments(db: Database): Promise<void> {
  const running = await db
    .select({ id: fundPayments.id })
    .from(fundPayments)
    .where(inArray(fundPayments.status, ["PAYING"]));
  for (const { id } of running) await payLines(db, id);
}
