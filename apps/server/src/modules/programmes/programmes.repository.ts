import { and, desc, eq, ne, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import {
  enterpriseRevenues,
  enterprises,
  keySupportedEnterprises,
  loanApplications,
  negativeListEntries,
  programmes,
  programmeVersions,
  users,
} from "../../db/schema";

export type ProgrammeRow = typeof programmes.$inferSelect;

export async function listProgrammes(executor: Executor) {
  return executor.select().from(programmes).orderBy(programmes.regionCode, programmes.code);
}

export async function findProgrammeByCode(executor: Executor, code: string): Promise<ProgrammeRow | null> {
  const [row] = await executor.select().from(programmes).where(eq(programmes.code, code));
  return row ?? null;
}

export async function findVersion(executor: Executor, programmeId: string, version: number) {
  const [row] = await executor
    .select()
    .from(programmeVersions)
    .where(and(eq(programmeVersions.programmeId, programmeId), eq(programmeVersions.version, version)));
  return row ?? null;
}

export async function listVersions(executor: Executor, programmeId: string) {
  return executor
    .select({
      version: programmeVersions.version,
      note: programmeVersions.note,
      createdAt: programmeVersions.createdAt,
      createdBy: users.username,
    })
    .from(programmeVersions)
    .leftJoin(users, eq(users.id, programmeVersions.createdBy))
    .where(eq(programmeVersions.programmeId, programmeId))
    .orderBy(desc(programmeVersions.version));
}

export async function insertProgramme(
  executor: Executor,
  values: { code: string; name: string; regionCode: string },
  config: unknown,
  note: string,
  createdBy: string | null,
): Promise<ProgrammeRow> {
  const [row] = await executor
    .insert(programmes)
    .values({ ...values, currentVersion: 1 })
    .returning();
  if (!row) throw new Error("insert returned no row");
  await executor
    .insert(programmeVersions)
    .values({ programmeId: row.id, version: 1, config, note, createdBy });
  return row;
}

/** Appends version `expected + 1`; null when another admin saved a version first. */
export async function appendVersion(
  executor: Executor,
  programmeId: string,
  expected: number,
  values: { name: string; config: unknown; note: string; createdBy: string },
): Promise<ProgrammeRow | null> {
  const [row] = await executor
    .update(programmes)
    .set({ currentVersion: sql`${programmes.currentVersion} + 1`, name: values.name })
    .where(and(eq(programmes.id, programmeId), eq(programmes.currentVersion, expected)))
    .returning();
  if (!row) return null;
  await executor.insert(programmeVersions).values({
    programmeId,
    version: row.currentVersion,
    config: values.config,
    note: values.note,
    createdBy: values.createdBy,
  });
  return row;
}

const enterpriseColumns = {
  enterpriseId: enterprises.id,
  enterpriseName: enterprises.name,
  uscc: enterprises.uscc,
};

export async function listKeySupported(executor: Executor, regionCode: string) {
  return executor
    .select({
      id: keySupportedEnterprises.id,
      ...enterpriseColumns,
      note: keySupportedEnterprises.note,
      addedAt: keySupportedEnterprises.addedAt,
    })
    .from(keySupportedEnterprises)
    .innerJoin(enterprises, eq(enterprises.id, keySupportedEnterprises.enterpriseId))
    .where(eq(keySupportedEnterprises.regionCode, regionCode))
    .orderBy(enterprises.name);
}

// Spelled out: Drizzle leaves a one-table query's columns unqualified, and a bare "id" in the
// subqueries below would be the list's own id.
const enterpriseIdColumn = sql`${enterprises}.${sql.identifier(enterprises.id.name)}`;
const latestRevenue = sql`from ${enterpriseRevenues} where ${enterpriseRevenues.enterpriseId} = ${enterpriseIdColumn}
  order by ${enterpriseRevenues.year} desc limit 1`;

/**
 * What the eligibility rules read of an enterprise, in one statement: its district and founding day,
 * its latest annual revenue, the regions whose key-supported lists name it, whether the negative list
 * does, and the status and amount of each of its applications under the programme but `excludeId`
 * (the one being decided). It reads the enterprises' and applications' tables because a transition
 * pays for every round trip here. A step reads it after locking the enterprise (applications'
 * `lockForStep`), so the loans it weighs include every decision committed before.
 */
export async function eligibilityRecord(
  executor: Executor,
  enterpriseId: string,
  programmeId: string,
  excludeId: string | null,
) {
  const [row] = await executor
    .select({
      districtCode: enterprises.districtCode,
      establishedOn: enterprises.establishedOn,
      latestRevenueYear: sql<number | null>`(select ${enterpriseRevenues.year} ${latestRevenue})`,
      latestRevenueFen: sql<bigint | null>`(select ${enterpriseRevenues.amountFen} ${latestRevenue})`.mapWith(
        enterpriseRevenues.amountFen,
      ),
      keySupportedRegions: sql<string[]>`array(select ${keySupportedEnterprises.regionCode}
        from ${keySupportedEnterprises} where ${keySupportedEnterprises.enterpriseId} = ${enterpriseIdColumn})`,
      onNegativeList: sql<boolean>`exists (select 1 from ${negativeListEntries}
        where ${negativeListEntries.enterpriseId} = ${enterpriseIdColumn})`,
      programmeLoans: sql<
        { status: string; amountFen: string }[]
      >`coalesce((select json_agg(json_build_object(
          'status', ${loanApplications.status}, 'amountFen', ${loanApplications.amountFen}::text))
        from ${loanApplications}
        where ${and(
          sql`${loanApplications.enterpriseId} = ${enterpriseIdColumn}`,
          eq(loanApplications.programmeId, programmeId),
          excludeId ? ne(loanApplications.id, excludeId) : undefined,
        )}), '[]')`,
    })
    .from(enterprises)
    .where(eq(enterprises.id, enterpriseId));
  if (!row) return null;
  const { programmeLoans, ...enterprise } = row;
  return {
    ...enterprise,
    programmeLoans: programmeLoans.map((loan) => ({
      status: loan.status,
      amountFen: BigInt(loan.amountFen),
    })),
  };
}

export async function insertKeySupported(
  executor: Executor,
  values: typeof keySupportedEnterprises.$inferInsert,
) {
  const [row] = await executor.insert(keySupportedEnterprises).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function findKeySupported(executor: Executor, id: string) {
  const [row] = await executor
    .select()
    .from(keySupportedEnterprises)
    .where(eq(keySupportedEnterprises.id, id));
  return row ?? null;
}

export async function deleteKeySupported(executor: Executor, id: string) {
  await executor.delete(keySupportedEnterprises).where(eq(keySupportedEnterprises.id, id));
}

export async function listNegative(executor: Executor) {
  return executor
    .select({
      id: negativeListEntries.id,
      ...enterpriseColumns,
      reason: negativeListEntries.reason,
      addedAt: negativeListEntries.addedAt,
    })
    .from(negativeListEntries)
    .innerJoin(enterprises, eq(enterprises.id, negativeListEntries.enterpriseId))
    .orderBy(enterprises.name);
}

export async function insertNegative(executor: Executor, values: typeof negativeListEntries.$inferInsert) {
  const [row] = await executor.insert(negativeListEntries).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function findNegative(executor: Executor, id: string) {
  const [row] = await executor.select().from(negativeListEntries).where(eq(negativeListEntries.id, id));
  return row ?? null;
}

export async function deleteNegative(executor: Executor, id: string) {
  await executor.delete(negativeListEntries).where(eq(negativeListEntries.id, id));
}

export async function findProgrammeById(executor: Executor, id: string): Promise<ProgrammeRow | null> {
  const [row] = await executor.select().from(programmes).where(eq(programmes.id, id));
  return row ?? null;
}
