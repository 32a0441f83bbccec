import type { Me, OrgType, Role } from "../shared/types";

/**
 * What the signed-in user may do, derived in one place from the organisation type and the
 * user's roles. The server checks every request again; these flags only shape the UI.
 */
export interface Access {
  signedIn: boolean;
  /** The enterprise registry as a list (everyone except pilot-city applicants and enterprises). */
  enterpriseList: boolean;
  /** An enterprise user's own registry entry, shown as "My enterprise". */
  ownEnterpriseId: string | null;
  createEnterprise: boolean;
  importEnterprises: boolean;
  calculators: boolean;
  auditLog: boolean;
  organisations: boolean;
  /** Manage the users of one's own organisation. */
  users: boolean;
  /** Pick any organisation on the users page (platform admin with the admin role). */
  usersOfAnyOrganisation: boolean;
}

const hasRole = (roles: readonly Role[], ...wanted: Role[]) => wanted.some((role) => roles.includes(role));

export function accessOf(me: Me | null): Access {
  if (!me) {
    return {
      signedIn: false,
      enterpriseList: false,
      ownEnterpriseId: null,
      createEnterprise: false,
      importEnterprises: false,
      calculators: true,
      auditLog: false,
      organisations: false,
      users: false,
      usersOfAnyOrganisation: false,
    };
  }
  const type: OrgType = me.organisation.type;
  const roles = me.user.roles;
  const platformAdmin = type === "PLATFORM_ADMIN";
  const registrar = (type === "INDUSTRY_BUREAU" || platformAdmin) && hasRole(roles, "operator", "admin");
  const isAdmin = hasRole(roles, "admin");
  return {
    signedIn: true,
    enterpriseList: type !== "CITY_APPLICANT" && type !== "ENTERPRISE",
    ownEnterpriseId: type === "ENTERPRISE" ? me.organisation.enterpriseId : null,
    createEnterprise: registrar,
    importEnterprises: registrar,
    calculators: true,
    auditLog: platformAdmin,
    organisations: platformAdmin,
    users: isAdmin,
    usersOfAnyOrganisation: platformAdmin && isAdmin,
  };
}
