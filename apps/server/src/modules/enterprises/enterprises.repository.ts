import { and, asc, count, eq, ilike, inArray, like, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import {
  enterpriseBankAccounts,
  enterpriseRevenues,
  enterprises,
  enterpriseTags,
  keySupportedEnterprises,
  regions,
  supplyChainLinks,
} from "../../db/schema";
import type { EnterpriseFilter } from "./enterprises.schemas";

/** The list's filter as the repository applies it: a recorded tag, or being on a key-supported list. */
export type EnterpriseQuery = Omit<EnterpriseFilter, "tag"> & { tag?: string; onKeySupportedList?: boolean };

/**
 * The day the enterprise first went on a key-supported list (the programmes' table, read here so a
 * page of enterprises costs one statement), or null when it is on none.
 */
const keySupportedSince = sql<string | null>`(
  select to_char(min(${keySupportedEnterprises.addedAt}) at time zone 'Asia/Shanghai', 'YYYY-MM-DD')
  from ${keySupportedEnterprises} where ${keySupportedEnterprises.enterpriseId} = ${enterprises.id})`;

/** An enterprise's recorded tags as one JSON array, so a page of enterprises is one statement. */
const tagsJson = sql<{ tag: string; validFrom: string; validTo: string | null }[]>`(
  select coalesce(json_agg(json_build_object('tag', ${enterpriseTags.tag}, 'validFrom', ${enterpriseTags.validFrom},
    'validTo', ${enterpriseTags.validTo}) order by ${enterpriseTags.tag}, ${enterpriseTags.validFrom}), '[]')
  from ${enterpriseTags} where ${enterpriseTags.enterpriseId} = ${enterprises.id})`;

export type EnterpriseRow = typeof enterprises.$inferSelect;
export type EnterpriseValues = Omit<
  typeof enterprises.$inferInsert,
  "id" | "createdAt" | "updatedAt" | "version"
>;

export interface EnterpriseChildren {
  revenues: { year: number; amountFen: bigint }[];
  tags: { tag: string; validFrom: string; validTo: string | null }[];
  bankAccounts: { bankOrgId: string | null; bankName: string; accountNo: string }[];
}

/** Which enterprises a caller may see, as a query shape (decided by the service). */
export type EnterpriseScope =
  | { kind: "all" }
  | { kind: "region"; prefix: string }
  | { kind: "bank"; orgId: string }
  | { kind: "own"; enterpriseId: string | null };

function scopeCondition(scope: EnterpriseScope): SQL | undefined {
  switch (scope.kind) {
    case "all":
      return undefined;
    case "region":
      return like(enterprises.districtCode, `${scope.prefix}%`);
    case "bank":
      return sql`exists (select 1 from ${enterpriseBankAccounts}
        where ${enterpriseBankAccounts.enterpriseId} = ${enterprises.id} and ${enterpriseBankAccounts.bankOrgId} = ${scope.orgId})`;
    case "own":
      return scope.enterpriseId ? eq(enterprises.id, scope.enterpriseId) : sql`false`;
  }
}

function filterConditions(filter: EnterpriseQuery, today: string): SQL[] {
  const conditions: SQL[] = [];
  if (filter.q) {
    const text = or(ilike(enterprises.name, `%${filter.q}%`), ilike(enterprises.uscc, `%${filter.q}%`));
    if (text) conditions.push(text);
  }
  if (filter.district)
    conditions.push(like(enterprises.districtCode, `${filter.district.replace(/(00)+$/, "")}%`));
  if (filter.sizeClass) conditions.push(eq(enterprises.sizeClass, filter.sizeClass));
  if (filter.industry) conditions.push(like(enterprises.industryCode, `${filter.industry}%`));
  if (filter.cluster) conditions.push(eq(enterprises.cluster, filter.cluster));
  if (filter.tag) {
    conditions.push(
      sql`exists (select 1 from ${enterpriseTags} where ${enterpriseTags.enterpriseId} = ${enterprises.id}
        and ${enterpriseTags.tag} = ${filter.tag} and ${enterpriseTags.validFrom} <= ${today}
        and (${enterpriseTags.validTo} is null or ${enterpriseTags.validTo} >= ${today}))`,
    );
  }
  if (filter.onKeySupportedList) {
    conditions.push(
      sql`exists (select 1 from ${keySupportedEnterprises} where ${keySupportedEnterprises.enterpriseId} = ${enterprises.id})`,
    );
  }
  return conditions;
}

/**
 * One page of enterprises with their tags and revenues, and the number of matches, in one statement:
 * the children come as JSON arrays from subqueries run for the page's rows only, the count as a
 * subquery run once. Only a page past the end, which has no row to carry the count, costs a second.
 */
export async function listEnterprises(
  executor: Executor,
  scope: EnterpriseScope,
  filter: EnterpriseQuery,
  today: string,
  page: { offset: number; limit: number },
) {
  const where = and(scopeCondition(scope), ...filterConditions(filter, today));
  const matching = () => executor.select({ value: count() }).from(enterprises).where(where);
  const rows = await executor
    .select({
      enterprise: enterprises,
      districtName: regions.name,
      keySupportedSince,
      tags: tagsJson,
      // Fen as text: JSON numbers would lose bigint precision.
      revenues: sql<{ year: number; amountFen: string }[]>`(
        select coalesce(json_agg(json_build_object('year', ${enterpriseRevenues.year},
          'amountFen', ${enterpriseRevenues.amountFen}::text) order by ${enterpriseRevenues.year}), '[]')
        from ${enterpriseRevenues} where ${enterpriseRevenues.enterpriseId} = ${enterprises.id})`,
      total: sql`(${matching()})`.mapWith(Number),
    })
    .from(enterprises)
    .innerJoin(regions, eq(regions.code, enterprises.districtCode))
    .where(where)
    .orderBy(asc(enterprises.name), asc(enterprises.id))
    .limit(page.limit)
    .offset(page.offset);
  const items = rows.map((row) => ({
    ...row.enterprise,
    districtName: row.districtName,
    keySupportedSince: row.keySupportedSince,
    tags: row.tags,
    revenues: row.revenues.map((revenue) => ({ year: revenue.year, amountFen: BigInt(revenue.amountFen) })),
  }));
  const total = rows[0]?.total ?? (page.offset > 0 ? ((await matching())[0]?.value ?? 0) : 0);
  return { items, total };
}

/** What matching weighs of the given enterprises, in one statement. */
export function targetingProfiles(executor: Executor, ids: readonly string[]) {
  return executor
    .select({
      id: enterprises.id,
      name: enterprises.name,
      districtCode: enterprises.districtCode,
      industryCode: enterprises.industryCode,
      sizeClass: enterprises.sizeClass,
      cluster: enterprises.cluster,
      tags: tagsJson,
      keySupportedSince,
    })
    .from(enterprises)
    .where(inArray(enterprises.id, [...ids]));
}

export type TargetingProfileRow = Awaited<ReturnType<typeof targetingProfiles>>[number];

const tagsOf = (executor: Executor, ids: string[]) =>
  ids.length
    ? executor
        .select()
        .from(enterpriseTags)
        .where(inArray(enterpriseTags.enterpriseId, ids))
        .orderBy(enterpriseTags.tag, enterpriseTags.validFrom)
    : Promise.resolve([]);

const revenuesOf = (executor: Executor, ids: string[]) =>
  ids.length
    ? executor
        .select()
        .from(enterpriseRevenues)
        .where(inArray(enterpriseRevenues.enterpriseId, ids))
        .orderBy(enterpriseRevenues.year)
    : Promise.resolve([]);

/** True when the enterprise lies within `scope`. */
export async function isInScope(executor: Executor, id: string, scope: EnterpriseScope): Promise<boolean> {
  const [row] = await executor
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(and(eq(enterprises.id, id), scopeCondition(scope)));
  return Boolean(row);
}

export async function findEnterprise(executor: Executor, id: string) {
  const [row] = await executor
    .select({ enterprise: enterprises, districtName: regions.name, keySupportedSince })
    .from(enterprises)
    .innerJoin(regions, eq(regions.code, enterprises.districtCode))
    .where(eq(enterprises.id, id));
  if (!row) return null;
  const [tags, revenues, bankAccounts] = await Promise.all([
    tagsOf(executor, [id]),
    revenuesOf(executor, [id]),
    executor.select().from(enterpriseBankAccounts).where(eq(enterpriseBankAccounts.enterpriseId, id)),
  ]);
  return {
    ...row.enterprise,
    districtName: row.districtName,
    keySupportedSince: row.keySupportedSince,
    tags,
    revenues,
    bankAccounts,
  };
}

export async function findIdsByUscc(executor: Executor, usccs: string[]): Promise<Map<string, string>> {
  if (usccs.length === 0) return new Map();
  const rows = await executor
    .select({ id: enterprises.id, uscc: enterprises.uscc })
    .from(enterprises)
    .where(inArray(enterprises.uscc, usccs));
  return new Map(rows.map((row) => [row.uscc, row.id]));
}

export async function insertEnterprise(
  executor: Executor,
  values: EnterpriseValues,
  children: EnterpriseChildren,
): Promise<EnterpriseRow> {
  const [row] = await executor.insert(enterprises).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  await replaceChildren(executor, row.id, children);
  return row;
}

/** Updates only if the row still has `version`; null means someone changed it first. */
export async function updateEnterprise(
  executor: Executor,
  id: string,
  version: number,
  values: Partial<EnterpriseValues>,
  children: Partial<EnterpriseChildren>,
): Promise<EnterpriseRow | null> {
  const [row] = await executor
    .update(enterprises)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${enterprises.version} + 1` })
    .where(and(eq(enterprises.id, id), eq(enterprises.version, version)))
    .returning();
  if (!row) return null;
  await replaceChildren(executor, id, children);
  return row;
}

async function replaceChildren(executor: Executor, id: string, children: Partial<EnterpriseChildren>) {
  if (children.revenues) {
    await executor.delete(enterpriseRevenues).where(eq(enterpriseRevenues.enterpriseId, id));
    if (children.revenues.length) {
      await executor
        .insert(enterpriseRevenues)
        .values(children.revenues.map((r) => ({ ...r, enterpriseId: id })));
    }
  }
  if (children.tags) {
    await executor.delete(enterpriseTags).where(eq(enterpriseTags.enterpriseId, id));
    if (children.tags.length) {
      await executor.insert(enterpriseTags).values(children.tags.map((t) => ({ ...t, enterpriseId: id })));
    }
  }
  if (children.bankAccounts) {
    await executor.delete(enterpriseBankAccounts).where(eq(enterpriseBankAccounts.enterpriseId, id));
    if (children.bankAccounts.length) {
      await executor
        .insert(enterpriseBankAccounts)
        .values(children.bankAccounts.map((a) => ({ ...a, enterpriseId: id })));
    }
  }
}

export async function listSupplyChainLinks(executor: Executor, enterpriseId: string) {
  const core = sql<string>`(select name from ${enterprises} where id = ${supplyChainLinks.coreEnterpriseId})`;
  const supplier = sql<string>`(select name from ${enterprises} where id = ${supplyChainLinks.supplierEnterpriseId})`;
  return executor
    .select({
      id: supplyChainLinks.id,
      coreEnterpriseId: supplyChainLinks.coreEnterpriseId,
      coreEnterpriseName: core,
      supplierEnterpriseId: supplyChainLinks.supplierEnterpriseId,
      supplierEnterpriseName: supplier,
      tier: supplyChainLinks.tier,
      products: supplyChainLinks.products,
    })
    .from(supplyChainLinks)
    .where(
      or(
        eq(supplyChainLinks.coreEnterpriseId, enterpriseId),
        eq(supplyChainLinks.supplierEnterpriseId, enterpriseId),
      ),
    )
    .orderBy(supplyChainLinks.tier);
}

export async function findSupplyChainLink(executor: Executor, id: string) {
  const [row] = await executor.select().from(supplyChainLinks).where(eq(supplyChainLinks.id, id));
  return row ?? null;
}

export async function insertSupplyChainLink(
  executor: Executor,
  values: typeof supplyChainLinks.$inferInsert,
) {
  const [row] = await executor.insert(supplyChainLinks).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function deleteSupplyChainLink(executor: Executor, id: string): Promise<void> {
  await executor.delete(supplyChainLinks).where(eq(supplyChainLinks.id, id));
}

export async function findRegions(executor: Executor, codesOrNames: string[]) {
  if (codesOrNames.length === 0) return [];
  return executor
    .select()
    .from(regions)
    .where(or(inArray(regions.code, codesOrNames), inArray(regions.name, codesOrNames)));
}
