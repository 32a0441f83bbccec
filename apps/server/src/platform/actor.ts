import type { OrgType, Role } from "@chanrong/domain";

/** Who is calling: passed down from the route to every service call. */
export interface Actor {
  userId: string;
  username: string;
  orgId: string;
  orgType: OrgType;
  orgRegionCode: string;
  /** For ENTERPRISE organisations: the registry entry the organisation speaks for. */
  enterpriseId: string | null;
  roles: Role[];
  /** Set when a bank system calls with an organisation API key rather than a person signing in. */
  apiKeyId?: string;
}

// Organisation types and roles are domain vocabulary (the workflow tables name them).
export { ORG_TYPES, type OrgType, ROLES, type Role } from "@chanrong/domain";
