import type { ValidationIssue } from "../errors";
import { regionCovers } from "../regions";
import type { Term } from "../vocabulary";
import { provinceOf, recommendingUnit } from "./recommending-units";

/** A conflict an expert declared: with one application, or with every applicant of a region. */
export type DeclaredConflict = { applicationId: string } | { regionCode: string };

export interface ReviewerCandidate {
  id: string;
  name: string;
  /** Where the expert works (GB/T 2260); an expert never reviews an applicant of the same province. */
  regionCode: string;
  conflicts: readonly DeclaredConflict[];
  /** Applications already assigned to the expert in this batch, counted for balance. */
  load?: number;
}

export interface ApplicationToReview {
  id: string;
  regionCode: string;
}

export type ExclusionReason = "same-province" | "declared-conflict";

export interface ReviewerExclusion {
  applicationId: string;
  reviewerId: string;
  reason: ExclusionReason;
  message: Term;
}

/** Why `reviewer` may not review `application`, or undefined if they may. */
export function reviewerExclusion(
  reviewer: ReviewerCandidate,
  application: ApplicationToReview,
): ReviewerExclusion | undefined {
  const exclusion = (reason: ExclusionReason, zh: string, en: string): ReviewerExclusion => ({
    applicationId: application.id,
    reviewerId: reviewer.id,
    reason,
    message: { zh, en },
  });
  const province = provinceOf(application.regionCode);
  if (provinceOf(reviewer.regionCode) === province) {
    const name = recommendingUnit(province)?.name ?? { zh: province, en: province };
    return exclusion(
      "same-province",
      `评审专家${reviewer.name}与申报城市同属${name.zh},回避`,
      `${reviewer.name} is from the applicant's province (${name.en})`,
    );
  }
  const conflict = reviewer.conflicts.find((declared) =>
    "applicationId" in declared
      ? declared.applicationId === application.id
      : regionCovers(declared.regionCode, application.regionCode),
  );
  if (conflict) {
    const what = "applicationId" in conflict ? "该申报" : `地区${conflict.regionCode}`;
    const whatEn = "applicationId" in conflict ? "this application" : `region ${conflict.regionCode}`;
    return exclusion(
      "declared-conflict",
      `评审专家${reviewer.name}已声明与${what}存在利益冲突,回避`,
      `${reviewer.name} declared a conflict with ${whatEn}`,
    );
  }
  return undefined;
}

export interface ReviewerAssignmentPlan {
  /** Reviewer ids per application id, in the order they were chosen. */
  assignments: Record<string, string[]>;
  /** Every reviewer left out of an application, with the reason. */
  exclusions: ReviewerExclusion[];
  /** Applications that got fewer than the number asked for. */
  shortages: ValidationIssue[];
}

/**
 * Assigns `perApplication` reviewers to each application: none excluded (same province, declared
 * conflict), the least loaded first. The applications with the fewest eligible reviewers are served
 * first, so a scarce expert goes where nobody else can; ties on load go to the lower reviewer id and
 * ties on scarcity to the lower application id, so the same input always gives the same plan.
 */
export function assignReviewers(
  reviewers: readonly ReviewerCandidate[],
  applications: readonly ApplicationToReview[],
  perApplication: number,
): ReviewerAssignmentPlan {
  if (!Number.isInteger(perApplication) || perApplication < 1) {
    throw new RangeError(`perApplication must be a positive integer, got ${perApplication}`);
  }
  const exclusions: ReviewerExclusion[] = [];
  const eligible = new Map<string, ReviewerCandidate[]>();
  for (const application of applications) {
    const allowed: ReviewerCandidate[] = [];
    for (const reviewer of reviewers) {
      const excluded = reviewerExclusion(reviewer, application);
      if (excluded) exclusions.push(excluded);
      else allowed.push(reviewer);
    }
    eligible.set(application.id, allowed);
  }

  const load = new Map(reviewers.map((reviewer) => [reviewer.id, reviewer.load ?? 0]));
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const order = [...applications].sort(
    (a, b) => (eligible.get(a.id)?.length ?? 0) - (eligible.get(b.id)?.length ?? 0) || byId(a.id, b.id),
  );
  const assignments: Record<string, string[]> = {};
  const shortages: ValidationIssue[] = [];
  for (const application of order) {
    const chosen = [...(eligible.get(application.id) ?? [])]
      .sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) || byId(a.id, b.id))
      .slice(0, perApplication)
      .map((reviewer) => reviewer.id);
    for (const id of chosen) load.set(id, (load.get(id) ?? 0) + 1);
    assignments[application.id] = chosen;
    if (chosen.length < perApplication) {
      shortages.push({
        path: ["applications", application.id],
        rule: "reviewer-shortage",
        message: {
          zh: `申报${application.id}需要${perApplication}名评审专家,无回避的专家只有${chosen.length}名`,
          en: `Application ${application.id} needs ${perApplication} reviewers; only ${chosen.length} are not excluded`,
        },
      });
    }
  }
  return { assignments, exclusions, shortages };
}
