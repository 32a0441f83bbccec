import { DomainValidationError, type ValidationIssue } from "../errors";
import { parseYuan } from "../money";
import type { OrgType } from "../programmes/organisations";
import type { Term, Terms } from "../vocabulary";
import { MAX_CORRECTION_REASON_LENGTH } from "./bank-statistics";
import type { PeriodAmount } from "./indicators";

/**
 * The figures departments enter each quarter for their region (seed 004 §一(二), §五): what the banks'
 * statistics and the platform's own modules do not hold.
 */
export const QUARTERLY_FIGURES = [
  "FUND_INVESTMENT",
  "BOND_FINANCING",
  "NEW_LISTINGS",
  "GUARANTEE_AMOUNT",
  "INSURANCE_COVERAGE",
] as const;
export type QuarterlyFigure = (typeof QUARTERLY_FIGURES)[number];

export const QUARTERLY_FIGURE_TERMS: Terms<QuarterlyFigure> = {
  FUND_INVESTMENT: { zh: "新增制造业基金投融资", en: "New fund investment in manufacturing" },
  BOND_FINANCING: { zh: "制造业债券融资", en: "Manufacturing bond financing" },
  NEW_LISTINGS: { zh: "新增上市(挂牌)制造业企业", en: "Manufacturers newly listed" },
  GUARANTEE_AMOUNT: { zh: "新增制造业融资担保金额", en: "New financing guarantees for manufacturers" },
  INSURANCE_COVERAGE: { zh: "制造业保险保障金额", en: "Insurance cover for manufacturers" },
};

/** Money figures are amounts in fen; listings are a count of enterprises. */
export const QUARTERLY_FIGURE_UNIT: Readonly<Record<QuarterlyFigure, "amount" | "count">> = {
  FUND_INVESTMENT: "amount",
  BOND_FINANCING: "amount",
  NEW_LISTINGS: "count",
  GUARANTEE_AMOUNT: "amount",
  INSURANCE_COVERAGE: "amount",
};

/**
 * Which departments enter which figure for their region: the one that holds it. The finance bureau
 * oversees the government guidance funds, the local bond work and the government guarantors; the
 * securities regulator's office follows listings, and where a region has none (十堰) its industry
 * bureau's listing office does; the industry bureau runs the first-set (首台套) insurance programme.
 */
export const QUARTERLY_FIGURE_ENTERED_BY: Readonly<Record<QuarterlyFigure, readonly OrgType[]>> = {
  FUND_INVESTMENT: ["FINANCE_BUREAU"],
  BOND_FINANCING: ["FINANCE_BUREAU"],
  NEW_LISTINGS: ["SECURITIES_REGULATOR", "INDUSTRY_BUREAU"],
  GUARANTEE_AMOUNT: ["FINANCE_BUREAU"],
  INSURANCE_COVERAGE: ["INDUSTRY_BUREAU"],
};

export const QUARTER_PATTERN = /^[1-9]\d{3}-Q[1-4]$/;

/** The quarter a business date falls in ("2026-12-05" → "2026-Q4"). */
export const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;

/** A quarter's last month ("2026-Q1" → "2026-03"): cumulative indicators count it there. */
export const quarterEndMonth = (quarter: string) =>
  `${quarter.slice(0, 4)}-${String(Number(quarter.slice(6)) * 3).padStart(2, "0")}`;

export interface QuarterlyFigureInput {
  quarter: string;
  figure: string;
  /** Yuan, for the money figures. */
  amount?: string;
  /** Enterprises, for the counts. */
  count?: number;
}

export interface QuarterlyFigureValue {
  quarter: string;
  figure: QuarterlyFigure;
  amountFen: bigint | null;
  count: number | null;
}

const issue = (path: string, rule: string, zh: string, en: string): ValidationIssue => ({
  path: [path],
  rule,
  message: { zh, en },
});

function valueIssues(figure: QuarterlyFigure, input: QuarterlyFigureInput): ValidationIssue[] {
  if (QUARTERLY_FIGURE_UNIT[figure] === "amount") {
    if (input.count !== undefined) {
      return [issue("count", "unit", "该数据为金额,请填写amount", "This figure is an amount: give amount")];
    }
    if (input.amount === undefined) return [issue("amount", "required", "请填写金额", "Amount is required")];
    try {
      parseYuan(input.amount, ["amount"]);
      return [];
    } catch (error) {
      if (error instanceof DomainValidationError) return error.issues;
      throw error;
    }
  }
  if (input.amount !== undefined) {
    return [issue("amount", "unit", "该数据为企业数,请填写count", "This figure is a count: give count")];
  }
  if (input.count === undefined) return [issue("count", "required", "请填写企业数", "Count is required")];
  return Number.isInteger(input.count) && input.count >= 0
    ? []
    : [issue("count", "non-negative-integer", "企业数须为非负整数", "A whole number, 0 or more")];
}

/**
 * Checks a department's figure for a quarter, reporting every issue at once: a known figure, a quarter
 * as YYYY-Qn not after the business date's own quarter, and its value in the figure's unit, never negative.
 */
export function parseQuarterlyFigure(input: QuarterlyFigureInput, today: string): QuarterlyFigureValue {
  const issues: ValidationIssue[] = [];
  if (!QUARTER_PATTERN.test(input.quarter)) {
    issues.push(
      issue("quarter", "quarter-format", "季度应为YYYY-Qn,如2026-Q3", "A quarter as YYYY-Qn, e.g. 2026-Q3"),
    );
  } else if (input.quarter > quarterOf(today)) {
    issues.push(
      issue("quarter", "not-future", `${input.quarter}尚未开始,不能填报`, `${input.quarter} has not begun`),
    );
  }
  const known = (QUARTERLY_FIGURES as readonly string[]).includes(input.figure);
  if (!known) {
    issues.push(
      issue("figure", "known-figure", `"${input.figure}"不是季度填报数据`, "Not a quarterly figure"),
    );
  } else {
    issues.push(...valueIssues(input.figure as QuarterlyFigure, input));
  }
  if (issues.length > 0) throw new DomainValidationError(issues);
  const figure = input.figure as QuarterlyFigure;
  const isAmount = QUARTERLY_FIGURE_UNIT[figure] === "amount";
  return {
    quarter: input.quarter,
    figure,
    amountFen: isAmount ? parseYuan(input.amount as string, ["amount"]) : null,
    count: isAmount ? null : (input.count as number),
  };
}

/** Whether an organisation of this type enters the figure for its region. */
export const entersQuarterlyFigure = (orgType: OrgType, figure: QuarterlyFigure) =>
  QUARTERLY_FIGURE_ENTERED_BY[figure].includes(orgType);

export const QUARTERLY_FIGURE_NOT_YOURS = (figure: QuarterlyFigure): Term => ({
  zh: `${QUARTERLY_FIGURE_TERMS[figure].zh}由${QUARTERLY_FIGURE_ENTERED_BY[figure].join("/")}填报`,
  en: `${QUARTERLY_FIGURE_TERMS[figure].en} is entered by ${QUARTERLY_FIGURE_ENTERED_BY[figure].join(" or ")}`,
});

/** A figure's live amounts by quarter, placed at each quarter's last month for the cumulative indicators. */
export function quarterlyAmounts(
  figure: "FUND_INVESTMENT" | "BOND_FINANCING",
  values: readonly QuarterlyFigureValue[],
): PeriodAmount[] {
  return values
    .filter((value) => value.figure === figure && value.amountFen !== null)
    .map((value) => ({ month: quarterEndMonth(value.quarter), amountFen: value.amountFen as bigint }));
}

/**
 * The version a department's new entry becomes: the first is 1; a correction replaces the live version
 * and must say why.
 */
export function nextQuarterlyFigureVersion(liveVersion: number | null, reason: string | undefined): number {
  if (liveVersion === null) return 1;
  const trimmed = reason?.trim() ?? "";
  if (trimmed === "") {
    throw DomainValidationError.single(["reason"], "correction-needs-reason", {
      zh: `该季度数据已填报(第${liveVersion}版),更正须说明原因`,
      en: `Version ${liveVersion} is already entered: a correction needs a reason`,
    });
  }
  if (trimmed.length > MAX_CORRECTION_REASON_LENGTH) {
    throw DomainValidationError.single(["reason"], "max-length", {
      zh: `更正原因最多${MAX_CORRECTION_REASON_LENGTH}字`,
      en: `At most ${MAX_CORRECTION_REASON_LENGTH} characters`,
    });
  }
  return liveVersion + 1;
}
