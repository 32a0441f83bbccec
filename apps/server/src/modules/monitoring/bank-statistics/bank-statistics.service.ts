import {
  type BankMonthlyStatistics,
  DEFAULT_STATISTICS_DUE_DAY,
  formatYuan,
  MANUFACTURING_FIGURES,
  type ManufacturingFigures,
  nextStatisticsVersion,
  parseBankStatistics,
  regionCovers,
  statisticsDueDate,
  statisticsTimeliness,
  type Term,
} from "@chanrong/domain";
import type { Database } from "../../../db/client";
import { regionPrefix, requireOrgType, requireRole } from "../../../platform/access";
import type { Actor, OrgType } from "../../../platform/actor";
import { recordAudit } from "../../../platform/audit";
import { today } from "../../../platform/clock";
import { AppError } from "../../../platform/errors";
import { listBanks, listRegions } from "../../identity/identity.service";
import * as repo from "./bank-statistics.repository";
import type { StatisticsInput, StatisticsQuery } from "./bank-statistics.schemas";

const NOT_FOUND: Term = { zh: "银行统计报表", en: "Bank statistics submission" };

/** Those who read a region's bank statistics and who is late; banks read only their own. */
const REGIONAL_READERS: readonly OrgType[] = [
  "INDUSTRY_BUREAU",
  "FINANCE_BUREAU",
  "CITY_GOVERNMENT",
  "CENTRAL_BANK_BRANCH",
  "PROVINCE",
  "MINISTRY",
  "PLATFORM_ADMIN",
];

function scopeOf(actor: Actor): repo.StatisticsScope {
  if (actor.orgType === "BANK") return { kind: "bank", bankOrgId: actor.orgId };
  if (REGIONAL_READERS.includes(actor.orgType)) {
    return { kind: "region", prefix: regionPrefix(actor.orgRegionCode) };
  }
  throw AppError.forbidden({
    zh: "银行统计报表仅向报送银行本身、经信、财政部门、人民银行分支机构和政府开放",
    en: "Bank statistics are for the bank itself, the bureaus, the PBOC branch and the governments",
  });
}

/** A bank reads its own statistics, not who else has reported. */
function requireRegionalReader(actor: Actor): void {
  if (scopeOf(actor).kind !== "region") throw AppError.forbidden();
}

function inScope(scope: repo.StatisticsScope, row: repo.SubmissionRow): boolean {
  return scope.kind === "bank" ? row.bankOrgId === scope.bankOrgId : row.regionCode.startsWith(scope.prefix);
}

const fenKey = (figure: (typeof MANUFACTURING_FIGURES)[number]) => `${figure}Fen` as const;

function figuresOut(figures: ManufacturingFigures) {
  return Object.fromEntries(
    MANUFACTURING_FIGURES.map((figure) => [figure, formatYuan(figures[fenKey(figure)])]),
  ) as Record<(typeof MANUFACTURING_FIGURES)[number], string>;
}

type Line = Awaited<ReturnType<typeof repo.linesOf>>[number];
type Found = NonNullable<Awaited<ReturnType<typeof repo.findSubmission>>>;

/** When the month was due, and whether its first version (first submitted on `firstOn`) came on time. */
function timelinessOf(bankOrgId: string, month: string, firstOn: string | undefined) {
  const [status] = statisticsTimeliness(
    month,
    [bankOrgId],
    new Map(firstOn ? [[bankOrgId, firstOn]] : []),
    today(),
    DEFAULT_STATISTICS_DUE_DAY,
  );
  if (!status) throw new Error("one bank in, one status out");
  return { dueOn: status.dueOn, timeliness: status.status, daysLate: status.daysLate };
}

function toSubmission(
  { submission, bankName, submittedByName }: Found,
  total: Line | undefined,
  firstOn: string | undefined,
) {
  if (!total) throw new Error(`submission ${submission.id} has no total line`);
  return {
    id: submission.id,
    bankOrgId: submission.bankOrgId,
    bankName,
    regionCode: submission.regionCode,
    month: submission.month,
    version: submission.version,
    live: submission.live,
    allLoansBalance: formatYuan(submission.allLoansBalanceFen),
    manufacturing: figuresOut(total),
    reason: submission.reason,
    channel: submission.channel as StatisticsChannel,
    submittedByName,
    submittedOn: submission.submittedOn,
    createdAt: submission.createdAt,
    ...timelinessOf(submission.bankOrgId, submission.month, firstOn),
  };
}

const lineValues = (dimension: string, key: string, figures: ManufacturingFigures): repo.LineValues => ({
  dimension,
  key,
  balanceFen: figures.balanceFen,
  mediumLongTermBalanceFen: figures.mediumLongTermBalanceFen,
  creditBalanceFen: figures.creditBalanceFen,
  newLoansFen: figures.newLoansFen,
  newMediumLongTermFen: figures.newMediumLongTermFen,
  newCreditFen: figures.newCreditFen,
});

function linesOf(statistics: BankMonthlyStatistics): repo.LineValues[] {
  return [
    lineValues("TOTAL", "", statistics.manufacturing),
    ...statistics.byCluster.map((row) => lineValues("CLUSTER", row.cluster, row)),
    ...statistics.byDistrict.map((row) => lineValues("DISTRICT", row.district, row)),
  ];
}

/** The districts of the bank's region, as the regions table lists them. */
export async function districtsOf(db: Database, regionCode: string) {
  const regions = await listRegions(db);
  return regions.filter((region) => region.level === "district" && regionCovers(regionCode, region.code));
}

/** How a version came: by the form, by a bank system with an API key, or as an uploaded workbook. */
export type StatisticsChannel = "FORM" | "API" | "EXCEL";

/**
 * A bank submits its month (by form, or by its systems with an API key): checked whole by the domain,
 * kept as version 1, or as the next version with its reason when the month is already submitted.
 */
export async function submitStatistics(
  db: Database,
  actor: Actor,
  input: StatisticsInput,
  ip: string | null,
  via?: "EXCEL",
) {
  requireOrgType(actor, "BANK");
  requireRole(actor, "operator", "admin");
  const businessDate = today();
  const statistics = parseBankStatistics(input, {
    today: businessDate,
    districts: (await districtsOf(db, actor.orgRegionCode)).map((district) => district.code),
  });
  const id = await db.transaction(async (tx) => {
    const live = await repo.lockLive(tx, actor.orgId, statistics.month);
    const version = nextStatisticsVersion(live?.version ?? null, input.reason);
    if (live) await repo.retire(tx, live.id);
    const row = await repo.insertSubmission(
      tx,
      {
        bankOrgId: actor.orgId,
        regionCode: actor.orgRegionCode,
        month: statistics.month,
        version,
        allLoansBalanceFen: statistics.allLoansBalanceFen,
        reason: version > 1 ? (input.reason?.trim() ?? null) : null,
        channel: via ?? (actor.apiKeyId ? "API" : "FORM"),
        submittedBy: actor.userId,
        submittedOn: businessDate,
      },
      linesOf(statistics),
    );
    if (!row) {
      throw new AppError("conflict", {
        zh: "本月统计刚被另一提交更新,请刷新后重试",
        en: "Another submission for the month came first: reload and retry",
      });
    }
    await recordAudit(tx, {
      actor,
      action: version === 1 ? "bank-statistics.submit" : "bank-statistics.correct",
      entityType: "bank-statistics",
      entityId: row.id,
      after: { month: row.month, version, reason: row.reason, channel: row.channel },
      ip,
    });
    return row.id;
  });
  return getSubmission(db, actor, id);
}

export async function listSubmissions(db: Database, actor: Actor, query: StatisticsQuery) {
  const scope = scopeOf(actor);
  const rows = await repo.listLive(db, scope, query.month);
  const firstOn = new Map(
    (await repo.firstVersionsOn(db, scope, query.month)).map((row) => [
      `${row.bankOrgId}/${row.month}`,
      row.submittedOn,
    ]),
  );
  const totals = new Map(
    (
      await repo.linesOf(
        db,
        rows.map((row) => row.submission.id),
      )
    )
      .filter((line) => line.dimension === "TOTAL")
      .map((line) => [line.submissionId, line]),
  );
  return rows.map((row) =>
    toSubmission(
      row,
      totals.get(row.submission.id),
      firstOn.get(`${row.submission.bankOrgId}/${row.submission.month}`),
    ),
  );
}

/** A submission with its clusters and districts, and every version of its month with the reasons. */
export async function getSubmission(db: Database, actor: Actor, id: string) {
  const found = await repo.findSubmission(db, id);
  if (!found || !inScope(scopeOf(actor), found.submission)) throw AppError.notFound(NOT_FOUND);
  const lines = await repo.linesOf(db, [id]);
  const of = (dimension: string) => lines.filter((line) => line.dimension === dimension);
  const versions = await repo.listVersions(db, found.submission.bankOrgId, found.submission.month);
  return {
    ...toSubmission(
      found,
      lines.find((line) => line.dimension === "TOTAL"),
      versions[0]?.submission.submittedOn,
    ),
    byCluster: of("CLUSTER").map((line) => ({ cluster: line.key, ...figuresOut(line) })),
    byDistrict: of("DISTRICT").map((line) => ({ district: line.key, ...figuresOut(line) })),
    versions: versions.map(({ submission, submittedByName }) => ({
      id: submission.id,
      version: submission.version,
      live: submission.live,
      reason: submission.reason,
      submittedByName,
      submittedOn: submission.submittedOn,
    })),
  };
}

/**
 * The banks of a region that report its statistics, and for `month` the version of each one's live
 * submission (absent: not submitted): what every view of the month's completeness starts from.
 */
export async function monthReporting(db: Database, regionCode: string, month: string) {
  const scope = { kind: "region", prefix: regionPrefix(regionCode) } as const;
  const banks = (await listBanks(db)).filter(
    (bank) => bank.type === "BANK" && bank.regionCode.startsWith(scope.prefix),
  );
  const live = new Map(
    (await repo.listLive(db, scope, month)).map((row) => [row.submission.bankOrgId, row.submission.version]),
  );
  return { banks, live };
}

/** Who in the caller's region has submitted a month, who is late and who is still missing. */
export async function timeliness(db: Database, actor: Actor, month: string) {
  requireRegionalReader(actor);
  const { banks, live } = await monthReporting(db, actor.orgRegionCode, month);
  const bankIds = banks.map((bank) => bank.id);
  const first = await repo.firstSubmittedOn(db, bankIds, month);
  const statuses = statisticsTimeliness(
    month,
    bankIds,
    new Map(first.flatMap((row) => (row.firstOn ? [[row.bankOrgId, row.firstOn] as const] : []))),
    today(),
    DEFAULT_STATISTICS_DUE_DAY,
  );
  const nameOf = new Map(banks.map((bank) => [bank.id, bank.name]));
  return {
    month,
    dueOn: statisticsDueDate(month, DEFAULT_STATISTICS_DUE_DAY),
    banks: statuses.map((status) => ({
      bankOrgId: status.bankId,
      bankName: nameOf.get(status.bankId) ?? "",
      status: status.status,
      daysLate: status.daysLate,
      liveVersion: live.get(status.bankId) ?? null,
    })),
  };
}
