import {
  and,
  count,
  desc,
  eq,
  getTableColumns,
  gt,
  gte,
  ilike,
  inArray,
  lte,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Executor } from "../../db/client";
import { auditLog, enterprises, organisations, rateLimitBuckets, regions, users } from "../../db/schema";
import { accountKeyOfUser } from "../../platform/auth/sign-in-limits.repository";

export type OrganisationRow = typeof organisations.$inferSelect;
export type UserRow = typeof users.$inferSelect;

export async function findUserByUsername(executor: Executor, username: string): Promise<UserRow | null> {
  const [row] = await executor.select().from(users).where(sql`lower(${users.username}) = lower(${username})`);
  return row ?? null;
}

export async function findOrganisation(executor: Executor, id: string): Promise<OrganisationRow | null> {
  const [row] = await executor.select().from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

export async function listOrganisations(executor: Executor, filter: { type?: string; q?: string }) {
  const conditions: SQL[] = [];
  if (filter.type) conditions.push(eq(organisations.type, filter.type));
  if (filter.q) conditions.push(ilike(organisations.name, `%${filter.q}%`));
  return executor
    .select()
    .from(organisations)
    .where(and(...conditions))
    .orderBy(organisations.type, organisations.name);
}

/** Active organisations of some types: the directories any signed-in user may read. */
export async function listActiveOrganisationsOfTypes(executor: Executor, types: string[]) {
  return executor
    .select({
      id: organisations.id,
      name: organisations.name,
      type: organisations.type,
      regionCode: organisations.regionCode,
    })
    .from(organisations)
    .where(and(eq(organisations.active, true), inArray(organisations.type, types)))
    .orderBy(organisations.regionCode, organisations.name);
}

export async function insertOrganisation(
  executor: Executor,
  values: typeof organisations.$inferInsert,
): Promise<OrganisationRow> {
  const [row] = await executor.insert(organisations).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Updates only if the row still has `version`; null means someone changed it first. */
export async function updateOrganisation(
  executor: Executor,
  id: string,
  version: number,
  values: Partial<typeof organisations.$inferInsert>,
): Promise<OrganisationRow | null> {
  const [row] = await executor
    .update(organisations)
    .set({ ...values, version: sql`${organisations.version} + 1` })
    .where(and(eq(organisations.id, id), eq(organisations.version, version)))
    .returning();
  return row ?? null;
}

/** A user with the end of its sign-in lock, if its failures reached `maxFailedAttempts` and it still holds. */
export type UserWithLock = UserRow & { lockedUntil: Date | null };

function selectUsersWithLock(executor: Executor, maxFailedAttempts: number) {
  const held = and(gte(rateLimitBuckets.count, maxFailedAttempts), gt(rateLimitBuckets.resetAt, sql`now()`));
  return executor
    .select({
      ...getTableColumns(users),
      lockedUntil: sql<Date | null>`case when ${held} then ${rateLimitBuckets.resetAt} end`.mapWith(
        rateLimitBuckets.resetAt,
      ),
    })
    .from(users)
    .leftJoin(rateLimitBuckets, eq(rateLimitBuckets.key, accountKeyOfUser(users.id)));
}

export async function findUser(
  executor: Executor,
  id: string,
  maxFailedAttempts: number,
): Promise<UserWithLock | null> {
  const [row] = await selectUsersWithLock(executor, maxFailedAttempts).where(eq(users.id, id));
  return row ?? null;
}

export async function listUsersOfOrganisation(
  executor: Executor,
  orgId: string,
  maxFailedAttempts: number,
): Promise<UserWithLock[]> {
  return selectUsersWithLock(executor, maxFailedAttempts)
    .where(eq(users.orgId, orgId))
    .orderBy(users.username);
}

export async function insertUser(executor: Executor, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await executor.insert(users).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateUser(
  executor: Executor,
  id: string,
  version: number,
  values: Partial<typeof users.$inferInsert>,
): Promise<UserRow | null> {
  const [row] = await executor
    .update(users)
    .set({ ...values, version: sql`${users.version} + 1` })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning();
  return row ?? null;
}

export async function regionExists(executor: Executor, code: string): Promise<boolean> {
  const [row] = await executor.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
  return Boolean(row);
}

export async function enterpriseExists(executor: Executor, id: string): Promise<boolean> {
  const [row] = await executor.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.id, id));
  return Boolean(row);
}

export async function listRegions(executor: Executor) {
  return executor.select().from(regions).orderBy(regions.code);
}

export interface AuditFilter {
  actorUsername?: string;
  orgId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/**
 * The audited object's name, looked up when the log is read (so a renamed enterprise shows its
 * current name): an application, claim or default case by its enterprise (and programme), a payment
 * by its title, anything else by its own name. Each branch reads one row by primary key.
 */
const subjectName = sql<
  string | null
>`case when ${auditLog.entityId} ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
  case ${auditLog.entityType}
    when 'enterprise' then (select name from enterprises where id = ${auditLog.entityId}::uuid)
    when 'organisation' then (select name from organisations where id = ${auditLog.entityId}::uuid)
    when 'user' then (select username from users where id = ${auditLog.entityId}::uuid)
    when 'programme' then (select name from programmes where id = ${auditLog.entityId}::uuid)
    when 'fund' then (select name from funds where id = ${auditLog.entityId}::uuid)
    when 'fund-payment' then (select title from fund_payments where id = ${auditLog.entityId}::uuid)
    when 'api-key' then (select name from api_keys where id = ${auditLog.entityId}::uuid)
    when 'application' then (
      select e.name || ' · ' || p.name from loan_applications a
      join enterprises e on e.id = a.enterprise_id join programmes p on p.id = a.programme_id
      where a.id = ${auditLog.entityId}::uuid)
    when 'interest-subsidy-claim' then (
      select e.name from interest_subsidy_claims c join enterprises e on e.id = c.enterprise_id
      where c.id = ${auditLog.entityId}::uuid)
    when 'default-case' then (
      select e.name from default_cases d join loan_applications a on a.id = d.application_id
      join enterprises e on e.id = a.enterprise_id where d.id = ${auditLog.entityId}::uuid)
    when 'supply-chain-link' then (
      select core.name || ' → ' || supplier.name from supply_chain_links l
      join enterprises core on core.id = l.core_enterprise_id
      join enterprises supplier on supplier.id = l.supplier_enterprise_id
      where l.id = ${auditLog.entityId}::uuid)
  end
end`;

export async function listAudit(executor: Executor, filter: AuditFilter) {
  const conditions: SQL[] = [];
  if (filter.actorUsername) conditions.push(ilike(auditLog.actorUsername, `%${filter.actorUsername}%`));
  if (filter.orgId) conditions.push(eq(auditLog.actorOrgId, filter.orgId));
  if (filter.action) {
    const like = or(eq(auditLog.action, filter.action), ilike(auditLog.action, `${filter.action}.%`));
    if (like) conditions.push(like);
  }
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.from) conditions.push(gte(auditLog.at, new Date(`${filter.from}T00:00:00+08:00`)));
  if (filter.to) conditions.push(lte(auditLog.at, new Date(`${filter.to}T23:59:59.999+08:00`)));
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    executor
      .select({ ...getTableColumns(auditLog), actorOrgName: organisations.name, subject: subjectName })
      .from(auditLog)
      .leftJoin(organisations, eq(organisations.id, auditLog.actorOrgId))
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    executor.select({ value: count() }).from(auditLog).where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}

/** The active organisations that speak for the given registry enterprises (their users sign in there). */
export async function listOrganisationsOfEnterprises(executor: Executor, enterpriseIds: string[]) {
  if (enterpriseIds.length === 0) return [];
  return executor
    .select({ id: organisations.id, enterpriseId: organisations.enterpriseId })
    .from(organisations)
    .where(and(eq(organisations.active, true), inArray(organisations.enterpriseId, enterpriseIds)));
}
