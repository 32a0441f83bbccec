import {
  addDays,
  addMonths,
  assertInWindow,
  assertPositiveFen,
  assertVouchersAttached,
  type ClaimStatus,
  claimStatus,
  claimWithdrawable,
  exactDecimal,
  formatYuan,
  INTEREST_SUBSIDY_VOUCHER_KINDS,
  interestSubsidyOfLoan,
  interestSubsidySubject,
  type LoanInterestSubsidy,
  type LoanPosition,
  loanPosition,
  type PaymentStatus,
  parseYuan,
  type WindowState,
  windowState,
  yearOf,
} from "@chanrong/domain";
import { and, asc, desc, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
import { anyOf } from "../../db/any-of";
import type { Database, Executor } from "../../db/client";
import {
  applicationContracts,
  attachments,
  enterprises,
  fundPaymentEvents,
  fundPaymentLines,
  fundPayments,
  funds,
  interestSubsidyClaims,
  loanApplications,
  organisations,
  programmes,
} from "../../db/schema";
import { fundScopeCondition } from "../../db/scopes";
import { isPlatformAdmin, requireOrgType, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { pgErrorCode } from "../../platform/db-errors";
import { AppError, type FieldError } from "../../platform/errors";
import { positionsOf, programmeConfigs } from "../applications/loan-positions";
import type { InterestSubsidyFormData } from "../forms/interest-subsidy-form";
import { type FundRow, fundOfProgramme, fundScope } from "../ledger/funds.service";
import { createPayment } from "../payments/payments.service";

type ApplicationRow = typeof loanApplications.$inferSelect;
type ClaimRow = typeof interestSubsidyClaims.$inferSelect;

/** A settled loan with the names shown beside it. */
interface LoanRow {
  application: ApplicationRow;
  enterpriseName: string;
  bankName: string;
  programmeCode: string;
  programmeName: string;
}

/** A loan with its position and its subsidy, judged by the programme version it was made under. */
interface ComputedLoan extends LoanRow {
  position: LoanPosition;
  subsidy: LoanInterestSubsidy;
}

// ——— Who sees what ———

/**
 * Loans whose subsidy the caller may see: the enterprise its own; the guarantor that manages a fund,
 * and that fund's bureaus and city government, the loans of the fund's programmes; the platform's
 * operator all. Everyone else none (a bank has no part in the subsidy).
 */
async function loanScope(executor: Executor, actor: Actor): Promise<SQL | undefined> {
  if (isPlatformAdmin(actor)) return undefined;
  if (actor.orgType === "ENTERPRISE") {
    return actor.enterpriseId ? eq(loanApplications.enterpriseId, actor.enterpriseId) : sql`false`;
  }
  const visible = await executor
    .select()
    .from(funds)
    .where(fundScopeCondition(fundScope(actor)));
  const codes = visible.flatMap((fund) => fund.programmeCodes);
  return codes.length ? inArray(programmes.code, codes) : sql`false`;
}

async function findLoans(executor: Executor, actor: Actor, where: SQL | undefined): Promise<LoanRow[]> {
  return executor
    .select({
      application: loanApplications,
      enterpriseName: enterprises.name,
      bankName: organisations.name,
      programmeCode: programmes.code,
      programmeName: programmes.name,
    })
    .from(loanApplications)
    .innerJoin(enterprises, eq(enterprises.id, loanApplications.enterpriseId))
    .innerJoin(organisations, eq(organisations.id, loanApplications.bankOrgId))
    .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
    .where(and(await loanScope(executor, actor), eq(loanApplications.status, "SETTLED"), where));
}

// ——— The computation ———

/** The loans' actual annual rates as the bank recorded them with the loan contract (借款合同). */
async function loanRates(executor: Executor, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return new Map<string, string>();
  const rows = await executor
    .select({ applicationId: applicationContracts.applicationId, rate: applicationContracts.annualRate })
    .from(applicationContracts)
    .where(
      and(
        eq(applicationContracts.kind, "LOAN"),
        isNotNull(applicationContracts.annualRate),
        anyOf(applicationContracts.applicationId, applicationIds, "uuid"),
      ),
    );
  return new Map(rows.flatMap((row) => (row.rate === null ? [] : [[row.applicationId, row.rate]])));
}

/**
 * SPEC §3.2 from the bank's servicing events, by the programme version each loan was made under, with
 * the loan's actual rate where the programme caps the subsidy by it (重庆).
 */
async function computeLoans(executor: Executor, rows: readonly LoanRow[]): Promise<ComputedLoan[]> {
  const ids = rows.map((row) => row.application.id);
  const [positions, rates] = await Promise.all([positionsOf(executor, ids), loanRates(executor, ids)]);
  const configOf = programmeConfigs(executor);
  return Promise.all(
    rows.map(async (row) => {
      const position = positions.get(row.application.id) ?? loanPosition([]);
      const config = await configOf(row.application.programmeId, row.application.programmeVersion);
      const rate = rates.get(row.application.id);
      const subsidy = interestSubsidyOfLoan(
        config.interestSubsidy,
        position,
        rate ? exactDecimal(rate) : undefined,
      );
      return { ...row, position, subsidy };
    }),
  );
}

/** The live payment line paying each loan's subsidy, whoever started it, with its payment. */
async function liveLines(executor: Executor, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return new Map<string, LineWithPayment>();
  const rows = await executor
    .select({ line: fundPaymentLines, payment: fundPayments })
    .from(fundPaymentLines)
    .innerJoin(fundPayments, eq(fundPayments.id, fundPaymentLines.paymentId))
    .where(
      and(
        eq(fundPaymentLines.live, true),
        anyOf(fundPaymentLines.subject, applicationIds.map(interestSubsidySubject), "text"),
      ),
    );
  return new Map(rows.map((row) => [row.line.applicationId ?? "", row]));
}

interface LineWithPayment {
  line: typeof fundPaymentLines.$inferSelect;
  payment: typeof fundPayments.$inferSelect;
}

/** Each loan's claim that still stands (at most one: a unique index). */
async function standingClaims(executor: Executor, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return new Map<string, ClaimRow>();
  const rows = await executor
    .select()
    .from(interestSubsidyClaims)
    .where(
      and(
        anyOf(interestSubsidyClaims.applicationId, applicationIds, "uuid"),
        sql`${interestSubsidyClaims.status} <> 'WITHDRAWN'`,
      ),
    );
  return new Map(rows.map((row) => [row.applicationId, row]));
}

function statusOfClaim(claim: ClaimRow, held: LineWithPayment | undefined): ClaimStatus {
  return claimStatus({
    stored: claim.status as "SUBMITTED" | "WITHDRAWN",
    line: held ? { live: held.line.live, paid: held.line.paidAt !== null } : null,
    paymentStatus: (held?.payment.status as PaymentStatus | undefined) ?? null,
  });
}

function presentSubsidy(subsidy: LoanInterestSubsidy, day: string) {
  if (!subsidy.eligible) return { eligible: false as const, reason: subsidy.reason };
  return {
    eligible: true as const,
    amount: formatYuan(subsidy.amountFen),
    settledOn: subsidy.settledOn,
    // Both days inclusive, as people read a window; the domain's range is half-open.
    window: { opensOn: subsidy.window.from, closesOn: addDays(subsidy.window.to, -1) },
    windowState: windowState(subsidy.window, day),
    working: subsidy.working,
  };
}

function presentLoan(loan: ComputedLoan, day: string) {
  const { application, position } = loan;
  const termStart = position.effective.find((event) => event.type === "DISBURSEMENT")?.date ?? null;
  return {
    applicationId: application.id,
    enterprise: { id: application.enterpriseId, name: loan.enterpriseName },
    bank: { id: application.bankOrgId, name: loan.bankName },
    programme: { code: loan.programmeCode, name: loan.programmeName, version: application.programmeVersion },
    termMonths: application.termMonths,
    termStart,
    termEnd: termStart ? addMonths(termStart, application.termMonths) : null,
    disbursed: formatYuan(position.disbursedFen),
    outstanding: formatYuan(position.outstandingFen),
    interestPaid: formatYuan(position.interestPaidFen),
    everOverdue: position.everOverdue,
    settledOn: position.settledOn,
    subsidy: presentSubsidy(loan.subsidy, day),
  };
}

// ——— 免申即享: the guarantor's list of settled loans ———

export interface LoanFilter {
  windowState?: WindowState;
  /** Only loans nobody has claimed or put in a payment yet. */
  unclaimed?: boolean;
  page: number;
  pageSize: number;
}

/**
 * Every settled loan the caller may see with its computed subsidy and working, its window, and
 * whether it is claimed or already in a payment. Positions are derived from the events on each read,
 * so the list is computed in memory and then paged.
 */
export async function listLoans(db: Database, actor: Actor, filter: LoanFilter) {
  const day = today();
  const loans = await computeLoans(db, await findLoans(db, actor, undefined));
  const ids = loans.map((loan) => loan.application.id);
  const [claims, lines] = await Promise.all([standingClaims(db, ids), liveLines(db, ids)]);
  const items = loans
    .map((loan) => {
      const claim = claims.get(loan.application.id);
      const held = lines.get(loan.application.id);
      const { subsidy } = loan;
      const payable =
        subsidy.eligible && subsidy.amountFen > 0n && windowState(subsidy.window, day) === "OPEN";
      return {
        ...presentLoan(loan, day),
        claim: claim
          ? {
              id: claim.id,
              status: statusOfClaim(claim, claim.paymentLineId === held?.line.id ? held : undefined),
              appliedOn: claim.appliedOn,
              claimed: formatYuan(claim.claimedFen),
            }
          : null,
        payment: held ? presentHeld(held) : null,
        /** The enterprise may apply now, or the guarantor include it in a batch. */
        open: payable && !claim && !held,
      };
    })
    .filter(
      (item) =>
        !filter.windowState || (item.subsidy.eligible && item.subsidy.windowState === filter.windowState),
    )
    .filter((item) => !filter.unclaimed || (item.claim === null && item.payment === null))
    .sort(
      (a, b) =>
        (b.settledOn ?? "").localeCompare(a.settledOn ?? "") ||
        a.enterprise.name.localeCompare(b.enterprise.name),
    );
  const start = (filter.page - 1) * filter.pageSize;
  return {
    today: day,
    items: items.slice(start, start + filter.pageSize),
    total: items.length,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

function presentHeld({ line, payment }: LineWithPayment) {
  return {
    id: payment.id,
    title: payment.title,
    status: payment.status as PaymentStatus,
    lineNo: line.lineNo,
    amount: formatYuan(line.amountFen),
    paid: line.paidAt !== null,
  };
}

/** The payment lines of the loans, refused together with every reason, each naming its loan. */
function linesOf(loans: readonly ComputedLoan[], field: string, checkWindow: boolean) {
  const day = today();
  const issues: FieldError[] = [];
  const lines = loans.flatMap((loan, index) => {
    const name = `${loan.enterpriseName}(贷款 ${formatYuan(loan.position.disbursedFen)} 元)`;
    const refuse = (rule: string, why: string) => {
      issues.push({ field: `${field}.${index}`, rule, message: `${name}:${why}` });
      return [];
    };
    const { subsidy } = loan;
    if (!subsidy.eligible) return refuse("not-eligible", subsidy.reason);
    if (checkWindow && windowState(subsidy.window, day) !== "OPEN") {
      return refuse(
        "outside-application-window",
        `贴息申请期为${subsidy.window.from}至${addDays(subsidy.window.to, -1)},今天是${day} (outside the application window)`,
      );
    }
    if (subsidy.amountFen === 0n) return refuse("nothing-to-pay", "核定贴息金额为0 (the subsidy is zero)");
    return [
      {
        subject: interestSubsidySubject(loan.application.id),
        applicationId: loan.application.id,
        beneficiary: { enterpriseId: loan.application.enterpriseId, name: loan.enterpriseName },
        amountFen: subsidy.amountFen,
        working: subsidy.working,
      },
    ];
  });
  if (issues.length) {
    throw new AppError("validation", issues.map((issue) => issue.message).join(";"), issues);
  }
  return lines;
}

/** The one fund that pays for all the loans, which the caller must manage. */
async function payingFund(
  executor: Executor,
  actor: Actor,
  loans: readonly ComputedLoan[],
): Promise<FundRow> {
  const codes = [...new Set(loans.map((loan) => loan.programmeCode))];
  const paying = await Promise.all(codes.map((code) => fundOfProgramme(executor, code)));
  const [fund] = paying;
  if (!fund || paying.some((other) => other.id !== fund.id)) {
    throw AppError.validation(
      "applicationIds",
      "one-fund",
      "一次支付只能包含同一专项资金的贷款 (one payment pays from one fund)",
    );
  }
  if (fund.managerOrgId !== actor.orgId) {
    throw AppError.forbidden("只有受托管理该专项资金的担保机构可以发起贴息支付 (only the fund's manager)");
  }
  return fund;
}

/** A 409 naming every loan that is already claimed or already in a live payment. */
function alreadyTaken(
  loans: readonly ComputedLoan[],
  field: string,
  claims: Map<string, ClaimRow>,
  lines: Map<string, LineWithPayment>,
  claimsAllowed: boolean,
): void {
  const issues = loans.flatMap((loan, index): FieldError[] => {
    const held = lines.get(loan.application.id);
    if (held) {
      return [
        {
          field: `${field}.${index}`,
          rule: "already-in-payment",
          message: `${loan.enterpriseName}的贷款贴息已在支付申请“${held.payment.title}”中 (already in a live payment)`,
        },
      ];
    }
    if (!claimsAllowed && claims.has(loan.application.id)) {
      return [
        {
          field: `${field}.${index}`,
          rule: "already-claimed",
          message: `${loan.enterpriseName}已提交贴息申请,请在“企业申请”中核算 (the enterprise has applied: pay its claim)`,
        },
      ];
    }
    return [];
  });
  if (issues.length) {
    throw new AppError("conflict", issues.map((issue) => issue.message).join(";"), issues);
  }
}

/** createPayment's refusal when a line's subject was taken by a payment started at the same moment. */
function raced(error: unknown): never {
  if (error instanceof AppError && error.fieldErrors[0]?.rule === "already-claimed") {
    throw new AppError(
      "conflict",
      "其中有贷款的贴息刚被纳入另一笔支付申请,请刷新后重试 (a loan was just put in another payment: reload)",
      error.fieldErrors,
    );
  }
  throw error;
}

function duplicates(ids: readonly string[], field: string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id))
      throw AppError.validation(`${field}.${index}`, "unique", "同一项目不能重复选择 (listed twice)");
    seen.add(id);
  });
}

/** The rows for `ids` in the caller's scope, in the order asked; an unknown or unseen one is a 404. */
function inOrder<T>(ids: readonly string[], rows: readonly T[], idOf: (row: T) => string, what: string): T[] {
  const byId = new Map(rows.map((row) => [idOf(row), row]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) throw AppError.notFound(`${what} ${id}`);
    return row;
  });
}

function batchTitle(loans: readonly ComputedLoan[], source: string): string {
  const first = loans[0]?.enterpriseName ?? "";
  return `${yearOf(today())}年贷款贴息(${source}):${first}${loans.length > 1 ? `等${loans.length}户` : ""}`;
}

/**
 * 免申即享: the guarantor puts loans whose window is open into one payment without waiting for the
 * enterprises to apply. A loan that is not eligible, outside its window, claimed by its enterprise or
 * already in a payment is refused by name, and nothing is created.
 */
export async function startBatch(
  db: Database,
  actor: Actor,
  applicationIds: readonly string[],
  ip: string | null,
) {
  requireOrgType(actor, "GUARANTOR");
  requireRole(actor, "operator", "reviewer");
  duplicates(applicationIds, "applicationIds");
  const paymentId = await db.transaction(async (tx) => {
    const rows = await findLoans(tx, actor, anyOf(loanApplications.id, applicationIds, "uuid"));
    const loans = await computeLoans(
      tx,
      inOrder(applicationIds, rows, (row) => row.application.id, "贷款 (loan)"),
    );
    const fund = await payingFund(tx, actor, loans);
    const lines = linesOf(loans, "applicationIds", true);
    const [claims, held] = await Promise.all([
      standingClaims(tx, applicationIds),
      liveLines(tx, applicationIds),
    ]);
    alreadyTaken(loans, "applicationIds", claims, held, false);
    const id = await createPayment(tx, actor, {
      fund,
      kind: "INTEREST_SUBSIDY",
      title: batchTitle(loans, "免申即享"),
      year: yearOf(today()),
      lines,
    }).catch(raced);
    await recordAudit(tx, {
      actor,
      action: "interest-subsidy.batch",
      entityType: "fund-payment",
      entityId: id,
      after: { applicationIds, total: formatYuan(lines.reduce((sum, line) => sum + line.amountFen, 0n)) },
      ip,
    });
    return id;
  });
  return { paymentId };
}

// ——— The enterprise's 贴息表 ———

export interface ClaimFormFields {
  address: string;
  legalRepresentative: string;
  phone: string;
  contactName: string;
  contactPhone: string;
  /** 开户银行及账号 */
  bankAccount: string;
  /** 企业经营发展情况 */
  businessDevelopment: string;
  /** 企业申请意见 */
  enterpriseOpinion: string;
}

export interface ClaimInput {
  applicationId: string;
  /** 申请贴息金额, yuan. */
  claimed: string;
  form: ClaimFormFields;
}

/**
 * The enterprise applies for its own settled loan, within the window and with its vouchers attached.
 * A loan already in a 免申即享 payment needs no application; a second application for one loan is refused.
 */
export async function createClaim(db: Database, actor: Actor, input: ClaimInput, ip: string | null) {
  requireOrgType(actor, "ENTERPRISE");
  requireRole(actor, "operator", "reviewer");
  const claimedFen = parseYuan(input.claimed, ["claimed"]);
  assertPositiveFen(claimedFen, ["claimed"]);
  const id = await db.transaction(async (tx) => {
    const [row] = await findLoans(tx, actor, eq(loanApplications.id, input.applicationId));
    if (!row) throw AppError.notFound("已结清的贷款 (settled loan)");
    const [loan] = await computeLoans(tx, [row]);
    if (!loan) throw new Error(`loan ${input.applicationId} was not computed`);
    if (!loan.subsidy.eligible)
      throw AppError.validation("applicationId", "not-eligible", loan.subsidy.reason);
    const appliedOn = today();
    assertInWindow(loan.subsidy.window, appliedOn);
    const attached = await tx
      .selectDistinct({ kind: attachments.kind })
      .from(attachments)
      .where(
        and(
          eq(attachments.applicationId, input.applicationId),
          inArray(attachments.kind, [...INTEREST_SUBSIDY_VOUCHER_KINDS]),
        ),
      );
    assertVouchersAttached(attached.map((attachment) => attachment.kind));
    const held = await liveLines(tx, [input.applicationId]);
    alreadyTaken([loan], "applicationId", new Map(), held, true);
    const [claim] = await tx
      .insert(interestSubsidyClaims)
      .values({
        applicationId: input.applicationId,
        enterpriseId: row.application.enterpriseId,
        form: input.form,
        appliedOn,
        claimedFen,
        status: "SUBMITTED",
        createdBy: actor.userId,
      })
      .returning()
      .catch((error: unknown) => {
        if (pgErrorCode(error) !== "23505") throw error;
        throw new AppError("conflict", "该贷款已提交贴息申请,不能重复申请 (this loan has been applied for)", [
          { field: "applicationId", rule: "already-claimed", message: "该贷款已提交贴息申请" },
        ]);
      });
    if (!claim) throw new Error("claim insert returned nothing");
    await recordAudit(tx, {
      actor,
      action: "interest-subsidy.claim",
      entityType: "interest-subsidy-claim",
      entityId: claim.id,
      after: claim,
      ip,
    });
    return claim.id;
  });
  return getClaim(db, actor, id);
}

interface ClaimRecord {
  claim: ClaimRow;
  loan: ComputedLoan;
  held: LineWithPayment | undefined;
}

/** Claims the caller may see (those of loans in its scope), with their loans and payment lines. */
async function findClaims(executor: Executor, actor: Actor, where: SQL | undefined): Promise<ClaimRecord[]> {
  const claims = (
    await executor
      .select({ claim: interestSubsidyClaims })
      .from(interestSubsidyClaims)
      .innerJoin(loanApplications, eq(loanApplications.id, interestSubsidyClaims.applicationId))
      .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
      .where(and(await loanScope(executor, actor), where))
      .orderBy(desc(interestSubsidyClaims.createdAt))
  ).map((row) => row.claim);
  if (claims.length === 0) return [];
  const loans = await computeLoans(
    executor,
    await findLoans(
      executor,
      actor,
      anyOf(
        loanApplications.id,
        claims.map((claim) => claim.applicationId),
        "uuid",
      ),
    ),
  );
  const loanById = new Map(loans.map((loan) => [loan.application.id, loan]));
  const lineIds = claims.flatMap((claim) => (claim.paymentLineId ? [claim.paymentLineId] : []));
  const lines = lineIds.length
    ? await executor
        .select({ line: fundPaymentLines, payment: fundPayments })
        .from(fundPaymentLines)
        .innerJoin(fundPayments, eq(fundPayments.id, fundPaymentLines.paymentId))
        .where(anyOf(fundPaymentLines.id, lineIds, "uuid"))
    : [];
  const lineById = new Map(lines.map((row) => [row.line.id, row]));
  return claims.flatMap((claim) => {
    const loan = loanById.get(claim.applicationId);
    if (!loan) return [];
    return [{ claim, loan, held: claim.paymentLineId ? lineById.get(claim.paymentLineId) : undefined }];
  });
}

function presentClaim({ claim, loan, held }: ClaimRecord, day: string) {
  const computed = loan.subsidy.eligible ? loan.subsidy.amountFen : null;
  return {
    id: claim.id,
    version: claim.version,
    status: statusOfClaim(claim, held),
    appliedOn: claim.appliedOn,
    claimed: formatYuan(claim.claimedFen),
    /** Claimed less computed: what the guarantor's check would change (the computation decides). */
    difference: computed === null ? null : formatYuan(claim.claimedFen - computed),
    form: claim.form as ClaimFormFields,
    loan: presentLoan(loan, day),
    payment: held?.line.live ? presentHeld(held) : null,
    createdAt: claim.createdAt,
  };
}

export interface ClaimFilter {
  status?: ClaimStatus;
  page: number;
  pageSize: number;
}

export async function listClaims(db: Database, actor: Actor, filter: ClaimFilter) {
  const day = today();
  const items = (await findClaims(db, actor, undefined))
    .map((record) => presentClaim(record, day))
    .filter((claim) => !filter.status || claim.status === filter.status);
  const start = (filter.page - 1) * filter.pageSize;
  return {
    items: items.slice(start, start + filter.pageSize),
    total: items.length,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

async function requireClaim(executor: Executor, actor: Actor, id: string): Promise<ClaimRecord> {
  const [record] = await findClaims(executor, actor, eq(interestSubsidyClaims.id, id));
  if (!record) throw AppError.notFound("贴息申请 (interest subsidy claim)");
  return record;
}

/** The payment's guarantor opinion (市担保集团意见) and, when returned, the reason it came back. */
async function paymentDecisions(executor: Executor, held: LineWithPayment | undefined) {
  if (!held?.line.live) return { guarantorOpinion: null, returnedReason: null };
  const events = await executor
    .select({ event: fundPaymentEvents, orgName: organisations.name })
    .from(fundPaymentEvents)
    .innerJoin(organisations, eq(organisations.id, fundPaymentEvents.actorOrgId))
    .where(eq(fundPaymentEvents.paymentId, held.payment.id))
    .orderBy(asc(fundPaymentEvents.id));
  const submit = events.filter((row) => row.event.action === "submit").at(-1);
  const returned = events.filter((row) => row.event.toStatus === "RETURNED").at(-1);
  return {
    // The business day it was given (a pinned date prints as pinned), not the server's clock.
    guarantorOpinion: submit
      ? { text: submit.event.opinion ?? "", by: submit.orgName, date: submit.event.businessDate }
      : null,
    returnedReason:
      held.payment.status === "RETURNED" && returned
        ? { reason: returned.event.reason ?? "", by: returned.orgName, at: returned.event.at }
        : null,
  };
}

export async function getClaim(db: Database, actor: Actor, id: string) {
  const record = await requireClaim(db, actor, id);
  const presented = presentClaim(record, today());
  const own = actor.orgType === "ENTERPRISE" && actor.enterpriseId === record.claim.enterpriseId;
  return {
    ...presented,
    ...(await paymentDecisions(db, record.held)),
    mayWithdraw: own && claimWithdrawable(presented.status),
  };
}

/** The enterprise takes back a claim no payment holds (to correct it and apply again in the window). */
export async function withdrawClaim(
  db: Database,
  actor: Actor,
  id: string,
  version: number,
  ip: string | null,
) {
  requireOrgType(actor, "ENTERPRISE");
  requireRole(actor, "operator", "reviewer");
  await db.transaction(async (tx) => {
    const record = await requireClaim(tx, actor, id);
    const status = statusOfClaim(record.claim, record.held);
    if (!claimWithdrawable(status)) {
      throw new AppError(
        "conflict",
        "贴息申请已进入支付审核,不能撤回 (the claim is in a payment: it cannot be withdrawn)",
      );
    }
    const updated = await tx
      .update(interestSubsidyClaims)
      .set({ status: "WITHDRAWN", version: sql`${interestSubsidyClaims.version} + 1` })
      .where(and(eq(interestSubsidyClaims.id, id), eq(interestSubsidyClaims.version, version)))
      .returning({ id: interestSubsidyClaims.id });
    if (updated.length === 0) throw AppError.staleVersion();
    await recordAudit(tx, {
      actor,
      action: "interest-subsidy.withdraw",
      entityType: "interest-subsidy-claim",
      entityId: id,
      before: { status },
      after: { status: "WITHDRAWN" },
      ip,
    });
  });
  return getClaim(db, actor, id);
}

/**
 * The guarantor has computed and checked the claims and starts their payment: one line per claim at
 * the computed amount (the computation decides, not the amount applied for), each claim then following
 * its line through the chain.
 */
export async function startClaimPayment(
  db: Database,
  actor: Actor,
  claimIds: readonly string[],
  ip: string | null,
) {
  requireOrgType(actor, "GUARANTOR");
  requireRole(actor, "operator", "reviewer");
  duplicates(claimIds, "claimIds");
  const paymentId = await db.transaction(async (tx) => {
    const records = inOrder(
      claimIds,
      await findClaims(tx, actor, anyOf(interestSubsidyClaims.id, claimIds, "uuid")),
      (record) => record.claim.id,
      "贴息申请 (claim)",
    );
    const issues = records.flatMap(({ claim, loan, held }, index): FieldError[] => {
      const status = statusOfClaim(claim, held);
      return status === "SUBMITTED"
        ? []
        : [
            {
              field: `claimIds.${index}`,
              rule: "not-awaiting-accounting",
              message: `${loan.enterpriseName}的贴息申请状态为${status},不能再发起支付 (not awaiting accounting)`,
            },
          ];
    });
    if (issues.length) throw new AppError("conflict", issues.map((issue) => issue.message).join(";"), issues);
    const loans = records.map((record) => record.loan);
    const fund = await payingFund(tx, actor, loans);
    // The enterprise applied within its window; the guarantor computes after it.
    const lines = linesOf(loans, "claimIds", false);
    alreadyTaken(
      loans,
      "claimIds",
      new Map(),
      await liveLines(
        tx,
        loans.map((loan) => loan.application.id),
      ),
      true,
    );
    const id = await createPayment(tx, actor, {
      fund,
      kind: "INTEREST_SUBSIDY",
      title: batchTitle(loans, "企业申请"),
      year: yearOf(today()),
      lines,
    }).catch(raced);
    const created = await tx
      .select({ id: fundPaymentLines.id, applicationId: fundPaymentLines.applicationId })
      .from(fundPaymentLines)
      .where(eq(fundPaymentLines.paymentId, id));
    const lineOf = new Map(created.map((line) => [line.applicationId, line.id]));
    for (const { claim } of records) {
      await tx
        .update(interestSubsidyClaims)
        .set({
          paymentLineId: lineOf.get(claim.applicationId),
          version: sql`${interestSubsidyClaims.version} + 1`,
        })
        .where(eq(interestSubsidyClaims.id, claim.id));
    }
    await recordAudit(tx, {
      actor,
      action: "interest-subsidy.claim-payment",
      entityType: "fund-payment",
      entityId: id,
      after: { claimIds },
      ip,
    });
    return id;
  });
  return { paymentId };
}

/** The filled 贴息表 (seed 002 附件2) of a claim the caller may see. */
export async function claimFormData(
  db: Database,
  actor: Actor,
  id: string,
): Promise<InterestSubsidyFormData> {
  const record = await requireClaim(db, actor, id);
  const { claim, loan } = record;
  const form = claim.form as ClaimFormFields;
  const presented = presentLoan(loan, today());
  const { guarantorOpinion } = await paymentDecisions(db, record.held);
  return {
    formDate: claim.appliedOn,
    enterpriseName: loan.enterpriseName,
    address: form.address,
    legalRepresentative: form.legalRepresentative,
    phone: form.phone,
    contactName: form.contactName,
    contactPhone: form.contactPhone,
    bankAccount: form.bankAccount,
    loanAmountFen: loan.position.disbursedFen,
    loanStart: presented.termStart,
    loanEnd: presented.termEnd,
    outstandingFen: loan.position.outstandingFen,
    settledOn: loan.position.settledOn,
    interestPaidFen: loan.position.interestPaidFen,
    claimedFen: claim.claimedFen,
    businessDevelopment: form.businessDevelopment,
    enterpriseOpinion: { text: form.enterpriseOpinion, by: loan.enterpriseName, date: claim.appliedOn },
    guarantorOpinion,
  };
}
