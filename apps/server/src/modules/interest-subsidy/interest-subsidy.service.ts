import {
  addDays,
  addMonths,
  type ClaimStatus,
  claimStatus,
  exactDecimal,
  formatYuan,
  INTEREST_SUBSIDY_SUBJECT_PREFIX,
  interestSubsidyOfLoan,
  interestSubsidyPayability,
  interestSubsidyRequirements,
  interestSubsidySubject,
  type LoanInterestSubsidy,
  type LoanPosition,
  loanPosition,
  type PaymentStatus,
  paymentTitle,
  settledOnWithWindowState,
  type Term,
  type WindowState,
  windowState,
  yearOf,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { isPlatformAdmin, requireOrgType, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError, type FieldIssue, issuesText } from "../../platform/errors";
import { positionsOf, programmeConfigs } from "../applications/loan-positions.service";
import { type FundRow, fundOfProgramme, fundScope } from "../ledger/funds.service";
import { createPayment } from "../payments/payments.service";
import type { ClaimRow, LineWithPayment, LoanRow, SubsidyLoanScope } from "./interest-subsidy.repository";
import * as repo from "./interest-subsidy.repository";

/** A loan with its position and its subsidy, judged by the programme version it was made under. */
export interface ComputedLoan extends LoanRow {
  position: LoanPosition;
  subsidy: LoanInterestSubsidy;
}

// ——— Who sees what ———

/**
 * Loans whose subsidy the caller may see: the enterprise its own; the guarantor that manages a fund,
 * and that fund's bureaus and city government, the loans of the fund's programmes; the platform's
 * operator all. Everyone else none (a bank has no part in the subsidy).
 */
export function loanScope(actor: Actor): SubsidyLoanScope {
  if (isPlatformAdmin(actor)) return { kind: "all" };
  if (actor.orgType === "ENTERPRISE") return { kind: "enterprise", enterpriseId: actor.enterpriseId };
  return { kind: "funds", funds: fundScope(actor) };
}

// ——— The computation ———

/**
 * SPEC §3.2 from the bank's servicing events, by the programme version each loan was made under, with
 * the loan's actual rate where the programme caps the subsidy by it (重庆).
 */
async function computeLoans(executor: Executor, rows: readonly LoanRow[]): Promise<ComputedLoan[]> {
  const ids = rows.map((row) => row.application.id);
  const [positions, rates] = await Promise.all([positionsOf(executor, ids), repo.loanRates(executor, ids)]);
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

/** The settled loans of `applicationIds` the caller may see, computed. */
export async function computedLoans(
  executor: Executor,
  actor: Actor,
  applicationIds: readonly string[],
): Promise<ComputedLoan[]> {
  return computeLoans(executor, await repo.findSettledLoans(executor, loanScope(actor), applicationIds));
}

/** The live payment line paying each loan's subsidy, whoever started it, with its payment. */
export function liveLines(executor: Executor, applicationIds: readonly string[]) {
  return repo.liveLines(executor, applicationIds.map(interestSubsidySubject));
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

export function presentLoan(loan: ComputedLoan, day: string) {
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

export function presentHeld({ line, payment }: LineWithPayment) {
  return {
    id: payment.id,
    title: paymentTitle(payment),
    status: payment.status as PaymentStatus,
    lineNo: line.lineNo,
    amount: formatYuan(line.amountFen),
    paid: line.paidAt !== null,
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
 * One page of the settled loans the caller may see with their computed subsidy and working, window,
 * and whether each is claimed or already in a payment. The query pages by the stored settlement day
 * (and filters by window and claims), so only the page's loans are derived from their events.
 */
export async function listLoans(db: Database, actor: Actor, filter: LoanFilter) {
  const day = today();
  const scope = loanScope(actor);
  const { rows, total } = await repo.pageOfSettledLoans(db, scope, {
    ...(filter.unclaimed && { unclaimedSubjectPrefix: INTEREST_SUBSIDY_SUBJECT_PREFIX }),
    ...(filter.windowState && { windows: await versionWindows(db, scope, filter.windowState, day) }),
    limit: filter.pageSize,
    offset: (filter.page - 1) * filter.pageSize,
  });
  const loans = await computeLoans(db, rows);
  const ids = loans.map((loan) => loan.application.id);
  const [claims, lines] = await Promise.all([repo.standingClaims(db, ids), liveLines(db, ids)]);
  const items = loans.map((loan) => {
    const claim = claims.get(loan.application.id);
    const held = lines.get(loan.application.id);
    const { payable } = interestSubsidyPayability(loan.subsidy, day);
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
  });
  return { today: day, items, total, page: filter.page, pageSize: filter.pageSize };
}

/**
 * For each programme version of the settled loans in the scope, which of them are eligible with their
 * window in `state` on `day`: the settlement days (the window follows from them) and what eligibility
 * requires of the loan, by the version's rule.
 */
async function versionWindows(
  executor: Executor,
  scope: SubsidyLoanScope,
  state: WindowState,
  day: string,
): Promise<repo.VersionWindow[]> {
  const configOf = programmeConfigs(executor);
  return Promise.all(
    (await repo.settledVersions(executor, scope)).map(async ({ programmeId, version }) => {
      const rule = (await configOf(programmeId, version)).interestSubsidy;
      const settled = settledOnWithWindowState(rule, state, day);
      return {
        programmeId,
        version,
        settledFrom: settled.from,
        settledBefore: settled.to,
        ...interestSubsidyRequirements(rule),
      };
    }),
  );
}

export function statusOfClaim(claim: ClaimRow, held: LineWithPayment | undefined): ClaimStatus {
  return claimStatus({
    stored: claim.status as "SUBMITTED" | "WITHDRAWN",
    line: held ? { live: held.line.live, paid: held.line.paidAt !== null } : null,
    paymentStatus: (held?.payment.status as PaymentStatus | undefined) ?? null,
  });
}

/** The payment lines of the loans, refused together with every reason, each naming its loan. */
export function linesOf(loans: readonly ComputedLoan[], field: string, checkWindow: boolean) {
  const day = today();
  const issues: FieldIssue[] = [];
  const lines = loans.flatMap((loan, index) => {
    const name = `${loan.enterpriseName}(贷款 ${formatYuan(loan.position.disbursedFen)} 元)`;
    const payability = interestSubsidyPayability(loan.subsidy, day, { window: checkWindow });
    if (!payability.payable) {
      const { rule, reason } = payability;
      issues.push({
        field: `${field}.${index}`,
        rule,
        message: { zh: `${name}:${reason.zh}`, en: `${loan.enterpriseName}: ${reason.en}` },
      });
      return [];
    }
    return [
      {
        subject: interestSubsidySubject(loan.application.id),
        applicationId: loan.application.id,
        beneficiary: { enterpriseId: loan.application.enterpriseId, name: loan.enterpriseName },
        amountFen: payability.amountFen,
        working: payability.working,
      },
    ];
  });
  if (issues.length) {
    throw new AppError("validation", issuesText(issues), issues);
  }
  return lines;
}

/** The one fund that pays for all the loans, which the caller must manage. */
export async function payingFund(
  executor: Executor,
  actor: Actor,
  loans: readonly ComputedLoan[],
): Promise<FundRow> {
  const codes = [...new Set(loans.map((loan) => loan.programmeCode))];
  const paying = await Promise.all(codes.map((code) => fundOfProgramme(executor, code)));
  const [fund] = paying;
  if (!fund || paying.some((other) => other.id !== fund.id)) {
    throw AppError.validation("applicationIds", "one-fund", {
      zh: "一次支付只能包含同一专项资金的贷款",
      en: "One payment pays from one fund",
    });
  }
  if (fund.managerOrgId !== actor.orgId) {
    throw AppError.forbidden({
      zh: "只有受托管理该专项资金的担保机构可以发起贴息支付",
      en: "Only the fund's manager",
    });
  }
  return fund;
}

/** A 409 naming every loan that is already claimed or already in a live payment. */
export function alreadyTaken(
  loans: readonly ComputedLoan[],
  field: string,
  claims: Map<string, ClaimRow>,
  lines: Map<string, LineWithPayment>,
  claimsAllowed: boolean,
): void {
  const issues = loans.flatMap((loan, index): FieldIssue[] => {
    const held = lines.get(loan.application.id);
    if (held) {
      return [
        {
          field: `${field}.${index}`,
          rule: "already-in-payment",
          message: {
            zh: `${loan.enterpriseName}的贷款贴息已在支付申请“${held.payment.title}”中`,
            en: "Already in a live payment",
          },
        },
      ];
    }
    if (!claimsAllowed && claims.has(loan.application.id)) {
      return [
        {
          field: `${field}.${index}`,
          rule: "already-claimed",
          message: {
            zh: `${loan.enterpriseName}已提交贴息申请,请在“企业申请”中核算`,
            en: "The enterprise has applied: pay its claim",
          },
        },
      ];
    }
    return [];
  });
  if (issues.length) {
    throw new AppError("conflict", issuesText(issues), issues);
  }
}

/** createPayment's refusal when a line's subject was taken by a payment started at the same moment. */
export function raced(error: unknown): never {
  if (error instanceof AppError && error.fieldErrors[0]?.rule === "already-claimed") {
    throw new AppError(
      "conflict",
      {
        zh: "其中有贷款的贴息刚被纳入另一笔支付申请,请刷新后重试",
        en: "A loan was just put in another payment: reload",
      },
      error.fieldErrors,
    );
  }
  throw error;
}

export function duplicates(ids: readonly string[], field: string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id))
      throw AppError.validation(`${field}.${index}`, "unique", {
        zh: "同一项目不能重复选择",
        en: "Listed twice",
      });
    seen.add(id);
  });
}

/** The rows for `ids` in the caller's scope, in the order asked; an unknown or unseen one is a 404. */
export function inOrder<T>(
  ids: readonly string[],
  rows: readonly T[],
  idOf: (row: T) => string,
  what: Term,
): T[] {
  const byId = new Map(rows.map((row) => [idOf(row), row]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) throw AppError.notFound({ zh: `${what.zh} ${id}`, en: `${what.en} ${id}` });
    return row;
  });
}

export function batchTitle(loans: readonly ComputedLoan[], source: Term): Term {
  const first = loans[0]?.enterpriseName ?? "";
  const year = yearOf(today());
  return {
    zh: `${year}年贷款贴息(${source.zh}):${first}${loans.length > 1 ? `等${loans.length}户` : ""}`,
    en: `Interest subsidy ${year} (${source.en}): ${first}${loans.length > 1 ? ` and ${loans.length - 1} more` : ""}`,
  };
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
    const loans = inOrder(
      applicationIds,
      await computedLoans(tx, actor, applicationIds),
      (loan) => loan.application.id,
      { zh: "贷款", en: "Loan" },
    );
    const fund = await payingFund(tx, actor, loans);
    const lines = linesOf(loans, "applicationIds", true);
    const [claims, held] = await Promise.all([
      repo.standingClaims(tx, applicationIds),
      liveLines(tx, applicationIds),
    ]);
    alreadyTaken(loans, "applicationIds", claims, held, false);
    const id = await createPayment(tx, actor, {
      fund,
      kind: "INTEREST_SUBSIDY",
      title: batchTitle(loans, { zh: "免申即享", en: "paid without application" }),
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
