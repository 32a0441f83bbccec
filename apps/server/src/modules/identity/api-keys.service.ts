import { INSTITUTION_ORG_TYPES } from "@chanrong/domain";
import type { Database } from "../../db/client";
import { requireOrgType, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import * as repo from "../../platform/auth/api-keys.repository";
import { hashToken, newToken } from "../../platform/auth/tokens";
import { AppError } from "../../platform/errors";

/**
 * Institutions' systems call the API with a key of their organisation (a bank's loan events, any
 * institution's products and claims), and so does a registered enterprise's ERP (the payables it
 * uploads for supply-chain financing); its admin manages them.
 */
function requireKeyAdmin(actor: Actor) {
  if (actor.orgType !== "ENTERPRISE" || !actor.enterpriseId) requireOrgType(actor, ...INSTITUTION_ORG_TYPES);
  requireRole(actor, "admin");
}

/** Creates a key; the secret is shown this once and only its hash is kept. */
export async function createApiKey(db: Database, actor: Actor, name: string, ip: string | null) {
  requireKeyAdmin(actor);
  const key = `crk_${newToken()}`;
  return db.transaction(async (tx) => {
    const row = await repo.insertApiKey(tx, {
      orgId: actor.orgId,
      name,
      prefix: key.slice(0, 10),
      keyHash: hashToken(key),
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      actor,
      action: "api-key.create",
      entityType: "api-key",
      entityId: row.id,
      after: { name, prefix: row.prefix },
      ip,
    });
    return { id: row.id, name, prefix: row.prefix, createdAt: row.createdAt, key };
  });
}

export async function listApiKeys(db: Database, actor: Actor) {
  requireKeyAdmin(actor);
  return repo.listApiKeys(db, actor.orgId);
}

export async function revokeApiKey(db: Database, actor: Actor, id: string, ip: string | null) {
  requireKeyAdmin(actor);
  await db.transaction(async (tx) => {
    const revoked = await repo.revokeApiKey(tx, id, actor.orgId);
    if (!revoked) throw AppError.notFound({ zh: "API 密钥", en: "API key" });
    await recordAudit(tx, { actor, action: "api-key.revoke", entityType: "api-key", entityId: id, ip });
  });
}
