import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { apiKeys, organisations, users } from "../../db/schema";

/** The key with its organisation and creator, only if the key is not revoked and both are active. */
export async function findActiveApiKey(executor: Executor, keyHash: string) {
  const [row] = await executor
    .select({
      id: apiKeys.id,
      lastUsedAt: apiKeys.lastUsedAt,
      createdBy: apiKeys.createdBy,
      username: users.username,
      orgId: organisations.id,
      orgType: organisations.type,
      orgRegionCode: organisations.regionCode,
      department: organisations.department,
      enterpriseId: organisations.enterpriseId,
    })
    .from(apiKeys)
    .innerJoin(organisations, eq(organisations.id, apiKeys.orgId))
    .innerJoin(users, eq(users.id, apiKeys.createdBy))
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt), eq(organisations.active, true)));
  return row ?? null;
}

export async function touchApiKey(executor: Executor, id: string) {
  await executor.update(apiKeys).set({ lastUsedAt: sql`now()` }).where(eq(apiKeys.id, id));
}

export async function insertApiKey(executor: Executor, values: typeof apiKeys.$inferInsert) {
  const [row] = await executor.insert(apiKeys).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** The organisation's keys with who created them (a key acts as its creator). */
export async function listApiKeys(executor: Executor, orgId: string) {
  return executor
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      createdBy: users.username,
      revokedAt: apiKeys.revokedAt,
      lastUsedAt: apiKeys.lastUsedAt,
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.createdBy))
    .where(eq(apiKeys.orgId, orgId))
    .orderBy(apiKeys.createdAt);
}

export async function revokeApiKey(executor: Executor, id: string, orgId: string) {
  const [row] = await executor
    .update(apiKeys)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiKeys.id, id), eq(apiKeys.orgId, orgId), isNull(apiKeys.revokedAt)))
    .returning();
  return row ?? null;
}
