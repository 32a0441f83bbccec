import {
  formatYuan,
  type IncentivePolicy,
  LISTING_REWARD_STAGE_TERMS,
  type ListingRewardOffer,
  type ListingRewardStage,
  listingRewardOffers,
  newlyOffered,
  type PipelineFacts,
  regionCovers,
  type Term,
} from "@chanrong/domain";
import type { Executor } from "../../db/client";
import { today } from "../../platform/clock";
import { notifyOrganisations } from "../applications/notifications.service";
import { organisationsOfEnterprises } from "../identity/identity.service";
import * as repo from "./incentives.repository";
import { policyAt } from "./policies.service";

/** The enterprise whose pipeline entry earns the offers, with the district its policies must cover. */
export interface OfferedEnterprise {
  id: string;
  districtCode: string;
}

/** The live policies an enterprise of the district applies for itself, each at its current version. */
async function policiesOfDistrict(db: Executor, districtCode: string) {
  const rows = (await repo.listPolicies(db)).filter(
    ({ policy }) => !policy.retiredAt && regionCovers(policy.regionCode, districtCode),
  );
  const policies = await Promise.all(
    rows.map(async ({ policy }) => ({ id: policy.id, policy: await policyAt(db, policy) })),
  );
  return policies.filter(({ policy }) => policy.applicant === "ENTERPRISE");
}

async function offersOf(
  db: Executor,
  enterprise: OfferedEnterprise,
  facts: PipelineFacts,
  policies: { id: string; policy: IncentivePolicy }[],
) {
  const claimed = (await repo.claimedBy(db, enterprise.id)).map((row) => ({
    policyId: row.policyId,
    stage: row.stage as ListingRewardStage | null,
  }));
  const offerable = policies.map(({ id, policy }) => ({
    id,
    code: policy.code,
    formula: policy.formula,
    window: policy.eligibility.window,
  }));
  return listingRewardOffers(facts, offerable, claimed, today());
}

/** What the offer pays as the policy states it: the stage's amount or the fixed reward (the caps may cut it). */
function statedAmount(policy: IncentivePolicy, stage: ListingRewardStage | null) {
  const { formula } = policy;
  if (formula.kind === "STAGED") return formula.stages.find((item) => item.stage === stage)?.amountFen ?? 0n;
  return formula.kind === "FIXED" ? formula.amountFen : formula.capFen;
}

function present(offer: ListingRewardOffer, policies: { id: string; policy: IncentivePolicy }[]) {
  const policy = policies.find((candidate) => candidate.id === offer.policyId)?.policy as IncentivePolicy;
  return {
    policyId: offer.policyId,
    policyName: policy.name,
    policyNameEn: policy.nameEn,
    stage: offer.stage,
    amount: formatYuan(statedAmount(policy, offer.stage)),
  };
}

/**
 * "可申请": the listing rewards an enterprise's pipeline entry has earned and it has not applied for yet
 * (issue 13 §4). The caller (the listing pipeline) has decided the entry is the enterprise's to see.
 */
export async function listingRewardOffersFor(
  db: Executor,
  enterprise: OfferedEnterprise,
  facts: PipelineFacts,
) {
  const policies = await policiesOfDistrict(db, enterprise.districtCode);
  return (await offersOf(db, enterprise, facts, policies)).map((offer) => present(offer, policies));
}

const offerMessage = (name: { zh: string; en: string }, stage: ListingRewardStage | null): Term => {
  const reached = stage ? LISTING_REWARD_STAGE_TERMS[stage] : { zh: "挂牌", en: "quotation" };
  return {
    zh: `上市培育进展已达「${reached.zh}」,可申请${name.zh}`,
    en: `Your listing has reached ${reached.en}: you may apply for the ${name.en}`,
  };
};

/**
 * Rings the enterprise's bell for each reward its entry newly earns as it moves from `before` to
 * `after`; call it inside the transaction that moves the entry. The notice opens the application form
 * with the policy and stage filled in.
 */
export async function offerNewListingRewards(
  tx: Executor,
  enterprise: OfferedEnterprise,
  before: PipelineFacts | null,
  after: PipelineFacts,
) {
  const policies = await policiesOfDistrict(tx, enterprise.districtCode);
  if (policies.length === 0) return;
  const offered = newlyOffered(
    before ? await offersOf(tx, enterprise, before, policies) : [],
    await offersOf(tx, enterprise, after, policies),
  );
  if (offered.length === 0) return;
  const orgs = await organisationsOfEnterprises(tx, [enterprise.id]);
  await notifyOrganisations(
    tx,
    orgs.flatMap((org) =>
      offered.map((offer) => {
        const { policyName, policyNameEn } = present(offer, policies);
        const query = new URLSearchParams({
          policy: offer.policyId,
          ...(offer.stage && { stage: offer.stage }),
        });
        return {
          orgId: org.id,
          kind: "listing-reward-offer",
          message: offerMessage({ zh: policyName, en: policyNameEn }, offer.stage),
          link: `/incentives/apply?${query}`,
        };
      }),
    ),
  );
}
