import {
  copyProgramme as copyProgrammeConfig,
  type EligibilityInput,
  evaluateEligibility,
  liveLoansFen,
  type ProgrammeConfig,
  parseYuan,
  programmeConfigFromWire,
  programmeConfigToWire,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { isPlatformAdmin, regionCovers, requireOrgType, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { uniqueViolation } from "../../platform/db-errors";
import { AppError } from "../../platform/errors";
import { findEnterprise, isVisibleEnterprise } from "../enterprises/enterprises.service";
import * as repo from "./programmes.repository";
import { programmeConfigWire } from "./programmes.schemas";

export type ProgrammeRow = repo.ProgrammeRow;

export async function requireProgramme(db: Database, code: string) {
  const programme = await repo.findProgrammeByCode(db, code);
  if (!programme) throw AppError.notFound({ zh: `贷款计划 ${code}`, en: `Programme ${code}` });
  return programme;
}

/** The configuration a programme runs under now (or at `version`, for applications started earlier). */
export async function loadConfig(db: Database, programme: ProgrammeRow, version = programme.currentVersion) {
  const row = await repo.findVersion(db, programme.id, version);
  if (!row) throw AppError.notFound({ zh: `贷款计划版本 ${version}`, en: `Programme version ${version}` });
  return programmeConfigFromWire(row.config);
}

/** A programme by its id, or null (no access check: programmes are published policy). */
export function findProgrammeById(executor: Executor, id: string): Promise<ProgrammeRow | null> {
  return repo.findProgrammeById(executor, id);
}

/** The configuration of one version of a programme, or null when there is no such version. */
export async function findVersionConfig(
  executor: Executor,
  programmeId: string,
  version: number,
): Promise<ProgrammeConfig | null> {
  const row = await repo.findVersion(executor, programmeId, version);
  return row ? programmeConfigFromWire(row.config) : null;
}

// Programmes are published policy: every signed-in user may read them.
export const listProgrammes = (db: Database) => repo.listProgrammes(db);

export async function getProgramme(db: Database, code: string) {
  const programme = await requireProgramme(db, code);
  const config = await loadConfig(db, programme);
  return {
    ...programme,
    // The wire form as the response schema states it field by field (the domain types it as a plain record).
    config: programmeConfigWire.parse(programmeConfigToWire(config)),
    versions: await repo.listVersions(db, programme.id),
  };
}

/** A county adopts a preset under its own code and districts (seed 002 art. 18). */
export async function copyProgramme(
  db: Database,
  actor: Actor,
  sourceCode: string,
  adopter: { code: string; name: string; regionCode: string; eligibleDistricts: string[] },
  ip: string | null,
) {
  requireOrgType(actor, "PLATFORM_ADMIN");
  requireRole(actor, "admin", "operator");
  const source = await requireProgramme(db, sourceCode);
  const config = copyProgrammeConfig(await loadConfig(db, source), adopter);
  await db.transaction(async (tx) => {
    const created = await repo
      .insertProgramme(
        tx,
        { code: config.code, name: config.name, regionCode: config.regionCode },
        programmeConfigToWire(config),
        `复制自 ${source.code} 第 ${source.currentVersion} 版 (copied from ${source.code} v${source.currentVersion})`,
        actor.userId,
      )
      .catch(uniqueViolation("code", { zh: "计划代码已存在", en: "Programme code taken" }));
    await recordAudit(tx, {
      actor,
      action: "programme.copy",
      entityType: "programme",
      entityId: created.id,
      after: { from: source.code, config: programmeConfigToWire(config) },
      ip,
    });
  });
  return getProgramme(db, config.code);
}

/** Saves a new version; running applications keep the version they started under. */
export async function saveConfig(
  db: Database,
  actor: Actor,
  code: string,
  input: { config: unknown; expectedVersion: number; note: string },
  ip: string | null,
) {
  requireOrgType(actor, "PLATFORM_ADMIN");
  requireRole(actor, "admin", "operator");
  const programme = await requireProgramme(db, code);
  const before = await loadConfig(db, programme);
  const config = programmeConfigFromWire({ ...(input.config as object), version: input.expectedVersion + 1 });
  if (config.code !== programme.code)
    throw AppError.validation("config.code", "immutable", {
      zh: "计划代码不可修改",
      en: "The code cannot change",
    });
  if (config.regionCode !== programme.regionCode) {
    throw AppError.validation("config.regionCode", "immutable", {
      zh: "计划所属地区不可修改,请复制为新计划",
      en: "Copy it to another region instead",
    });
  }
  await db.transaction(async (tx) => {
    const saved = await repo.appendVersion(tx, programme.id, input.expectedVersion, {
      name: config.name,
      config: programmeConfigToWire(config),
      note: input.note,
      createdBy: actor.userId,
    });
    if (!saved) throw AppError.staleVersion();
    await recordAudit(tx, {
      actor,
      action: "programme.configure",
      entityType: "programme",
      entityId: programme.id,
      before: programmeConfigToWire(before),
      after: programmeConfigToWire(config),
      ip,
    });
  });
  return getProgramme(db, code);
}

// ---- the key-supported list (industry bureau) and the negative list (re-guarantor) ----

const LIST_READERS = [
  "INDUSTRY_BUREAU",
  "FINANCE_BUREAU",
  "CITY_GOVERNMENT",
  "GUARANTOR",
  "REGUARANTOR",
  "PLATFORM_ADMIN",
] as const;

async function requireEnterpriseIn(db: Database, enterpriseId: string, regionCode: string) {
  const enterprise = await findEnterprise(db, enterpriseId);
  if (!enterprise || !regionCovers(regionCode, enterprise.districtCode)) {
    throw AppError.validation("enterpriseId", "own-region", {
      zh: "企业不存在或不在本机构辖区内",
      en: "Unknown enterprise or outside your region",
    });
  }
  return enterprise;
}

/**
 * The lists the loan programmes of a region use — those over it (a district under its city's programme)
 * and those inside it (a province over its cities') — so that a region without them is not offered them.
 */
export async function listsInUse(db: Database, regionCode: string) {
  const related = (await repo.listProgrammes(db)).filter(
    (programme) =>
      regionCovers(programme.regionCode, regionCode) || regionCovers(regionCode, programme.regionCode),
  );
  const configs = await Promise.all(related.map((programme) => loadConfig(db, programme)));
  return {
    keySupportedList: configs.some((config) => config.requireKeySupportedList),
    negativeList: configs.some((config) => config.checkNegativeList),
  };
}

export async function listKeySupported(db: Database, actor: Actor, regionCode?: string) {
  requireOrgType(actor, ...LIST_READERS);
  const region = isPlatformAdmin(actor) && regionCode ? regionCode : actor.orgRegionCode;
  return repo.listKeySupported(db, region);
}

export async function addKeySupported(
  db: Database,
  actor: Actor,
  input: { enterpriseId: string; note: string },
  ip: string | null,
) {
  requireOrgType(actor, "INDUSTRY_BUREAU");
  requireRole(actor, "admin", "operator");
  await requireEnterpriseIn(db, input.enterpriseId, actor.orgRegionCode);
  return db.transaction(async (tx) => {
    const entry = await repo
      .insertKeySupported(tx, {
        regionCode: actor.orgRegionCode,
        enterpriseId: input.enterpriseId,
        note: input.note,
        addedBy: actor.userId,
      })
      .catch(uniqueViolation("enterpriseId", { zh: "该企业已在重点支持名单中", en: "Already on the list" }));
    await recordAudit(tx, {
      actor,
      action: "key-supported-list.add",
      entityType: "enterprise",
      entityId: input.enterpriseId,
      after: entry,
      ip,
    });
    return entry;
  });
}

export async function removeKeySupported(
  db: Database,
  actor: Actor,
  id: string,
  reason: string,
  ip: string | null,
) {
  requireOrgType(actor, "INDUSTRY_BUREAU");
  requireRole(actor, "admin", "operator");
  const entry = await repo.findKeySupported(db, id);
  if (!entry || entry.regionCode !== actor.orgRegionCode)
    throw AppError.notFound({ zh: "名单条目", en: "List entry" });
  await db.transaction(async (tx) => {
    await repo.deleteKeySupported(tx, id);
    await recordAudit(tx, {
      actor,
      action: "key-supported-list.remove",
      entityType: "enterprise",
      entityId: entry.enterpriseId,
      before: entry,
      after: { reason },
      ip,
    });
  });
}

export async function listNegative(db: Database, actor: Actor) {
  requireOrgType(actor, ...LIST_READERS);
  return repo.listNegative(db);
}

export async function addNegative(
  db: Database,
  actor: Actor,
  input: { enterpriseId: string; reason: string },
  ip: string | null,
) {
  requireOrgType(actor, "REGUARANTOR");
  requireRole(actor, "admin", "operator");
  await requireEnterpriseIn(db, input.enterpriseId, actor.orgRegionCode);
  return db.transaction(async (tx) => {
    const entry = await repo
      .insertNegative(tx, { enterpriseId: input.enterpriseId, reason: input.reason, addedBy: actor.userId })
      .catch(uniqueViolation("enterpriseId", { zh: "该企业已在负面清单中", en: "Already on the list" }));
    await recordAudit(tx, {
      actor,
      action: "negative-list.add",
      entityType: "enterprise",
      entityId: input.enterpriseId,
      after: entry,
      ip,
    });
    return entry;
  });
}

export async function removeNegative(
  db: Database,
  actor: Actor,
  id: string,
  reason: string,
  ip: string | null,
) {
  requireOrgType(actor, "REGUARANTOR");
  requireRole(actor, "admin", "operator");
  const entry = await repo.findNegative(db, id);
  if (!entry) throw AppError.notFound({ zh: "名单条目", en: "List entry" });
  await db.transaction(async (tx) => {
    await repo.deleteNegative(tx, id);
    await recordAudit(tx, {
      actor,
      action: "negative-list.remove",
      entityType: "enterprise",
      entityId: entry.enterpriseId,
      before: entry,
      after: { reason },
      ip,
    });
  });
}

// ---- eligibility ----

export interface EligibilityRequest {
  enterpriseId: string;
  supplyChainCategory: string | null;
  amount: string;
  termMonths: number;
  loanUse: string;
}

/**
 * The facts the rules need, from the registry, the two lists and the enterprise's other live
 * loans under the programme but `excludeApplicationId`, as of today. A step locks the enterprise's row
 * before it reads them (applications' `lockForStep`), so that two steps never weigh the same sum.
 */
export async function eligibilityFacts(
  executor: Executor,
  programmeId: string,
  config: ProgrammeConfig,
  request: Omit<EligibilityRequest, "amount"> & { amountFen: bigint },
  excludeApplicationId: string | null = null,
): Promise<EligibilityInput> {
  const enterprise = await repo.eligibilityRecord(
    executor,
    request.enterpriseId,
    programmeId,
    excludeApplicationId,
  );
  if (!enterprise) throw AppError.notFound({ zh: "企业", en: "Enterprise" });
  return {
    programme: config,
    asOf: today(),
    enterprise: {
      districtCode: enterprise.districtCode,
      supplyChainCategory: request.supplyChainCategory,
      establishedOn: enterprise.establishedOn,
      latestAnnualRevenue:
        enterprise.latestRevenueYear === null || enterprise.latestRevenueFen === null
          ? null
          : { year: enterprise.latestRevenueYear, amountFen: enterprise.latestRevenueFen },
      // The city's list serves the city's programme and any county copy of it (seed 002 art. 18).
      onKeySupportedList: enterprise.keySupportedRegions.some((region) =>
        regionCovers(region, config.regionCode),
      ),
      onNegativeList: enterprise.onNegativeList,
    },
    request: { amountFen: request.amountFen, termMonths: request.termMonths, loanUse: request.loanUse },
    liveProgrammeLoansFen: liveLoansFen(enterprise.programmeLoans),
  };
}

/** Every eligibility rule of the programme for an enterprise the caller may see, each with its reason. */
export async function checkEligibility(db: Database, actor: Actor, code: string, input: EligibilityRequest) {
  const programme = await requireProgramme(db, code);
  const config = await loadConfig(db, programme);
  if (!(await isVisibleEnterprise(db, actor, input.enterpriseId))) {
    throw AppError.notFound({ zh: "企业", en: "Enterprise" });
  }
  return evaluateEligibility(
    await eligibilityFacts(db, programme.id, config, {
      ...input,
      amountFen: parseYuan(input.amount, ["amount"]),
    }),
  );
}
