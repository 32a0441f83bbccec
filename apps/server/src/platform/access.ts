import type { Actor, OrgType, Role } from "./actor";
import { AppError } from "./errors";

/**
 * The region an organisation's code covers: GB/T 2260 codes are hierarchical in pairs of
 * digits, so 420000 (a province) covers 42xxxx and 420300 (a city) covers 4203xx.
 */
export function regionPrefix(regionCode: string): string {
  let prefix = regionCode;
  while (prefix.length > 2 && prefix.endsWith("00")) prefix = prefix.slice(0, -2);
  return prefix === "00" ? "" : prefix;
}

export function regionCovers(scopeCode: string, code: string): boolean {
  return code.startsWith(regionPrefix(scopeCode));
}

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
