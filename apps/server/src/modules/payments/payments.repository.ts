import { and, asc, count, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { anyOf } from "../../db/any-of";
import type { Executor } from "../../db/client";
import {
  attachments,
  defaultCases,
  enterpriseBankAccounts,
  enterprises,
  fundPaymentEvents,
  fundPaymentLines,
  fundPayments,
  funds,
  interestSubsidyClaims,
  organisations,
  users,
} from "../../db/schema";
import { type FundScope, fundScopeCondition } from "../../db/scopes";
import { insertUnnest } from "../../db/unnest";
import { pgErrorCode } from "../../platform/db-errors";

// The payments' SQL: payments, their lines and their history. The services decide the steps (with
// the domain's payment workflow), who may see what (a FundScope) and what a refusal means.

export type PaymentRow = typeof fundPayments.$inferSelect;
export type PaymentLineRow = typeof fundPaymentLines.$inferSelect;
type NewPayment = Omit<typeof fundPayments.$inferInsert, "id">;
type NewLine = Omit<typeof fundPaymentLines.$inferInsert, "id">;
type NewEvent = Omit<typeof fundPaymentEvents.$inferInsert, "id" | "at">;

/** A payment's status and reviews, and who holds it: what a step of the chain writes. */
export interface PaymentStep {
  status: string;
  financeReview: string;
  industryReview: string;
  holders: string[];
}

export async function insertPayment(tx: Executor, payment: NewPayment): Promise<string> {
  const [row] = await tx.insert(fundPayments).values(payment).returning({ id: fundPayments.id });
  if (!row) throw new Error("payment insert returned nothing");
  return row.id;
}

/**
 * Inserts the lines in one statement (a yearly batch can have tens of thousands). False when a
 * unique index refused them: a subject already in a live payment (the transaction is then aborted).
 */
export async function insertLines(tx: Executor, lines: readonly NewLine[]): Promise<boolean> {
  try {
    await tx.execute(
      insertUnnest(fundPaymentLines, lines, {
        paymentId: "uuid",
        lineNo: "integer",
        subject: "text",
        applicationId: "uuid",
        beneficiaryOrgId: "uuid",
        beneficiaryEnterpriseId: "uuid",
        beneficiaryName: "text",
        amountFen: "bigint",
        working: "jsonb",
      }),
    );
    return true;
  } catch (error) {
    if (pgErrorCode(error) !== "23505") throw error;
    return false;
  }
}

export async function insertEvent(tx: Executor, event: NewEvent): Promise<void> {
  await tx.insert(fundPaymentEvents).values(event);
}

export interface PaymentQuery {
  scope: FundScope;
  /** Only payments this organisation type must act on. */
  holder?: string;
  status?: string;
  kind?: string;
  limit: number;
  offset: number;
}

/** One page of the payments of the funds within the scope, longest held first, with their fund's name. */
export async function pageOfPayments(db: Executor, query: PaymentQuery) {
  const where = and(
    fundScopeCondition(query.scope),
    query.holder ? sql`${fundPayments.holders} @> array[${query.holder}]::text[]` : undefined,
    query.status ? eq(fundPayments.status, query.status) : undefined,
    query.kind ? eq(fundPayments.kind, query.kind) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ payment: fundPayments, fundName: funds.name })
      .from(fundPayments)
      .innerJoin(funds, eq(funds.id, fundPayments.fundId))
      .where(where)
      .orderBy(desc(fundPayments.heldSince))
      .limit(query.limit)
      .offset(query.offset),
    db
      .select({ n: count() })
      .from(fundPayments)
      .innerJoin(funds, eq(funds.id, fundPayments.fundId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findPayment(db: Executor, id: string): Promise<PaymentRow | null> {
  const [row] = await db.select().from(fundPayments).where(eq(fundPayments.id, id));
  return row ?? null;
}

/** The payment, its row locked for the rest of the transaction (steps and runs take turns on it). */
export async function lockPayment(tx: Executor, id: string): Promise<PaymentRow | null> {
  const [row] = await tx.select().from(fundPayments).where(eq(fundPayments.id, id)).for("no key update");
  return row ?? null;
}

/** Writes a step of the chain at `version`, and since when the payment is held. */
export async function recordStep(
  tx: Executor,
  id: string,
  step: PaymentStep & { version: number; financeReviewVersion?: number; industryReviewVersion?: number },
): Promise<void> {
  await tx
    .update(fundPayments)
    .set({ ...step, heldSince: sql`now()` })
    .where(eq(fundPayments.id, id));
}

/** A cancelled payment's lines stop claiming their subjects. */
export async function retireLines(tx: Executor, paymentId: string): Promise<void> {
  await tx.update(fundPaymentLines).set({ live: false }).where(eq(fundPaymentLines.paymentId, paymentId));
}

/** A payment's lines in order, `limit` of them from `offset` (all of them without). */
/**
 * The account a line's payee is paid into, as the registry has it now: an enterprise's (first) bank
 * account in its own name, or the account an organisation registered.
 */
const firstEnterpriseAccount = (column: "bank_name" | "account_no") =>
  sql<
    string | null
  >`(select ${sql.raw(column)} from ${enterpriseBankAccounts} where ${enterpriseBankAccounts.enterpriseId} = ${fundPaymentLines.beneficiaryEnterpriseId} order by ${enterpriseBankAccounts.accountNo} limit 1)`;
const ofOrganisation = (column: AnyPgColumn) =>
  sql<
    string | null
  >`(select ${column} from ${organisations} where ${organisations.id} = ${fundPaymentLines.beneficiaryOrgId})`;
const registryAccount = {
  name: sql<
    string | null
  >`coalesce((select ${enterprises.name} from ${enterprises} where ${enterprises.id} = ${fundPaymentLines.beneficiaryEnterpriseId}), ${ofOrganisation(organisations.bankAccountName)})`,
  bank: sql<
    string | null
  >`coalesce(${firstEnterpriseAccount("bank_name")}, ${ofOrganisation(organisations.bankName)})`,
  number: sql<
    string | null
  >`coalesce(${firstEnterpriseAccount("account_no")}, ${ofOrganisation(organisations.bankAccountNo)})`,
};

/**
 * A payment's lines in order, each with what it pays for (the 贴息申请 it settles, the default case it
 * compensates) and the payee's account: as paid for a paid line, as the registry has it otherwise.
 */
export function linesOf(db: Executor, paymentId: string, page?: { offset: number; limit: number }) {
  const query = db
    .select({
      line: fundPaymentLines,
      claimId: interestSubsidyClaims.id,
      defaultCaseId: defaultCases.id,
      registryAccountName: registryAccount.name,
      registryBankName: registryAccount.bank,
      registryAccountNo: registryAccount.number,
    })
    .from(fundPaymentLines)
    .leftJoin(interestSubsidyClaims, eq(interestSubsidyClaims.paymentLineId, fundPaymentLines.id))
    .leftJoin(
      defaultCases,
      and(
        eq(defaultCases.paymentId, fundPaymentLines.paymentId),
        eq(defaultCases.applicationId, fundPaymentLines.applicationId),
      ),
    )
    .where(eq(fundPaymentLines.paymentId, paymentId))
    .orderBy(asc(fundPaymentLines.lineNo));
  return page ? query.limit(page.limit).offset(page.offset) : query;
}

/** The vouchers (attachments of the given kinds) of the loans whose claims some lines settle. */
export function vouchersOf(db: Executor, applicationIds: readonly string[], kinds: readonly string[]) {
  return db
    .select({
      id: attachments.id,
      applicationId: attachments.applicationId,
      kind: attachments.kind,
      filename: attachments.filename,
    })
    .from(attachments)
    .where(
      and(anyOf(attachments.applicationId, applicationIds, "uuid"), inArray(attachments.kind, [...kinds])),
    )
    .orderBy(asc(attachments.uploadedAt));
}

/**
 * Records the payer's bank transfer reference (流水号) on each of the payment's unpaid lines named;
 * returns how many lines it wrote (a line of another payment, or already paid, is not touched).
 */
export async function recordTransferReferences(
  tx: Executor,
  paymentId: string,
  references: readonly { lineId: string; transferReference: string }[],
): Promise<number> {
  if (references.length === 0) return 0;
  // One statement for the whole batch (a yearly payment can have tens of thousands of lines).
  const written = await tx.execute(sql`
    update ${fundPaymentLines} set transfer_reference = given.reference
    from unnest(
      ${sql.param(references.map((r) => r.lineId))}::uuid[],
      ${sql.param(references.map((r) => r.transferReference))}::text[]
    ) as given(line_id, reference)
    where ${fundPaymentLines.id} = given.line_id
      and ${fundPaymentLines.paymentId} = ${paymentId}
      and ${fundPaymentLines.paidAt} is null
    returning ${fundPaymentLines.id}`);
  return written.rows.length;
}

/** The numbers of the payment's unpaid lines that have no transfer reference yet (first `limit`). */
export async function linesWithoutReference(
  tx: Executor,
  paymentId: string,
  limit: number,
): Promise<number[]> {
  const rows = await tx
    .select({ lineNo: fundPaymentLines.lineNo })
    .from(fundPaymentLines)
    .where(
      and(
        eq(fundPaymentLines.paymentId, paymentId),
        isNull(fundPaymentLines.paidAt),
        isNull(fundPaymentLines.transferReference),
      ),
    )
    .orderBy(asc(fundPaymentLines.lineNo))
    .limit(limit);
  return rows.map((row) => row.lineNo);
}

export async function countPaidLines(db: Executor, paymentId: string): Promise<number> {
  const [paid] = await db
    .select({ n: count() })
    .from(fundPaymentLines)
    .where(and(eq(fundPaymentLines.paymentId, paymentId), sql`${fundPaymentLines.paidAt} is not null`));
  return paid?.n ?? 0;
}

/** The history with who took each step, by name and organisation. */
export function historyOf(db: Executor, paymentId: string) {
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

/* ------------------------------------------------------------------------------------------------
 * Payment runs
 * ---------------------------------------------------------------------------------------------- */

/**
 * Starts the run atomically: the step is written only if the payment is still in `from` at
 * `version`, and the key and the executing user are recorded with it. False when it was not.
 */
export async function startRun(
  tx: Executor,
  id: string,
  at: { from: string; version: number },
  step: PaymentStep & { executionKey: string; executedBy: string },
): Promise<boolean> {
  const updated = await tx
    .update(fundPayments)
    .set({ ...step, version: sql`${fundPayments.version} + 1` })
    .where(
      and(eq(fundPayments.id, id), eq(fundPayments.status, at.from), eq(fundPayments.version, at.version)),
    )
    .returning({ id: fundPayments.id });
  return updated.length > 0;
}

/** The organisation of a user (whoever started a run: it resumes in their name). */
export async function orgOfUser(db: Executor, userId: string): Promise<string | null> {
  const [user] = await db.select({ orgId: users.orgId }).from(users).where(eq(users.id, userId));
  return user?.orgId ?? null;
}

/** The payment's status, its row locked for the rest of the transaction. */
export async function lockStatus(tx: Executor, id: string): Promise<string | null> {
  const [row] = await tx
    .select({ status: fundPayments.status })
    .from(fundPayments)
    .where(eq(fundPayments.id, id))
    .for("no key update");
  return row?.status ?? null;
}

/** What posting a line needs: whom it pays and how much (not its working, which can be long). */
const toPay = {
  id: fundPaymentLines.id,
  lineNo: fundPaymentLines.lineNo,
  beneficiaryOrgId: fundPaymentLines.beneficiaryOrgId,
  beneficiaryEnterpriseId: fundPaymentLines.beneficiaryEnterpriseId,
  beneficiaryName: fundPaymentLines.beneficiaryName,
  amountFen: fundPaymentLines.amountFen,
};

export type LineToPay = Pick<PaymentLineRow, keyof typeof toPay>;

/** Every line of a payment in order, as posting needs it (the city's approval posts them all). */
export function linesToPay(tx: Executor, paymentId: string): Promise<LineToPay[]> {
  return tx
    .select(toPay)
    .from(fundPaymentLines)
    .where(eq(fundPaymentLines.paymentId, paymentId))
    .orderBy(asc(fundPaymentLines.lineNo));
}

/** Up to `limit` unpaid lines after line `afterLineNo`, in order, as posting needs them. */
export function unpaidLines(
  tx: Executor,
  paymentId: string,
  afterLineNo: number,
  limit: number,
): Promise<LineToPay[]> {
  return tx
    .select(toPay)
    .from(fundPaymentLines)
    .where(
      and(
        eq(fundPaymentLines.paymentId, paymentId),
        gt(fundPaymentLines.lineNo, afterLineNo),
        isNull(fundPaymentLines.paidAt),
      ),
    )
    .orderBy(asc(fundPaymentLines.lineNo))
    .limit(limit);
}

/**
 * Marks the lines paid on `day`, keeping the payee's account as the registry has it now: one UPDATE
 * … FROM unnest of the ids joined once to the registry (the same account `registryAccount` reads),
 * not six correlated look-ups per line.
 */
export async function markLinesPaid(tx: Executor, lineIds: readonly string[], day: string): Promise<void> {
  await tx.execute(sql`
    update ${fundPaymentLines} set
      paid_at = now(),
      paid_on = ${day},
      payee_account_name = registry.name,
      payee_bank_name = registry.bank,
      payee_account_no = registry.number
    from (
      select line.id,
        coalesce(enterprise.name, organisation.bank_account_name) as name,
        coalesce(account.bank_name, organisation.bank_name) as bank,
        coalesce(account.account_no, organisation.bank_account_no) as number
      from unnest(${sql.param([...lineIds])}::uuid[]) as paid(id)
      join ${fundPaymentLines} as line on line.id = paid.id
      left join ${enterprises} as enterprise on enterprise.id = line.beneficiary_enterprise_id
      left join ${organisations} as organisation on organisation.id = line.beneficiary_org_id
      left join lateral (
        select bank_name, account_no from ${enterpriseBankAccounts}
        where enterprise_id = line.beneficiary_enterprise_id order by account_no limit 1
      ) as account on true
    ) as registry
    where ${fundPaymentLines.id} = registry.id`);
}

/**
 * Ends a run whose every line is paid: writes the step, and when it was paid, if the payment is still
 * in `from` and no line is left unpaid. False when it was not (another run ended it first).
 */
export async function finishRun(
  tx: Executor,
  id: string,
  from: string,
  step: Pick<PaymentStep, "status" | "holders"> & { paidOn: string },
): Promise<boolean> {
  const done = await tx
    .update(fundPayments)
    .set({ ...step, paidAt: sql`now()`, version: sql`${fundPayments.version} + 1` })
    .where(
      and(
        eq(fundPayments.id, id),
        eq(fundPayments.status, from),
        sql`not exists (select 1 from ${fundPaymentLines} where ${fundPaymentLines.paymentId} = ${id} and ${fundPaymentLines.paidAt} is null)`,
      ),
    )
    .returning({ id: fundPayments.id });
  return done.length > 0;
}

/**
 * Stops a run the fund could not complete: writes the step and forgets the run's key (a new run
 * takes a new one), if the payment is still in `from`. False when it was not.
 */
export async function stopRun(
  tx: Executor,
  id: string,
  from: string,
  step: Pick<PaymentStep, "status" | "holders">,
): Promise<boolean> {
  const stopped = await tx
    .update(fundPayments)
    .set({ ...step, executionKey: null, version: sql`${fundPayments.version} + 1` })
    .where(and(eq(fundPayments.id, id), eq(fundPayments.status, from)))
    .returning({ id: fundPayments.id });
  return stopped.length > 0;
}

/** The payments whose run is under way (or was, when an instance stopped in the middle). */
export async function paymentsInStatus(db: Executor, status: string): Promise<string[]> {
  const rows = await db
    .select({ id: fundPayments.id })
    .from(fundPayments)
    .where(inArray(fundPayments.status, [status]));
  return rows.map((row) => row.id);
}
