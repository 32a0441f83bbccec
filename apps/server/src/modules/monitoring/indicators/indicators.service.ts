import {
  type BankMonthlyStatistics,
  cumulativeIndicator,
  enterprisesReached,
  enterprisesServedIndicator,
  formatYuan,
  INDICATOR_TERMS,
  listingPipelineIndicator,
  loanIndicators,
  monthBounds,
  monthsEndingWith,
  quarterlyAmounts,
  regionLoanMonth,
  regionPrefix,
  TARGET_RULE_TERMS,
} from "@chanrong/domain";
import type { Database } from "../../../db/client";
import type { Actor } from "../../../platform/actor";
import { today } from "../../../platform/clock";
import { subsidisedLoansDisbursed } from "../../applications/monitoring-feed.service";
import { enterprisesWithClaimedDemands } from "../../demands/monitoring-feed.service";
import { eventEnterprisesOf } from "../../events/events.service";
import { listBanks } from "../../identity/identity.service";
import { pipelineSizeAtMonthEnds } from "../../listing-pipeline/listing-pipeline.service";
import { incentivesPaid } from "../../payments/monitoring-feed.service";
import * as statistics from "../bank-statistics/bank-statistics.repository";
import { readableRegion } from "../indicators.access";
import { liveValuesOf } from "../quarterly-figures/quarterly-figures.service";
import { targetsInForce, targetsOut } from "../targets/targets.service";

/** The month the figures are read for when none is asked: the last month that has ended. */
export const lastCompleteMonth = () => monthsEndingWith(today().slice(0, 7), 2)[0] as string;

export interface BankStatisticsMonth extends BankMonthlyStatistics {
  bankId: string;
}

/** The live statistics of the banks under `prefix`, month by month (totals only: the indicators need no more). */
export async function liveStatisticsOf(db: Database, prefix: string): Promise<BankStatisticsMonth[]> {
  const rows = await statistics.listLive(db, { kind: "region", prefix });
  const totals = new Map(
    (
      await statistics.linesOf(
        db,
        rows.map((row) => row.submission.id),
      )
    )
      .filter((line) => line.dimension === "TOTAL")
      .map((line) => [line.submissionId, line]),
  );
  return rows.flatMap(({ submission }) => {
    const total = totals.get(submission.id);
    return total
      ? [
          {
            bankId: submission.bankOrgId,
            month: submission.month,
            allLoansBalanceFen: submission.allLoansBalanceFen,
            manufacturing: total,
            byCluster: [],
            byDistrict: [],
          },
        ]
      : [];
  });
}

/** The banks and other lenders whose region lies under `prefix`. */
export async function banksUnder(db: Database, prefix: string) {
  return (await listBanks(db)).filter((bank) => bank.type === "BANK" && bank.regionCode.startsWith(prefix));
}

/**
 * The region's indicators at the end of `month`, each computed by the domain from the banks' live
 * statistics, the departments' quarterly figures and the platform's own modules, with the feeds'
 * figures for the year so far.
 */
export async function regionIndicators(
  db: Database,
  actor: Actor,
  query: { regionCode?: string; month?: string },
) {
  const region = readableRegion(actor, query.regionCode);
  const prefix = regionPrefix(region);
  const month = query.month ?? lastCompleteMonth();
  const year = Number(month.slice(0, 4));
  const yearStart = `${year}-01-01`;
  const monthEnd = monthBounds(month).to;
  const yearAgo = monthsEndingWith(month, 13)[0] as string;
  const bankIds = (await banksUnder(db, prefix)).map((bank) => bank.id);

  const [targets, stats, figures, eventEnterprises, demandEnterprises, pipeline, loans, incentives] =
    await Promise.all([
      targetsInForce(db, region),
      liveStatisticsOf(db, prefix),
      liveValuesOf(db, prefix),
      eventEnterprisesOf(db, prefix, year, monthEnd),
      enterprisesWithClaimedDemands(db, prefix, yearStart, monthEnd),
      pipelineSizeAtMonthEnds(db, prefix, [yearAgo, month]),
      subsidisedLoansDisbursed(db, bankIds, yearStart, monthEnd),
      incentivesPaid(db, prefix, yearStart, monthEnd),
    ]);
  const months = [...new Set(stats.map((entry) => entry.month))].sort();
  const series = months.map((each) => regionLoanMonth(each, stats));
  const reached = enterprisesReached(eventEnterprises, demandEnterprises);
  const indicators = [
    ...loanIndicators(series, month, targets),
    cumulativeIndicator("FUND_INVESTMENT", quarterlyAmounts("FUND_INVESTMENT", figures), month, targets),
    cumulativeIndicator("BOND_FINANCING", quarterlyAmounts("BOND_FINANCING", figures), month, targets),
    enterprisesServedIndicator(reached.distinct, month, targets, reached),
    listingPipelineIndicator(pipeline, month, targets),
  ];
  return {
    regionCode: region,
    month,
    targets: targetsOut(targets),
    indicators: indicators.map((indicator) => ({
      ...indicator,
      name: INDICATOR_TERMS[indicator.code],
      target: { ...indicator.target, ruleName: TARGET_RULE_TERMS[indicator.target.rule] },
      missing: indicator.missing ?? null,
    })),
    feeds: {
      from: yearStart,
      to: monthEnd,
      enterprisesServed: reached,
      subsidisedLoans: { loans: loans.loans, amount: formatYuan(loans.amountFen) },
      incentivesPaid: { payments: incentives.payments, amount: formatYuan(incentives.amountFen) },
      listingPipeline: pipeline.at(-1)?.count ?? 0,
    },
  };
}
