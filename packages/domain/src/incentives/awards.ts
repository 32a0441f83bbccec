import { tagIsValidOn, tagName } from "../enterprise-catalogue";
import { DomainValidationError } from "../errors";
import { exactDecimal, formatYuan, roundHalfUpToFen } from "../money";
import { regionCovers } from "../regions";
import type { Term } from "../vocabulary";
import {
  INCENTIVE_BASE_TERMS,
  type IncentivePolicy,
  LISTING_REWARD_STAGE_TERMS,
  type ListingRewardStage,
} from "./policies";

/** A reward already committed to the enterprise under the same policy (approved or paid). */
export interface ReceivedReward {
  year: number;
  stage: ListingRewardStage | null;
  amountFen: bigint;
}

export interface IncentiveApplicantFacts {
  districtCode: string;
  tags: readonly { tag: string; validFrom: string; validTo: string | null }[];
  cluster: string | null;
}

export interface IncentiveClaim {
  /** The day the application is made: tags and the window are judged on it. */
  date: string;
  enterprise: IncentiveApplicantFacts;
  /** Evidence codes attached. */
  evidence: readonly string[];
  /** For a share-of-base reward: the declared base in fen. */
  baseFen?: bigint;
  /** For a staged reward: the stages applied for now. */
  stages?: readonly ListingRewardStage[];
  /** This enterprise's rewards under the policy so far. */
  received: readonly ReceivedReward[];
  /** Everything committed under the policy to everyone, for its budget. */
  policyCommittedFen: bigint;
}

export const INCENTIVE_RULES = [
  "window",
  "region",
  "tags",
  "cluster",
  "evidence",
  "not-received",
  "stages-new",
] as const;
export type IncentiveRule = (typeof INCENTIVE_RULES)[number];

export interface IncentiveRuleResult {
  rule: IncentiveRule;
  met: boolean;
  reason: Term;
}

const result = (rule: IncentiveRule, met: boolean, zh: string, en: string): IncentiveRuleResult => ({
  rule,
  met,
  reason: { zh, en },
});

/** Each rule of the policy checked against the application, met or missed with its reason. */
export function incentiveEligibility(policy: IncentivePolicy, claim: IncentiveClaim): IncentiveRuleResult[] {
  const { window, anyOfTags, clusters } = policy.eligibility;
  const rules: IncentiveRuleResult[] = [];
  const inWindow = claim.date >= window.from && (window.to === null || claim.date <= window.to);
  rules.push(
    inWindow
      ? result("window", true, "在申报期内", "Within the application window")
      : result(
          "window",
          false,
          `不在申报期内(${window.from} 至 ${window.to ?? "长期"})`,
          `Outside the window (${window.from} to ${window.to ?? "open"})`,
        ),
  );
  rules.push(
    regionCovers(policy.regionCode, claim.enterprise.districtCode)
      ? result("region", true, "企业在政策适用地区", "In the policy's region")
      : result("region", false, "企业不在政策适用地区", "Outside the policy's region"),
  );
  if (anyOfTags.length > 0) {
    const held = claim.enterprise.tags.filter(
      (t) => anyOfTags.includes(t.tag as never) && tagIsValidOn(t, claim.date),
    );
    rules.push(
      held.length > 0
        ? result(
            "tags",
            true,
            `持有有效认定:${held.map((t) => tagName(t.tag, "zh")).join("、")}`,
            `Holds ${held.map((t) => tagName(t.tag, "en")).join(", ")}`,
          )
        : result(
            "tags",
            false,
            "申报当日未持有政策要求的有效认定",
            "Holds none of the required recognitions that day",
          ),
    );
  }
  if (clusters.length > 0) {
    rules.push(
      claim.enterprise.cluster && clusters.includes(claim.enterprise.cluster)
        ? result("cluster", true, "属于政策支持的产业集群", "In a supported cluster")
        : result("cluster", false, "不属于政策支持的产业集群", "Not in a supported cluster"),
    );
  }
  const missing = policy.evidence.filter((item) => !claim.evidence.includes(item.code));
  rules.push(
    missing.length === 0
      ? result("evidence", true, "证明材料齐全", "All evidence attached")
      : result(
          "evidence",
          false,
          `缺少证明材料:${missing.map((item) => item.zh).join("、")}`,
          `Missing evidence: ${missing.map((item) => item.en).join(", ")}`,
        ),
  );
  if (!policy.repeatable && policy.formula.kind !== "STAGED") {
    rules.push(
      claim.received.length === 0
        ? result("not-received", true, "此前未获得该项一次性奖励", "Not received before")
        : result(
            "not-received",
            false,
            "该项为一次性奖励,企业已获得过",
            "A one-time reward already received",
          ),
    );
  }
  if (policy.formula.kind === "STAGED") {
    const stages = claim.stages ?? [];
    const again = stages.filter((stage) => claim.received.some((r) => r.stage === stage));
    const offered = policy.formula.stages.map((s) => s.stage);
    const unknown = stages.filter((stage) => !offered.includes(stage));
    const names = (list: readonly ListingRewardStage[], lang: "zh" | "en") =>
      list.map((stage) => LISTING_REWARD_STAGE_TERMS[stage][lang]).join(lang === "zh" ? "、" : ", ");
    rules.push(
      stages.length === 0
        ? result("stages-new", false, "未选择申报阶段", "No stage chosen")
        : unknown.length > 0
          ? result(
              "stages-new",
              false,
              `政策不奖励该阶段:${names(unknown, "zh")}`,
              `Not rewarded: ${names(unknown, "en")}`,
            )
          : again.length > 0
            ? result(
                "stages-new",
                false,
                `阶段已获奖励:${names(again, "zh")}`,
                `Already rewarded: ${names(again, "en")}`,
              )
            : result("stages-new", true, `申报阶段:${names(stages, "zh")}`, `Stages: ${names(stages, "en")}`),
    );
  }
  return rules;
}

export const INCENTIVE_CAPS = ["formula-cap", "stage-total", "per-enterprise", "per-year", "budget"] as const;
export type IncentiveCap = (typeof INCENTIVE_CAPS)[number];

/** One cap as the working shows it: its limit, what was already used of it, and whether it decided. */
export interface CapStep {
  cap: IncentiveCap;
  limit: string;
  used: string;
  remaining: string;
  /** The amount came down to `remaining` here. */
  applied: boolean;
}

/** The computation as reviewers, exports and the enterprise see it (amounts are yuan strings). */
export interface IncentiveWorking {
  formula: IncentivePolicy["formula"]["kind"];
  base?: { kind: string; amount: string };
  rate?: string;
  stages?: { stage: ListingRewardStage; label: string; amount: string }[];
  /** Before any cap. */
  uncapped: string;
  caps: CapStep[];
  amount: string;
  rounding: "half-up-once-to-fen";
}

export interface IncentiveAward {
  eligible: boolean;
  rules: IncentiveRuleResult[];
  amountFen: bigint;
  working: IncentiveWorking;
}

const sum = (amounts: readonly bigint[]) => amounts.reduce((total, fen) => total + fen, 0n);

/**
 * The reward an application earns: eligibility rule by rule, then the formula, then each cap in turn
 * (the formula's own cap or the stages' total, the enterprise's lifetime cap under the policy, its cap
 * for the year, the policy's budget), each against what was already committed. Rounded once, half up
 * to the fen, at the formula; caps are whole fen already.
 */
export function computeIncentiveAward(policy: IncentivePolicy, claim: IncentiveClaim): IncentiveAward {
  const rules = incentiveEligibility(policy, claim);
  const eligible = rules.every((rule) => rule.met);
  const { formula } = policy;
  const working: Omit<IncentiveWorking, "uncapped" | "caps" | "amount"> = {
    formula: formula.kind,
    rounding: "half-up-once-to-fen",
  };
  const limits: { cap: IncentiveCap; limitFen: bigint; usedFen: bigint }[] = [];
  let uncappedFen: bigint;

  if (formula.kind === "FIXED") {
    uncappedFen = formula.amountFen;
  } else if (formula.kind === "SHARE_OF_BASE") {
    if (claim.baseFen === undefined || claim.baseFen <= 0n) {
      throw DomainValidationError.single(["base"], "positive", {
        zh: `请填写${INCENTIVE_BASE_TERMS[formula.base].zh},须大于零`,
        en: `${INCENTIVE_BASE_TERMS[formula.base].en} is required and must be more than zero`,
      });
    }
    uncappedFen = roundHalfUpToFen(exactDecimal(claim.baseFen.toString()).div(100).times(formula.rate));
    working.base = { kind: formula.base, amount: formatYuan(claim.baseFen) };
    working.rate = formula.rate;
    limits.push({ cap: "formula-cap", limitFen: formula.capFen, usedFen: 0n });
  } else {
    const applied = formula.stages.filter((s) => (claim.stages ?? []).includes(s.stage));
    uncappedFen = sum(applied.map((s) => s.amountFen));
    working.stages = applied.map((s) => ({
      stage: s.stage,
      label: LISTING_REWARD_STAGE_TERMS[s.stage].zh,
      amount: formatYuan(s.amountFen),
    }));
    limits.push({
      cap: "stage-total",
      limitFen: formula.totalCapFen,
      usedFen: sum(claim.received.map((r) => r.amountFen)),
    });
  }

  const year = Number(claim.date.slice(0, 4));
  const { perEnterpriseFen, perEnterprisePerYearFen, budgetFen } = policy.caps;
  if (perEnterpriseFen !== null) {
    limits.push({
      cap: "per-enterprise",
      limitFen: perEnterpriseFen,
      usedFen: sum(claim.received.map((r) => r.amountFen)),
    });
  }
  if (perEnterprisePerYearFen !== null) {
    const thisYear = claim.received.filter((r) => r.year === year).map((r) => r.amountFen);
    limits.push({ cap: "per-year", limitFen: perEnterprisePerYearFen, usedFen: sum(thisYear) });
  }
  if (budgetFen !== null)
    limits.push({ cap: "budget", limitFen: budgetFen, usedFen: claim.policyCommittedFen });

  let amountFen = eligible ? uncappedFen : 0n;
  const caps = limits.map(({ cap, limitFen, usedFen }): CapStep => {
    const remainingFen = limitFen > usedFen ? limitFen - usedFen : 0n;
    const applied = amountFen > remainingFen;
    if (applied) amountFen = remainingFen;
    return {
      cap,
      limit: formatYuan(limitFen),
      used: formatYuan(usedFen),
      remaining: formatYuan(remainingFen),
      applied,
    };
  });
  return {
    eligible,
    rules,
    amountFen,
    working: { ...working, uncapped: formatYuan(uncappedFen), caps, amount: formatYuan(amountFen) },
  };
}
