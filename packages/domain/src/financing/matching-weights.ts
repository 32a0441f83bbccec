import { DomainValidationError } from "../errors";

/** What matching checks (hard filters) and weighs (criteria), and the weights a region configures. */

export const HARD_FILTERS = ["kind", "amount", "term", "collateral", "region", "required-tags"] as const;
export type HardFilter = (typeof HARD_FILTERS)[number];

export const MATCH_CRITERIA = ["tags", "cluster", "sizeClass", "industry", "rate", "outcomes"] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];

/** Points per criterion, out of 100: configuration (a region may weigh rate or track record more). */
export type MatchingWeights = Readonly<Record<MatchCriterion, number>>;

export const DEFAULT_MATCHING_WEIGHTS: MatchingWeights = {
  tags: 25,
  cluster: 20,
  sizeClass: 15,
  industry: 10,
  rate: 20,
  outcomes: 10,
};

export function validateMatchingWeights(weights: MatchingWeights): MatchingWeights {
  const issues = MATCH_CRITERIA.flatMap((criterion) =>
    Number.isInteger(weights[criterion]) && weights[criterion] >= 0 && weights[criterion] <= 100
      ? []
      : [
          {
            path: [criterion],
            rule: "integer-0-100",
            message: { zh: "权重须为 0–100 的整数", en: "A weight is a whole number from 0 to 100" },
          },
        ],
  );
  const total = MATCH_CRITERIA.reduce((sum, criterion) => sum + weights[criterion], 0);
  if (issues.length === 0 && total !== 100) {
    issues.push({
      path: [],
      rule: "sum-100",
      message: { zh: `权重合计须为 100（现为 ${total}）`, en: `Weights add up to 100 (now ${total})` },
    });
  }
  if (issues.length > 0) throw new DomainValidationError(issues);
  return weights;
}
