/** Organisation types and roles as the server names them (apps/server/src/platform/actor.ts). */
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

export const ROLES = ["admin", "operator", "reviewer"] as const;
export type Role = (typeof ROLES)[number];

/** GET /api/v1/auth/me */
export interface Me {
  user: { id: string; username: string; displayName: string; roles: Role[] };
  organisation: { id: string; name: string; type: OrgType; regionCode: string; enterpriseId: string | null };
  csrfToken: string | null;
}

/** GET /api/v1/regions */
export interface Region {
  code: string;
  name: string;
  nameEn: string;
  parentCode: string | null;
  level: "country" | "province" | "city" | "district" | "zone" | string;
}

export interface Labelled {
  code: string;
  zh: string;
  en: string;
}

/** GET /api/v1/reference/enterprise-catalogue */
export interface EnterpriseCatalogue {
  tags: Labelled[];
  ownership: Labelled[];
  industries: Labelled[];
  sizeClasses: Labelled[];
}

export interface Paged<T> {
  items: T[];
  total: number;
  page?: number;
  pageSize?: number;
}
