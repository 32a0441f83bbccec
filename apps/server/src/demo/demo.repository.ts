import { and, asc, count, eq, inArray, ne, sql } from "drizzle-orm";
import type { Executor } from "../db/client";
import {
  enterpriseBankAccounts,
  enterprises,
  enterpriseTags,
  funds,
  interestSubsidyClaims,
  loanApplications,
  organisations,
  pilotBatches,
  regions,
  supplyChainLinks,
  users,
} from "../db/schema";

// The demo seed's own SQL: rows the demo writes directly and the reads it casts them from. No rules here;
// seed.ts and fund-demo.ts decide what to make.

/** Holds the transaction-scoped advisory lock `key` until `tx` ends. */
export async function lockSeed(tx: Executor, key: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${key})`);
}

export async function countOrganisations(executor: Executor): Promise<number> {
  const [row] = await executor.select({ value: count() }).from(organisations);
  return row?.value ?? 0;
}

export async function countSupplyChainLinks(executor: Executor): Promise<number> {
  const [row] = await executor.select({ value: count() }).from(supplyChainLinks);
  return row?.value ?? 0;
}

export function listOrganisationNames(executor: Executor) {
  return executor.select({ id: organisations.id, name: organisations.name }).from(organisations);
}

export function listOrganisations(executor: Executor) {
  return executor.select().from(organisations);
}

export async function insertRegions(
  executor: Executor,
  values: (typeof regions.$inferInsert)[],
): Promise<void> {
  await executor.insert(regions).values(values).onConflictDoNothing();
}

/** The new organisation's id, or null if the database returned no row. */
export async function insertOrganisation(
  executor: Executor,
  values: typeof organisations.$inferInsert,
): Promise<string | null> {
  const [row] = await executor.insert(organisations).values(values).returning({ id: organisations.id });
  return row?.id ?? null;
}

export async function insertUsers(executor: Executor, values: (typeof users.$inferInsert)[]): Promise<void> {
  await executor.insert(users).values(values);
}

export async function insertFund(executor: Executor, values: typeof funds.$inferInsert): Promise<string> {
  const [row] = await executor.insert(funds).values(values).returning({ id: funds.id });
  if (!row) throw new Error(`fund ${values.code} not inserted`);
  return row.id;
}

/** Ties the enterprise organisation `orgId` to its registry entry. */
export async function setOrganisationEnterprise(
  executor: Executor,
  orgId: string,
  enterpriseId: string,
): Promise<void> {
  await executor.update(organisations).set({ enterpriseId }).where(eq(organisations.id, orgId));
}

/** Enterprises with an account at `bankOrgId`, other than `exceptEnterpriseId`, by USCC. */
export async function listBankClients(
  executor: Executor,
  bankOrgId: string,
  exceptEnterpriseId: string,
): Promise<string[]> {
  const rows = await executor
    .select({ id: enterprises.id })
    .from(enterprises)
    .innerJoin(enterpriseBankAccounts, eq(enterpriseBankAccounts.enterpriseId, enterprises.id))
    .where(and(eq(enterpriseBankAccounts.bankOrgId, bankOrgId), ne(enterprises.id, exceptEnterpriseId)))
    .orderBy(asc(enterprises.uscc));
  return rows.map((row) => row.id);
}

/** The ids of the loans `guarantorOrgId` guarantees, oldest first. */
export async function listLoansGuaranteedBy(executor: Executor, guarantorOrgId: string): Promise<string[]> {
  const rows = await executor
    .select({ id: loanApplications.id })
    .from(loanApplications)
    .where(eq(loanApplications.guarantorOrgId, guarantorOrgId))
    .orderBy(asc(loanApplications.createdAt));
  return rows.map((row) => row.id);
}

/** The new claim's id, or null if the database returned no row. */
export async function insertInterestSubsidyClaim(
  executor: Executor,
  values: typeof interestSubsidyClaims.$inferInsert,
): Promise<string | null> {
  const [row] = await executor
    .insert(interestSubsidyClaims)
    .values(values)
    .returning({ id: interestSubsidyClaims.id });
  return row?.id ?? null;
}

/** Recognitions the demo gives an enterprise (瞪羚, 专精特新 …), as the registry records them. */
export async function insertEnterpriseTags(
  executor: Executor,
  values: (typeof enterpriseTags.$inferInsert)[],
): Promise<void> {
  await executor.insert(enterpriseTags).values(values);
}

export async function pilotBatchNumberTaken(executor: Executor, number: number): Promise<boolean> {
  const [row] = await executor
    .select({ id: pilotBatches.id })
    .from(pilotBatches)
    .where(eq(pilotBatches.number, number));
  return row !== undefined;
}

/** The organisation of each user named, by username. */
export async function organisationIdsByUsername(
  executor: Executor,
  usernames: string[],
): Promise<Record<string, string>> {
  const rows = await executor
    .select({ username: users.username, orgId: users.orgId })
    .from(users)
    .where(inArray(users.username, usernames));
  return Object.fromEntries(rows.map((row) => [row.username, row.orgId]));
}
