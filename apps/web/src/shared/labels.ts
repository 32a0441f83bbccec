import { APPLICATION_MATERIALS } from "@chanrong/domain";
import { type I18n, useI18n } from "./i18n";
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

/** A required application material's name in the reader's language (its code if unknown). */
export function useMaterialName() {
  const { label } = useI18n();
  return (code: string) =>
    label(
      APPLICATION_MATERIALS.find((material) => material.code === code),
      code,
    );
}
