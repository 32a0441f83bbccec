import { Decimal } from "decimal.js";
import { calendarYear } from "../dates";
import { assertNonNegativeFen, assertRate } from "../money";
import {
  accruePeriods,
  type DayCount,
  DEFAULT_DAY_COUNT,
  type PrincipalEvent,
  type SubsidyResult,
  subsidyForPeriods,
} from "./interest";

/** Seed 002 art. 9: the city subsidises the guarantor 1% a year of the guaranteed amount. */
export const DEFAULT_GUARANTEE_FEE_SUBSIDY_RATE = new Decimal("0.01");

export interface GuaranteeFeeSubsidyInput {
  /** The calendar year applied for; each guarantee-year is rounded on its own. */
  year: number;
  /** Changes of the guaranteed outstanding amount. */
  events: readonly PrincipalEvent[];
  /** Default {@link DEFAULT_GUARANTEE_FEE_SUBSIDY_RATE}. */
  rate?: Decimal;
  /** Default {@link DEFAULT_DAY_COUNT}. */
  dayCount?: DayCount;
  /** Guarantee fee actually charged for the year; the subsidy never exceeds it. No cap when absent. */
  feeChargedFen?: bigint;
}

export interface GuaranteeFeeSubsidyResult extends SubsidyResult {
  year: number;
}

/** SPEC §3.2: Σ guaranteed outstanding × rate × days in `year` / basis, rounded once, capped at the fee. */
export function calculateGuaranteeFeeSubsidy(input: GuaranteeFeeSubsidyInput): GuaranteeFeeSubsidyResult {
  const window = calendarYear(input.year);
  const rate = input.rate ?? DEFAULT_GUARANTEE_FEE_SUBSIDY_RATE;
  assertRate(rate, ["rate"]);
  if (input.feeChargedFen !== undefined) assertNonNegativeFen(input.feeChargedFen, ["feeCharged"]);
  const periods = accruePeriods(input.events, window);
  const result = subsidyForPeriods(periods, rate, input.dayCount ?? DEFAULT_DAY_COUNT, input.feeChargedFen);
  return { year: input.year, ...result };
}
