import {
  addDays,
  monthBounds,
  QUARTERLY_FIGURE_UNIT,
  type QuarterlyFigure,
  quarterEndMonth,
  quarterOf,
  regionPrefix,
} from "@chanrong/domain";
import type { Database } from "../db/client";
import { lastCompleteMonth, liveStatisticsOf } from "../modules/monitoring/indicators/indicators.service";
import { enterFigure } from "../modules/monitoring/quarterly-figures/quarterly-figures.service";
import { publishScorecard } from "../modules/monitoring/scorecard/scorecard.service";
import { actorOfUser } from "../platform/actor";
import { asOf, today } from "../platform/clock";

const QUARTERS_SHOWN = 12;

/** Who enters each figure in each city (see QUARTERLY_FIGURE_ENTERED_BY), and its first quarter's size. */
interface CityFigures {
  regionCode: string;
  bureau: string;
  figures: Record<QuarterlyFigure, { user: string; first: number; growth: number }>;
}

// Yuan for amounts, enterprises for listings; each quarter grows by `growth` of the first, with a
// seasonal swing (the fourth quarter is busiest), so the lines have a plausible shape.
const CITIES: CityFigures[] = [
  {
    regionCode: "500000",
    bureau: "cqjxw.reviewer",
    figures: {
      FUND_INVESTMENT: { user: "cqczj.operator", first: 5_200_000_000, growth: 0.06 },
      BOND_FINANCING: { user: "cqczj.operator", first: 1_500_000_000, growth: 0.05 },
      NEW_LISTINGS: { user: "cqzjj.operator", first: 2, growth: 0.08 },
      GUARANTEE_AMOUNT: { user: "cqczj.operator", first: 12_000_000_000, growth: 0.03 },
      INSURANCE_COVERAGE: { user: "cqjxw.operator", first: 30_000_000_000, growth: 0.04 },
    },
  },
  {
    regionCode: "420300",
    bureau: "jxj.reviewer",
    figures: {
      FUND_INVESTMENT: { user: "czj.operator", first: 300_000_000, growth: 0.05 },
      BOND_FINANCING: { user: "czj.operator", first: 100_000_000, growth: 0.04 },
      NEW_LISTINGS: { user: "jxj.operator", first: 0.5, growth: 0.1 },
      GUARANTEE_AMOUNT: { user: "czj.operator", first: 1_000_000_000, growth: 0.03 },
      INSURANCE_COVERAGE: { user: "jxj.operator", first: 2_000_000_000, growth: 0.04 },
    },
  },
];

const SEASON = [0.85, 1.0, 0.95, 1.2];

/** The `n` quarters ending with the last one that has ended before `day`, oldest first. */
function endedQuarters(day: string, n: number): string[] {
  const current = quarterOf(day);
  const serial = Number(current.slice(0, 4)) * 4 + Number(current.slice(6)) - 1 - 1;
  return Array.from({ length: n }, (_, index) => {
    const each = serial - (n - 1 - index);
    return `${Math.floor(each / 4)}-Q${(each % 4) + 1}`;
  });
}

function figureValue(
  figure: QuarterlyFigure,
  plan: { first: number; growth: number },
  index: number,
  quarter: string,
) {
  const size = plan.first * (1 + plan.growth * index) * (SEASON[Number(quarter.slice(6)) - 1] ?? 1);
  return QUARTERLY_FIGURE_UNIT[figure] === "amount"
    ? { amount: `${Math.round(size / 10_000) * 10_000}.00` }
    : { count: Math.round(size) };
}

/**
 * Twelve quarters of the departments' figures for 重庆 and 十堰, each entered by its department on the
 * 20th day after the quarter (or today, if sooner), one corrected with its reason; and, where the
 * banks' statistics of the last complete month exist, that month's scorecard published by the bureau.
 */
export async function seedMonitoringQuarterlyDemo(db: Database): Promise<void> {
  const day = today();
  const quarters = endedQuarters(day, QUARTERS_SHOWN);
  for (const city of CITIES) {
    for (const [index, quarter] of quarters.entries()) {
      const entered = addDays(monthBounds(quarterEndMonth(quarter)).to, 20);
      await asOf(entered < day ? entered : day, async () => {
        for (const [figure, plan] of Object.entries(city.figures) as [
          QuarterlyFigure,
          CityFigures["figures"][QuarterlyFigure],
        ][]) {
          const actor = await actorOfUser(db, plan.user);
          await enterFigure(
            db,
            actor,
            { quarter, figure, ...figureValue(figure, plan, index, quarter) },
            null,
          );
        }
      });
    }
    const corrected = quarters[QUARTERS_SHOWN - 3] as string;
    const plan = city.figures.FUND_INVESTMENT;
    const input = figureValue(
      "FUND_INVESTMENT",
      { ...plan, first: plan.first * 1.04 },
      QUARTERS_SHOWN - 3,
      corrected,
    );
    await enterFigure(
      db,
      await actorOfUser(db, plan.user),
      {
        quarter: corrected,
        figure: "FUND_INVESTMENT",
        ...input,
        reason: "基金业协会备案数据更新,补录两只子基金的投放",
      },
      null,
    );
    await publishLastMonth(db, city.regionCode, city.bureau);
  }
}

/** Publishes the last complete month's scorecard when the region's banks have statistics for it. */
async function publishLastMonth(db: Database, regionCode: string, bureau: string): Promise<void> {
  const month = lastCompleteMonth();
  const stats = await liveStatisticsOf(db, regionPrefix(regionCode));
  if (!stats.some((entry) => entry.month === month)) return;
  await publishScorecard(db, await actorOfUser(db, bureau), { regionCode, month }, null);
}
