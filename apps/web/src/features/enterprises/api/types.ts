/** Shapes of the enterprise registry API (apps/server/src/modules/enterprises). Money is decimal yuan strings. */
import { ENTERPRISE_TAG_CODES, OWNERSHIP_CODES, RECORDED_TAG_CODES, SIZE_CLASSES } from "@chanrong/domain";
import type { ItemOf, QueryOf, RequestBody, ResponseOf } from "../../../shared/api/types";

export type Ownership = EnterpriseInput["ownership"];
export type EnterpriseTagKind = NonNullable<EnterpriseInput["tags"]>[number]["tag"];
export type SizeClass = NonNullable<EnterpriseQuery["sizeClass"]>;

/**
 * The answers name ownership, size class and tags as strings (the registry stores text and shows a
 * row that strays from the catalogue): these narrow a value to the vocabulary the requests take.
 */
export const ownershipOf = (code: string | null | undefined): Ownership | undefined =>
  OWNERSHIP_CODES.find((known) => known === code);
/** A tag the registry records itself: the derived 全市汽车产业重点支持企业 is not one (the bureau's list is). */
export const tagKindOf = (code: string | null | undefined): EnterpriseTagKind | undefined =>
  RECORDED_TAG_CODES.find((known) => known === code);
/** Any tag of the catalogue, the derived one included: the list filters by every tag. */
const filterTagOf = (code: string | null | undefined) => ENTERPRISE_TAG_CODES.find((known) => known === code);
export const sizeClassOf = (code: string | null | undefined): SizeClass | undefined =>
  SIZE_CLASSES.find((known) => known.code === code)?.code;

/** GET /api/v1/enterprises/:id: an enterprise with its bank accounts and supply-chain links. */
export type EnterpriseDetail = ResponseOf<"/api/v1/enterprises/{id}", "get">;
export type BankAccount = EnterpriseDetail["bankAccounts"][number];
export type SupplyChainLink = EnterpriseDetail["supplyChainLinks"][number];

/** GET /api/v1/enterprises: one page of the registry. */
export type EnterprisePage = ResponseOf<"/api/v1/enterprises", "get">;
export type Enterprise = ItemOf<EnterprisePage>;
export type EnterpriseTag = Enterprise["tags"][number];
export type Revenue = Enterprise["revenues"][number];

type EnterpriseQuery = QueryOf<"/api/v1/enterprises", "get">;

/** The list's filters as the URL holds them (any text); `enterpriseQuery` narrows them for the request. */
export type EnterpriseFilter = { [K in "q" | "district" | "tag" | "sizeClass" | "industry"]?: string };

/** The request's filters: a tag or size class outside the catalogue (a hand-edited URL) is left out. */
export const enterpriseQuery = (filter: EnterpriseFilter): EnterpriseQuery => ({
  q: filter.q,
  district: filter.district,
  industry: filter.industry,
  tag: filterTagOf(filter.tag),
  sizeClass: sizeClassOf(filter.sizeClass),
});

/** POST /api/v1/enterprises body (enterpriseInput). */
export type EnterpriseInput = RequestBody<"/api/v1/enterprises", "post">;

export type SupplyChainLinkInput = RequestBody<"/api/v1/supply-chain-links", "post">;

export type ImportResult = ResponseOf<"/api/v1/enterprises/import", "post">;
