import type { ValidationIssue } from "../errors";
import type { Term } from "../vocabulary";
import { type PlanPeriod, planPeriodIssues } from "./plan";

/** A city already a pilot: the batch it was named in and its plan's period. */
export interface PilotTerm {
  batchNumber: number;
  period: PlanPeriod;
}

/**
 * Why a pilot may not renew in batch `batchNumber` on `day`, or undefined if it may. Seed 001 §四(一)
 * offers renewal to pilots of an earlier batch (the first, for the second batch) whose plan period
 * has ended; such a renewal goes to the ministry directly, with no provincial step.
 */
export function renewalRefusal(pilot: PilotTerm, batchNumber: number, day: string): Term | undefined {
  if (pilot.batchNumber >= batchNumber) {
    return {
      zh: `第${pilot.batchNumber}批试点城市不能在第${batchNumber}批中申请延续试点`,
      en: `A pilot of batch ${pilot.batchNumber} cannot renew in batch ${batchNumber}`,
    };
  }
  if (day <= pilot.period.to) {
    return {
      zh: `实施方案至${pilot.period.to}期满,期满后方可申请延续试点`,
      en: `The plan runs until ${pilot.period.to}; renewal is possible once it has ended`,
    };
  }
  return undefined;
}

/** The new period of a renewal: a valid plan period (≤ 3 years) that starts after the old one ended. */
export function renewalPeriodIssues(previous: PlanPeriod, next: PlanPeriod): ValidationIssue[] {
  const issues = planPeriodIssues(next);
  if (issues.length === 0 && next.from <= previous.to) {
    issues.push({
      path: ["from"],
      rule: "renewal-period-overlap",
      message: {
        zh: `延续试点的实施期应在原实施期(至${previous.to})结束后开始`,
        en: `The new period must start after the previous one ended (${previous.to})`,
      },
    });
  }
  return issues;
}

export type PilotApplicationKind = "NEW" | "RENEWAL";
export type PilotReviewStage = "PROVINCE" | "MINISTRY";

/** The reviews an application passes through: a renewal skips the province (§四(一) "直接…上报"). */
export const PILOT_REVIEW_STAGES: Readonly<Record<PilotApplicationKind, readonly PilotReviewStage[]>> = {
  NEW: ["PROVINCE", "MINISTRY"],
  RENEWAL: ["MINISTRY"],
};
