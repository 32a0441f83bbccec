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
}

export const ORG_TYPES = [
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
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

/** admin manages the organisation's users; operator prepares; reviewer decides and signs opinions. */
export const ROLES = ["admin", "operator", "reviewer"] as const;
export type Role = (typeof ROLES)[number];
