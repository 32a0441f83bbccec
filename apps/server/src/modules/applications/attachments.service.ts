import { createHash } from "node:crypto";
import { APPLICATION_MATERIAL_CODES, CONTRACT_KINDS, INTEREST_SUBSIDY_VOUCHER_KINDS } from "@chanrong/domain";
import type { Database } from "../../db/client";
import { isPlatformAdmin } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { AppError } from "../../platform/errors";
import { ACCEPTED_EXTENSIONS, detectFileType } from "../../platform/files/file-types";
import type { FileStorage } from "../../platform/files/storage";
import { findApplication } from "./applications.repository";
import { isParty, requireVisible } from "./applications.service";
import * as repo from "./attachments.repository";

// The materials a programme requires before submitting; vouchers go with the 贴息表 (seed 002 附件2)
// and are attached to the loan they prove.
export const ATTACHMENT_KINDS = [
  "DOCUMENT",
  ...APPLICATION_MATERIAL_CODES,
  ...CONTRACT_KINDS,
  ...INTEREST_SUBSIDY_VOUCHER_KINDS,
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** Attachments are the parties' business (and the platform operator's), not every reader's. */
async function requireParty(db: Database, actor: Actor, applicationId: string) {
  const application = await requireVisible(db, actor, applicationId);
  if (!isPlatformAdmin(actor) && !(await isParty(db, actor, application)))
    throw AppError.notFound({ zh: "申请", en: "Application" });
  return application;
}

export async function uploadAttachment(
  db: Database,
  storage: FileStorage,
  actor: Actor,
  applicationId: string,
  file: { filename: string; content: Buffer; kind: AttachmentKind },
  ip: string | null,
) {
  await requireParty(db, actor, applicationId);
  if (file.content.length === 0)
    throw AppError.validation("file", "not-empty", { zh: "文件为空", en: "Empty file" });
  const contentType = detectFileType(file.filename, file.content);
  if (!contentType) {
    throw AppError.validation("file", "file-type", {
      zh: `只接受 ${ACCEPTED_EXTENSIONS.join("、")} 文件,且内容须与扩展名相符`,
      en: `accepted: ${ACCEPTED_EXTENSIONS.join(", ")}, content matching the name`,
    });
  }
  const sha256 = createHash("sha256").update(file.content).digest("hex");
  // Content-addressed: the same bytes are stored once, however often they are attached.
  await storage.put(sha256, file.content);
  return db.transaction(async (tx) => {
    const row = await repo.insertAttachment(tx, {
      applicationId,
      kind: file.kind,
      filename: file.filename,
      contentType,
      size: file.content.length,
      sha256,
      uploadedBy: actor.userId,
      uploadedByOrg: actor.orgId,
    });
    await recordAudit(tx, {
      actor,
      action: "attachment.upload",
      entityType: "application",
      entityId: applicationId,
      after: row,
      ip,
    });
    return row;
  });
}

export async function listAttachments(db: Database, actor: Actor, applicationId: string) {
  await requireParty(db, actor, applicationId);
  return repo.listAttachments(db, applicationId);
}

export async function readAttachment(db: Database, storage: FileStorage, actor: Actor, id: string) {
  const attachment = await repo.findAttachment(db, id);
  const application = attachment && (await findApplication(db, attachment.applicationId));
  if (!attachment || !application) throw AppError.notFound({ zh: "附件", en: "Attachment" });
  await requireParty(db, actor, application.id);
  return { attachment, content: await storage.get(attachment.sha256) };
}
