import {
  CLUSTER_CODES,
  ENTERPRISE_TAG_CODES,
  INCENTIVE_BASES,
  INCENTIVE_CAPS,
  INCENTIVE_PRESETS,
  INCENTIVE_RULES,
  LISTING_REWARD_STAGES,
  PAYMENT_REVIEW_STATES,
  PAYMENT_STATUSES,
} from "@chanrong/domain";
import { z } from "zod";
import { isoDate, text, versionField, yuanString } from "../../platform/http";
import { uuidString } from "../../platform/responses";
import { historyEntry } from "../payments/payments.schemas";

// ---- the policy as JSON (domain IncentivePolicyWire): amounts in yuan ----

const presetCode = z.enum(Object.keys(INCENTIVE_PRESETS) as [keyof typeof INCENTIVE_PRESETS]);
const regionCode = z.string().regex(/^\d{6}$/);
const capYuan = yuanString.nullable();

const formula = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("FIXED"), amount: yuanString }).strict(),
  z
    .object({
      kind: z.literal("SHARE_OF_BASE"),
      base: z.enum(INCENTIVE_BASES),
      rate: text({ max: 12 }),
      cap: yuanString,
    })
    .strict(),
  z
    .object({
      kind: z.literal("STAGED"),
      stages: z
        .array(z.object({ stage: z.enum(LISTING_REWARD_STAGES), amount: yuanString }).strict())
        .max(LISTING_REWARD_STAGES.length),
      totalCap: yuanString,
    })
    .strict(),
]);

export const policyWire = z
  .object({
    code: z.string(),
    name: text({ min: 2, max: 100 }),
    nameEn: text({ min: 2, max: 200 }),
    regionCode,
    applicant: z.enum(["ENTERPRISE", "FUND"]),
    eligibility: z
      .object({
        // Checked against the catalogues by the domain (validateIncentivePolicy), naming the entry.
        anyOfTags: z.array(text({ max: 40 })).max(ENTERPRISE_TAG_CODES.length),
        clusters: z.array(text({ max: 40 })).max(CLUSTER_CODES.length),
        window: z.object({ from: isoDate, to: isoDate.nullable() }).strict(),
      })
      .strict(),
    formula,
    caps: z.object({ perEnterprise: capYuan, perEnterprisePerYear: capYuan, budget: capYuan }).strict(),
    repeatable: z.boolean(),
    evidence: z
      .array(
        z
          .object({
            code: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/),
            zh: text({ max: 60 }),
            en: text({ max: 120 }),
          })
          .strict(),
      )
      .max(20),
  })
  .strict()
  .meta({ id: "IncentivePolicyDefinition" });

// ---- requests ----

export const copyPresetInput = z
  .object({ preset: presetCode, regionCode, fundId: z.uuid(), from: isoDate })
  .strict();

export const savePolicyInput = z
  .object({
    policy: policyWire,
    expectedVersion: versionField,
    note: text({ min: 2, max: 500, multiline: true }),
  })
  .strict();

export const retireInput = z
  .object({ expectedVersion: versionField, reason: text({ min: 2, max: 500, multiline: true }) })
  .strict();

export const applicationInput = z
  .object({
    policyId: z.uuid(),
    enterpriseId: z.uuid().optional(),
    base: yuanString.optional(),
    stage: z.enum(LISTING_REWARD_STAGES).optional(),
    evidence: z.array(z.uuid()).max(20),
  })
  .strict()
  .meta({ id: "IncentiveApplicationForm" });

// ---- responses ----

const policyRow = z
  .object({
    id: uuidString,
    code: z.string(),
    name: z.string(),
    regionCode: z.string(),
    fundId: uuidString,
    fundName: z.string(),
    currentVersion: z.number().int(),
    retiredAt: z.date().nullable(),
    retiredReason: z.string().nullable(),
    createdAt: z.date(),
    policy: policyWire,
  })
  .meta({ id: "IncentivePolicy" });

export const presetResponse = z.object({ code: z.string(), policy: policyWire });

export const policyResponse = policyRow;

export const policyDetailResponse = policyRow
  .extend({
    versions: z.array(
      z.object({
        version: z.number().int(),
        note: z.string(),
        createdAt: z.date(),
        createdBy: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "IncentivePolicyDetail" });

const ruleResult = z.object({ rule: z.enum(INCENTIVE_RULES), met: z.boolean(), reason: z.string() });

/** The computation (domain IncentiveWorking), amounts in yuan. */
const working = z
  .object({
    formula: z.enum(["FIXED", "SHARE_OF_BASE", "STAGED"]),
    base: z.object({ kind: z.string(), amount: z.string() }).optional(),
    rate: z.string().optional(),
    stages: z
      .array(z.object({ stage: z.enum(LISTING_REWARD_STAGES), label: z.string(), amount: z.string() }))
      .optional(),
    uncapped: z.string(),
    caps: z.array(
      z.object({
        cap: z.enum(INCENTIVE_CAPS),
        limit: z.string(),
        used: z.string(),
        remaining: z.string(),
        applied: z.boolean(),
      }),
    ),
    amount: z.string(),
    rounding: z.literal("half-up-once-to-fen"),
  })
  .meta({ id: "IncentiveWorking" });

export const previewResponse = z.object({
  eligible: z.boolean(),
  rules: z.array(ruleResult),
  amount: z.string(),
  working,
});

export const evidenceResponse = z
  .object({
    id: uuidString,
    code: z.string(),
    filename: z.string(),
    size: z.number().int(),
  })
  .meta({ id: "IncentiveEvidence" });

export const applicationResponse = z.object({
  id: uuidString,
  policyId: uuidString,
  policyVersion: z.number().int(),
  policyName: z.string(),
  policyNameEn: z.string(),
  policyCode: z.string(),
  regionCode: z.string(),
  enterpriseId: uuidString,
  enterpriseName: z.string(),
  applicantOrgId: uuidString,
  applicantName: z.string(),
  fundName: z.string(),
  stage: z.enum(LISTING_REWARD_STAGES).nullable(),
  base: z.string().nullable(),
  amount: z.string(),
  paymentId: uuidString,
  /** The payment's status: the application keeps none of its own. */
  status: z.enum(PAYMENT_STATUSES),
  statusLabel: z.string(),
  financeReview: z.enum(PAYMENT_REVIEW_STATES),
  industryReview: z.enum(PAYMENT_REVIEW_STATES),
  paidOn: z.string().nullable(),
  submittedBy: uuidString,
  submittedOn: z.string(),
  createdAt: z.date(),
});

export const applicationDetailResponse = applicationResponse
  .extend({
    rules: z.array(ruleResult),
    working,
    evidence: z.array(evidenceResponse),
    /** Each step of the reward's payment: who decided, when, with what opinion or reason. */
    decisions: z.array(historyEntry),
  })
  .meta({ id: "IncentiveApplicationDetail" });
