import type { AuditAction, AuditEntityType } from "@chanrong/domain";
import type { Executor } from "../db/client";
import { auditLog } from "../db/schema";
import type { Actor } from "./actor";

export interface AuditEntry {
  actor: Pick<Actor, "userId" | "username" | "orgId"> | null;
  /** When there is no actor yet (a failed sign-in), the username that was tried. */
  username?: string;
  /** One of the actions the audit log has words for (AUDIT_ACTION_TERMS): a new one needs its label. */
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

/** JSON-safe copy for jsonb: bigints (fen) become decimal strings, dates ISO strings. */
function toJson(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v)));
}

/** The audit log's row for `entry`, for a repository that writes it with its change in one statement. */
export function auditRow(entry: AuditEntry): typeof auditLog.$inferInsert {
  return {
    actorUserId: entry.actor?.userId ?? null,
    actorUsername: entry.actor?.username ?? entry.username ?? null,
    actorOrgId: entry.actor?.orgId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: toJson(entry.before),
    after: toJson(entry.after),
    ip: entry.ip ?? null,
  };
}

/** Appends to the audit log; call it inside the transaction of the change it records. */
export async function recordAudit(executor: Executor, entry: AuditEntry): Promise<void> {
  await executor.insert(auditLog).values(auditRow(entry));
}
