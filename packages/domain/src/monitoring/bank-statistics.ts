import { checkAmountAtMost, MAX_FIGURE_FEN } from "../bounds";
import { addDays, daysBetween, MONTH_PATTERN, monthBounds } from "../dates";
import { DomainValidationError, type ValidationIssue, type ValidationPath } from "../errors";
import { CLUSTER_CODES, type Cluster33618 } from "../financing/catalogue";
import { formatYuan, parseYuan } from "../money";
import type { Term, Terms } from "../vocabulary";

/**
 * A bank's monthly statistics for its region (seed 004 §一(二), §五(五); SPEC §7): its all-loans balance
 * and its manufacturing lending, as a whole, by 33618 cluster and by district. Amounts are integer fen.
 */
export interface ManufacturingFigures {
  /** 制造业贷款余额 at the month's end. */
  balanceFen: bigint;
  /** 其中:中长期贷款余额. */
  mediumLongTermBalanceFen: bigint;
  /** 其中:信用贷款余额. */
  creditBalanceFen: bigint;
  /** 当月新发放制造业贷款. */
  newLoansFen: bigint;
  /** 其中:中长期. */
  newMediumLongTermFen: bigint;
  /** 其中:信用. */
  newCreditFen: bigint;
}

export const MANUFACTURING_FIGURES = [
  "balance",
  "mediumLongTermBalance",
  "creditBalance",
  "newLoans",
  "newMediumLongTerm",
  "newCredit",
] as const;
export type ManufacturingFigure = (typeof MANUFACTURING_FIGURES)[number];

export const MANUFACTURING_FIGURE_TERMS: Terms<ManufacturingFigure | "allLoansBalance"> = {
  allLoansBalance: { zh: "各项贷款余额", en: "All loans, balance" },
  balance: { zh: "制造业贷款余额", en: "Manufacturing loans, balance" },
  mediumLongTermBalance: { zh: "其中:中长期贷款余额", en: "of which medium/long-term, balance" },
  creditBalance: { zh: "其中:信用贷款余额", en: "of which credit loans, balance" },
  newLoans: { zh: "当月新发放制造业贷款", en: "New manufacturing loans in the month" },
  newMediumLongTerm: { zh: "其中:中长期贷款", en: "of which medium/long-term" },
  newCredit: { zh: "其中:信用贷款", en: "of which credit loans" },
};

/** Manufacturing lending outside the 33618 clusters (十堰's industries, other manufacturing) still adds up. */
export const OTHER_MANUFACTURING = "OTHER_MANUFACTURING";
export type StatisticsCluster = Cluster33618 | typeof OTHER_MANUFACTURING;
export const STATISTICS_CLUSTER_CODES: readonly StatisticsCluster[] = [...CLUSTER_CODES, OTHER_MANUFACTURING];
export const OTHER_MANUFACTURING_TERM: Term = { zh: "其他制造业", en: "Other manufacturing" };

export interface BankMonthlyStatistics {
  month: string;
  allLoansBalanceFen: bigint;
  manufacturing: ManufacturingFigures;
  byCluster: ({ cluster: StatisticsCluster } & ManufacturingFigures)[];
  byDistrict: ({ district: string } & ManufacturingFigures)[];
}

/** Figures as the bank sends them: yuan decimal strings with at most two places. */
export type ManufacturingFiguresInput = Record<ManufacturingFigure, string>;

export interface BankStatisticsInput {
  month: string;
  allLoansBalance: string;
  manufacturing: ManufacturingFiguresInput;
  byCluster: ({ cluster: string } & ManufacturingFiguresInput)[];
  byDistrict: ({ district: string } & ManufacturingFiguresInput)[];
}

export interface StatisticsContext {
  /** The business date: the month may not be after its month. */
  today: string;
  /** The district codes of the bank's region, as the regions table lists them. */
  districts: readonly string[];
}

const fenKey = (figure: ManufacturingFigure) => `${figure}Fen` as const;

/** The of-which figures and the whole each is part of. */
const OF_WHICH: readonly [ManufacturingFigure, ManufacturingFigure][] = [
  ["mediumLongTermBalance", "balance"],
  ["creditBalance", "balance"],
  ["newMediumLongTerm", "newLoans"],
  ["newCredit", "newLoans"],
];

/** Parses one amount, collecting its issue instead of throwing so that every issue is reported at once. */
function collectYuan(value: unknown, path: ValidationPath, issues: ValidationIssue[]): bigint | undefined {
  if (typeof value !== "string") {
    issues.push({
      path,
      rule: "required",
      message: { zh: "金额不能为空", en: "Amount is required" },
    });
    return undefined;
  }
  try {
    const fen = parseYuan(value, path);
    const tooLarge = checkAmountAtMost(fen, MAX_FIGURE_FEN, path, "金额");
    if (tooLarge) issues.push(tooLarge);
    return tooLarge ? undefined : fen;
  } catch (error) {
    if (error instanceof DomainValidationError) {
      issues.push(...error.issues);
      return undefined;
    }
    throw error;
  }
}

function collectFigures(
  input: ManufacturingFiguresInput,
  path: ValidationPath,
  issues: ValidationIssue[],
): ManufacturingFigures | undefined {
  const parsed = MANUFACTURING_FIGURES.map((figure) => collectYuan(input[figure], [...path, figure], issues));
  if (parsed.some((fen) => fen === undefined)) return undefined;
  const figures = Object.fromEntries(
    MANUFACTURING_FIGURES.map((figure, index) => [fenKey(figure), parsed[index]]),
  ) as unknown as ManufacturingFigures;
  for (const [part, whole] of OF_WHICH) {
    if (figures[fenKey(part)] > figures[fenKey(whole)]) {
      issues.push({
        path: [...path, part],
        rule: "of-which-within-whole",
        message: {
          zh: `${MANUFACTURING_FIGURE_TERMS[part].zh}${formatYuan(figures[fenKey(part)])}元超过${MANUFACTURING_FIGURE_TERMS[whole].zh}${formatYuan(figures[fenKey(whole)])}元`,
          en: `Cannot exceed ${whole}`,
        },
      });
    }
  }
  return figures;
}

function checkMonth(month: string, today: string): ValidationIssue | undefined {
  if (typeof month !== "string" || !MONTH_PATTERN.test(month)) {
    return {
      path: ["month"],
      rule: "month-format",
      message: { zh: `月份"${month}"格式不正确,应为YYYY-MM`, en: "Expected a month as YYYY-MM" },
    };
  }
  const current = today.slice(0, 7);
  if (month > current) {
    return {
      path: ["month"],
      rule: "not-after-current-month",
      message: {
        zh: `统计月份${month}晚于本月(${current})`,
        en: `The month cannot be after the current month (${current})`,
      },
    };
  }
  return undefined;
}

/** Each row names a known cluster or district, and names it once. */
function checkKeys<K extends "cluster" | "district">(
  rows: readonly ({ [key in K]: string } & ManufacturingFiguresInput)[],
  listName: "byCluster" | "byDistrict",
  key: K,
  known: ReadonlySet<string>,
  issues: ValidationIssue[],
): void {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const code = row[key];
    if (!known.has(code)) {
      issues.push({
        path: [listName, index, key],
        rule: key === "cluster" ? "known-cluster" : "district-in-region",
        message:
          key === "cluster"
            ? { zh: `"${code}"不是33618产业集群代码`, en: "Not a 33618 cluster code" }
            : { zh: `"${code}"不是本地区的区县代码`, en: "Not a district of the bank's region" },
      });
    } else if (seen.has(code)) {
      issues.push({
        path: [listName, index, key],
        rule: "unique",
        message: { zh: `"${code}"重复填报`, en: "Listed twice" },
      });
    }
    seen.add(code);
  });
}

/** The breakdown's rows must add up to the manufacturing figures, figure by figure. */
function checkPartsAddUp(
  parts: readonly ManufacturingFigures[],
  total: ManufacturingFigures,
  listName: "byCluster" | "byDistrict",
  issues: ValidationIssue[],
): void {
  const breakdown: Term =
    listName === "byCluster" ? { zh: "各集群", en: "clusters" } : { zh: "各区县", en: "districts" };
  for (const figure of MANUFACTURING_FIGURES) {
    const sum = parts.reduce((acc, part) => acc + part[fenKey(figure)], 0n);
    if (sum !== total[fenKey(figure)]) {
      issues.push({
        path: [listName, figure],
        rule: "parts-add-up-to-total",
        message: {
          zh: `${breakdown.zh}${MANUFACTURING_FIGURE_TERMS[figure].zh}合计${formatYuan(sum)}元,与制造业合计${formatYuan(total[fenKey(figure)])}元不符`,
          en: `The ${breakdown.en} add up to ${formatYuan(sum)}, not the total ${formatYuan(total[fenKey(figure)])}`,
        },
      });
    }
  }
}

/**
 * Checks a bank's monthly statistics and returns them in fen, or throws a DomainValidationError with
 * every issue found, each naming its field and rule: amounts are non-negative yuan with at most two
 * places, each of-which within its whole, manufacturing within all loans, clusters and districts known,
 * once each, and adding up to the manufacturing figures, the month not after the business month.
 */
export function parseBankStatistics(
  input: BankStatisticsInput,
  context: StatisticsContext,
): BankMonthlyStatistics {
  const issues: ValidationIssue[] = [];
  const monthIssue = checkMonth(input.month, context.today);
  if (monthIssue) issues.push(monthIssue);
  const allLoansBalanceFen = collectYuan(input.allLoansBalance, ["allLoansBalance"], issues);
  const manufacturing = collectFigures(input.manufacturing, ["manufacturing"], issues);
  if (manufacturing && allLoansBalanceFen !== undefined && manufacturing.balanceFen > allLoansBalanceFen) {
    issues.push({
      path: ["manufacturing", "balance"],
      rule: "within-all-loans",
      message: {
        zh: `制造业贷款余额${formatYuan(manufacturing.balanceFen)}元超过各项贷款余额${formatYuan(allLoansBalanceFen)}元`,
        en: "Manufacturing loans cannot exceed all loans",
      },
    });
  }
  checkKeys(input.byCluster, "byCluster", "cluster", new Set(STATISTICS_CLUSTER_CODES), issues);
  checkKeys(input.byDistrict, "byDistrict", "district", new Set(context.districts), issues);
  const byCluster = input.byCluster.map((row, index) => collectFigures(row, ["byCluster", index], issues));
  const byDistrict = input.byDistrict.map((row, index) => collectFigures(row, ["byDistrict", index], issues));
  const allParsed = <T>(rows: (T | undefined)[]): rows is T[] => rows.every((row) => row !== undefined);
  if (manufacturing && allParsed(byCluster)) checkPartsAddUp(byCluster, manufacturing, "byCluster", issues);
  if (manufacturing && allParsed(byDistrict))
    checkPartsAddUp(byDistrict, manufacturing, "byDistrict", issues);
  if (issues.length > 0 || !manufacturing || allLoansBalanceFen === undefined) {
    throw new DomainValidationError(issues);
  }
  return {
    month: input.month,
    allLoansBalanceFen,
    manufacturing,
    byCluster: input.byCluster.map((row, index) => ({
      cluster: row.cluster as StatisticsCluster,
      ...(byCluster[index] as ManufacturingFigures),
    })),
    byDistrict: input.byDistrict.map((row, index) => ({
      district: row.district,
      ...(byDistrict[index] as ManufacturingFigures),
    })),
  };
}

/** The longest reason a correction may give. */
export const MAX_CORRECTION_REASON_LENGTH = 500;

/**
 * The version a new submission for a bank and month becomes: the first is version 1 and needs no
 * reason; a correction replaces the live version, so it must say why (kept with the version).
 */
export function nextStatisticsVersion(liveVersion: number | null, reason: string | undefined): number {
  if (liveVersion === null) return 1;
  const trimmed = reason?.trim() ?? "";
  if (trimmed === "") {
    throw DomainValidationError.single(["reason"], "correction-needs-reason", {
      zh: `本月统计已报送(第${liveVersion}版),更正须说明原因`,
      en: `Version ${liveVersion} is already submitted: a correction needs a reason`,
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

/** By default a month's statistics are due on the 10th of the following month, that day included. */
export const DEFAULT_STATISTICS_DUE_DAY = 10;

/**
 * The last day a month's statistics are on time: `dueDay` of the following month, or that month's last
 * day when it is shorter (a due day of 31 in February is the 28th or 29th).
 */
export function statisticsDueDate(month: string, dueDay: number = DEFAULT_STATISTICS_DUE_DAY): string {
  if (!Number.isInteger(dueDay) || dueDay < 1 || dueDay > 31) {
    throw DomainValidationError.single(["dueDay"], "day-of-month", {
      zh: "报送截止日须为1到31之间的整数",
      en: "The due day is a whole number from 1 to 31",
    });
  }
  const following = addDays(monthBounds(month).to, 1);
  const lastDay = monthBounds(following.slice(0, 7)).to;
  const due = `${following.slice(0, 8)}${String(dueDay).padStart(2, "0")}`;
  return due > lastDay ? lastDay : due;
}

export const SUBMISSION_TIMELINESS = ["ON_TIME", "LATE", "MISSING", "NOT_YET_DUE"] as const;
export type SubmissionTimeliness = (typeof SUBMISSION_TIMELINESS)[number];

export const SUBMISSION_TIMELINESS_TERMS: Terms<SubmissionTimeliness> = {
  ON_TIME: { zh: "按时报送", en: "On time" },
  LATE: { zh: "逾期报送", en: "Submitted late" },
  MISSING: { zh: "逾期未报", en: "Overdue, not submitted" },
  NOT_YET_DUE: { zh: "未到截止日", en: "Not yet due" },
};

export interface BankTimeliness {
  bankId: string;
  status: SubmissionTimeliness;
  dueOn: string;
  /** Days after the due date the first version came, or that have passed without one; 0 when not late. */
  daysLate: number;
}

/**
 * Which banks are late with a month's statistics on `today`: a bank is late when its first version came
 * after the due date, or when none has come and the due date has passed. Corrections do not count:
 * the first version decides. Banks are returned in the order given.
 */
export function statisticsTimeliness(
  month: string,
  bankIds: readonly string[],
  firstSubmittedOn: ReadonlyMap<string, string>,
  today: string,
  dueDay: number = DEFAULT_STATISTICS_DUE_DAY,
): BankTimeliness[] {
  const dueOn = statisticsDueDate(month, dueDay);
  const daysAfterDue = (date: string) => Math.max(0, daysBetween(dueOn, date));
  return bankIds.map((bankId) => {
    const submittedOn = firstSubmittedOn.get(bankId);
    if (submittedOn !== undefined) {
      const late = submittedOn > dueOn;
      return { bankId, status: late ? "LATE" : "ON_TIME", dueOn, daysLate: daysAfterDue(submittedOn) };
    }
    if (today > dueOn) return { bankId, status: "MISSING", dueOn, daysLate: daysAfterDue(today) };
    return { bankId, status: "NOT_YET_DUE", dueOn, daysLate: 0 };
  });
}

/** The banks late with the month: submitted late or still missing after the due date. */
export function lateBanks(timeliness: readonly BankTimeliness[]): BankTimeliness[] {
  return timeliness.filter((bank) => bank.status === "LATE" || bank.status === "MISSING");
}
