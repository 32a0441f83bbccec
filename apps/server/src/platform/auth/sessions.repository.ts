import { and, eq, lt, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { organisations, sessions, users } from "../../db/schema";

export async function insertSession(
  executor: Executor,
  row: { tokenHash: string; userId: string; csrfToken: string; ip: string | null; userAgent: string | null },
): Promise<void> {
  await executor.insert(sessions).values(row);
}

function activeSessionQuery(executor: Executor) {
  return executor
    .select({
      tokenHash: sessions.tokenHash,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      roles: users.roles,
      orgId: organisations.id,
      orgName: organisations.name,
      orgType: organisations.type,
      orgRegionCode: organisations.regionCode,
      department: organisations.department,
      enterpriseId: organisations.enterpriseId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder("tokenHash")),
        eq(users.active, true),
        eq(organisations.active, true),
      ),
    )
    .prepare("active_session");
}

/** Built once per database: every signed-in request runs it, and its plan (a key look-up) never varies. */
const activeSessionQueries = new WeakMap<Executor, ReturnType<typeof activeSessionQuery>>();

/** The session with its user and organisation, only if both are still active. */
export async function findActiveSession(executor: Executor, tokenHash: string) {
  let query = activeSessionQueries.get(executor);
  if (!query) {
    query = activeSessionQuery(executor);
    activeSessionQueries.set(executor, query);
  }
  const [row] = await query.execute({ tokenHash });
  return row ?? null;
}

export async function touchSession(executor: Executor, tokenHash: string): Promise<void> {
  await executor.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(executor: Executor, tokenHash: string): Promise<void> {
  await executor.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(executor: Executor, userId: string): Promise<void> {
  await executor.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteIdleSessions(executor: Executor, idleBefore: Date): Promise<void> {
  await executor.delete(sessions).where(lt(sessions.lastSeenAt, idleBefore));
}
