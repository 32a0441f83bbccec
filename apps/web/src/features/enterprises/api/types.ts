/** Shapes of the enterprise registry API (apps/server/src/modules/enterprises). Money is decimal yuan strings. */
import type { RequestBody } from "../../../shared/api/types";

export type Ownership = EnterpriseInput["ownership"];
export type EnterpriseTagKind = NonNullable<EnterpriseInput["tags"]>[number]["tag"];

export type SizeClass = "LARGE" | "MEDIUM" | "SMALL" | "MICRO";

// TODO(contract)
export interface EnterpriseTag {
  tag: EnterpriseTagKind;
  validFrom: string;
  validTo: string | null;
}

// TODO(contract)
export interface Revenue {
  year: number;
  amount: string;
}

// TODO(contract)
export interface Enterprise {
  id: string;
  uscc: string;
  name: string;
  address: string;
  districtCode: string;
  districtName: string;
  legalRepresentative: string;
  contactName: string | null;
  contactPhone: string | null;
  establishedOn: string;
  industryCode: string;
  mainBusiness: string | null;
  employees: number;
  ownership: Ownership;
  sizeClass: SizeClass;
  totalAssets: string | null;
  usccConfirmedAsIssued: boolean;
  revenues: Revenue[];
  tags: EnterpriseTag[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

// TODO(contract)
export interface BankAccount {
  id: string;
  enterpriseId: string;
  bankOrgId: string | null;
  bankName: string;
  accountNo: string;
}

// TODO(contract)
export interface SupplyChainLink {
  id: string;
  coreEnterpriseId: string;
  coreEnterpriseName: string;
  supplierEnterpriseId: string;
  supplierEnterpriseName: string;
  tier: number;
  products: string;
}

// TODO(contract)
export interface EnterpriseDetail extends Enterprise {
  bankAccounts: BankAccount[];
  supplyChainLinks: SupplyChainLink[];
  canEdit: boolean;
}

export interface EnterpriseFilter {
  q?: string;
  district?: string;
  tag?: string;
  sizeClass?: string;
  industry?: string;
}

// TODO(contract)
export interface EnterprisePage {
  items: Enterprise[];
  total: number;
  page: number;
  pageSize: number;
}

/** POST /api/v1/enterprises body (enterpriseInput). */
export type EnterpriseInput = RequestBody<"/api/v1/enterprises", "post">;

export type SupplyChainLinkInput = RequestBody<"/api/v1/supply-chain-links", "post">;

// TODO(contract)
export interface ImportResult {
  imported: number;
}
