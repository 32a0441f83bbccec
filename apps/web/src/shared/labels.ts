import type { I18n } from "./i18n";
import type { OrgType, Role } from "./types";

export const orgTypeLabel = (t: I18n["t"], type: OrgType | string): string =>
  isOrgType(type) ? t(`orgType.${type}`) : type;

export const roleLabel = (t: I18n["t"], role: Role | string): string =>
  role === "admin" || role === "operator" || role === "reviewer" ? t(`role.${role}`) : role;

const ORG_TYPE_SET = new Set<string>([
  "ENTERPRISE",
  "INDUSTRY_BUREAU",
  "FINANCE_BUREAU",
  "CITY_GOVERNMENT",
  "BANK",
  "GUARANTOR",
  "REGUARANTOR",
  "FINANCIAL_INSTITUTION",
  "PROVINCE",
  "MINISTRY",
  "CITY_APPLICANT",
  "PLATFORM_ADMIN",
]);

function isOrgType(value: string): value is OrgType {
  return ORG_TYPE_SET.has(value);
}
