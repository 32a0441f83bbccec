import {
  type BridgeLoanRules,
  type BridgeLoanRulesWire,
  bridgeRulesFromWire,
  bridgeRulesToWire,
  formatYuan,
  validateBridgeLoanRules,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { hasRole, isPlatformAdmin, regionCovers, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { pgErrorCode } from "../../platform/db-errors";
import { AppError } from "../../platform/errors";
import { fundById, fundScope } from "../ledger/funds.service";
import { cashBalance } from "../ledger/ledger.service";
import * as repo from "./bridge-loans.repository";

const BRIDGE_FUND = { zh: "应急转贷资金", en: "Bridge fund" };

/** The overseers of a bridge fund: the finance and industry bureaus of (or over) its region. */
export const isOverseer = (actor: Actor, regionCode: string) =>
  (actor.orgType === "FINANCE_BUREAU" || actor.orgType === "INDUSTRY_BUREAU") &&
  regionCovers(actor.orgRegionCode, regionCode);

/** Whom a bridge fund concerns: its region's organisations (both ways), its manager, the platform. */
const concerns = (actor: Actor, fund: { regionCode: string; managerOrgId: string }) =>
  isPlatformAdmin(actor) ||
  fund.managerOrgId === actor.orgId ||
  regionCovers(fund.regionCode, actor.orgRegionCode) ||
  regionCovers(actor.orgRegionCode, fund.regionCode);

/** A fund with bridge rules the caller is concerned with; otherwise it does not exist for them. */
export async function bridgeFund(db: Executor, actor: Actor, fundId: string) {
  const fund = await fundById(db, fundId);
  const rules = fund && (await repo.latestRules(db, fund.id));
  if (!fund || !rules || !concerns(actor, fund)) throw AppError.notFound(BRIDGE_FUND);
  return { fund, version: rules.version, rules: bridgeRulesFromWire(rules.rules as BridgeLoanRulesWire) };
}

/** The rules a request was made under. */
export async function rulesOf(db: Executor, fundId: string, version: number): Promise<BridgeLoanRules> {
  const row = await repo.rulesAt(db, fundId, version);
  if (!row) throw new Error(`bridge fund ${fundId} has no rules version ${version}`);
  return bridgeRulesFromWire(row.rules as BridgeLoanRulesWire);
}

/** The cash may be read by those who see the fund's ledger (its manager, the overseers). */
async function visibleCash(
  db: Executor,
  actor: Actor,
  fund: { id: string; regionCode: string; managerOrgId: string },
) {
  const scope = fundScope(actor);
  const sees =
    scope.kind === "all" ||
    (scope.kind === "manager" && scope.orgId === fund.managerOrgId) ||
    (scope.kind === "region" && fund.regionCode.startsWith(scope.prefix));
  return sees ? formatYuan(await cashBalance(db, fund.id)) : null;
}

export async function listBridgeFunds(db: Database, actor: Actor) {
  const funds = (await repo.listBridgeFunds(db)).filter((fund) => concerns(actor, fund));
  return Promise.all(
    funds.map(async (fund) => {
      const { rules, version } = await bridgeFund(db, actor, fund.id);
      return {
        id: fund.id,
        code: fund.code,
        name: fund.name,
        regionCode: fund.regionCode,
        managerName: fund.managerName,
        version,
        rules: bridgeRulesToWire(rules),
        cashBalance: await visibleCash(db, actor, fund),
        mayConfigure: mayConfigure(actor, fund.regionCode),
      };
    }),
  );
}

const mayConfigure = (actor: Actor, regionCode: string) =>
  hasRole(actor, "admin", "operator") && (isPlatformAdmin(actor) || isOverseer(actor, regionCode));

export async function getBridgeFund(db: Database, actor: Actor, fundId: string) {
  const { fund, rules, version } = await bridgeFund(db, actor, fundId);
  return {
    id: fund.id,
    code: fund.code,
    name: fund.name,
    regionCode: fund.regionCode,
    version,
    rules: bridgeRulesToWire(rules),
    cashBalance: await visibleCash(db, actor, fund),
    mayConfigure: mayConfigure(actor, fund.regionCode),
    versions: (await repo.listRuleVersions(db, fund.id)).map((row) => ({
      ...row,
      rules: row.rules as BridgeLoanRulesWire,
    })),
  };
}

export interface RulesInput {
  rules: BridgeLoanRulesWire;
  note: string;
}

/**
 * Makes `fundId` a bridge fund, or saves a new version of its rules: a platform admin, or the finance
 * or industry bureau over the fund's region (admin or operator). Requests keep the version they were
 * made under.
 */
export async function configureBridgeFund(
  db: Database,
  actor: Actor,
  fundId: string,
  input: RulesInput,
  ip: string | null,
) {
  requireRole(actor, "admin", "operator");
  const fund = await fundById(db, fundId);
  if (!fund || !concerns(actor, fund)) throw AppError.notFound(BRIDGE_FUND);
  if (!mayConfigure(actor, fund.regionCode))
    throw AppError.forbidden({
      zh: "只有该地区的财政局、经信局或平台管理员可以设置应急转贷规则",
      en: "Only the region's finance or industry bureau or a platform admin sets bridge rules",
    });
  const rules = validateBridgeLoanRules(bridgeRulesFromWire(input.rules));
  const latest = await repo.latestRules(db, fund.id);
  const version = (latest?.version ?? 0) + 1;
  try {
    await db.transaction(async (tx) => {
      await repo.insertRules(tx, {
        fundId: fund.id,
        version,
        rules: bridgeRulesToWire(rules),
        note: input.note,
        createdBy: actor.userId,
      });
      await recordAudit(tx, {
        actor,
        action: "bridge-fund.configure",
        entityType: "bridge-fund",
        entityId: fund.id,
        before: latest?.rules ?? null,
        after: { version, rules: bridgeRulesToWire(rules), note: input.note },
        ip,
      });
    });
  } catch (error) {
    if (pgErrorCode(error) === "23505") throw AppError.staleVersion();
    throw error;
  }
  return getBridgeFund(db, actor, fund.id);
}
