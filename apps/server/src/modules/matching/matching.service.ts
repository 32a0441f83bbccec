import {
  type CollateralKind,
  type CriterionResult,
  type DemandKind,
  type DemandUrgency,
  demandKindOfCategory,
  type FilterResult,
  formatYuan,
  INSTITUTION_ORG_TYPES,
  type Match,
  type MatchDemand,
  type MatchEnterprise,
  parseYuan,
  productFitForEnterprise,
  rankDemandsForInstitution,
  rankProductsForDemand,
  regionPrefix,
} from "@chanrong/domain";
import { Decimal } from "decimal.js";
import type { Database } from "../../db/client";
import { requireOrgType } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import { getDemand } from "../demands/demands.service";
import { institutionRecords, openDemandsPushedTo } from "../demands/open-demands.service";
import { matchingWeightsFor } from "../demands/whitelist.service";
import { targetingProfilesIn, targetingProfilesOf } from "../enterprises/enterprises.service";
import {
  candidatesForDemand,
  listedProductsOf,
  type MatchCandidate,
  managedListedCandidate,
} from "../products/products.service";

/*
 * Explainable matching (issue 12 point 5): each view loads what scoring reads — prefiltered in SQL where
 * a condition is exact — scores in memory with the domain's functions and answers with their reasons.
 */

const isInstitution = (actor: Actor) => INSTITUTION_ORG_TYPES.includes(actor.orgType);

/** What every ranked entry carries: its score and the working behind it. */
const working = (match: Match) => ({
  score: match.score,
  filters: match.filters as FilterResult[],
  criteria: match.criteria as CriterionResult[],
});

function productSummary(product: MatchCandidate) {
  return {
    id: product.id,
    name: product.name,
    category: product.category,
    type: product.type,
    institutionId: product.institutionId,
    institutionName: product.institutionName,
    rateMin: product.rateMin,
    rateMax: product.rateMax,
    amountMin: formatYuan(product.amountMinFen),
    amountMax: formatYuan(product.amountMaxFen),
    termMinMonths: product.termMinMonths,
    termMaxMonths: product.termMaxMonths,
  };
}

export interface Page {
  page: number;
  pageSize: number;
}

// ── For a demand: products and institutions ranked ──────────────────────────────────────────────

/**
 * The listed products ranked for a demand, for the enterprise that posted it and the bureau curating
 * it; institutions answer demands through their own view. Only eligible products are listed; the
 * institutions are ranked by their best product.
 */
export async function productsForDemand(db: Database, actor: Actor, demandId: string, page: Page) {
  if (isInstitution(actor)) {
    throw AppError.forbidden({
      zh: "需求的匹配产品仅向发布企业和经信部门展示",
      en: "A demand's matches are for its enterprise and its bureau",
    });
  }
  const demand = await getDemand(db, actor, demandId);
  const [profile] = await targetingProfilesOf(db, [demand.enterpriseId]);
  if (!profile) throw AppError.notFound({ zh: "企业", en: "Enterprise" });
  const amountFen = parseYuan(demand.amount, ["amount"]);
  const [candidates, weights] = await Promise.all([
    candidatesForDemand(db, {
      kind: demand.kind,
      amountFen,
      termMonths: demand.termMonths,
      collateral: demand.collateral,
      districtCode: profile.districtCode,
    }),
    matchingWeightsFor(db, demand.regionCode),
  ]);
  const records = await institutionRecords(
    db,
    candidates.map((candidate) => candidate.institutionId),
  );
  const subject: MatchDemand = {
    id: demand.id,
    kind: demand.kind,
    amountFen,
    termMonths: demand.termMonths,
    collateralOffered: demand.collateral,
    enterprise: profile,
  };
  const eligible = rankProductsForDemand(subject, candidates, records, weights, today()).filter(
    (ranked) => ranked.eligible,
  );
  const institutions = new Map<string, { best: (typeof eligible)[number]; products: number }>();
  for (const ranked of eligible) {
    const entry = institutions.get(ranked.product.institutionId);
    // Ranked best first: the first product seen is the institution's best.
    if (entry) entry.products += 1;
    else institutions.set(ranked.product.institutionId, { best: ranked, products: 1 });
  }
  const start = (page.page - 1) * page.pageSize;
  return {
    demandId: demand.id,
    weights,
    eligibleCount: eligible.length,
    page: page.page,
    pageSize: page.pageSize,
    items: eligible.slice(start, start + page.pageSize).map((ranked) => ({
      product: productSummary(ranked.product as MatchCandidate),
      ...working(ranked),
    })),
    institutions: [...institutions.values()].map(({ best, products }) => ({
      institutionId: best.product.institutionId,
      institutionName: (best.product as MatchCandidate).institutionName,
      score: best.score,
      bestProductId: best.product.id,
      bestProductName: (best.product as MatchCandidate).name,
      eligibleProducts: products,
    })),
  };
}

// ── For an institution: its open demands ranked ─────────────────────────────────────────────────

/**
 * The demands pushed to the institution that it may still claim, ranked over its own listed products
 * (each by its best). Another institution's claims and demands outside its region never enter.
 */
export async function demandsForInstitution(db: Database, actor: Actor, limit: number) {
  requireOrgType(actor, ...INSTITUTION_ORG_TYPES);
  const [products, weights] = await Promise.all([
    listedProductsOf(db, actor.orgId),
    matchingWeightsFor(db, actor.orgRegionCode),
  ]);
  if (products.length === 0) return { weights, total: 0, items: [] };
  const rows = await openDemandsPushedTo(db, {
    orgId: actor.orgId,
    regionPrefix: regionPrefix(actor.orgRegionCode),
    kinds: [...new Set(products.map((p) => demandKindOfCategory(p.category)))],
    amountFen: {
      min: products.map((p) => p.amountMinFen).reduce((a, b) => (a < b ? a : b)),
      max: products.map((p) => p.amountMaxFen).reduce((a, b) => (a > b ? a : b)),
    },
    termMonths: {
      min: Math.min(...products.map((p) => p.termMinMonths)),
      max: Math.max(...products.map((p) => p.termMaxMonths)),
    },
  });
  const byDemand = new Map(rows.map((row) => [row.demandId, row]));
  const profiles = new Map(
    (await targetingProfilesOf(db, [...new Set(rows.map((row) => row.enterpriseId))])).map((profile) => [
      profile.id,
      profile,
    ]),
  );
  const { total, ranked } = rankDemandsForInstitution(
    products,
    rows.map((row) => ({
      id: row.demandId,
      kind: row.kind as DemandKind,
      amountFen: row.amountFen,
      termMonths: row.termMonths,
      collateralOffered: row.collateral as CollateralKind[],
      enterprise: profiles.get(row.enterpriseId) as MatchEnterprise,
    })),
    weights,
    today(),
    limit,
  );
  return {
    weights,
    total,
    items: ranked.map((entry) => {
      const row = byDemand.get(entry.demand.id) as (typeof rows)[number];
      return {
        demand: {
          id: row.demandId,
          enterpriseName: row.enterpriseName,
          kind: row.kind as DemandKind,
          amount: formatYuan(row.amountFen),
          termMonths: row.termMonths,
          urgency: row.urgency as DemandUrgency,
          postedOn: row.postedOn,
        },
        claimId: row.claimId,
        claimDueOn: row.dueOn,
        product: productSummary(entry.product as MatchCandidate),
        ...working(entry),
      };
    }),
  };
}

// ── For a product: the registry's enterprises it fits ───────────────────────────────────────────

/**
 * The enterprises of the product's region it is eligible for, best fit first (ties by name), for its
 * institution and the bureau of its region.
 */
export async function enterprisesForProduct(
  db: Database,
  actor: Actor,
  productId: string,
  /** One page, or every fit (the export). */
  page: Page | null = null,
) {
  requireOrgType(actor, "INDUSTRY_BUREAU", "PLATFORM_ADMIN", ...INSTITUTION_ORG_TYPES);
  const product = await managedListedCandidate(db, actor, productId);
  const [enterprises, weights] = await Promise.all([
    targetingProfilesIn(db, product.regionCode),
    matchingWeightsFor(db, product.regionCode),
  ]);
  const day = today();
  const fits = enterprises
    .map((enterprise) => ({ enterprise, fit: productFitForEnterprise(product, enterprise, weights, day) }))
    .filter(({ fit }) => fit.eligible)
    .sort(
      (a, b) =>
        new Decimal(b.fit.score).comparedTo(a.fit.score) ||
        a.enterprise.name.localeCompare(b.enterprise.name, "zh"),
    );
  return {
    product: productSummary(product),
    weights,
    total: fits.length,
    page: page?.page ?? 1,
    pageSize: page?.pageSize ?? fits.length,
    items: (page ? fits.slice((page.page - 1) * page.pageSize, page.page * page.pageSize) : fits).map(
      ({ enterprise, fit }) => ({
        enterprise: {
          id: enterprise.id,
          name: enterprise.name,
          districtCode: enterprise.districtCode,
          industryCode: enterprise.industryCode,
          sizeClass: enterprise.sizeClass,
          cluster: enterprise.cluster,
        },
        ...working(fit),
      }),
    ),
  };
}
