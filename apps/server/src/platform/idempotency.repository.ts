import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../db/client";
import { idempotencyKeys } from "../db/schema";

export interface KeyRef {
  orgId: string;
  key: string;
}

/** Claims the key for a request now starting; false when it is already taken (done or in progress). */
export async function claimKey(db: Database, ref: KeyRef, fingerprint: string): Promise<boolean> {
  const inserted = await db
    .insert(idempotencyKeys)
    .values({ ...ref, fingerprint })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return inserted.length > 0;
}

export async function findKey(db: Database, ref: KeyRef) {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.orgId, ref.orgId), eq(idempotencyKeys.key, ref.key)));
  return row ?? null;
}

export async function completeKey(
  db: Database,
  ref: KeyRef,
  response: { statusCode: number; contentType: string | null; body: string },
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ ...response, completedAt: new Date() })
    .where(and(eq(idempotencyKeys.orgId, ref.orgId), eq(idempotencyKeys.key, ref.key)));
}

/** Frees a key whose request recorded nothing, so that a corrected retry may use it. */
export async function releaseKey(db: Database, ref: KeyRef): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.orgId, ref.orgId),
        eq(idempotencyKeys.key, ref.key),
        isNull(idempotencyKeys.statusCode),
      ),
    );
}
