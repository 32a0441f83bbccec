import { and, eq, inArray, lte, ne, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import {
  applicationEvents,
  defaultCases,
  fundPaymentLines,
  fundPayments,
  fundPostings,
  loanApplications,
  loanEvents,
  organisations,
  programmes,
  recoveries,
} from "../../db/schema";

// The monthly report reads the facts of every context (applications, loans, payments, cases,
// recoveries) for one programme; it only reads, so it reads their tables directly.

export type ProgrammeRow = typeof programmes.$inferSelect;

export async function findProgrammeByCode(executor: Executor, code: string): Promise<ProgrammeRow | null> {
  const [row] = await executor.select().from(programmes).where(eq(programmes.code, code));
  return row ?? null;
}

const inProgramme = (programmeId: string) => eq(loanApplications.programmeId, programmeId);

/** Every application of the programme, with its bank, guarantor and day of submission. */
export async function applicationsOf(executor: Executor, programmeId: string) {
  return executor
    .select({
      id: loanApplications.id,
      bankOrgId: loanApplications.bankOrgId,
      guarantorOrgId: loanApplications.guarantorOrgId,
      submittedOn: loanApplications.submittedOn,
    })
    .from(loanApplications)
    .where(inProgramme(programmeId));
}

/**
 * For each application of the programme that reached one of `statuses`, the first time it did by a
 * history entry other than `exceptAction` (null when only such entries took it there).
 */
export async function approvalsOf(
  executor: Executor,
  programmeId: string,
  { statuses, exceptAction }: { statuses: readonly string[]; exceptAction: string },
) {
  return executor
    .select({
      applicationId: applicationEvents.applicationId,
      decidedAt: sql<Date | null>`min(${applicationEvents.at}) filter (where ${applicationEvents.action} <> ${exceptAction})`,
    })
    .from(applicationEvents)
    .innerJoin(loanApplications, eq(loanApplications.id, applicationEvents.applicationId))
    .where(and(inProgramme(programmeId), inArray(applicationEvents.toStatus, [...statuses])))
    .groupBy(applicationEvents.applicationId);
}

/** The bank's loan events of the programme's loans, reversed ones and reversals included. */
export async function loanEventsOf(executor: Executor, programmeId: string) {
  return executor
    .select({
      id: loanEvents.id,
      applicationId: loanEvents.applicationId,
      type: loanEvents.type,
      date: loanEvents.occurredOn,
      amountFen: loanEvents.amountFen,
      reverses: loanEvents.reverses,
    })
    .from(loanEvents)
    .innerJoin(loanApplications, eq(loanApplications.id, loanEvents.applicationId))
    .where(inProgramme(programmeId));
}

/** The payment lines for the programme's loans the fund paid (PAYMENT_PAID postings) up to `upTo`. */
export async function paidLinesOf(executor: Executor, programmeId: string, upTo: string) {
  return executor
    .select({
      applicationId: fundPaymentLines.applicationId,
      date: fundPostings.effectiveOn,
      kind: fundPayments.kind,
      amountFen: fundPaymentLines.amountFen,
    })
    .from(fundPostings)
    .innerJoin(fundPaymentLines, eq(fundPaymentLines.id, fundPostings.paymentLineId))
    .innerJoin(fundPayments, eq(fundPayments.id, fundPaymentLines.paymentId))
    .innerJoin(loanApplications, eq(loanApplications.id, fundPaymentLines.applicationId))
    .where(
      and(
        inProgramme(programmeId),
        eq(fundPostings.kind, "PAYMENT_PAID"),
        lte(fundPostings.effectiveOn, upTo),
      ),
    );
}

/** The default cases of the programme's loans claimed up to `upTo`, but those in `exceptStatus`. */
export async function defaultCasesOf(
  executor: Executor,
  programmeId: string,
  upTo: string,
  exceptStatus: string,
) {
  return executor
    .select({
      applicationId: defaultCases.applicationId,
      date: defaultCases.claimedOn,
      lossFen: defaultCases.lossFen,
    })
    .from(defaultCases)
    .innerJoin(loanApplications, eq(loanApplications.id, defaultCases.applicationId))
    .where(
      and(inProgramme(programmeId), lte(defaultCases.claimedOn, upTo), ne(defaultCases.status, exceptStatus)),
    );
}

/** The recoveries on the programme's default cases up to `upTo` (reversals are negative recoveries). */
export async function recoveriesOf(executor: Executor, programmeId: string, upTo: string) {
  return executor
    .select({
      applicationId: defaultCases.applicationId,
      date: recoveries.recoveredOn,
      amountFen: recoveries.amountFen,
    })
    .from(recoveries)
    .innerJoin(defaultCases, eq(defaultCases.id, recoveries.defaultCaseId))
    .innerJoin(loanApplications, eq(loanApplications.id, defaultCases.applicationId))
    .where(and(inProgramme(programmeId), lte(recoveries.recoveredOn, upTo)));
}

/** Organisation names by id. */
export async function organisationNames(executor: Executor, ids: readonly string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await executor
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, [...ids]));
  return new Map(rows.map((org) => [org.id, org.name]));
}
