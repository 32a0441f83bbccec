import type { OrgType, Role } from "@chanrong/domain";

// Organisation types and roles are the domain's vocabulary, shared with the server.
export { ORG_TYPES, type OrgType, ROLES, type Role } from "@chanrong/domain";

// TODO(contract)
/** GET /api/v1/auth/me */
export interface Me {
  user: { id: string; username: string; displayName: string; roles: Role[] };
  organisation: { id: string; name: string; type: OrgType; regionCode: string; enterpriseId: string | null };
  csrfToken: string | null;
  /** The platform's business date (YYYY-MM-DD in China; a demo may pin it): the pages' "today". */
  today: string;
}

// TODO(contract)
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

// TODO(contract)
/** GET /api/v1/reference/enterprise-catalogue */
export interface EnterpriseCatalogue {
  tags: Labelled[];
  ownership: Labelled[];
  industries: Labelled[];
  sizeClasses: Labelled[];
}

// TODO(contract)
export interface Paged<T> {
  items: T[];
  total: number;
  page?: number;
  pageSize?: number;
}
