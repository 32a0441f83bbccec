import type { I18n } from "./i18n";
import { ORG_TYPES, type OrgType, ROLES, type Role } from "./types";

export const orgTypeLabel = (t: I18n["t"], type: OrgType | string): string =>
  isOrgType(type) ? t(`orgType.${type}`) : type;

export const roleLabel = (t: I18n["t"], role: Role | string): string =>
  ROLE_SET.has(role) ? t(`role.${role as Role}`) : role;

const ORG_TYPE_SET = new Set<string>(ORG_TYPES);
const ROLE_SET = new Set<string>(ROLES);

function isOrgType(value: string): value is OrgType {
  return ORG_TYPE_SET.has(value);
}
