import { ELIGIBILITY_RULES } from "@chanrong/domain";
import { z } from "zod";
import { jsonObject, text, versionField, yuanString } from "../../platform/http";

// ---- requests ----

const programmeCode = z.string().regex(/^[A-Za-z0-9_-]{2,40}$/);
const regionCode = z.string().regex(/^\d{6}$/);

export const codeParams = z.object({ code: programmeCode }).strict();

/** Taking an enterprise off a list always says why. */
export const removal = z.object({ reason: text({ min: 2, max: 500, multiline: true }) }).strict();

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

/**
 * A programme with its current configuration in wire form (packages/domain programme-config-wire.ts:
 * money as decimal yuan strings, rates and shares as decimal strings) and every version saved.
 */
export const programmeDetailResponse = programmeResponse.extend({
  config: z.record(z.string(), z.unknown()),
  versions: z.array(
    z.object({
      version: z.number().int(),
      note: z.string(),
      createdAt: z.date(),
      /** Username of whoever saved it; null for the seeded presets. */
      createdBy: z.string().nullable(),
    }),
  ),
});

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
  addedBy: z.guid(),
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
