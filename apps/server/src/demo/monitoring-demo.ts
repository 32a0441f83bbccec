import {
  addDays,
  type BankStatisticsInput,
  formatYuan,
  MANUFACTURING_FIGURES,
  type ManufacturingFigure,
  type ManufacturingFiguresInput,
  monthBounds,
  monthsEndingWith,
  type STATISTICS_CLUSTER_CODES,
  splitLargestRemainder,
  statisticsDueDate,
} from "@chanrong/domain";
import type { Database } from "../db/client";
import { submitStatistics } from "../modules/monitoring/bank-statistics/bank-statistics.service";
import { actorOfUser } from "../platform/actor";
import { asOf, today } from "../platform/clock";
import { DEMO_REGIONS } from "./regions";

/** Three years of monthly statistics: every chart of the monitoring has a trend to show. */
const MONTHS = 36;

/** A demo bank's lending: where it starts three years back and how its manufacturing book moves. */
interface BankStory {
  user: string;
  regionCode: string;
  /** All loans at the start, in 亿元. */
  allLoansYi: number;
  /** Yearly growth of all loans. */
  growth: number;
  /** Manufacturing share of all loans at the start and the end of the three years. */
  share: [number, number];
  /** Clusters' weights in its manufacturing book: its region's industries. */
  clusterWeights: Partial<Record<(typeof STATISTICS_CLUSTER_CODES)[number], number>>;
  /** How its first version of the last month came: on time, or not yet (the late list's story). */
  lastMonth: "on-time" | "missing";
  /** A month it sent late, as months before the last (its first version after the due date). */
  lateMonthsBack?: number;
  /** It uploads the Excel template rather than filling in the form. */
  byExcel?: boolean;
}

const STORIES: readonly BankStory[] = [
  {
    user: "icbc.operator",
    regionCode: "420300",
    allLoansYi: 620,
    growth: 0.09,
    share: [0.075, 0.098],
    clusterWeights: { NEV: 52, SMART_EQUIPMENT: 14, NEW_ENERGY_STORAGE: 8, OTHER_MANUFACTURING: 26 },
    lastMonth: "on-time",
    byExcel: true,
  },
  {
    user: "hbbank.operator",
    regionCode: "420300",
    allLoansYi: 260,
    growth: 0.1,
    share: [0.07, 0.094],
    clusterWeights: { NEV: 45, SMART_EQUIPMENT: 10, ELECTRONICS: 6, OTHER_MANUFACTURING: 39 },
    lastMonth: "missing",
    lateMonthsBack: 1,
  },
  {
    user: "cqbank.operator",
    regionCode: "500000",
    allLoansYi: 9200,
    growth: 0.08,
    share: [0.078, 0.101],
    clusterWeights: {
      NEV: 30,
      ELECTRONICS: 24,
      SMART_EQUIPMENT: 10,
      SEMICONDUCTORS: 6,
      NEW_ENERGY_STORAGE: 5,
      OTHER_MANUFACTURING: 25,
    },
    lastMonth: "on-time",
  },
  {
    user: "cqrcb.operator",
    regionCode: "500000",
    allLoansYi: 7100,
    growth: 0.085,
    share: [0.072, 0.092],
    clusterWeights: { NEV: 26, ELECTRONICS: 18, SMART_MANUFACTURING_EQUIPMENT: 8, OTHER_MANUFACTURING: 48 },
    lastMonth: "missing",
    lateMonthsBack: 2,
    byExcel: true,
  },
];

/** The month corrected as version 2, as months before the last, and why. */
const CORRECTION = { user: "icbc.operator", monthsBack: 5, reason: "漏报票据贴现形成的制造业贷款,更正余额" };

const districtsOf = (regionCode: string) =>
  DEMO_REGIONS.filter((region) => region.parentCode === regionCode && region.level === "district").map(
    (region) => region.code,
  );

/** From `from` to `to` as the three years pass, `step` of `MONTHS - 1`. */
const along = ([from, to]: [number, number], step: number) => from + ((to - from) * step) / (MONTHS - 1);

/** Whole yuan in fen: the demo's drawn figures are rounded to the yuan once, here. */
const fenOfYuan = (yuan: number) => BigInt(Math.round(yuan)) * 100n;

/**
 * A bank's month: all loans growing by its yearly rate with a small season (more lending in March, June
 * and December); its manufacturing share, medium/long-term and credit shares rising; every figure split
 * over its clusters and its region's districts to the fen (largest remainder), the districts' weights
 * its own so each bank's map differs.
 */
function monthOf(story: BankStory, month: string, step: number, bump = 0n): BankStatisticsInput {
  const calendarMonth = Number(month.slice(5, 7));
  const season = [3, 6, 12].includes(calendarMonth) ? 1.004 : 1;
  const allLoansYuan = story.allLoansYi * 1e8 * (1 + story.growth) ** (step / 12) * season;
  const balance = fenOfYuan(allLoansYuan * along(story.share, step)) + bump;
  const newLoans = fenOfYuan((Number(balance) / 100) * 0.075 * (season > 1 ? 1.25 : 1));
  const totals: Record<ManufacturingFigure, bigint> = {
    balance,
    mediumLongTermBalance: (balance * BigInt(Math.round(along([0.36, 0.46], step) * 1e4))) / 10_000n,
    creditBalance: (balance * BigInt(Math.round(along([0.19, 0.28], step) * 1e4))) / 10_000n,
    newLoans,
    newMediumLongTerm: (newLoans * BigInt(Math.round(along([0.3, 0.41], step) * 1e4))) / 10_000n,
    newCredit: (newLoans * BigInt(Math.round(along([0.24, 0.33], step) * 1e4))) / 10_000n,
  };
  const clusters = Object.entries(story.clusterWeights).map(([cluster, weight]) => ({
    key: cluster,
    // The new-energy vehicle cluster grows a little faster than the rest.
    weight: BigInt(Math.round((weight ?? 0) * (cluster === "NEV" ? 100 + step : 100))),
  }));
  const districts = districtsOf(story.regionCode).map((district, index) => ({
    key: district,
    weight: BigInt(((index * 7 + story.user.length) % 9) + 3),
  }));
  const split = (parts: { key: string; weight: bigint }[]) => {
    const byFigure = MANUFACTURING_FIGURES.map((figure) =>
      splitLargestRemainder(
        totals[figure],
        parts.map((part) => part.weight),
      ),
    );
    return parts.map((part, index) => ({
      key: part.key,
      ...(Object.fromEntries(
        MANUFACTURING_FIGURES.map((figure, f) => [figure, formatYuan(byFigure[f]?.[index] ?? 0n)]),
      ) as ManufacturingFiguresInput),
    }));
  };
  return {
    month,
    allLoansBalance: formatYuan(fenOfYuan(allLoansYuan) + bump),
    manufacturing: Object.fromEntries(
      MANUFACTURING_FIGURES.map((figure) => [figure, formatYuan(totals[figure])]),
    ) as ManufacturingFiguresInput,
    byCluster: split(clusters).map(({ key, ...figures }) => ({ cluster: key, ...figures })),
    byDistrict: split(districts).map(({ key, ...figures }) => ({ district: key, ...figures })),
  };
}

/** The earlier of two ISO dates. */
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * Each bank submits its 36 months through the service, each on its day: on time (the 6th of the next
 * month) but for the month it sent late; the last month is missing for one bank of each city so the
 * late list has names; 工商银行 corrects one month with its reason.
 */
export async function seedMonitoringDemo(db: Database): Promise<void> {
  const businessDate = today();
  const lastMonth = addDays(monthBounds(businessDate.slice(0, 7)).from, -1).slice(0, 7);
  const months = monthsEndingWith(lastMonth, MONTHS);
  for (const story of STORIES) {
    const bank = await actorOfUser(db, story.user);
    for (const [step, month] of months.entries()) {
      const monthsBack = MONTHS - 1 - step;
      if (monthsBack === 0 && story.lastMonth === "missing") continue;
      const dueOn = statisticsDueDate(month);
      const sentOn =
        monthsBack === story.lateMonthsBack ? addDays(dueOn, 3) : addDays(monthBounds(month).to, 6);
      // Recorded as the channel it came by; the workbook itself is read by the upload's own tests.
      const via = story.byExcel ? "EXCEL" : undefined;
      await asOf(earlier(sentOn, businessDate), () =>
        submitStatistics(db, bank, monthOf(story, month, step), null, via),
      );
      if (story.user === CORRECTION.user && monthsBack === CORRECTION.monthsBack) {
        const corrected = { ...monthOf(story, month, step, 38_600_000_00n), reason: CORRECTION.reason };
        await asOf(earlier(addDays(dueOn, 12), businessDate), () =>
          submitStatistics(db, bank, corrected, null, story.byExcel ? "EXCEL" : undefined),
        );
      }
    }
  }
}
