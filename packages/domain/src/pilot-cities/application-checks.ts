import { Decimal } from "decimal.js";
import type { ValidationIssue } from "../errors";
import { PILOT_CONDITION_CODES } from "./criteria";
import {
  checkIndicatorTable,
  type IndicatorIssue,
  type IndicatorTemplate,
  indicatorColumns,
} from "./indicators";
import { missingOutlineSections, type OutlineSection, planPeriodIssues, planYears } from "./plan";
import { type Rubric, scoreSheetIssues } from "./scoring";

/** The documents a city attaches: its 申报文件 (required) and any supporting materials. */
export type PilotDocumentKind = "APPLICATION" | "SUPPORTING";

/** What a city fills in; submitting freezes a copy of it for the province and the ministry. */
export interface PilotApplicationContent {
  plan: { periodStart: string | null; periodEnd: string | null; sections: Record<string, string> };
  /** The indicator table: values by indicator code and column key (see indicatorColumns). */
  indicators: Record<string, Record<string, string>>;
  strategies: string[];
  bases: string[];
  documents: { kind: PilotDocumentKind; filename: string }[];
}

/** The batch's frozen parts an application is checked against. */
export interface PilotApplicationFrame {
  outline: readonly OutlineSection[];
  indicatorTemplate: IndicatorTemplate;
}

/** The plan's years, or none while its period is not set or not valid. */
export function applicationPlanYears(plan: PilotApplicationContent["plan"]): number[] {
  const { periodStart, periodEnd } = plan;
  if (!periodStart || !periodEnd) return [];
  const period = { from: periodStart, to: periodEnd };
  return planPeriodIssues(period).length === 0 ? planYears(period) : [];
}

/** The indicator table's issues: all of them at submission, only malformed values while a draft. */
export function applicationIndicatorIssues(
  frame: PilotApplicationFrame,
  content: Pick<PilotApplicationContent, "plan" | "indicators">,
  { complete }: { complete: boolean },
): IndicatorIssue[] {
  const years = applicationPlanYears(content.plan);
  const columns = indicatorColumns(frame.indicatorTemplate, years);
  const rows = Object.entries(content.indicators).map(([code, values]) => ({ code, values }));
  const { issues } = checkIndicatorTable(frame.indicatorTemplate, columns, rows);
  const unfinished = new Set(["indicator-required", "indicator-missing"]);
  // Without a valid period the targets have no columns yet: the period's own issue says so once.
  const targetWithoutPeriod = (issue: IndicatorIssue) =>
    years.length === 0 && issue.rule === "indicator-column" && issue.field.startsWith("target-");
  return issues.filter((issue) => !targetWithoutPeriod(issue) && (complete || !unfinished.has(issue.rule)));
}

const issue = (path: ValidationIssue["path"], rule: string, zh: string, en: string): ValidationIssue => ({
  path,
  rule,
  message: { zh, en },
});

/**
 * Every reason an application may not be submitted yet, all at once: the 申报文件, the plan's period
 * (at most three years) and every required section of the outline, the complete indicator table and
 * at least one strategy served (§一).
 */
export function applicationSubmissionIssues(
  frame: PilotApplicationFrame,
  content: PilotApplicationContent,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!content.documents.some((document) => document.kind === "APPLICATION")) {
    issues.push(
      issue(["documents"], "required", "请上传申报文件", "Upload the application document (申报文件)"),
    );
  }
  const { periodStart, periodEnd } = content.plan;
  if (!periodStart || !periodEnd) {
    issues.push(
      issue(["plan", "period"], "required", "请填写方案实施期", "Give the plan's period (start and end)"),
    );
  } else {
    for (const problem of planPeriodIssues({ from: periodStart, to: periodEnd })) {
      issues.push({ ...problem, path: ["plan", problem.path[0] === "from" ? "periodStart" : "periodEnd"] });
    }
  }
  const filled = new Set(
    Object.entries(content.plan.sections)
      .filter(([, text]) => text.trim() !== "")
      .map(([code]) => code),
  );
  for (const code of missingOutlineSections(frame.outline, filled)) {
    issues.push(
      issue(["plan", "sections", code], "required", `实施方案第${code}节未填写`, `Section ${code} is empty`),
    );
  }
  for (const problem of applicationIndicatorIssues(frame, content, { complete: true })) {
    issues.push({ ...problem, path: ["indicators", problem.code, problem.field] });
  }
  if (content.strategies.length === 0) {
    issues.push(
      issue(
        ["strategies"],
        "required",
        "请至少选择一项服务的国家重大战略",
        "Declare at least one strategy the city serves",
      ),
    );
  }
  return issues;
}

/** The province's scores: the rubric's criteria that are the four conditions of §二. */
export function conditionRubric(rubric: Rubric): Rubric {
  const conditions = new Set<string>(PILOT_CONDITION_CODES);
  return { ...rubric, criteria: rubric.criteria.filter((criterion) => conditions.has(criterion.code)) };
}

export function provincialScoreIssues(rubric: Rubric, scores: Record<string, string>): ValidationIssue[] {
  return scoreSheetIssues(conditionRubric(rubric), { reviewerId: "province", scores });
}

/**
 * The province's points on the four conditions: Σ score × weight ÷ scale, to two places (half up),
 * out of the conditions' total weight (90 of the default rubric's 100).
 */
export function provincialPoints(rubric: Rubric, scores: Record<string, string>): string {
  const points = conditionRubric(rubric).criteria.reduce(
    (sum, criterion) => sum.plus(new Decimal(scores[criterion.code] ?? 0).times(criterion.weight)),
    new Decimal(0),
  );
  return points.dividedBy(rubric.scaleMax).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}
