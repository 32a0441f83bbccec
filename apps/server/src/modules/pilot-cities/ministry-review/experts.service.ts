import {
  type DeclaredConflict,
  provinceOf,
  type ReviewerCandidate,
  recommendingUnit,
  type Term,
} from "@chanrong/domain";
import type { Database, Executor } from "../../../db/client";
import { requireOrgType, requireRole } from "../../../platform/access";
import type { Actor, Role } from "../../../platform/actor";
import { recordAudit } from "../../../platform/audit";
import { AppError } from "../../../platform/errors";
import * as repo from "./experts.repository";
import type { ExpertInput } from "./ministry-review.schemas";

const EXPERT: Term = { zh: "评审专家", en: "Review expert" };

/**
 * The ministry's review office: 工业和信息化部 (财务司 runs the process, seed 001 §三) and its
 * operators or admins. The other four departments only decide on the list.
 */
export function requireReviewOffice(actor: Actor, roles: Role[] = ["operator", "admin"]): void {
  requireOrgType(actor, "MINISTRY");
  if (actor.department !== "MIIT") {
    throw AppError.forbidden({
      zh: "部级评审由工业和信息化部组织",
      en: "The ministry review is run by the Ministry of Industry and Information Technology",
    });
  }
  requireRole(actor, ...roles);
}

/** The province (or unit) an expert is from, for the same-province rule, by name. */
export function provinceName(regionCode: string): Term {
  const province = provinceOf(regionCode);
  return recommendingUnit(province)?.name ?? { zh: province, en: province };
}

function viewOf(row: repo.ExpertRow) {
  return {
    id: row.orgId,
    name: row.name,
    regionCode: row.regionCode,
    province: provinceName(row.regionCode),
    fields: row.fields as string[],
    conflicts: row.conflicts as DeclaredConflict[],
    active: row.active,
    version: row.version,
  };
}

export async function listPool(db: Database, actor: Actor) {
  requireReviewOffice(actor);
  return (await repo.listExperts(db)).map(viewOf);
}

/** The pool's active experts as the domain's reviewer candidates (without their loads). */
export async function activeCandidates(executor: Executor): Promise<ReviewerCandidate[]> {
  return (await repo.listExperts(executor))
    .filter((row) => row.active)
    .map((row) => ({
      id: row.orgId,
      name: row.name,
      regionCode: row.regionCode,
      conflicts: row.conflicts as DeclaredConflict[],
    }));
}

export async function expertNames(executor: Executor): Promise<Map<string, string>> {
  return new Map((await repo.listExperts(executor)).map((row) => [row.orgId, row.name]));
}

/** The ministry sets an expert's fields, declared conflicts and whether they are in the active pool. */
export async function updateExpert(
  db: Database,
  actor: Actor,
  orgId: string,
  input: ExpertInput,
  ip: string | null,
) {
  requireReviewOffice(actor);
  return db.transaction(async (tx) => {
    const before = await repo.findExpert(tx, orgId);
    if (!before) throw AppError.notFound(EXPERT);
    await repo.saveExpert(tx, { orgId, ...input, updatedBy: actor.userId });
    await recordAudit(tx, {
      actor,
      action: "pilot-expert.update",
      entityType: "pilot-expert",
      entityId: orgId,
      before: viewOf(before),
      after: input,
      ip,
    });
    const after = await repo.findExpert(tx, orgId);
    if (!after) throw AppError.notFound(EXPERT);
    return viewOf(after);
  });
}

/** An expert declares a conflict with one application: it joins their declared conflicts. */
export async function addConflict(executor: Executor, actor: Actor, applicationId: string): Promise<void> {
  const expert = await repo.findExpert(executor, actor.orgId);
  if (!expert) throw AppError.notFound(EXPERT);
  const conflicts = expert.conflicts as DeclaredConflict[];
  if (conflicts.some((c) => "applicationId" in c && c.applicationId === applicationId)) return;
  await repo.saveExpert(executor, {
    orgId: actor.orgId,
    fields: expert.fields as string[],
    conflicts: [...conflicts, { applicationId }],
    active: expert.active,
    updatedBy: actor.userId,
  });
}
