import { formatYuan, parseYuan } from "../money";
import type { IncentiveFormula, IncentivePolicy, ListingRewardStage } from "./policies";

/**
 * An incentive policy as JSON: the API's body and the stored version (jsonb). Amounts are yuan strings
 * with two places, never floats; everything else is as the domain holds it.
 */
export type IncentiveFormulaWire =
  | { kind: "FIXED"; amount: string }
  | {
      kind: "SHARE_OF_BASE";
      base: Extract<IncentiveFormula, { kind: "SHARE_OF_BASE" }>["base"];
      rate: string;
      cap: string;
    }
  | { kind: "STAGED"; stages: { stage: ListingRewardStage; amount: string }[]; totalCap: string };

export interface IncentivePolicyWire extends Omit<IncentivePolicy, "formula" | "caps"> {
  formula: IncentiveFormulaWire;
  caps: { perEnterprise: string | null; perEnterprisePerYear: string | null; budget: string | null };
}

const yuanOrNull = (fen: bigint | null) => (fen === null ? null : formatYuan(fen));

export function incentivePolicyToWire(policy: IncentivePolicy): IncentivePolicyWire {
  const { formula, caps } = policy;
  return {
    ...policy,
    formula:
      formula.kind === "FIXED"
        ? { kind: "FIXED", amount: formatYuan(formula.amountFen) }
        : formula.kind === "SHARE_OF_BASE"
          ? { kind: formula.kind, base: formula.base, rate: formula.rate, cap: formatYuan(formula.capFen) }
          : {
              kind: "STAGED",
              stages: formula.stages.map((s) => ({ stage: s.stage, amount: formatYuan(s.amountFen) })),
              totalCap: formatYuan(formula.totalCapFen),
            },
    caps: {
      perEnterprise: yuanOrNull(caps.perEnterpriseFen),
      perEnterprisePerYear: yuanOrNull(caps.perEnterprisePerYearFen),
      budget: yuanOrNull(caps.budgetFen),
    },
  };
}

/** The policy a wire form describes; an amount that is not yuan is refused naming its field. */
export function incentivePolicyFromWire(wire: IncentivePolicyWire): IncentivePolicy {
  const { formula, caps } = wire;
  const capOf = (value: string | null, field: string) =>
    value === null ? null : parseYuan(value, ["caps", field]);
  return {
    ...wire,
    formula:
      formula.kind === "FIXED"
        ? { kind: "FIXED", amountFen: parseYuan(formula.amount, ["formula", "amount"]) }
        : formula.kind === "SHARE_OF_BASE"
          ? {
              kind: formula.kind,
              base: formula.base,
              rate: formula.rate,
              capFen: parseYuan(formula.cap, ["formula", "cap"]),
            }
          : {
              kind: "STAGED",
              stages: formula.stages.map((s, index) => ({
                stage: s.stage,
                amountFen: parseYuan(s.amount, ["formula", "stages", index, "amount"]),
              })),
              totalCapFen: parseYuan(formula.totalCap, ["formula", "totalCap"]),
            },
    caps: {
      perEnterpriseFen: capOf(caps.perEnterprise, "perEnterprise"),
      perEnterprisePerYearFen: capOf(caps.perEnterprisePerYear, "perEnterprisePerYear"),
      budgetFen: capOf(caps.budget, "budget"),
    },
  };
}

/**
 * What a reward's payment line pays for, unique among live payment lines (the database refuses a
 * second): a one-time reward once per (policy, enterprise), a stage once per (policy, enterprise,
 * stage), a repeatable reward once per application.
 */
export function incentiveLineSubject(
  policy: Pick<IncentivePolicy, "repeatable" | "formula">,
  ids: { policyId: string; enterpriseId: string; applicationId: string; stage: ListingRewardStage | null },
): string {
  if (policy.formula.kind === "STAGED") {
    return `INCENTIVE:${ids.policyId}:${ids.enterpriseId}:${ids.stage ?? "NONE"}`;
  }
  if (!policy.repeatable) return `INCENTIVE:${ids.policyId}:${ids.enterpriseId}`;
  return `INCENTIVE:${ids.policyId}:application:${ids.applicationId}`;
}
