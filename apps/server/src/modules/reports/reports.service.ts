import {
  formatYuan,
  type LoanEvent,
  type LoanEventType,
  loanPosition,
  monthBounds,
  monthsEndingWith,
  type PaymentKind,
} from "@chanrong/domain";
import type { Database } from "../../db/client";
import { isPlatformAdmin, regionCovers, requireOrgType } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { AppError } from "../../platform/errors";
import { fundOfProgramme } from "../ledger/funds.service";
import { cashByMonthEnd, groupBy } from "../ledger/statement.service";
import * as repository from "./reports.repository";
import type { ProgrammeMonthly } from "./reports.schemas";

/* ------------------------------------------------------------------------------------------------
 * The monthly programme report (seed 002 art. 17, SPEC §7), per bank and per guarantor.
 * ---------------------------------------------------------------------------------------------- */

/** Those who take part in the monthly summary of art. 17 and may read it (banks see their own lists). */
const REPORT_READERS = [
  "FINANCE_BUREAU",
  "INDUSTRY_BUREAU",
  "CITY_GOVERNMENT",
  "GUARANTOR",
  "PLATFORM_ADMIN",
] as const;

/** The programme as the caller may see it: the bureaus and government of its region, its fund's guarantor. */
async function visibleProgramme(db: Database, actor: Actor, code: string) {
  requireOrgType(actor, ...REPORT_READERS);
  const programme = await repository.findProgrammeByCode(db, code);
  if (!programme) throw AppError.notFound({ zh: "贷款计划", en: "Programme" });
  const fund = await fundOfProgramme(db, code).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "conflict") return null;
    throw error;
  });
  const visible =
    isPlatformAdmin(actor) ||
    (actor.orgType === "GUARANTOR"
      ? fund?.managerOrgId === actor.orgId
      : regionCovers(actor.orgRegionCode, programme.regionCode));
  if (!visible) throw AppError.notFound({ zh: "贷款计划", en: "Programme" });
  return { programme, fund };
}

interface Tally {
  inMonth: bigint;
  cumulative: bigint;
}

export const REPORT_FIGURES = [
  "applications",
  "approvals",
  "disbursed",
  "interestSubsidy",
  "feeSubsidy",
  "defaults",
  "defaultLoss",
  "compensation",
  "recoveries",
] as const;

export type ReportFigure = (typeof REPORT_FIGURES)[number];

/** Figures that count cases rather than sum money. */
const REPORT_COUNTS: ReadonlySet<ReportFigure> = new Set(["applications", "approvals", "defaults"]);

interface Row {
  figures: Record<ReportFigure, Tally>;
  outstandingFen: bigint;
  loansOutstanding: number;
}

const emptyRow = (): Row => ({
  figures: Object.fromEntries(
    REPORT_FIGURES.map((figure) => [figure, { inMonth: 0n, cumulative: 0n }]),
  ) as Record<ReportFigure, Tally>,
  outstandingFen: 0n,
  loansOutstanding: 0,
});

/** A trend month: what moved in it, and where things stood at its end. */
interface TrendMonth {
  disbursedFen: bigint;
  outstandingFen: bigint;
  interestSubsidyFen: bigint;
  feeSubsidyFen: bigint;
  compensationFen: bigint;
  recoveriesFen: bigint;
  cashBalanceFen: bigint | null;
}

const TREND_MONTHS = 12;

const shanghaiDate = (at: Date) => at.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });

/** Statuses an application reaches only once both reviews approved it. */
const APPROVED_OR_LATER = ["APPROVED", "CONTRACTED", "DISBURSED", "SETTLED"];

/**
 * The history entry of a loan imported with its past (testing/loan-factory): it was approved before the
 * platform knew it, on no recorded day, so it counts as approved on the day it counts as submitted.
 */
const IMPORTED = "imported";

/** A default case the bank withdrew, which is no default. */
const WITHDRAWN = "WITHDRAWN";

/** The programme's figures each kind of payment adds to; incentive rewards belong to no loan programme. */
const PAID_FIGURE: Readonly<Record<PaymentKind, ReportFigure | null>> = {
  INTEREST_SUBSIDY: "interestSubsidy",
  FEE_SUBSIDY: "feeSubsidy",
  RISK_COMPENSATION: "compensation",
  INCENTIVE_REWARD: null,
};

const TREND_FIELD: Partial<Record<ReportFigure, keyof TrendMonth>> = {
  disbursed: "disbursedFen",
  interestSubsidy: "interestSubsidyFen",
  feeSubsidy: "feeSubsidyFen",
  compensation: "compensationFen",
  recoveries: "recoveriesFen",
};

/**
 * Seed 002 art. 17: the month's progress of a programme per bank and per guarantor, every figure
 * derived from the stored facts — applications by their submission day, approvals by the (Beijing)
 * day of the history entry that took them to APPROVED or beyond, lending and outstanding from the bank's loan events, subsidies
 * and compensation from the fund's PAYMENT_PAID postings, defaults and recoveries from their
 * records, the fund's cash from its transfers. Facts of loans outside the programme do not count.
 */
export async function programmeMonthly(
  db: Database,
  actor: Actor,
  query: { programme: string; month: string },
): Promise<ProgrammeMonthly> {
  const { programme, fund } = await visibleProgramme(db, actor, query.programme);
  const period = monthBounds(query.month);
  const trendMonths = monthsEndingWith(query.month, TREND_MONTHS);

  const [applications, approvals, events, paid, cases, recovered] = await Promise.all([
    repository.applicationsOf(db, programme.id),
    repository.approvalsOf(db, programme.id, { statuses: APPROVED_OR_LATER, exceptAction: IMPORTED }),
    repository.loanEventsOf(db, programme.id),
    repository.paidLinesOf(db, programme.id, period.to),
    // A claim the bank withdrew is no default; recoveries below count net of their reversals.
    repository.defaultCasesOf(db, programme.id, period.to, WITHDRAWN),
    repository.recoveriesOf(db, programme.id, period.to),
  ]);

  const byBank = new Map<string, Row>();
  const byGuarantor = new Map<string, Row>();
  const total = emptyRow();
  const trend = new Map(
    trendMonths.map((month): [string, TrendMonth] => [
      month,
      {
        disbursedFen: 0n,
        outstandingFen: 0n,
        interestSubsidyFen: 0n,
        feeSubsidyFen: 0n,
        compensationFen: 0n,
        recoveriesFen: 0n,
        cashBalanceFen: null,
      },
    ]),
  );
  const applicationById = new Map(applications.map((application) => [application.id, application]));
  const rowsOf = (applicationId: string): Row[] => {
    const application = applicationById.get(applicationId);
    if (!application) return [];
    const rowIn = (map: Map<string, Row>, key: string) => {
      const row = map.get(key) ?? emptyRow();
      map.set(key, row);
      return row;
    };
    return [rowIn(byBank, application.bankOrgId), rowIn(byGuarantor, application.guarantorOrgId), total];
  };
  /** Adds a dated fact to its rows (up to the month's end) and to the trend month it falls in. */
  const tally = (applicationId: string, figure: ReportFigure, date: string | null, amount: bigint) => {
    if (!date || date > period.to) return;
    for (const row of rowsOf(applicationId)) {
      row.figures[figure].cumulative += amount;
      if (date >= period.from) row.figures[figure].inMonth += amount;
    }
    const field = TREND_FIELD[figure];
    const month = trend.get(date.slice(0, 7));
    if (field && month) (month[field] as bigint) += amount;
  };

  for (const application of applications) tally(application.id, "applications", application.submittedOn, 1n);
  for (const approval of approvals) {
    const approvedOn = approval.decidedAt
      ? shanghaiDate(new Date(approval.decidedAt))
      : (applicationById.get(approval.applicationId)?.submittedOn ?? null);
    tally(approval.applicationId, "approvals", approvedOn, 1n);
  }
  for (const line of paid) {
    const figure = PAID_FIGURE[line.kind as PaymentKind];
    if (line.applicationId && figure) tally(line.applicationId, figure, line.date, line.amountFen);
  }
  for (const defaultCase of cases) {
    tally(defaultCase.applicationId, "defaults", defaultCase.date, 1n);
    tally(defaultCase.applicationId, "defaultLoss", defaultCase.date, defaultCase.lossFen);
  }
  for (const recovery of recovered)
    tally(recovery.applicationId, "recoveries", recovery.date, recovery.amountFen);

  // Lending and outstanding come from the loan events in force (reversed ones and reversals left out).
  const trendEnds = trendMonths.map((month) => ({ month, end: monthBounds(month).to }));
  for (const [applicationId, own] of groupBy(events, (event) => event.applicationId)) {
    const effective = loanPosition(
      own.map(
        (event): LoanEvent => ({
          id: String(event.id),
          type: event.type as LoanEventType,
          date: event.date,
          amountFen: event.amountFen,
          reverses: event.reverses === null ? null : String(event.reverses),
        }),
      ),
    ).effective;
    const outstandingOn = (end: string) =>
      effective.reduce((sum, event) => {
        if (event.date > end) return sum;
        if (event.type === "DISBURSEMENT") return sum + event.amountFen;
        if (event.type === "PRINCIPAL_REPAYMENT") return sum - event.amountFen;
        return sum;
      }, 0n);
    for (const event of effective) {
      if (event.type === "DISBURSEMENT") tally(applicationId, "disbursed", event.date, event.amountFen);
    }
    const outstanding = outstandingOn(period.to);
    if (outstanding > 0n) {
      for (const row of rowsOf(applicationId)) {
        row.outstandingFen += outstanding;
        row.loansOutstanding += 1;
      }
    }
    for (const { month, end } of trendEnds) {
      const entry = trend.get(month);
      if (entry) entry.outstandingFen += outstandingOn(end);
    }
  }

  const cashAt = fund ? await cashByMonthEnd(db, fund.id, trendEnds) : null;
  for (const { month } of trendEnds) {
    const entry = trend.get(month);
    if (entry && cashAt) entry.cashBalanceFen = cashAt.get(month) ?? 0n;
  }

  const names = await repository.organisationNames(db, [
    ...new Set([...byBank.keys(), ...byGuarantor.keys()]),
  ]);
  const rowsByOrg = (map: Map<string, Row>) =>
    [...map.entries()]
      .filter(([, row]) => hasAnything(row))
      .map(([orgId, row]) => ({ orgId, name: names.get(orgId) ?? orgId, ...presentRow(row) }))
      .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));

  return {
    programme: { code: programme.code, name: programme.name, regionCode: programme.regionCode },
    month: query.month,
    ...period,
    fund: fund
      ? {
          id: fund.id,
          code: fund.code,
          name: fund.name,
          cashBalance: formatYuan(cashAt?.get(query.month) ?? 0n),
        }
      : null,
    total: presentRow(total),
    byBank: rowsByOrg(byBank),
    byGuarantor: rowsByOrg(byGuarantor),
    trend: trendMonths.map((month) => {
      const entry = trend.get(month) as TrendMonth;
      return {
        month,
        disbursed: formatYuan(entry.disbursedFen),
        outstanding: formatYuan(entry.outstandingFen),
        interestSubsidy: formatYuan(entry.interestSubsidyFen),
        feeSubsidy: formatYuan(entry.feeSubsidyFen),
        compensation: formatYuan(entry.compensationFen),
        recoveries: formatYuan(entry.recoveriesFen),
        cashBalance: entry.cashBalanceFen === null ? null : formatYuan(entry.cashBalanceFen),
      };
    }),
  };
}

function hasAnything(row: Row): boolean {
  return row.outstandingFen > 0n || REPORT_FIGURES.some((figure) => row.figures[figure].cumulative > 0n);
}

function presentRow(row: Row) {
  const figures = Object.fromEntries(
    REPORT_FIGURES.map((figure) => {
      const { inMonth, cumulative } = row.figures[figure];
      return [
        figure,
        REPORT_COUNTS.has(figure)
          ? { inMonth: Number(inMonth), cumulative: Number(cumulative) }
          : { inMonth: formatYuan(inMonth), cumulative: formatYuan(cumulative) },
      ];
    }),
  ) as {
    [F in ReportFigure]: F extends "applications" | "approvals" | "defaults"
      ? { inMonth: number; cumulative: number }
      : { inMonth: string; cumulative: string };
  };
  return { ...figures, outstanding: formatYuan(row.outstandingFen), loansOutstanding: row.loansOutstanding };
}
