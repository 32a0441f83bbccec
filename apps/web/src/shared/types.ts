import { ORG_TYPES, type OrgType, ROLES, type Role } from "@chanrong/domain";
import type { ResponseOf } from "./api/types";

// Organisation types and roles are the domain's vocabulary, shared with the server.
export { ORG_TYPES, type OrgType, ROLES, type Role };

/**
 * GET /api/v1/auth/me. The organisation's type and the user's roles arrive as strings: the server
 * stores them as text and names the vocabulary without promising it (narrow with `orgTypeOf`/`rolesOf`).
 * `today` is the platform's business date (YYYY-MM-DD in China; a demo may pin it): the pages' "today".
 */
export type Me = ResponseOf<"/api/v1/auth/me", "get">;

/** GET /api/v1/regions item. */
export type Region = ResponseOf<"/api/v1/regions", "get">[number];

/** GET /api/v1/reference/enterprise-catalogue */
export type EnterpriseCatalogue = ResponseOf<"/api/v1/reference/enterprise-catalogue", "get">;

/** One entry of a catalogue (a code with its Chinese and English labels). */
export type Labelled = EnterpriseCatalogue["ownership"][number];

/** A page of a list, as every paged route answers it (the server's `pageOf`). */
export interface Paged<T> {
  items: T[];
  total: number;
  /** False when the list counted no further than past the page: there are more than `total`. */
  totalExact?: boolean;
}

/**
 * The answers name organisation types and roles as strings (the server stores text and does not
 * refuse to show a row that strays from the vocabulary): these narrow them, dropping what is unknown.
 */
export const orgTypeOf = (value: string | null | undefined): OrgType | undefined =>
  ORG_TYPES.find((known) => known === value);

export const rolesOf = (values: readonly string[]): Role[] => ROLES.filter((role) => values.includes(role));
