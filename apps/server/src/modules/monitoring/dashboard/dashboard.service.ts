import {
  CLUSTERS_33618,
  DEFAULT_DASHBOARD_MONTHS,
  DomainValidationError,
  formatYuan,
  type Indicator,
  loanIndicators,
  MAX_DASHBOARD_MONTHS,
  monthsFromTo,
  OTHER_MANUFACTURING,
  OTHER_MANUFACTURING_TERM,
  type RegionLoanMonth,
  rankDescending,
  regionCovers,
  regionPrefix,
  shareRatio,
  shiftMonth,
  type Term,
  type ValidationIssue,
  yearOnYearGrowth,
} from "@chanrong/domain";
import type { Database } from "../../../db/client";
import type { Actor } from "../../../platform/actor";
import { today } from "../../../platform/clock";
import { AppError } from "../../../platform/errors";
import { listBanks, listRegions } from "../../identity/identity.service";
import { monthReporting } from "../bank-statistics/bank-statistics.service";
import { MONITORING_READERS } from "../indicators.access";
import { targetsInForce } from "../targets/targets.service";
import * as repo from "./dashboard.repository";
import type { DashboardQuery } from "./dashboard.schemas";

/**
 * Who reads the monitoring dashboard and the briefing, and how far: a bank its own figures only, the
 * others every bank of the regions their own covers. Adding a reader (the local 人民银行 branch, once
 * it is an organisation type) is one line.
 */
/** A bank reads its own figures; the region's monitoring readers read everyone's. */
function reachOf(actor: Actor): "own-bank" | "region" | null {
  if (actor.orgType === "BANK") return "own-bank";
  return MONITORING_READERS.includes(actor.orgType) ? "region" : null;
}

const FORBIDDEN: Term = {
  zh: "监测看板仅向经信、财政、人民银行、证监部门、政府和报送银行开放",
  en: "The monitoring dashboard is for the bureaus, the regulators, the governments and the reporting banks",
};

const invalid = (field: string, rule: string, message: Term) =>
  new DomainValidationError([{ path: [field], rule, message }]);

type Region = Awaited<ReturnType<typeof listRegions>>[number];

interface Resolved {
  region: Region;
  scope: repo.DashboardScope;
  line: repo.LineFilter;
  bankName: string | null;
  districts: Region[];
}

/** Checks the caller may read the region and the filters name things in it; every problem at once. */
async function resolve(db: Database, actor: Actor, query: DashboardQuery): Promise<Resolved> {
  const reach = reachOf(actor);
  if (!reach) throw AppError.forbidden(FORBIDDEN);
  const regionCode = query.regionCode ?? actor.orgRegionCode;
  const regions = await listRegions(db);
  const region = regions.find((entry) => entry.code === regionCode);
  if (!region || !regionCovers(actor.orgRegionCode, regionCode)) {
    throw AppError.forbidden({
      zh: `无权查看地区${regionCode}的监测数据`,
      en: `Region ${regionCode} is outside the caller's region`,
    });
  }
  if (reach === "own-bank" && query.bankOrgId && query.bankOrgId !== actor.orgId) {
    throw AppError.forbidden({ zh: "银行只能查看本行数据", en: "A bank reads its own figures only" });
  }
  const issues: ValidationIssue[] = [];
  const districts = regions.filter(
    (entry) => entry.level === "district" && regionCovers(regionCode, entry.code),
  );
  if (query.district && !districts.some((entry) => entry.code === query.district)) {
    issues.push({
      path: ["district"],
      rule: "district-in-region",
      message: { zh: `${query.district}不是${region.name}的区县`, en: `Not a district of ${region.nameEn}` },
    });
  }
  if (query.district && query.cluster) {
    // Banks report their figures by district and by cluster separately, never crossed.
    issues.push({
      path: ["cluster"],
      rule: "district-or-cluster",
      message: {
        zh: "银行统计未按区县×集群交叉报送,请只选择区县或集群之一",
        en: "Statistics are not crossed by district and cluster: choose one of them",
      },
    });
  }
  const bankOrgId = reach === "own-bank" ? actor.orgId : (query.bankOrgId ?? null);
  let bankName: string | null = null;
  if (bankOrgId) {
    const bank = (await listBanks(db)).find((entry) => entry.id === bankOrgId && entry.type === "BANK");
    if (!bank || !regionCovers(regionCode, bank.regionCode)) {
      issues.push({
        path: ["bankOrgId"],
        rule: "bank-in-region",
        message: { zh: `该银行不在${region.name}`, en: `Not a bank of ${region.nameEn}` },
      });
    } else bankName = bank.name;
  }
  if (issues.length > 0) throw new DomainValidationError(issues);
  const line: repo.LineFilter = query.district
    ? { dimension: "DISTRICT", key: query.district }
    : query.cluster
      ? { dimension: "CLUSTER", key: query.cluster }
      : { dimension: "TOTAL", key: "" };
  return { region, scope: { regionPrefix: regionPrefix(regionCode), bankOrgId }, line, bankName, districts };
}

/** The months shown: `to` defaults to the latest month submitted, `from` to the default span before it. */
async function monthsOf(db: Database, scope: repo.DashboardScope, query: DashboardQuery) {
  const to = query.to ?? (await repo.latestMonth(db, scope)) ?? today().slice(0, 7);
  const from = query.from ?? shiftMonth(to, 1 - DEFAULT_DASHBOARD_MONTHS);
  const months = monthsFromTo(from, to);
  if (months.length === 0) {
    throw invalid("from", "from-not-after-to", {
      zh: "起始月份不能晚于截止月份",
      en: "from must not be after to",
    });
  }
  if (months.length > MAX_DASHBOARD_MONTHS) {
    throw invalid("from", "at-most-60-months", {
      zh: `最多查看${MAX_DASHBOARD_MONTHS}个月`,
      en: `At most ${MAX_DASHBOARD_MONTHS} months at once`,
    });
  }
  return { from, to, months };
}

const big = (text: string | undefined) => (text === undefined ? undefined : BigInt(text));

const figuresOf = (sums: repo.Sums) => ({
  balance: formatYuan(BigInt(sums.balanceFen)),
  mediumLongTermBalance: formatYuan(BigInt(sums.mediumLongTermBalanceFen)),
  creditBalance: formatYuan(BigInt(sums.creditBalanceFen)),
  newLoans: formatYuan(BigInt(sums.newLoansFen)),
  newMediumLongTerm: formatYuan(BigInt(sums.newMediumLongTermFen)),
  newCredit: formatYuan(BigInt(sums.newCreditFen)),
});

const clusterTerm = (code: string): Term =>
  code === OTHER_MANUFACTURING
    ? OTHER_MANUFACTURING_TERM
    : (CLUSTERS_33618.find((cluster) => cluster.code === code) ?? { zh: code, en: code });

/**
 * The month's parts by district or cluster, with growth on the same part a year earlier, largest first.
 * (The all-loans balance is not reported by part, so parts have no share of all loans.)
 */
async function breakdown(db: Database, resolved: Resolved, dimension: "DISTRICT" | "CLUSTER", month: string) {
  const rows = await repo.sumsByPart(db, resolved.scope, dimension, [month, shiftMonth(month, -12)]);
  const yearAgo = new Map(rows.filter((row) => row.month !== month).map((row) => [row.key, row.balanceFen]));
  const current = rows.filter((row) => row.month === month);
  const whole = current.reduce((sum, row) => sum + BigInt(row.balanceFen), 0n);
  return current
    .sort((a, b) => {
      const larger = BigInt(b.balanceFen) - BigInt(a.balanceFen);
      return larger > 0n ? 1 : larger < 0n ? -1 : a.key.localeCompare(b.key);
    })
    .map((row) => {
      const district = resolved.districts.find((entry) => entry.code === row.key);
      const term =
        dimension === "DISTRICT"
          ? { zh: district?.name ?? row.key, en: district?.nameEn ?? row.key }
          : clusterTerm(row.key);
      return {
        key: row.key,
        name: term,
        ...figuresOf(row),
        shareOfManufacturing: shareRatio(BigInt(row.balanceFen), whole),
        growth: yearOnYearGrowth(BigInt(row.balanceFen), big(yearAgo.get(row.key))),
      };
    });
}

/** The banks in scope at the month, ranked by manufacturing share and by growth (ties share a rank). */
async function bankRanking(db: Database, resolved: Resolved, month: string) {
  const rows = await repo.sumsByBank(db, resolved.scope, resolved.line, [month, shiftMonth(month, -12)]);
  const yearAgo = new Map(
    rows.filter((row) => row.month !== month).map((row) => [row.bankOrgId, row.balanceFen]),
  );
  const ofTotal = resolved.line.dimension === "TOTAL";
  const banks = rows
    .filter((row) => row.month === month)
    .map((row) => ({
      bankOrgId: row.bankOrgId,
      bankName: row.bankName,
      allLoans: ofTotal ? formatYuan(BigInt(row.allLoansFen)) : null,
      balance: formatYuan(BigInt(row.balanceFen)),
      share: ofTotal ? shareRatio(BigInt(row.balanceFen), BigInt(row.allLoansFen)) : null,
      growth: yearOnYearGrowth(BigInt(row.balanceFen), big(yearAgo.get(row.bankOrgId))),
    }));
  const shareRank = new Map(
    rankDescending(banks, (bank) => bank.share).map(({ entry, rank }) => [entry, rank]),
  );
  const growthRank = new Map(
    rankDescending(banks, (bank) => bank.growth).map(({ entry, rank }) => [entry, rank]),
  );
  const ranked = banks.map((bank) => ({
    ...bank,
    shareRank: shareRank.get(bank) ?? null,
    growthRank: growthRank.get(bank) ?? null,
  }));
  // By share where there is one (the whole book), else by growth; unranked last, then by name.
  const order = (bank: (typeof ranked)[number]) => (ofTotal ? bank.shareRank : bank.growthRank) ?? Infinity;
  return ranked.sort((a, b) => order(a) - order(b) || a.bankName.localeCompare(b.bankName, "zh"));
}

/**
 * The monitoring dashboard of a region, or of its district, cluster or one bank: the monthly series,
 * the share against the target with its projection, growth against all loans, the month's parts and
 * the banks ranked.
 */
export async function dashboard(db: Database, actor: Actor, query: DashboardQuery) {
  const resolved = await resolve(db, actor, query);
  const { from, to, months } = await monthsOf(db, resolved.scope, query);
  const ofTotal = resolved.line.dimension === "TOTAL";
  // A year before `from` too: growth needs each month's year-earlier figure.
  const rows = await repo.sumsByMonth(db, resolved.scope, resolved.line, shiftMonth(from, -12), to);
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const series = months.map((month) => {
    const row = byMonth.get(month);
    const yearAgo = byMonth.get(shiftMonth(month, -12));
    if (!row)
      return {
        month,
        banks: 0,
        allLoans: null,
        figures: null,
        share: null,
        growth: null,
        allLoansGrowth: null,
      };
    return {
      month,
      banks: row.banks,
      allLoans: ofTotal ? formatYuan(BigInt(row.allLoansFen)) : null,
      figures: figuresOf(row),
      share: ofTotal ? shareRatio(BigInt(row.balanceFen), BigInt(row.allLoansFen)) : null,
      growth: yearOnYearGrowth(BigInt(row.balanceFen), big(yearAgo?.balanceFen)),
      allLoansGrowth: ofTotal ? yearOnYearGrowth(BigInt(row.allLoansFen), big(yearAgo?.allLoansFen)) : null,
    };
  });
  const targets = await targetsInForce(db, resolved.region.code);
  const loanMonths: RegionLoanMonth[] = rows.map((row) => ({
    month: row.month,
    allLoansFen: BigInt(row.allLoansFen),
    manufacturingFen: BigInt(row.balanceFen),
    mediumLongTermFen: BigInt(row.mediumLongTermBalanceFen),
    creditFen: BigInt(row.creditBalanceFen),
  }));
  // The indicators need all loans, which banks report for their whole book only.
  const indicators: Indicator[] = ofTotal && byMonth.has(to) ? loanIndicators(loanMonths, to, targets) : [];
  return {
    region: { code: resolved.region.code, name: { zh: resolved.region.name, en: resolved.region.nameEn } },
    from,
    to,
    filter: {
      district: query.district ?? null,
      cluster: query.cluster ?? null,
      bankOrgId: resolved.scope.bankOrgId,
      bankName: resolved.bankName,
    },
    target: { manufacturingShare: targets.manufacturingShare, by: targets.targetMonth },
    series,
    indicators,
    byDistrict: await breakdown(db, resolved, "DISTRICT", to),
    byCluster: await breakdown(db, resolved, "CLUSTER", to),
    banks: await bankRanking(db, resolved, to),
    reporting: resolved.scope.bankOrgId ? null : await reportingOf(db, resolved.region.code, to),
  };
}

/** How complete the month shown is: the region's reporting banks, and those yet to submit it. */
async function reportingOf(db: Database, regionCode: string, month: string) {
  const { banks, live } = await monthReporting(db, regionCode, month);
  return {
    month,
    expected: banks.length,
    reported: banks.filter((bank) => live.has(bank.id)).length,
    missing: banks.filter((bank) => !live.has(bank.id)).map((bank) => bank.name),
  };
}

export type Dashboard = Awaited<ReturnType<typeof dashboard>>;
