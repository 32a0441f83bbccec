import { type PipelineFacts, quotationReward, rewardStagesReached } from "./listing-pipeline";
import type { IncentiveFormula, ListingRewardStage } from "./policies";

/** A live policy of the enterprise's district, as the offers read it. */
export interface OfferablePolicy {
  id: string;
  /** The preset it was copied from: the quotation rewards are recognised by it. */
  code: string;
  formula: IncentiveFormula;
  window: { from: string; to: string | null };
}

/** An application the enterprise has made and not cancelled: it takes the offer it answers. */
export interface ClaimedReward {
  policyId: string;
  stage: ListingRewardStage | null;
}

/** "可申请": a policy the entry's stage earns, and the stage (null for a quotation reward). */
export interface ListingRewardOffer {
  policyId: string;
  stage: ListingRewardStage | null;
}

/**
 * The listing rewards an entry of the pipeline may apply for on `today` (issue 13 §4: reaching a stage
 * offers the matching reward): each reward stage it has reached that a staged policy pays for, and the
 * quotation reward of its board once quoted; none already applied for (or paid) and none outside its
 * policy's window.
 */
export function listingRewardOffers(
  entry: PipelineFacts,
  policies: readonly OfferablePolicy[],
  claimed: readonly ClaimedReward[],
  today: string,
): ListingRewardOffer[] {
  const reached = rewardStagesReached(entry);
  const quotation = quotationReward(entry);
  const taken = (policyId: string, stage: ListingRewardStage | null) =>
    claimed.some((claim) => claim.policyId === policyId && claim.stage === stage);
  return policies
    .filter(({ window }) => window.from <= today && (window.to === null || today <= window.to))
    .flatMap((policy): ListingRewardOffer[] => {
      if (policy.formula.kind === "STAGED")
        return policy.formula.stages
          .filter(({ stage, amountFen }) => amountFen > 0n && reached.includes(stage))
          .map(({ stage }) => ({ policyId: policy.id, stage }));
      return policy.code === quotation ? [{ policyId: policy.id, stage: null }] : [];
    })
    .filter((offer) => !taken(offer.policyId, offer.stage));
}

/** The offers `after` has that `before` had not: what reaching a stage newly offers (the bell's news). */
export function newlyOffered(
  before: readonly ListingRewardOffer[],
  after: readonly ListingRewardOffer[],
): ListingRewardOffer[] {
  return after.filter(
    (offer) => !before.some((old) => old.policyId === offer.policyId && old.stage === offer.stage),
  );
}
