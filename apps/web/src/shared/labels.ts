import type { I18n } from "./i18n";
import { type OrgType, orgTypeOf, ROLES, type Role } from "./types";

/** An organisation type's label; a type outside the vocabulary shows as sent. */
export const orgTypeLabel = (t: I18n["t"], type: OrgType | string): string => {
  const known = orgTypeOf(type);
  return known ? t(`orgType.${known}`) : type;
};

/** A role's label; a role outside the vocabulary shows as sent. */
export const roleLabel = (t: I18n["t"], role: Role | string): string => {
  const known = ROLES.find((listed) => listed === role);
  return known ? t(`role.${known}`) : role;
};
