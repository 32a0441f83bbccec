import type { Actor, OrgType, Role } from "./actor";
import { AppError } from "./errors";

// Region codes nest (ADR 004); the domain decides what covers what.
export { regionCovers, regionPrefix } from "@chanrong/domain";

export const isPlatformAdmin = (actor: Actor): boolean => actor.orgType === "PLATFORM_ADMIN";

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}

export function requireOrgType(actor: Actor, ...types: OrgType[]): void {
  if (!types.includes(actor.orgType)) throw AppError.forbidden();
}

export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!hasRole(actor, ...roles)) {
    throw AppError.forbidden({
      zh: `需要以下角色之一: ${roles.join(", ")}`,
      en: `Requires role: ${roles.join(" or ")}`,
    });
  }
}
