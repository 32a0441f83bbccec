/** Shapes of the enterprise registry API (apps/server/src/modules/enterprises). Money is decimal yuan strings. */

export type SizeClass = "LARGE" | "MEDIUM" | "SMALL" | "MICRO";

export interface EnterpriseTag {
  tag: string;
  validFrom: string;
  validTo: string | null;
}

export interface Revenue {
  year: number;
  amount: string;
}

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
  ownership: string;
  sizeClass: SizeClass;
  totalAssets: string | null;
  usccConfirmedAsIssued: boolean;
  revenues: Revenue[];
  tags: EnterpriseTag[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface BankAccount {
  id: string;
  enterpriseId: string;
  bankOrgId: string | null;
  bankName: string;
  accountNo: string;
}

export interface SupplyChainLink {
  id: string;
  coreEnterpriseId: string;
  coreEnterpriseName: string;
  supplierEnterpriseId: string;
  supplierEnterpriseName: string;
  tier: number;
  products: string;
}

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

export interface EnterprisePage {
  items: Enterprise[];
  total: number;
  page: number;
  pageSize: number;
}

/** POST /api/v1/enterprises body (enterpriseInput). */
export interface EnterpriseInput {
  uscc: string;
  name: string;
  address: string;
  districtCode: string;
  legalRepresentative: string;
  contactName: string | null;
  contactPhone: string | null;
  establishedOn: string;
  industryCode: string;
  mainBusiness: string | null;
  employees: number;
  totalAssets: string | null;
  ownership: string;
  revenues: Revenue[];
  tags: EnterpriseTag[];
  bankAccounts: { bankOrgId: string | null; bankName: string; accountNo: string }[];
  usccConfirmedAsIssued?: boolean;
}

export interface SupplyChainLinkInput {
  coreEnterpriseId: string;
  supplierEnterpriseId: string;
  tier: number;
  products: string;
}

export interface ImportResult {
  imported: number;
}
