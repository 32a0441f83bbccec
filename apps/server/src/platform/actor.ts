import type { Department, OrgType, Role } from "@chanrong/domain";
import { eq } from "drizzle-orm";
import type { Executor } from "../db/client";
import { organisations, users } from "../db/schema";

/** Who is calling: passed down from the route to every service call. */
export interface Actor {
  userId: string;
  username: string;
  orgId: string;
  orgType: OrgType;
  orgRegionCode: string;
  /** For provincial authorities and ministries: which of the five lines the organisation is. */
  department: Department | null;
  /** For ENTERPRISE organisations: the registry entry the organisation speaks for. */
  enterpriseId: string | null;
  roles: Role[];
  /** Set when a bank system calls with an organisation API key rather than a person signing in. */
  apiKeyId?: string;
}

// Organisation types and roles are domain vocabulary (the workflow tables name them).
export { ORG_TYPES, type OrgType, ROLES, type Role } from "@chanrong/domain";

/**
 * The Actor a user would be when signed in, for work done in their name without a request: the
 * demo seed, the benchmark, tests that call services directly.
 */
export async function actorOfUser(db: Executor, username: string): Promise<Actor> {
  const [row] = await db
    .select({ user: users, org: organisations })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return {
    userId: row.user.id,
    username,
    orgId: row.org.id,
    orgType: row.org.type as OrgType,
    orgRegionCode: row.org.regionCode,
    department: row.org.department,
    enterpriseId: row.org.enterpriseId,
    roles: row.user.roles as Role[],
  };
}
