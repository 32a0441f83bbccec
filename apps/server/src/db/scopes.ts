import { and, eq, ne, type SQL, sql } from "drizzle-orm";
import { funds, loanApplications, programmes } from "./schema";

// Visibility shared by every context that reads applications (their servicing, subsidies, default
// cases): services decide a scope as data, repositories turn it into SQL through here.

/** Which applications a caller may see, as a query shape (decided by the service). */
export type ApplicationScope =
  | { kind: "all" }
  | { kind: "enterprise"; enterpriseId: string | null }
  | { kind: "bank"; orgId: string }
  | { kind: "guarantor"; orgId: string }
  | { kind: "region"; prefix: string }
  | { kind: "none" };

/**
 * Conditions on loan_applications alone (other tables only in subqueries), so that a page can be
 * picked from the table and its indexes before anything is joined to it.
 */
export function scopeCondition(scope: ApplicationScope): SQL | undefined {
  // Drafts are the enterprise's own business until submitted.
  const submitted = ne(loanApplications.status, "DRAFT");
  switch (scope.kind) {
    case "all":
      return submitted;
    case "enterprise":
      return scope.enterpriseId ? eq(loanApplications.enterpriseId, scope.enterpriseId) : sql`false`;
    case "bank":
      return and(submitted, eq(loanApplications.bankOrgId, scope.orgId));
    case "guarantor":
      return and(submitted, eq(loanApplications.guarantorOrgId, scope.orgId));
    case "region":
      return and(
        submitted,
        sql`exists (select 1 from ${programmes} where ${programmes.id} = ${loanApplications.programmeId}
          and ${programmes.regionCode} like ${`${scope.prefix}%`})`,
      );
    case "none":
      return sql`false`;
  }
}

/** Which funds a caller may see, as a query shape (decided by the ledger's service). */
export type FundScope =
  | { kind: "all" }
  | { kind: "manager"; orgId: string }
  | { kind: "region"; prefix: string }
  | { kind: "none" };

/** A condition on `funds` (undefined: every fund). */
export function fundScopeCondition(scope: FundScope): SQL | undefined {
  switch (scope.kind) {
    case "all":
      return undefined;
    case "manager":
      return eq(funds.managerOrgId, scope.orgId);
    case "region":
      return sql`${funds.regionCode} like ${`${scope.prefix}%`}`;
    case "none":
      return sql`false`;
  }
}
