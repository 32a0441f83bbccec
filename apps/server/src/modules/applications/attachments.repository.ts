import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { attachments, users } from "../../db/schema";

export async function insertAttachment(executor: Executor, values: typeof attachments.$inferInsert) {
  const [row] = await executor.insert(attachments).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function listAttachments(executor: Executor, applicationId: string) {
  return executor
    .select({
      id: attachments.id,
      kind: attachments.kind,
      filename: attachments.filename,
      contentType: attachments.contentType,
      size: attachments.size,
      sha256: attachments.sha256,
      uploadedAt: attachments.uploadedAt,
      uploadedBy: users.username,
    })
    .from(attachments)
    .innerJoin(users, eq(users.id, attachments.uploadedBy))
    .where(eq(attachments.applicationId, applicationId))
    .orderBy(attachments.uploadedAt);
}

/** The kinds of file attached to an application, each once. */
export async function attachedKinds(executor: Executor, applicationId: string): Promise<string[]> {
  const rows = await executor
    .selectDistinct({ kind: attachments.kind })
    .from(attachments)
    .where(eq(attachments.applicationId, applicationId));
  return rows.map((row) => row.kind);
}

export async function findAttachment(executor: Executor, id: string) {
  const [row] = await executor.select().from(attachments).where(eq(attachments.id, id));
  return row ?? null;
}
