import {
  CLAIM_ACTIONS,
  CLAIM_MODES,
  CLAIM_STATES,
  COLLATERAL_KIND_CODES,
  DEMAND_KIND_CODES,
  DEMAND_STATUSES,
  DEMAND_URGENCIES,
  MARKETPLACE_PRESETS,
  type MatchCriterion,
  SLA_STATE_TERMS,
  type SlaState,
} from "@chanrong/domain";
import { z } from "zod";
import { annualRate, isoDate, text, versionField, yuanString } from "../../platform/http";
import { uuidString } from "../../platform/responses";

const SLA_STATES = Object.keys(SLA_STATE_TERMS) as [SlaState, ...SlaState[]];

/* ------------------------------------------------------------------------------------------------
 * Requests
 * ---------------------------------------------------------------------------------------------- */

export const demandInput = z
  .object({
    /** Required when a bureau posts for an enterprise; an enterprise posts for itself. */
    enterpriseId: z.uuid().optional(),
    /** 申请此产品: a listed product the demand asks for; the demand must keep within its terms. */
    productId: z.uuid().optional(),
    kind: z.enum(DEMAND_KIND_CODES),
    amount: yuanString,
    termMonths: z.number().int().min(1).max(360),
    purpose: text({ max: 1000, multiline: true }),
    collateral: z.array(z.enum(COLLATERAL_KIND_CODES)).min(1).max(COLLATERAL_KIND_CODES.length),
    keyProject: text({ max: 200 }).nullable().default(null),
    urgency: z.enum(DEMAND_URGENCIES),
  })
  .strict();

export const demandsQuery = z.object({ status: z.enum(DEMAND_STATUSES).optional() }).strict();

export const curationBody = z
  .object({
    action: z.enum(["admit", "decline"]),
    version: versionField,
    /** admit: the 一企一策 note. */
    note: text({ max: 2000, multiline: true }).optional(),
    /** admit: the 金融顾问, a user of the bureau. */
    officerUserId: z.uuid().optional(),
    /** admit: the institutions it goes to; left out or empty, it is open to every institution that fits. */
    targetOrgIds: z.array(z.uuid()).max(50).optional(),
    /** admit, a demand asked for a product: why its institution is left out of targetOrgIds. */
    productInstitutionOmittedReason: text({ max: 2000, multiline: true }).optional(),
    /** decline: why it is not admitted. */
    reason: text({ max: 2000, multiline: true }).optional(),
  })
  .strict();

export const claimsQuery = z.object({ state: z.enum(CLAIM_STATES).optional() }).strict();

export const claimActionBody = z
  .object({
    action: z.enum(CLAIM_ACTIONS),
    version: versionField,
    note: text({ max: 2000, multiline: true }).optional(),
    reason: text({ max: 2000, multiline: true }).optional(),
    approvedAmount: yuanString.optional(),
    approvedRate: annualRate.optional(),
    approvedTermMonths: z.number().int().min(1).max(360).optional(),
    /** 授信: the credit line granted. */
    creditAmount: yuanString.optional(),
    /** 放款: the amount lent. */
    fundedAmount: yuanString.optional(),
    fundedOn: isoDate.optional(),
    fundedRate: annualRate.optional(),
    rating: z.number().int().optional(),
    comment: text({ max: 1000, multiline: true }).optional(),
  })
  .strict();

export const batchInput = z.object({ periodFrom: isoDate, periodTo: isoDate }).strict();

/** Matching's weights per criterion, out of 100 (validateMatchingWeights checks the sum). */
const weight = z.number().int();
const matchingWeights = z
  .object({
    tags: weight,
    cluster: weight,
    sizeClass: weight,
    industry: weight,
    rate: weight,
    outcomes: weight,
  } satisfies Record<MatchCriterion, z.ZodNumber>)
  .strict();

export const settingsInput = z
  .object({
    /** A preset's name fills every field; fields given beside it override it. */
    preset: z.enum(Object.keys(MARKETPLACE_PRESETS) as [keyof typeof MARKETPLACE_PRESETS]).optional(),
    claimMode: z.enum(CLAIM_MODES).optional(),
    maxClaimants: z.number().int().optional(),
    claimWorkingDays: z.number().int().optional(),
    contactWorkingDays: z.number().int().optional(),
    decisionWorkingDays: z.number().int().optional(),
    escalateAfterWorkingDays: z.number().int().optional(),
    /** Replaces the region's matching weights as a whole. */
    matchingWeights: matchingWeights.optional(),
  })
  .strict();

export const regionParams = z.object({ regionCode: z.string().regex(/^\d{6}$/) }).strict();

/* ------------------------------------------------------------------------------------------------
 * Responses
 * ---------------------------------------------------------------------------------------------- */

export const settingsResponse = z
  .object({
    regionCode: z.string(),
    claimMode: z.enum(CLAIM_MODES),
    maxClaimants: z.number().int(),
    claimWorkingDays: z.number().int(),
    contactWorkingDays: z.number().int(),
    decisionWorkingDays: z.number().int(),
    escalateAfterWorkingDays: z.number().int(),
    /** The region's own weights, or the defaults when it has none. */
    matchingWeights,
    /** Who last changed the region's settings and when; null while it runs on the default preset. */
    changedBy: z.string().nullable(),
    changedAt: z.date().nullable(),
  })
  .meta({ id: "MarketplaceSettings" });

export const claimResponse = z
  .object({
    id: uuidString,
    demandId: uuidString,
    orgId: uuidString,
    orgName: z.string(),
    enterpriseName: z.string(),
    demandKind: z.enum(DEMAND_KIND_CODES),
    demandAmount: z.string(),
    demandTermMonths: z.number().int(),
    state: z.enum(CLAIM_STATES),
    version: z.number().int(),
    pushedOn: z.string(),
    claimedOn: z.string().nullable(),
    dueOn: z.string().nullable(),
    slaState: z.enum(SLA_STATES).nullable(),
    remindedOn: z.string().nullable(),
    /** For a push: whether a claimant place is still free. */
    claimable: z.boolean(),
    approvedAmount: z.string().nullable(),
    approvedRate: z.string().nullable(),
    approvedTermMonths: z.number().int().nullable(),
    creditAmount: z.string().nullable(),
    fundedAmount: z.string().nullable(),
    fundedOn: z.string().nullable(),
    fundedRate: z.string().nullable(),
    declineReason: z.string().nullable(),
    rating: z.number().int().nullable(),
    ratingComment: z.string().nullable(),
    actions: z.array(z.enum(CLAIM_ACTIONS)),
  })
  .meta({ id: "FinancingClaim" });

export const demandResponse = z.object({
  id: uuidString,
  enterpriseId: uuidString,
  enterpriseName: z.string(),
  regionCode: z.string(),
  kind: z.enum(DEMAND_KIND_CODES),
  amount: z.string(),
  termMonths: z.number().int(),
  purpose: z.string(),
  collateral: z.array(z.enum(COLLATERAL_KIND_CODES)),
  keyProject: z.string().nullable(),
  urgency: z.enum(DEMAND_URGENCIES),
  status: z.enum(DEMAND_STATUSES),
  version: z.number().int(),
  policyNote: z.string().nullable(),
  declineReason: z.string().nullable(),
  officerName: z.string().nullable(),
  openToAll: z.boolean().nullable(),
  batchNumber: z.number().int().nullable(),
  /** The product the demand asked for (申请此产品), at the listed version it was checked against. */
  product: z
    .object({
      id: uuidString,
      version: z.number().int(),
      name: z.string(),
      orgId: uuidString,
      institutionName: z.string(),
    })
    .meta({ id: "RequestedProduct" })
    .nullable(),
  /** Why the bureau did not push it to the institution of the product asked for. */
  productOmittedReason: z.string().nullable(),
  postedOn: z.string(),
  decidedOn: z.string().nullable(),
  /** The claims the caller may see: a bureau and the enterprise all, an institution its own. */
  claims: z.array(claimResponse),
});

export const historyEntry = z.object({
  id: z.number().int(),
  claimId: uuidString.nullable(),
  /** The institution a claim step concerns (the push's, the claim's); null for the demand's own steps. */
  institutionName: z.string().nullable(),
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  note: z.string().nullable(),
  at: z.date(),
  businessDate: z.string(),
  actorName: z.string().nullable(),
  actorOrgName: z.string().nullable(),
});

export const demandDetail = demandResponse
  .extend({
    history: z.array(historyEntry),
    /** For the bureau while it curates: its users (金融顾问) and the institutions that fit. */
    curation: z
      .object({
        officers: z.array(z.object({ id: uuidString, displayName: z.string() })),
        institutions: z.array(z.object({ id: uuidString, name: z.string() })),
      })
      .nullable(),
  })
  .meta({ id: "FinancingDemandDetail" });

export const batchResponse = z
  .object({
    id: uuidString,
    regionCode: z.string(),
    number: z.number().int(),
    periodFrom: z.string(),
    periodTo: z.string(),
    publishedOn: z.string(),
    demandCount: z.number().int(),
  })
  .meta({ id: "FinancingDemandBatch" });

export const institutionSummary = z.object({
  orgId: uuidString,
  orgName: z.string(),
  open: z.number().int(),
  overdue: z.number().int(),
  declined: z.number().int(),
  released: z.number().int(),
  funded: z.number().int(),
});

export const deadlineRun = z.object({ reminded: z.number().int(), escalated: z.number().int() });
