import { MONTH_PATTERN } from "../dates";
import { DomainValidationError, type ValidationIssue } from "../errors";
import { LISTING_PIPELINE_TARGET } from "../incentives/listing-pipeline";
import { parseRate, parseYuan } from "../money";
import { regionsCovering } from "../regions";

/**
 * The policy targets a region is monitored against. Seed 004 §一(二) sets 重庆's for 2027; a region
 * configures its own, and whatever it leaves out falls back to the region above it, then to the seed.
 */
export interface MonitoringTargets {
  /** The month by whose end the targets are to be met (2027 → "2027-12"). */
  targetMonth: string;
  /** Manufacturing loans' share of all loans, at least (decimal, "0.10" = 10%). */
  manufacturingShare: string;
  /** New fund investment (基金投融资), cumulative from the month `from`. */
  fundInvestment: CumulativeTarget;
  /** Bond financing (债券融资), cumulative from the month `from`. */
  bondFinancing: CumulativeTarget;
  /** Enterprises (times) served by financing events each calendar year. */
  enterprisesServedPerYear: number;
  /** Enterprises in the listing pipeline (上市培育库), at least. */
  listingPipeline: number;
}

export interface CumulativeTarget {
  amountFen: bigint;
  from: string;
}

const YI_YUAN_IN_FEN = 10_000_000_000n;

/** Seed 004 §一(二): share ≥ 10%, 1,000亿元 new fund investment, 300亿元 bonds, 1,000 services a year, ≥ 500 in the pipeline. */
export const SEED_004_TARGETS: MonitoringTargets = {
  targetMonth: "2027-12",
  manufacturingShare: "0.10",
  // The plan was issued in 2024: "new" investment counts from its first month.
  fundInvestment: { amountFen: 1_000n * YI_YUAN_IN_FEN, from: "2024-01" },
  bondFinancing: { amountFen: 300n * YI_YUAN_IN_FEN, from: "2024-01" },
  enterprisesServedPerYear: 1_000,
  listingPipeline: LISTING_PIPELINE_TARGET,
};

/**
 * The targets in force for a region: its own configuration, then its city's, then its province's
 * (each covering the next), then the seed's defaults, target by target.
 */
export function targetsForRegion(
  regionCode: string,
  configured: ReadonlyMap<string, Partial<MonitoringTargets>>,
): MonitoringTargets {
  const layers = regionsCovering(regionCode)
    .reverse()
    .map((code) => configured.get(code) ?? {});
  return Object.assign({}, SEED_004_TARGETS, ...layers);
}

/** Targets as a region's configuration sends them: yuan and decimal strings. */
export interface MonitoringTargetsInput {
  targetMonth?: string;
  manufacturingShare?: string;
  fundInvestment?: { amount: string; from: string };
  bondFinancing?: { amount: string; from: string };
  enterprisesServedPerYear?: number;
  listingPipeline?: number;
}

function collect<T>(issues: ValidationIssue[], parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof DomainValidationError)) throw error;
    issues.push(...error.issues);
    return undefined;
  }
}

function monthIssue(value: string, field: string): ValidationIssue | undefined {
  return MONTH_PATTERN.test(value)
    ? undefined
    : {
        path: [field],
        rule: "month-format",
        message: { zh: `月份"${value}"格式不正确,应为YYYY-MM`, en: "Expected a month as YYYY-MM" },
      };
}

function countIssue(value: number, field: string): ValidationIssue | undefined {
  return Number.isInteger(value) && value > 0
    ? undefined
    : {
        path: [field],
        rule: "positive-integer",
        message: { zh: "须为正整数", en: "A whole number above 0" },
      };
}

/** Checks a region's target configuration, reporting every issue at once. */
export function parseMonitoringTargets(input: MonitoringTargetsInput): Partial<MonitoringTargets> {
  const issues: ValidationIssue[] = [];
  const targets: Partial<MonitoringTargets> = {};
  if (input.targetMonth !== undefined) {
    const issue = monthIssue(input.targetMonth, "targetMonth");
    if (issue) issues.push(issue);
    else targets.targetMonth = input.targetMonth;
  }
  if (input.manufacturingShare !== undefined) {
    const share = collect(issues, () =>
      parseRate(input.manufacturingShare as string, ["manufacturingShare"]),
    );
    if (share) targets.manufacturingShare = share.toString();
  }
  for (const field of ["fundInvestment", "bondFinancing"] as const) {
    const given = input[field];
    if (given === undefined) continue;
    const amountFen = collect(issues, () => parseYuan(given.amount, [field, "amount"]));
    const issue = monthIssue(given.from, field);
    if (issue) issues.push({ ...issue, path: [field, "from"] });
    if (amountFen !== undefined && !issue) targets[field] = { amountFen, from: given.from };
  }
  for (const field of ["enterprisesServedPerYear", "listingPipeline"] as const) {
    const given = input[field];
    if (given === undefined) continue;
    const issue = countIssue(given, field);
    if (issue) issues.push(issue);
    else targets[field] = given;
  }
  if (issues.length > 0) throw new DomainValidationError(issues);
  return targets;
}
