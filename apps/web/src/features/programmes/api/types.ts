/**
 * Shapes of the programmes API (apps/server/src/modules/programmes). The configuration is its wire
 * form (packages/domain programme-config-wire.ts): money as decimal yuan strings under the key
 * without "Fen", rates and shares as decimal strings.
 */
import type { EligibilityRule, SlaName, SlaUnit } from "@chanrong/domain";
import type { RequestBody } from "../../../shared/api/types";
import type { Labelled, OrgType } from "../../../shared/types";

export type { EligibilityRule } from "@chanrong/domain";

// TODO(contract)
/** GET /api/v1/programmes row. */
export interface Programme {
  id: string;
  code: string;
  name: string;
  regionCode: string;
  currentVersion: number;
  createdAt: string;
}

// TODO(contract)
export interface SlaPeriodWire {
  amount: number;
  unit: SlaUnit;
}

// TODO(contract)
export interface ReviewStageWire {
  reviewers: { orgType: OrgType; name: string }[];
}

// TODO(contract)
export interface InterestSubsidyWire {
  rate: string;
  dayCount: string;
  maxShareOfActualRate?: string;
  maxRatePoints?: string;
  /** 元 per enterprise and year. */
  maxPerEnterprisePerYear?: string;
  noneIfEverOverdue: boolean;
  applicationWindow: string;
}

// TODO(contract)
export interface GuaranteeFeeSubsidyWire {
  rate: string;
  dayCount: string;
  feeRateCeiling?: string;
  maxShareOfActualFee?: string;
  /** 元 per guarantor and yearly application. */
  cap?: string;
}

// TODO(contract)
/**
 * A programme's configuration as the server sends it and takes it back whole. A money limit the
 * programme does not set is null (the server may also send it as `<key>Fen: null`).
 */
export interface ProgrammeConfigWire {
  code: string;
  version: number;
  name: string;
  regionCode: string;
  eligibleDistricts: string[];
  supplyChainCategories: Labelled[] | null;
  minOperatingYears: number | null;
  minAnnualRevenue?: string | null;
  requireKeySupportedList: boolean;
  checkNegativeList: boolean;
  permittedLoanUses: Labelled[];
  maxAmountPerEnterprise?: string | null;
  maxTermMonths: number | null;
  interestSubsidy: InterestSubsidyWire;
  guaranteeFeeSubsidy: GuaranteeFeeSubsidyWire;
  riskSharingSchemes: string[];
  fundShareOfGuarantor: string;
  slas: Record<SlaName, SlaPeriodWire>;
  reviewChain: ReviewStageWire[];
  validityYears: number;
  counterGuaranteeMethods: Labelled[];
  [key: string]: unknown;
}

// TODO(contract)
export interface ProgrammeVersion {
  version: number;
  note: string;
  createdAt: string;
  /** Username of whoever saved it; null for the seeded presets. */
  createdBy: string | null;
}

// TODO(contract)
/** GET /api/v1/programmes/:code */
export interface ProgrammeDetail extends Programme {
  config: ProgrammeConfigWire;
  versions: ProgrammeVersion[];
}

/** POST /api/v1/programmes/:code/copies body. */
export type ProgrammeCopyInput = RequestBody<"/api/v1/programmes/{code}/copies", "post">;

/** PUT /api/v1/programmes/:code/config body. */
export type ProgrammeConfigInput = RequestBody<"/api/v1/programmes/{code}/config", "put">;

/** POST /api/v1/programmes/:code/eligibility body. */
export type EligibilityInput = RequestBody<"/api/v1/programmes/{code}/eligibility", "post">;

// TODO(contract)
export interface EligibilityCheck {
  rule: EligibilityRule;
  passed: boolean;
  /** In Chinese, with the actual value and the limit. */
  reason: string;
}

// TODO(contract)
export interface EligibilityResult {
  eligible: boolean;
  checks: EligibilityCheck[];
}

// TODO(contract)
/** GET /api/v1/key-supported-list row. */
export interface KeySupportedEntry {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  uscc: string;
  note: string;
  addedAt: string;
}

// TODO(contract)
/** GET /api/v1/negative-list row. */
export interface NegativeListEntry {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  uscc: string;
  reason: string;
  addedAt: string;
}

// TODO(contract)
/** What POST /api/v1/key-supported-list and /api/v1/negative-list answer: the stored row. */
export interface ListEntryRow {
  id: string;
  enterpriseId: string;
  addedAt: string;
}
