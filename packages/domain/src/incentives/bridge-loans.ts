import { Decimal } from "decimal.js";
import { addDays, daysBetween, parseIsoDate } from "../dates";
import { type EnterpriseTag, tagIsValidOn, tagName } from "../enterprise-catalogue";
import { DomainValidationError, throwIfIssues, type ValidationIssue } from "../errors";
import { exactDecimal, FEN_PER_WAN, formatYuan, rateAsPercent, roundHalfUpToFen } from "../money";
import type { OfficialCalendar } from "../programmes/official-calendar";
import { dueDate } from "../programmes/sla";
import type { SizeClass } from "../size-class";
import type { Term } from "../vocabulary";

/**
 * Bridge loans (应急转贷, seed 004 §四(二)): money from a bridge fund that repays a maturing loan so the
 * bank can renew it, returned when the renewal is disbursed. The seed gives the ceiling for its two
 * groups, the waiver and the reduction's end; the rest is configuration (SPEC §5 defaults, ADR 031).
 */
export interface BridgeLoanRules {
  /** 中小微企业 and the large private enterprises among the 双百 (seed: 最高不超8000万元). */
  groupCeilingFen: bigint;
  /** Everyone else the fund admits; 0 admits no one else. 重庆's bridge fund: 3,000万元. */
  generalCeilingFen: bigint;
  /** Days of use before the money must be back. */
  maxWorkingDays: number;
  /** The usage fee per day of use, a decimal fraction ("0.0001" = 0.01% a day). */
  dailyRate: string;
  /** National and municipal 专精特新 SMEs pay no fee (seed: 免收应急转贷周转金使用费). */
  waiverTags: EnterpriseTag[];
  /** SMEs pay this share less for days of use up to `smeReductionUntil` (seed: 阶段性减免至2027年). */
  smeReductionShare: string;
  smeReductionUntil: string;
  /** Working days after the return was due before an overdue bridge goes to the bureaus (ours, ADR 034). */
  escalateAfterWorkingDays: number;
}

export const DEFAULT_BRIDGE_LOAN_RULES: BridgeLoanRules = {
  groupCeilingFen: 8_000n * FEN_PER_WAN,
  generalCeilingFen: 3_000n * FEN_PER_WAN,
  maxWorkingDays: 15,
  dailyRate: "0.0001",
  waiverTags: ["LITTLE_GIANT", "SRDI_PROVINCE", "SRDI_CITY"],
  smeReductionShare: "0.5",
  smeReductionUntil: "2027-12-31",
  escalateAfterWorkingDays: 3,
};

const SMALL_AND_MEDIUM: readonly SizeClass[] = ["MEDIUM", "SMALL", "MICRO"];

export interface BridgeBorrower {
  sizeClass: SizeClass;
  ownership: string;
  tags: readonly { tag: string; validFrom: string; validTo: string | null }[];
}

const holds = (borrower: BridgeBorrower, tags: readonly string[], date: string) =>
  borrower.tags.filter((t) => tags.includes(t.tag) && tagIsValidOn(t, date)).map((t) => t.tag);

export interface BridgeCeiling {
  ceilingFen: bigint;
  group: "SME" | "DOUBLE_HUNDRED_PRIVATE" | "GENERAL";
  reason: Term;
}

/** The most a borrower may bridge, and which of the seed's groups gives it. */
export function bridgeLoanCeiling(
  borrower: BridgeBorrower,
  rules: BridgeLoanRules,
  date: string,
): BridgeCeiling {
  if (SMALL_AND_MEDIUM.includes(borrower.sizeClass)) {
    return {
      ceilingFen: rules.groupCeilingFen,
      group: "SME",
      reason: { zh: "中小微企业,适用最高限额", en: "An SME: the group ceiling applies" },
    };
  }
  if (borrower.ownership === "PRIVATE" && holds(borrower, ["DOUBLE_HUNDRED"], date).length > 0) {
    return {
      ceilingFen: rules.groupCeilingFen,
      group: "DOUBLE_HUNDRED_PRIVATE",
      reason: {
        zh: "双百企业中的大型民营企业,适用最高限额",
        en: "A large private 双百 enterprise: the group ceiling applies",
      },
    };
  }
  return {
    ceilingFen: rules.generalCeilingFen,
    group: "GENERAL",
    reason: {
      zh: "不属于政策重点支持群体,适用一般限额",
      en: "Outside the seed's two groups: the general ceiling applies",
    },
  };
}

/** The last day the bridge money may stay out: `maxWorkingDays` working days after it was paid. */
export function bridgeReturnDue(paidOn: string, rules: BridgeLoanRules, calendar: OfficialCalendar): string {
  return dueDate(paidOn, { amount: rules.maxWorkingDays, unit: "working-days" }, calendar);
}

export interface BridgeFeeInput {
  amountFen: bigint;
  /** The day the fund paid the bank, and the day the money came back (or today, for a running bridge). */
  paidOn: string;
  returnedOn: string;
  borrower: BridgeBorrower;
  rules: BridgeLoanRules;
}

/** A run of days at one rate, as the working shows it. */
export interface BridgeFeePeriod {
  from: string;
  to: string;
  days: number;
  /** The daily rate after any reduction. */
  dailyRate: string;
  reduction: string | null;
  amount: string;
}

export interface BridgeFeeWorking {
  amount: string;
  days: number;
  dailyRate: string;
  waived: Term | null;
  periods: BridgeFeePeriod[];
  fee: string;
  rounding: "half-up-once-to-fen";
}

export interface BridgeFee {
  feeFen: bigint;
  working: BridgeFeeWorking;
}

/** Checks rules as an admin entered them, every problem at once; returns them unchanged. */
export function validateBridgeLoanRules(rules: BridgeLoanRules): BridgeLoanRules {
  const issues: ValidationIssue[] = [];
  // Held as fractions of up to 8 places, read by people as percentages (0.0001 is 0.01%).
  const share = (value: string, field: string, max: string) => {
    const ok = /^\d+(\.\d{1,8})?$/.test(value) && new Decimal(value).lte(max);
    if (!ok) {
      const percent = rateAsPercent(max);
      issues.push({
        path: [field],
        rule: "rate-range",
        message: {
          zh: `须在 0% 至 ${percent} 之间,最多 6 位小数`,
          en: `Must be from 0% to ${percent}, at most 6 decimal places`,
        },
      });
    }
  };
  share(rules.dailyRate, "dailyRate", "0.01");
  share(rules.smeReductionShare, "smeReductionShare", "1");
  if (
    rules.groupCeilingFen <= 0n ||
    rules.generalCeilingFen < 0n ||
    rules.generalCeilingFen > rules.groupCeilingFen
  ) {
    issues.push({
      path: ["generalCeiling"],
      rule: "ceiling-order",
      message: {
        zh: "一般限额不能为负,且不能高于重点群体限额",
        en: "The general ceiling is at least 0 and at most the group ceiling",
      },
    });
  }
  if (!Number.isInteger(rules.maxWorkingDays) || rules.maxWorkingDays < 1 || rules.maxWorkingDays > 60) {
    issues.push({
      path: ["maxWorkingDays"],
      rule: "range",
      message: { zh: "使用期限须为 1 至 60 个工作日", en: "Days of use must be from 1 to 60 working days" },
    });
  }
  if (
    !Number.isInteger(rules.escalateAfterWorkingDays) ||
    rules.escalateAfterWorkingDays < 1 ||
    rules.escalateAfterWorkingDays > 30
  ) {
    issues.push({
      path: ["escalateAfterWorkingDays"],
      rule: "range",
      message: {
        zh: "逾期上报期限须为 1 至 30 个工作日",
        en: "Escalation must come after 1 to 30 working days",
      },
    });
  }
  parseIsoDate(rules.smeReductionUntil, ["smeReductionUntil"]);
  throwIfIssues(issues);
  return rules;
}

/**
 * The usage fee: amount × daily rate × days of use (the day paid counts, the day returned does not; a
 * same-day return is one day). Waived for the waiver tags held on the day paid; for an SME, the days up
 * to `smeReductionUntil` at the reduced rate. Rounded once, half up to the fen, over all the days.
 */
export function bridgeLoanFee(input: BridgeFeeInput): BridgeFee {
  const { amountFen, paidOn, returnedOn, borrower, rules } = input;
  parseIsoDate(paidOn, ["paidOn"]);
  parseIsoDate(returnedOn, ["returnedOn"]);
  if (returnedOn < paidOn) {
    throw DomainValidationError.single(["returnedOn"], "not-before-paid", {
      zh: "归还日不能早于支付日",
      en: "The return cannot be before the payment",
    });
  }
  const days = Math.max(1, daysBetween(paidOn, returnedOn));
  const lastDay = addDays(paidOn, days - 1);
  const waiverTags = holds(borrower, rules.waiverTags, paidOn);
  const base = {
    amount: formatYuan(amountFen),
    days,
    dailyRate: rules.dailyRate,
    rounding: "half-up-once-to-fen" as const,
  };
  if (waiverTags.length > 0) {
    return {
      feeFen: 0n,
      working: {
        ...base,
        waived: {
          zh: `专精特新中小企业(${waiverTags.map((tag) => tagName(tag, "zh")).join("、")}),免收使用费`,
          en: `A specialised-and-innovative SME (${waiverTags.map((tag) => tagName(tag, "en")).join(", ")}): no fee`,
        },
        periods: [],
        fee: "0.00",
      },
    };
  }

  const fullRate = exactDecimal(rules.dailyRate);
  const reducedRate = fullRate.times(exactDecimal(1).minus(rules.smeReductionShare));
  const reduced = SMALL_AND_MEDIUM.includes(borrower.sizeClass) && paidOn <= rules.smeReductionUntil;
  const split = reduced && lastDay > rules.smeReductionUntil ? rules.smeReductionUntil : null;
  const runs: { from: string; to: string; rate: Decimal; reduction: string | null }[] = reduced
    ? [{ from: paidOn, to: split ?? lastDay, rate: reducedRate, reduction: rules.smeReductionShare }]
    : [{ from: paidOn, to: lastDay, rate: fullRate, reduction: null }];
  if (split) runs.push({ from: addDays(split, 1), to: lastDay, rate: fullRate, reduction: null });

  const yuan = exactDecimal(amountFen.toString()).div(100);
  let total = exactDecimal(0);
  const periods = runs.map(({ from, to, rate, reduction }) => {
    const runDays = daysBetween(from, to) + 1;
    const amount = yuan.times(rate).times(runDays);
    total = total.plus(amount);
    return { from, to, days: runDays, dailyRate: rate.toString(), reduction, amount: amount.toFixed(4) };
  });
  const feeFen = roundHalfUpToFen(total);
  return { feeFen, working: { ...base, waived: null, periods, fee: formatYuan(feeFen) } };
}
