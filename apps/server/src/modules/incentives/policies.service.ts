import {
  DomainValidationError,
  INCENTIVE_PRESETS,
  type IncentivePolicy,
  type IncentivePolicyWire,
  type IncentivePreset,
  incentivePolicyFromWire,
  incentivePolicyToWire,
  policyFromPreset,
  validateIncentivePolicy,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { isPlatformAdmin, regionCovers, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { uniqueViolation } from "../../platform/db-errors";
import { AppError } from "../../platform/errors";
import { fundById, visibleFund } from "../ledger/funds.service";
import * as repo from "./incentives.repository";

type WireEligibility = Omit<IncentivePolicyWire["eligibility"], "anyOfTags" | "clusters"> & {
  anyOfTags: string[];
  clusters: string[];
};

const POLICY = { zh: "奖励政策", en: "Incentive policy" };

// ── Policies ────────────────────────────────────────────────────────────────────────────────────

/** The presets of seed 004 §四 as an admin copies them (amounts in yuan). */
export function listPresets() {
  return (Object.keys(INCENTIVE_PRESETS) as IncentivePreset[]).map((code) => ({
    code,
    policy: incentivePolicyToWire(policyFromPreset(code, "000000", today())),
  }));
}

/** A platform admin anywhere, or the industry bureau over the region, as admin or operator. */
function requirePolicyMaker(actor: Actor, regionCode: string) {
  requireRole(actor, "admin", "operator");
  const bureauOfRegion = actor.orgType === "INDUSTRY_BUREAU" && regionCovers(actor.orgRegionCode, regionCode);
  if (!isPlatformAdmin(actor) && !bureauOfRegion)
    throw AppError.forbidden({
      zh: "只有平台管理员或该地区的经信局可以设置奖励政策",
      en: "Only a platform admin or the region's industry bureau sets incentive policies",
    });
}

/** A policy concerns those of its region and of the regions it lies in (a city reads its districts'). */
const concerns = (actor: Actor, regionCode: string) =>
  isPlatformAdmin(actor) ||
  regionCovers(regionCode, actor.orgRegionCode) ||
  regionCovers(actor.orgRegionCode, regionCode);

export async function visiblePolicy(db: Executor, actor: Actor, id: string) {
  const row = await repo.findPolicy(db, id);
  if (!row || !concerns(actor, row.regionCode) || (row.retiredAt && !mayMakePolicies(actor, row.regionCode)))
    throw AppError.notFound(POLICY);
  return row;
}

const mayMakePolicies = (actor: Actor, regionCode: string) =>
  isPlatformAdmin(actor) ||
  (actor.orgType === "INDUSTRY_BUREAU" && regionCovers(actor.orgRegionCode, regionCode));

export async function policyAt(db: Executor, row: repo.PolicyRow, version = row.currentVersion) {
  const stored = await repo.findVersion(db, row.id, version);
  if (!stored) throw AppError.notFound({ zh: `奖励政策第 ${version} 版`, en: `Policy version ${version}` });
  return incentivePolicyFromWire(stored.config as IncentivePolicyWire);
}

/** Live policies of the caller's region; the policy makers also see the retired ones. */
export async function listPolicies(db: Database, actor: Actor) {
  const rows = (await repo.listPolicies(db)).filter(
    ({ policy }) =>
      concerns(actor, policy.regionCode) && (!policy.retiredAt || mayMakePolicies(actor, policy.regionCode)),
  );
  return Promise.all(
    rows.map(async ({ policy, fundName }) => ({
      ...presentPolicyRow(policy),
      fundName,
      policy: incentivePolicyToWire(await policyAt(db, policy)),
    })),
  );
}

function presentPolicyRow(row: repo.PolicyRow) {
  const { retiredBy: _by, createdBy: _created, ...rest } = row;
  return rest;
}

export async function getPolicy(db: Database, actor: Actor, id: string) {
  const row = await visiblePolicy(db, actor, id);
  const fund = await fundById(db, row.fundId);
  return {
    ...presentPolicyRow(row),
    fundName: fund?.name ?? "",
    policy: incentivePolicyToWire(await policyAt(db, row)),
    versions: await repo.listVersions(db, row.id),
  };
}

/** The fund that pays must be one of the policy's region (or over it) that the caller may see. */
async function payingFund(db: Executor, actor: Actor, fundId: string, regionCode: string) {
  const fund = await visibleFund(db, actor, fundId).catch(() => null);
  if (!fund || !regionCovers(fund.regionCode, regionCode))
    throw AppError.validation("fundId", "fund-of-region", {
      zh: "支付资金须为该地区的专项资金",
      en: "The paying fund must be a fund of the policy's region",
    });
  return fund;
}

export interface CopyPresetInput {
  preset: IncentivePreset;
  regionCode: string;
  fundId: string;
  /** The first day applications are taken. */
  from: string;
}

/** Copies a preset of seed 004 §四 into a region or district, paid by a fund of that region. */
export async function copyPreset(db: Database, actor: Actor, input: CopyPresetInput, ip: string | null) {
  requirePolicyMaker(actor, input.regionCode);
  await payingFund(db, actor, input.fundId, input.regionCode);
  const policy = validateIncentivePolicy(policyFromPreset(input.preset, input.regionCode, input.from));
  const created = await db.transaction(async (tx) => {
    const row = await repo
      .insertPolicy(
        tx,
        {
          code: policy.code,
          name: policy.name,
          regionCode: policy.regionCode,
          fundId: input.fundId,
          createdBy: actor.userId,
        },
        incentivePolicyToWire(policy),
        `复制自预置政策 ${input.preset} (copied from preset ${input.preset})`,
      )
      .catch(
        uniqueViolation("preset", {
          zh: "该地区已有此项奖励政策,请修改或先停用",
          en: "The region already has this policy live: edit or retire it",
        }),
      );
    await recordAudit(tx, {
      actor,
      action: "incentive-policy.copy",
      entityType: "incentive-policy",
      entityId: row.id,
      after: { ...input, policy: incentivePolicyToWire(policy) },
      ip,
    });
    return row;
  });
  return getPolicy(db, actor, created.id);
}

/**
 * The policy an admin sent, checked every rule at once; a refusal names the field as sent
 * (policy.caps.perEnterprise, not the domain's perEnterpriseFen).
 */
function policyFromBody(wire: IncentivePolicyWire): IncentivePolicy {
  try {
    return validateIncentivePolicy(incentivePolicyFromWire(wire));
  } catch (error) {
    if (!(error instanceof DomainValidationError)) throw error;
    throw new DomainValidationError(
      error.issues.map((issue) => ({
        ...issue,
        path: [
          "policy",
          ...issue.path.map((part) => (typeof part === "string" ? part.replace(/Fen$/, "") : part)),
        ],
      })),
    );
  }
}

/** Saves a new version of a policy's numbers; applications made earlier keep their version. */
export async function savePolicy(
  db: Database,
  actor: Actor,
  id: string,
  // Tags and clusters arrive as strings: the domain checks them against the catalogues, naming each.
  input: {
    policy: Omit<IncentivePolicyWire, "eligibility"> & { eligibility: WireEligibility };
    expectedVersion: number;
    note: string;
  },
  ip: string | null,
) {
  const row = await visiblePolicy(db, actor, id);
  requirePolicyMaker(actor, row.regionCode);
  const before = await policyAt(db, row);
  const policy = policyFromBody(input.policy as IncentivePolicyWire);
  for (const field of ["code", "regionCode", "applicant"] as const) {
    if (policy[field] !== before[field])
      throw AppError.validation(`policy.${field}`, "immutable", {
        zh: "政策代码、地区和申报主体不可修改,请另行复制",
        en: "The code, region and applicant cannot change: copy the preset instead",
      });
  }
  await db.transaction(async (tx) => {
    const saved = await repo.appendVersion(tx, row.id, input.expectedVersion, {
      name: policy.name,
      config: incentivePolicyToWire(policy),
      note: input.note,
      createdBy: actor.userId,
    });
    if (!saved) throw AppError.staleVersion();
    await recordAudit(tx, {
      actor,
      action: "incentive-policy.configure",
      entityType: "incentive-policy",
      entityId: row.id,
      before: incentivePolicyToWire(before),
      after: incentivePolicyToWire(policy),
      ip,
    });
  });
  return getPolicy(db, actor, id);
}

/** Retires a policy: no new applications; those made before run to their end. */
export async function retirePolicy(
  db: Database,
  actor: Actor,
  id: string,
  input: { expectedVersion: number; reason: string },
  ip: string | null,
) {
  const row = await visiblePolicy(db, actor, id);
  requirePolicyMaker(actor, row.regionCode);
  await db.transaction(async (tx) => {
    const retired = await repo.retirePolicy(tx, row.id, input.expectedVersion, {
      retiredBy: actor.userId,
      retiredReason: input.reason,
    });
    if (!retired) throw AppError.staleVersion();
    await recordAudit(tx, {
      actor,
      action: "incentive-policy.retire",
      entityType: "incentive-policy",
      entityId: row.id,
      after: { reason: input.reason },
      ip,
    });
  });
  return getPolicy(db, actor, id);
}
