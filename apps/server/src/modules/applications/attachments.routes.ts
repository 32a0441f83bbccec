import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { AppError } from "../../platform/errors";
import type { FileStorage } from "../../platform/files/storage";
import { idParams, text } from "../../platform/http";
import { problems } from "../../platform/responses";
import { attachmentDisposition } from "../forms/form-replies";
import {
  attachmentContentResponse,
  attachmentResponse,
  uploadedAttachmentResponse,
} from "./attachments.schemas";
import {
  ATTACHMENT_KINDS,
  type AttachmentKind,
  listAttachments,
  readAttachment,
  uploadAttachment,
} from "./attachments.service";

/** The name the file is stored and offered for download under: a name, not a path or a control sequence. */
const filenameInput = text({ max: 255 });

const isKind = (value: unknown): value is AttachmentKind =>
  ATTACHMENT_KINDS.includes(value as AttachmentKind);

export function registerAttachmentRoutes(app: FastifyInstance, db: Database, storage: FileStorage): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["applications"];

  r.post(
    "/api/v1/applications/:id/attachments",
    {
      schema: {
        tags,
        summary:
          "Attach a document or a contract scan (multipart: field `kind`, then `file`; pdf, png, jpg, xlsx, docx; ≤ 10 MB)",
        params: idParams,
        consumes: ["multipart/form-data"],
        response: { 201: uploadedAttachmentResponse, ...problems(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!request.isMultipart())
        throw new AppError("unsupported-media-type", {
          zh: "请以 multipart/form-data 上传",
          en: "Upload as multipart",
        });
      const file = await request.file();
      if (!file) throw AppError.validation("file", "required", { zh: "请选择文件", en: "File is required" });
      const kind = (file.fields.kind as { value?: unknown } | undefined)?.value ?? "DOCUMENT";
      if (!isKind(kind))
        throw AppError.validation("kind", "enum", {
          zh: `附件类型须为 ${ATTACHMENT_KINDS.join(", ")}`,
          en: "Unknown kind",
        });
      const filename = filenameInput.safeParse(file.filename);
      if (!filename.success)
        throw AppError.validation("file.filename", "text", {
          zh: `文件名${filename.error.issues[0]?.message}`,
          en: `File name: ${filename.error.issues[0]?.message}`,
        });
      const content = await file.toBuffer();
      const row = await uploadAttachment(
        db,
        storage,
        actor,
        request.params.id,
        { filename: filename.data, content, kind },
        request.ip,
      );
      return reply.status(201).send(row);
    },
  );

  r.get(
    "/api/v1/applications/:id/attachments",
    {
      schema: {
        tags,
        summary: "The application's attachments (its parties only)",
        params: idParams,
        response: { 200: z.array(attachmentResponse), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => listAttachments(db, actorOf(request), request.params.id),
  );

  r.get(
    "/api/v1/attachments/:id/content",
    {
      schema: {
        tags,
        summary: "Download an attachment (its application's parties only)",
        params: idParams,
        response: { 200: attachmentContentResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { attachment, content } = await readAttachment(db, storage, actorOf(request), request.params.id);
      return sendAttachment(reply, attachment, content);
    },
  );
}

/** Always a download, never rendered: a file cannot run script in the platform's origin. */
export function sendAttachment(
  reply: FastifyReply,
  attachment: { contentType: string; filename: string; sha256: string },
  content: Buffer,
) {
  return reply
    .header("content-type", attachment.contentType)
    .header("content-disposition", attachmentDisposition(attachment.filename))
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", "default-src 'none'; sandbox")
    .header("x-attachment-sha256", attachment.sha256)
    .send(content);
}
