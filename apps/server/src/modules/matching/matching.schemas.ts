import {
  DEMAND_KIND_CODES,
  DEMAND_URGENCIES,
  HARD_FILTERS,
  MATCH_CRITERIA,
  PRODUCT_CATEGORY_CODES,
  PRODUCT_TYPE_CODES,
} from "@chanrong/domain";
import { z } from "zod";
import { term, uuidString } from "../../platform/responses";

/* ------------------------------------------------------------------------------------------------
 * Requests
 * ---------------------------------------------------------------------------------------------- */

/** A demand's ranked products: ten a page by default, at most fifty. */
export const demandMatchesQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict();

/** An institution's top demands: fifty by default, at most two hundred. */
export const institutionDemandsQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(200).default(50) })
  .strict();

export const productEnterprisesQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
  })
  .strict();

/* ------------------------------------------------------------------------------------------------
 * Responses
 * ---------------------------------------------------------------------------------------------- */

const weights = z
  .object({
    tags: z.number().int(),
    cluster: z.number().int(),
    sizeClass: z.number().int(),
    industry: z.number().int(),
    rate: z.number().int(),
    outcomes: z.number().int(),
  })
  .meta({ id: "MatchingWeights" });

/** The working of one match: every hard filter and criterion with its reason, and the score out of 100. */
const working = {
  score: z.string(),
  filters: z.array(
    z
      .object({ filter: z.enum(HARD_FILTERS), passed: z.boolean(), reason: term })
      .meta({ id: "MatchFilterResult" }),
  ),
  criteria: z.array(
    z
      .object({
        criterion: z.enum(MATCH_CRITERIA),
        outcome: z.enum(["met", "missed", "neutral", "scored"]),
        points: z.string(),
        weight: z.number().int(),
        reason: term,
      })
      .meta({ id: "MatchCriterionScore" }),
  ),
};

const productSummary = z
  .object({
    id: uuidString,
    name: z.string(),
    category: z.enum(PRODUCT_CATEGORY_CODES),
    type: z.enum(PRODUCT_TYPE_CODES),
    institutionId: uuidString,
    institutionName: z.string(),
    rateMin: z.string().nullable(),
    rateMax: z.string().nullable(),
    amountMin: z.string(),
    amountMax: z.string(),
    termMinMonths: z.number().int(),
    termMaxMonths: z.number().int(),
  })
  .meta({ id: "MatchedProduct" });

export const demandMatches = z.object({
  demandId: uuidString,
  weights,
  /** Products that pass every hard filter; `items` is one page of them, best first. */
  eligibleCount: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(z.object({ product: productSummary, ...working })),
  /** Each institution with an eligible product, ranked by its best one. */
  institutions: z.array(
    z.object({
      institutionId: uuidString,
      institutionName: z.string(),
      score: z.string(),
      bestProductId: uuidString,
      bestProductName: z.string(),
      eligibleProducts: z.number().int(),
    }),
  ),
});

export const institutionDemands = z.object({
  weights,
  /** Open demands its products answer; `items` holds the top ones. */
  total: z.number().int(),
  items: z.array(
    z.object({
      demand: z.object({
        id: uuidString,
        enterpriseName: z.string(),
        kind: z.enum(DEMAND_KIND_CODES),
        amount: z.string(),
        termMonths: z.number().int(),
        urgency: z.enum(DEMAND_URGENCIES),
        postedOn: z.string(),
      }),
      /** The institution's own push of the demand, to claim it. */
      claimId: uuidString,
      claimDueOn: z.string().nullable(),
      product: productSummary,
      ...working,
    }),
  ),
});

export const productEnterprises = z.object({
  product: productSummary,
  weights,
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(
    z.object({
      enterprise: z.object({
        id: uuidString,
        name: z.string(),
        districtCode: z.string(),
        industryCode: z.string(),
        sizeClass: z.string(),
        cluster: z.string().nullable(),
      }),
      ...working,
    }),
  ),
});
