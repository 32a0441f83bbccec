import { DomainValidationError, type ValidationIssue, type ValidationPath } from "./errors";
import { formatYuanGrouped } from "./money";

/**
 * What the platform accepts as true at all (ADR 015). Any date before the earliest or after the
 * latest is a typing slip; fields with a business meaning are bounded more tightly below.
 */
export const EARLIEST_DATE = "1900-01-01";
export const LATEST_DATE = "2099-12-31";

/** The most a single recorded money amount (a loan, an event, an appropriation, a fee, a claim) can be: 100亿元. */
export const MAX_AMOUNT_FEN = 1_000_000_000_000n;
/** The most an enterprise's stated total assets or yearly revenue can be: 100万亿元. */
export const MAX_FIGURE_FEN = 10_000_000_000_000_000n;

/** A date bound with its name, so a message says which limit a date crossed ("营业日 (business date)"). */
export interface DateLimit {
  date: string;
  zh: string;
  en: string;
}

export const earliestDateLimit: DateLimit = { date: EARLIEST_DATE, zh: "最早日期", en: "earliest date" };
export const latestDateLimit: DateLimit = { date: LATEST_DATE, zh: "最晚日期", en: "latest date" };

/** The business date as a limit: nothing recorded as done can have happened after today. */
export function businessDateLimit(today: string): DateLimit {
  return { date: today, zh: "营业日(今天)", en: "the business date" };
}

/**
 * The issue for an ISO date outside [earliest, latest], naming the field, the rule and the limit;
 * undefined when it is within. ISO dates compare as strings.
 */
export function checkDateWithin(
  value: string,
  path: ValidationPath,
  label: string,
  limits: { earliest?: DateLimit; latest?: DateLimit },
): ValidationIssue | undefined {
  const { earliest, latest } = limits;
  if (earliest && value < earliest.date) {
    return {
      path,
      rule: "date-not-before",
      message: {
        zh: `${label}${value}不能早于${earliest.zh}${earliest.date}`,
        en: `Must not be before ${earliest.en} ${earliest.date}`,
      },
    };
  }
  if (latest && value > latest.date) {
    return {
      path,
      rule: "date-not-after",
      message: {
        zh: `${label}${value}不能晚于${latest.zh}${latest.date}`,
        en: `Must not be after ${latest.en} ${latest.date}`,
      },
    };
  }
  return undefined;
}

/** The issue for an amount above `maxFen`, stating the limit; undefined when it is within. */
export function checkAmountAtMost(
  fen: bigint,
  maxFen: bigint,
  path: ValidationPath,
  label: string,
): ValidationIssue | undefined {
  if (fen <= maxFen) return undefined;
  const max = formatYuanGrouped(maxFen);
  return {
    path,
    rule: "max-amount",
    message: { zh: `${label}不能超过${max}元`, en: `Must not exceed ${max} yuan` },
  };
}

/** Throws the issue of {@link checkDateWithin}, for a service checking one date against what it knows. */
export function assertDateWithin(
  value: string,
  path: ValidationPath,
  label: string,
  limits: { earliest?: DateLimit; latest?: DateLimit },
): void {
  const issue = checkDateWithin(value, path, label, limits);
  if (issue) throw new DomainValidationError([issue]);
}
