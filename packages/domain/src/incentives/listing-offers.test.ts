import { describe, expect, it } from "vitest";
import {
  type ClaimedReward,
  listingRewardOffers,
  newlyOffered,
  type OfferablePolicy,
} from "./listing-offers";
import type { PipelineFacts, PipelineStage, TargetBoard } from "./listing-pipeline";
import { policyFromPreset } from "./policies";

const entry = (stage: PipelineStage, board: TargetBoard = "STAR", ipoAgreementOn: string | null = null) =>
  ({ stage, board, ipoAgreementOn }) satisfies PipelineFacts;

const offerable = (id: string, preset: Parameters<typeof policyFromPreset>[0], from = "2026-01-01") => {
  const policy = policyFromPreset(preset, "500106", from);
  return { id, code: policy.code, formula: policy.formula, window: policy.eligibility.window };
};

const staged = offerable("listing", "LISTING_STAGES");
const neeq = offerable("neeq", "NEEQ_LISTING");
const regional = offerable("regional", "CQ_EQUITY_EXCHANGE_LISTING");
const gazelle = offerable("gazelle", "GAZELLE_FINANCING");
const all: OfferablePolicy[] = [staged, neeq, regional, gazelle];
const TODAY = "2026-12-05";

describe("the listing rewards an entry may apply for (issue 13 §4)", () => {
  it.each([
    ["in reserve: nothing yet", entry("RESERVE"), [], []],
    ["tutoring: 辅导备案", entry("TUTORING"), [], [["listing", "TUTORING_FILED"]]],
    [
      "filed with an agreement: three stages",
      entry("FILED", "STAR", "2025-06-30"),
      [],
      [
        ["listing", "IPO_AGREEMENT"],
        ["listing", "TUTORING_FILED"],
        ["listing", "IPO_ACCEPTED"],
      ],
    ],
    [
      "a stage applied for (or paid) is no longer offered",
      entry("FILED", "STAR", "2025-06-30"),
      [{ policyId: "listing", stage: "IPO_AGREEMENT" }],
      [
        ["listing", "TUTORING_FILED"],
        ["listing", "IPO_ACCEPTED"],
      ],
    ],
    ["quoted on 新三板: its own reward", entry("LISTED", "NEEQ"), [], [["neeq", null]]],
    ["on the regional market", entry("LISTED", "REGIONAL"), [], [["regional", null]]],
    ["quoted and already applied", entry("LISTED", "NEEQ"), [{ policyId: "neeq", stage: null }], []],
    ["aiming at 新三板, not yet quoted", entry("FILED", "NEEQ"), [], []],
  ] as [string, PipelineFacts, ClaimedReward[], [string, string | null][]][])(
    "%s",
    (_name, facts, claimed, expected) => {
      const offers = listingRewardOffers(facts, all, claimed, TODAY);
      expect(offers.map((offer) => [offer.policyId, offer.stage])).toEqual(expected);
    },
  );

  it("offers no stage its policy pays nothing for, and no policy outside its window", () => {
    const noTutoring: OfferablePolicy = {
      ...staged,
      formula: {
        kind: "STAGED",
        totalCapFen: 800_000_000n,
        stages: [{ stage: "TUTORING_FILED", amountFen: 0n }],
      },
    };
    expect(listingRewardOffers(entry("TUTORING"), [noTutoring], [], TODAY)).toEqual([]);
    const later = offerable("later", "LISTING_STAGES", "2027-01-01");
    expect(listingRewardOffers(entry("TUTORING"), [later], [], TODAY)).toEqual([]);
    const closed = { ...staged, window: { from: "2025-01-01", to: "2026-12-04" } };
    expect(listingRewardOffers(entry("TUTORING"), [closed], [], TODAY)).toEqual([]);
  });

  it("names what reaching a stage newly offers", () => {
    const before = listingRewardOffers(entry("SHAREHOLDING_REFORM", "STAR", "2026-03-01"), all, [], TODAY);
    const after = listingRewardOffers(entry("TUTORING", "STAR", "2026-03-01"), all, [], TODAY);
    expect(newlyOffered(before, after)).toEqual([{ policyId: "listing", stage: "TUTORING_FILED" }]);
    expect(newlyOffered(after, after)).toEqual([]);
  });
});
