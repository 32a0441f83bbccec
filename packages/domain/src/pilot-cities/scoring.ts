import { Decimal } from "decimal.js";
import { throwIfIssues, type ValidationIssue } from "../errors";
import type { Term } from "../vocabulary";
import { PILOT_CONDITION_CODES, PILOT_CONDITIONS } from "./criteria";

/** A criterion of the rubric: its weight in points of 100 and, optionally, a minimum mean score. */
export interface RubricCriterion {
  code: string;
  name: Term;
  /** Decimal string; the weights of a rubric add up to exactly 100. */
  weight: string;
  /** The mean score on the scale below which an application fails this criterion, whatever its total. */
  minimum?: string;
}

export interface Rubric {
  criteria: readonly RubricCriterion[];
  /** Each criterion is scored from 0 to scaleMax… */
  scaleMax: string;
  /** …with at most this many decimal places (1: 7.5 is a score, 7.25 is not). */
  scaleDecimals: number;
  /** The total (of 100) below which an application is not qualified. */
  passMark: string;
}

/**
 * The ministry's default rubric: the four conditions of §二 and the indicator table (附件2), weighted
 * by how much of the notice each covers; a ministry official edits it per batch.
 */
export const PILOT_RUBRIC: Rubric = {
  criteria: [
    ...PILOT_CONDITION_CODES.map((code) => ({
      code,
      name: PILOT_CONDITIONS[code].name,
      weight: { COMMITMENT: "25", FOUNDATION: "25", PRACTICE: "30", RECOVERY: "10" }[code],
    })),
    { code: "INDICATORS", name: { zh: "定量指标", en: "Quantitative indicators" }, weight: "10" },
  ],
  scaleMax: "10",
  scaleDecimals: 1,
  passMark: "60",
};

const issue = (path: ValidationIssue["path"], rule: string, zh: string, en: string): ValidationIssue => ({
  path,
  rule,
  message: { zh, en },
});

const isDecimal = (text: string) => /^\d+(\.\d+)?$/.test(text);

/** Every problem of a rubric: weights positive and adding up to 100, unique codes, sane scale and marks. */
export function rubricIssues(rubric: Rubric): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isDecimal(rubric.scaleMax) || new Decimal(rubric.scaleMax).isZero()) {
    issues.push(issue(["scaleMax"], "rubric-scale", "满分应为正数", "The scale maximum must be positive"));
  }
  if (!Number.isInteger(rubric.scaleDecimals) || rubric.scaleDecimals < 0 || rubric.scaleDecimals > 2) {
    issues.push(issue(["scaleDecimals"], "rubric-scale", "评分小数位应为0至2", "Use 0 to 2 decimal places"));
  }
  if (!isDecimal(rubric.passMark) || new Decimal(rubric.passMark).greaterThan(100)) {
    issues.push(issue(["passMark"], "rubric-pass-mark", "合格分应在0至100之间", "The pass mark is 0 to 100"));
  }
  const codes = new Set<string>();
  let total = new Decimal(0);
  rubric.criteria.forEach((criterion, index) => {
    if (codes.has(criterion.code)) {
      issues.push(
        issue(["criteria", index, "code"], "rubric-duplicate", "评分项重复", "Duplicate criterion"),
      );
    }
    codes.add(criterion.code);
    if (!isDecimal(criterion.weight) || new Decimal(criterion.weight).isZero()) {
      issues.push(
        issue(["criteria", index, "weight"], "rubric-weight", "权重应为正数", "Weights must be positive"),
      );
      return;
    }
    total = total.plus(criterion.weight);
    const minimum = criterion.minimum;
    if (minimum !== undefined && (!isDecimal(minimum) || new Decimal(minimum).greaterThan(rubric.scaleMax))) {
      issues.push(
        issue(
          ["criteria", index, "minimum"],
          "rubric-minimum",
          "单项最低分应在满分以内",
          "Minimum within the scale",
        ),
      );
    }
  });
  if (issues.length === 0 && !total.equals(100)) {
    issues.push(
      issue(
        ["criteria"],
        "rubric-weights-total",
        `权重合计应为100,现为${total}`,
        `Weights add up to ${total}, not 100`,
      ),
    );
  }
  return issues;
}

/** One reviewer's scores for one application, by criterion code (decimal strings). */
export interface ScoreSheet {
  reviewerId: string;
  scores: Readonly<Record<string, string>>;
}

/** Every problem of a sheet against the rubric: each criterion scored, on the scale, to its precision. */
export function scoreSheetIssues(rubric: Rubric, sheet: ScoreSheet): ValidationIssue[] {
  return rubric.criteria.flatMap((criterion) => {
    const text = sheet.scores[criterion.code];
    const path = ["scores", criterion.code];
    if (text === undefined || !isDecimal(text)) {
      return [issue(path, "score-number", `${criterion.name.zh}应评分`, `Score ${criterion.name.en}`)];
    }
    const score = new Decimal(text);
    if (score.greaterThan(rubric.scaleMax) || score.decimalPlaces() > rubric.scaleDecimals) {
      return [
        issue(
          path,
          "score-scale",
          `${criterion.name.zh}评分应为0至${rubric.scaleMax}分,最多${rubric.scaleDecimals}位小数`,
          `Score 0 to ${rubric.scaleMax} with at most ${rubric.scaleDecimals} decimals`,
        ),
      ];
    }
    return [];
  });
}

/**
 * A sheet's weighted points before the division by the scale: Σ score × weight. Exact, and the
 * sheet's total of 100 is this ÷ scaleMax; dividing only once, at the end, keeps every step exact.
 */
function weightedPoints(rubric: Rubric, sheet: ScoreSheet): Decimal {
  return rubric.criteria.reduce(
    (sum, criterion) => sum.plus(new Decimal(sheet.scores[criterion.code] ?? 0).times(criterion.weight)),
    new Decimal(0),
  );
}

/** A sheet's total of 100 (Σ score × weight ÷ scale), rounded once by SCORE_ROUNDING: what a reviewer reads. */
export function sheetTotal(rubric: Rubric, sheet: ScoreSheet): string {
  return weightedPoints(rubric, sheet)
    .dividedBy(rubric.scaleMax)
    .toDecimalPlaces(SCORE_ROUNDING.places, SCORE_ROUNDING.mode)
    .toFixed(SCORE_ROUNDING.places);
}

export type Aggregation = { method: "mean" } | { method: "trimmed-mean"; trim: number };

export interface AggregationSettings {
  aggregation: Aggregation;
  /** A sheet whose total (of 100) is more than this many points from the application's mean is flagged. */
  outlierPoints: string;
}

export const DEFAULT_AGGREGATION: AggregationSettings = {
  aggregation: { method: "trimmed-mean", trim: 1 },
  outlierPoints: "15",
};

/** The fewest sheets that must remain after trimming; with fewer the plain mean is used. */
export const MIN_SHEETS_AFTER_TRIM = 3;

/** The rounding of every published score: half up to two places (四舍五入, 0.005 → 0.01), done once. */
export const SCORE_ROUNDING = { places: 2, mode: Decimal.ROUND_HALF_UP } as const;

export interface AggregatedScore {
  applicationId: string;
  /** Of 100, rounded by SCORE_ROUNDING. */
  score: string;
  sheetCount: number;
  /** Whether the trimmed mean was applied (false: too few sheets, or the plain mean was asked for). */
  trimmed: boolean;
  /** Reviewers whose total is more than outlierPoints from the mean of all sheets. */
  outliers: string[];
  /** Criteria whose mean is below their minimum. */
  belowMinimum: string[];
  qualified: boolean;
  /** Per criterion, Σ score over the sheets counted, with their number: the exact means, for ties. */
  criterionSums: Record<string, Decimal>;
  countedSheets: number;
}

/** Sheets kept by the aggregation: all, or without the `trim` highest and lowest totals. */
function keptSheets(rubric: Rubric, sheets: readonly ScoreSheet[], aggregation: Aggregation) {
  const ordered = sheets
    .map((sheet) => ({ sheet, points: weightedPoints(rubric, sheet) }))
    .sort((a, b) => a.points.comparedTo(b.points) || (a.sheet.reviewerId < b.sheet.reviewerId ? -1 : 1));
  const trim = aggregation.method === "trimmed-mean" ? aggregation.trim : 0;
  const trimmed = trim > 0 && sheets.length - 2 * trim >= MIN_SHEETS_AFTER_TRIM;
  return { kept: trimmed ? ordered.slice(trim, ordered.length - trim) : ordered, trimmed, ordered };
}

/** An application's score from its reviewers' sheets. Every sheet must be valid; at least one is needed. */
export function aggregateScores(
  rubric: Rubric,
  applicationId: string,
  sheets: readonly ScoreSheet[],
  settings: AggregationSettings = DEFAULT_AGGREGATION,
): AggregatedScore {
  throwIfIssues(rubricIssues(rubric));
  if (sheets.length === 0) throw new RangeError(`no score sheets for ${applicationId}`);
  throwIfIssues(sheets.flatMap((sheet) => scoreSheetIssues(rubric, sheet)));
  const { kept, trimmed, ordered } = keptSheets(rubric, sheets, settings.aggregation);
  const scale = new Decimal(rubric.scaleMax);
  const keptPoints = kept.reduce((sum, entry) => sum.plus(entry.points), new Decimal(0));
  const score = keptPoints.dividedBy(scale.times(kept.length));

  // |points_i / scale − Σpoints / (n · scale)| > k  ⇔  |n · points_i − Σpoints| > k · n · scale: exact.
  const allPoints = ordered.reduce((sum, entry) => sum.plus(entry.points), new Decimal(0));
  const n = ordered.length;
  const outliers = ordered
    .filter(({ points }) =>
      points.times(n).minus(allPoints).abs().greaterThan(scale.times(n).times(settings.outlierPoints)),
    )
    .map(({ sheet }) => sheet.reviewerId)
    .sort();

  const criterionSums: Record<string, Decimal> = {};
  for (const criterion of rubric.criteria) {
    criterionSums[criterion.code] = kept.reduce(
      (sum, { sheet }) => sum.plus(sheet.scores[criterion.code] ?? 0),
      new Decimal(0),
    );
  }
  const belowMinimum = rubric.criteria
    .filter(
      (c) =>
        c.minimum !== undefined &&
        (criterionSums[c.code] as Decimal).lessThan(new Decimal(c.minimum).times(kept.length)),
    )
    .map((c) => c.code);
  const rounded = score.toDecimalPlaces(SCORE_ROUNDING.places, SCORE_ROUNDING.mode);
  return {
    applicationId,
    score: rounded.toFixed(SCORE_ROUNDING.places),
    sheetCount: n,
    trimmed,
    outliers,
    belowMinimum,
    qualified: belowMinimum.length === 0 && !rounded.lessThan(rubric.passMark),
    criterionSums,
    countedSheets: kept.length,
  };
}

export interface RankedScore extends AggregatedScore {
  /** Competition ranking: equal applications share a rank and the next rank is skipped (1, 2, 2, 4). */
  rank: number;
}

/** Compares the exact mean of one criterion of two applications: sumA / nA against sumB / nB. */
function compareCriterionMeans(a: AggregatedScore, b: AggregatedScore, code: string): number {
  const left = (a.criterionSums[code] as Decimal).times(b.countedSheets);
  const right = (b.criterionSums[code] as Decimal).times(a.countedSheets);
  return right.comparedTo(left);
}

/**
 * Ranks by the published (rounded) score, highest first. Equal scores are separated by the higher
 * mean on each criterion in the rubric's order (condition 一 first); applications equal on all of
 * these share a rank and are listed by id.
 */
export function rankScores(rubric: Rubric, scores: readonly AggregatedScore[]): RankedScore[] {
  const compareMerit = (a: AggregatedScore, b: AggregatedScore) => {
    const byScore = new Decimal(b.score).comparedTo(a.score);
    if (byScore !== 0) return byScore;
    for (const criterion of rubric.criteria) {
      const byCriterion = compareCriterionMeans(a, b, criterion.code);
      if (byCriterion !== 0) return byCriterion;
    }
    return 0;
  };
  const ordered = [...scores].sort(
    (a, b) => compareMerit(a, b) || (a.applicationId < b.applicationId ? -1 : 1),
  );
  const ranked: RankedScore[] = [];
  ordered.forEach((entry, index) => {
    const previous = ranked[index - 1];
    const rank = previous && compareMerit(previous, entry) === 0 ? previous.rank : index + 1;
    ranked.push({ ...entry, rank });
  });
  return ranked;
}

/** Who reads score sheets: an assigned expert, or the ministry official running the review. */
export type SheetReader = { kind: "reviewer"; reviewerId: string } | { kind: "organiser" };

/**
 * The sheets `reader` may see: an expert sees only their own while scoring is open, so no score
 * anchors another's, and everyone's once the phase is closed; the organiser sees all throughout.
 */
export function visibleSheets<S extends { reviewerId: string }>(
  sheets: readonly S[],
  reader: SheetReader,
  phaseClosed: boolean,
): S[] {
  if (reader.kind === "organiser" || phaseClosed) return [...sheets];
  return sheets.filter((sheet) => sheet.reviewerId === reader.reviewerId);
}
