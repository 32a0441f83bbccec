import { and, eq, gte, inArray, isNull, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import { applicationEvents, loanApplications, loanEvents } from "../../db/schema";

// The SQL of what the loan programmes tell monitoring (issue 15); who may read it is decided by monitoring.

const BANK_DECISIONS = ["bank-approve", "bank-reject"];

/**
 * Each bank decision from `from` to `to` of the banks given, with the business days from the
 * application's first submission to it.
 */
export async function bankReviewFacts(executor: Executor, bankOrgIds: string[], from: string, to: string) {
  if (bankOrgIds.length === 0) return [];
  const submitted = sql`(select min(s.business_date) from application_events s
    where s.application_id = ${applicationEvents.applicationId} and s.action = 'submit')`;
  return executor
    .select({
      bankOrgId: loanApplications.bankOrgId,
      reviewDays: sql<number | null>`(${applicationEvents.businessDate} - ${submitted})`.mapWith((value) =>
        value === null ? null : Number(value),
      ),
    })
    .from(applicationEvents)
    .innerJoin(loanApplications, eq(loanApplications.id, applicationEvents.applicationId))
    .where(
      and(
        inArray(loanApplications.bankOrgId, bankOrgIds),
        eq(applicationEvents.actorOrgId, loanApplications.bankOrgId),
        inArray(applicationEvents.action, BANK_DECISIONS),
        gte(applicationEvents.businessDate, from),
        lte(applicationEvents.businessDate, to),
      ),
    );
}

const reversal = alias(loanEvents, "reversal");

/** The programme loans the banks given disbursed from `from` to `to`: one row per disbursement not reversed. */
export async function disbursementsOf(executor: Executor, bankOrgIds: string[], from: string, to: string) {
  if (bankOrgIds.length === 0) return [];
  return executor
    .select({ applicationId: loanEvents.applicationId, amountFen: loanEvents.amountFen })
    .from(loanEvents)
    .innerJoin(loanApplications, eq(loanApplications.id, loanEvents.applicationId))
    .leftJoin(reversal, eq(reversal.reverses, loanEvents.id))
    .where(
      and(
        inArray(loanApplications.bankOrgId, bankOrgIds),
        eq(loanEvents.type, "DISBURSEMENT"),
        isNull(loanEvents.reverses),
        isNull(reversal.id),
        gte(loanEvents.occurredOn, from),
        lte(loanEvents.occurredOn, to),
      ),
    );
}
