import { APPLICATION_MATERIAL_CODES, ELIGIBILITY_RULES, ORG_TYPES, SLA_UNITS } from "@chanrong/domain";
import { z } from "zod";
import { jsonObject, text, versionField, yuanString } from "../../platform/http";
import { labelled } from "../../platform/responses";

// ---- requests ----

const programmeCode = z.string().regex(/^[A-Za-z0-9_-]{2,40}$/);
const regionCode = z.string().regex(/^\d{6}$/);

export const codeParams = z.object({ code: programmeCode }).strict();

/** Taking an enterprise off a list always says why. */
export const removal = z
  .object({ reason: text({ min: 2, max: 500, multiline: true }) })
  .strict()
  .meta({ id: "ListRemoval" });

export const copyInput = z
  .object({
    code: programmeCode,
    name: text({ min: 2, max: 100 }),
    regionCode,
    eligibleDistricts: z.array(regionCode).min(1).max(100),
  })
  .strict();

export const configInput = z
  .object({
    config: jsonObject,
    expectedVersion: versionField,
    note: text({ min: 2, max: 500, multiline: true }),
  })
  .strict();

export const eligibilityInput = z
  .object({
    enterpriseId: z.uuid(),
    supplyChainCategory: text({ max: 40 }).nullable(),
    amount: yuanString,
    termMonths: z.number().int().min(1).max(600),
    loanUse: text({ max: 40 }),
  })
  .strict();

export const keySupportedQuery = z.object({ region: regionCode.optional() }).strict();

export const keySupportedInput = z
  .object({ enterpriseId: z.uuid(), note: text({ min: 2, max: 500, multiline: true }) })
  .strict();

export const negativeInput = z
  .object({ enterpriseId: z.uuid(), reason: text({ min: 2, max: 500, multiline: true }) })
  .strict();

// ---- responses ----

/** A programme as listed: its identity and the configuration version it runs under now. */
export const programmeResponse = z.object({
  id: z.guid(),
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  currentVersion: z.number().int(),
  createdAt: z.date(),
});

const decimalString = z.string().describe('A decimal string (a rate or share: "0.02")');
const yuan = z.string().describe('Decimal yuan ("10000000.00")');
const dayCount = z.enum(["ACT/360", "ACT/365"]);
const slaPeriod = z.object({ amount: z.number(), unit: z.enum(SLA_UNITS) });

/**
 * A programme's configuration in wire form (packages/domain programme-config-wire.ts: money as decimal
 * yuan strings under the key without "Fen", rates and shares as decimal strings; a limit the programme
 * does not set is null). Always the domain's validated configuration re-encoded, so every field below
 * is there; loose, so the client sends back whole whatever a later version adds.
 */
export const programmeConfigWire = z
  .looseObject({
    code: z.string(),
    version: z.number().int(),
    name: z.string(),
    regionCode: z.string(),
    eligibleDistricts: z.array(z.string()),
    supplyChainCategories: z.array(labelled).nullable(),
    minOperatingYears: z.number().nullable(),
    minAnnualRevenue: yuan.nullable(),
    requireKeySupportedList: z.boolean(),
    checkNegativeList: z.boolean(),
    permittedLoanUses: z.array(labelled),
    maxAmountPerEnterprise: yuan.nullable(),
    maxTermMonths: z.number().nullable(),
    interestSubsidy: z.looseObject({
      rate: decimalString,
      dayCount,
      maxShareOfActualRate: decimalString.optional(),
      maxRatePoints: decimalString.optional(),
      maxPerEnterprisePerYear: yuan.optional(),
      noneIfEverOverdue: z.boolean(),
      applicationWindow: z.enum(["Q2-next-year"]),
    }),
    guaranteeFeeSubsidy: z.looseObject({
      rate: decimalString,
      dayCount,
      feeRateCeiling: decimalString.optional(),
      maxShareOfActualFee: decimalString.optional(),
      cap: yuan.optional(),
    }),
    riskSharingSchemes: z.array(z.string()),
    fundShareOfGuarantor: decimalString,
    slas: z.object({ review: slaPeriod, disbursement: slaPeriod }),
    reviewChain: z.array(
      z.object({ reviewers: z.array(z.object({ orgType: z.enum(ORG_TYPES), name: z.string() })) }),
    ),
    validityYears: z.number(),
    counterGuaranteeMethods: z.array(labelled),
    requiredMaterials: z.array(z.enum(APPLICATION_MATERIAL_CODES)).optional(),
  })
  .meta({ id: "ProgrammeConfig" });

/** A programme with its current configuration in wire form and every version saved. */
export const programmeDetailResponse = programmeResponse
  .extend({
    config: programmeConfigWire,
    versions: z.array(
      z.object({
        version: z.number().int(),
        note: z.string(),
        createdAt: z.date(),
        /** Username of whoever saved it; null for the seeded presets. */
        createdBy: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "ProgrammeDetail" });

export const eligibilityResponse = z.object({
  eligible: z.boolean(),
  checks: z.array(
    z.object({
      rule: z.enum(ELIGIBILITY_RULES),
      passed: z.boolean(),
      /** The actual value and the limit, in Chinese. */
      reason: z.string(),
    }),
  ),
});

const listedEnterprise = {
  id: z.guid(),
  enterpriseId: z.guid(),
  enterpriseName: z.string(),
  uscc: z.string(),
  addedAt: z.date(),
};

export const keySupportedEntryResponse = z.object({ ...listedEnterprise, note: z.string() });
export const negativeEntryResponse = z.object({ ...listedEnterprise, reason: z.string() });

/** The stored row of a key-supported list entry. */
export const keySupportedRowResponse = z.object({
  id: z.guid(),
  regionCode: z.string(),
  enterpriseId: z.guid(),
  note: z.string(),
  addedBy: z.guid().nullable(),
  addedAt: z.date(),
});

/** The stored row of a negative list entry. */
export const negativeRowResponse = z.object({
  id: z.guid(),
  enterpriseId: z.guid(),
  reason: z.string(),
  addedBy: z.guid(),
  addedAt: z.date(),
});

/** A removal answers nothing. */
export const noContent = z.null().describe("已移除 (removed; no body)");
