import { and, asc, count, desc, eq, inArray, isNotNull, or, type SQL, sql } from "drizzle-orm";
import { anyOf } from "../../db/any-of";
import type { Executor } from "../../db/client";
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
  loanSettlements,
  organisations,
  programmes,
} from "../../db/schema";
import { type FundScope, fundScopeCondition } from "../../db/scopes";

export type ApplicationRow = typeof loanApplications.$inferSelect;
export type ClaimRow = typeof interestSubsidyClaims.$inferSelect;

/** A settled loan with the names shown beside it. */
export interface LoanRow {
  application: ApplicationRow;
  enterpriseName: string;
  bankName: string;
  programmeCode: string;
  programmeName: string;
}

/** A payment line with the payment it belongs to. */
export interface LineWithPayment {
  line: typeof fundPaymentLines.$inferSelect;
  payment: typeof fundPayments.$inferSelect;
}

/**
 * Whose loans' subsidies the caller may see, as a query shape (decided by the service): all; one
 * enterprise's own; or those of the programmes the funds in a fund scope pay for.
 */
export type SubsidyLoanScope =
  | { kind: "all" }
  | { kind: "enterprise"; enterpriseId: string | null }
  | { kind: "funds"; funds: FundScope };

/** A condition on loan_applications joined to programmes (undefined: every loan). */
async function scopeCondition(executor: Executor, scope: SubsidyLoanScope): Promise<SQL | undefined> {
  switch (scope.kind) {
    case "all":
      return undefined;
    case "enterprise":
      return scope.enterpriseId ? eq(loanApplications.enterpriseId, scope.enterpriseId) : sql`false`;
    case "funds": {
      const visible = await executor
        .select({ programmeCodes: funds.programmeCodes })
        .from(funds)
        .where(fundScopeCondition(scope.funds));
      const codes = visible.flatMap((fund) => fund.programmeCodes);
      return codes.length ? inArray(programmes.code, codes) : sql`false`;
    }
  }
}

/** The settled loans of `applicationIds` in the scope. */
export async function findSettledLoans(
  executor: Executor,
  scope: SubsidyLoanScope,
  applicationIds: readonly string[],
): Promise<LoanRow[]> {
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
    .where(
      and(
        await scopeCondition(executor, scope),
        eq(loanApplications.status, "SETTLED"),
        anyOf(loanApplications.id, applicationIds, "uuid"),
      ),
    );
}

/** Settled loans of one programme version whose window is in the state asked, and that are eligible. */
export interface VersionWindow {
  programmeId: string;
  version: number;
  /** Settled on or after (null: any day before `settledBefore`). */
  settledFrom: string | null;
  /** Settled before (null: any day from `settledFrom`). */
  settledBefore: string | null;
  /** Only loans never overdue. */
  neverOverdue: boolean;
  /** Only loans whose loan contract records the actual rate. */
  actualRate: boolean;
}

export interface SettledLoanQuery {
  /** Only loans with no standing claim and no live payment line named `${prefix}<loan id>`. */
  unclaimedSubjectPrefix?: string;
  /** Only loans matching one of these. */
  windows?: readonly VersionWindow[];
  limit: number;
  offset: number;
}

const hasLoanRate = sql`exists (select 1 from ${applicationContracts} where ${applicationContracts.applicationId} = ${loanApplications.id} and ${applicationContracts.kind} = 'LOAN' and ${applicationContracts.annualRate} is not null)`;

function windowCondition(window: VersionWindow): SQL | undefined {
  return and(
    eq(loanApplications.programmeId, window.programmeId),
    eq(loanApplications.programmeVersion, window.version),
    window.settledFrom === null ? undefined : sql`${loanSettlements.settledOn} >= ${window.settledFrom}`,
    window.settledBefore === null ? undefined : sql`${loanSettlements.settledOn} < ${window.settledBefore}`,
    window.neverOverdue ? eq(loanSettlements.everOverdue, false) : undefined,
    window.actualRate ? hasLoanRate : undefined,
  );
}

/**
 * One page of the settled loans in the scope, latest settled first (then by enterprise), and how many
 * there are: the settlement day is stored (loan_settlements, a row for every loan its events settle),
 * so nothing is derived to page.
 */
export async function pageOfSettledLoans(
  executor: Executor,
  scope: SubsidyLoanScope,
  query: SettledLoanQuery,
): Promise<{ rows: LoanRow[]; total: number }> {
  const prefix = query.unclaimedSubjectPrefix;
  const where = and(
    await scopeCondition(executor, scope),
    eq(loanApplications.status, "SETTLED"),
    prefix === undefined
      ? undefined
      : and(
          sql`not exists (select 1 from ${interestSubsidyClaims} where ${interestSubsidyClaims.applicationId} = ${loanApplications.id} and ${interestSubsidyClaims.status} <> 'WITHDRAWN')`,
          sql`not exists (select 1 from ${fundPaymentLines} where ${fundPaymentLines.live} and ${fundPaymentLines.subject} = ${prefix} || ${loanApplications.id}::text)`,
        ),
    query.windows === undefined ? undefined : (or(...query.windows.map(windowCondition)) ?? sql`false`),
  );
  // The page's keys first, sorted narrow (a deep page sorts every loan in scope), then its rows.
  const page = executor.$with("page").as(
    executor
      .select({ id: loanApplications.id, settledOn: loanSettlements.settledOn, name: enterprises.name })
      .from(loanSettlements)
      .innerJoin(loanApplications, eq(loanApplications.id, loanSettlements.applicationId))
      .innerJoin(enterprises, eq(enterprises.id, loanApplications.enterpriseId))
      .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
      .where(where)
      // Walks the settlement-day index from the latest and stops at the page (by name within a day).
      .orderBy(desc(loanSettlements.settledOn), asc(enterprises.name), asc(loanApplications.id))
      .limit(query.limit)
      .offset(query.offset),
  );
  const [rows, [total]] = await Promise.all([
    executor
      .with(page)
      .select({
        application: loanApplications,
        enterpriseName: page.name,
        bankName: organisations.name,
        programmeCode: programmes.code,
        programmeName: programmes.name,
      })
      .from(page)
      .innerJoin(loanApplications, eq(loanApplications.id, page.id))
      .innerJoin(organisations, eq(organisations.id, loanApplications.bankOrgId))
      .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
      .orderBy(desc(page.settledOn), asc(page.name), asc(loanApplications.id)),
    executor
      .select({ n: count() })
      .from(loanSettlements)
      .innerJoin(loanApplications, eq(loanApplications.id, loanSettlements.applicationId))
      .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The programme versions the settled loans in the scope were made under. */
export async function settledVersions(
  executor: Executor,
  scope: SubsidyLoanScope,
): Promise<{ programmeId: string; version: number }[]> {
  return executor
    .selectDistinct({ programmeId: loanApplications.programmeId, version: loanApplications.programmeVersion })
    .from(loanApplications)
    .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
    .where(and(await scopeCondition(executor, scope), eq(loanApplications.status, "SETTLED")));
}

/** The loans' actual annual rates as the bank recorded them with the loan contract (借款合同). */
export async function loanRates(executor: Executor, applicationIds: readonly string[]) {
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

/** The live payment line naming each of `subjects`, whoever started it, with its payment, by loan. */
export async function liveLines(executor: Executor, subjects: readonly string[]) {
  if (subjects.length === 0) return new Map<string, LineWithPayment>();
  const rows = await executor
    .select({ line: fundPaymentLines, payment: fundPayments })
    .from(fundPaymentLines)
    .innerJoin(fundPayments, eq(fundPayments.id, fundPaymentLines.paymentId))
    .where(and(eq(fundPaymentLines.live, true), anyOf(fundPaymentLines.subject, subjects, "text")));
  return new Map(rows.map((row) => [row.line.applicationId ?? "", row]));
}

/** Payment lines by id, with their payments. */
export async function linesById(executor: Executor, lineIds: readonly string[]) {
  if (lineIds.length === 0) return new Map<string, LineWithPayment>();
  const rows = await executor
    .select({ line: fundPaymentLines, payment: fundPayments })
    .from(fundPaymentLines)
    .innerJoin(fundPayments, eq(fundPayments.id, fundPaymentLines.paymentId))
    .where(anyOf(fundPaymentLines.id, lineIds, "uuid"));
  return new Map(rows.map((row) => [row.line.id, row]));
}

/** The lines of a payment: which loan each pays. */
export async function paymentLines(executor: Executor, paymentId: string) {
  return executor
    .select({ id: fundPaymentLines.id, applicationId: fundPaymentLines.applicationId })
    .from(fundPaymentLines)
    .where(eq(fundPaymentLines.paymentId, paymentId));
}

/** A payment's history, oldest first, with the name of each step's organisation. */
export async function paymentEvents(executor: Executor, paymentId: string) {
  return executor
    .select({ event: fundPaymentEvents, orgName: organisations.name })
    .from(fundPaymentEvents)
    .innerJoin(organisations, eq(organisations.id, fundPaymentEvents.actorOrgId))
    .where(eq(fundPaymentEvents.paymentId, paymentId))
    .orderBy(asc(fundPaymentEvents.id));
}

/** Each loan's claim that still stands (at most one: a unique index). */
export async function standingClaims(executor: Executor, applicationIds: readonly string[]) {
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

/** The kinds among `kinds` of the files attached to an application. */
export async function attachedKinds(
  executor: Executor,
  applicationId: string,
  kinds: readonly string[],
): Promise<string[]> {
  const rows = await executor
    .selectDistinct({ kind: attachments.kind })
    .from(attachments)
    .where(and(eq(attachments.applicationId, applicationId), inArray(attachments.kind, [...kinds])));
  return rows.map((row) => row.kind);
}

/** Inserts a claim; a second standing claim for the loan fails on the unique index (23505). */
export async function insertClaim(
  executor: Executor,
  values: typeof interestSubsidyClaims.$inferInsert,
): Promise<ClaimRow> {
  const [row] = await executor.insert(interestSubsidyClaims).values(values).returning();
  if (!row) throw new Error("claim insert returned nothing");
  return row;
}

/** Claims of loans in the scope, newest first: all of them or those of `claimIds`. */
export async function findClaims(
  executor: Executor,
  scope: SubsidyLoanScope,
  claimIds?: readonly string[],
): Promise<ClaimRow[]> {
  const rows = await executor
    .select({ claim: interestSubsidyClaims })
    .from(interestSubsidyClaims)
    .innerJoin(loanApplications, eq(loanApplications.id, interestSubsidyClaims.applicationId))
    .innerJoin(programmes, eq(programmes.id, loanApplications.programmeId))
    .where(
      and(
        await scopeCondition(executor, scope),
        claimIds ? anyOf(interestSubsidyClaims.id, claimIds, "uuid") : undefined,
      ),
    )
    .orderBy(desc(interestSubsidyClaims.createdAt));
  return rows.map((row) => row.claim);
}

/** Withdraws a claim at `version`; false when another change came first. */
export async function withdrawClaim(executor: Executor, id: string, version: number): Promise<boolean> {
  const updated = await executor
    .update(interestSubsidyClaims)
    .set({ status: "WITHDRAWN", version: sql`${interestSubsidyClaims.version} + 1` })
    .where(and(eq(interestSubsidyClaims.id, id), eq(interestSubsidyClaims.version, version)))
    .returning({ id: interestSubsidyClaims.id });
  return updated.length > 0;
}

/** Records the payment line a claim was put in. */
export async function setClaimLine(executor: Executor, claimId: string, lineId: string | undefined) {
  await executor
    .update(interestSubsidyClaims)
    .set({ paymentLineId: lineId, version: sql`${interestSubsidyClaims.version} + 1` })
    .where(eq(interestSubsidyClaims.id, claimId));
}
