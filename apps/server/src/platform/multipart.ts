import { createHash } from "node:crypto";
import type { MultipartFile } from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import { AppError } from "./errors";

/** The one file of a multipart upload (field `file`): a 415 when the body is not multipart, a 400 when no file came. */
export async function uploadedFile(request: FastifyRequest): Promise<MultipartFile> {
  if (!request.isMultipart())
    throw new AppError("unsupported-media-type", {
      zh: "请以 multipart/form-data 上传文件",
      en: "Upload as multipart",
    });
  const file = await request.file();
  if (!file)
    throw AppError.validation("file", "required", { zh: "请选择要上传的文件", en: "File is required" });
  return file;
}

/** An upload read whole before its handler: the file's bytes and the plain fields sent ahead of it. */
export interface BufferedUpload {
  content: Buffer;
  fields: Record<string, string>;
}

const buffered = new WeakMap<FastifyRequest, BufferedUpload>();

/**
 * A route's preValidation hook for an idempotent upload: reads the file (and the fields before it) so
 * that the Idempotency-Key's fingerprint covers them (ADR 016); a key reused with another file or
 * reason is then refused, not answered with the first upload's result.
 */
export async function bufferUpload(request: FastifyRequest): Promise<void> {
  const file = await uploadedFile(request);
  const content = await file.toBuffer();
  const fields = Object.fromEntries(
    Object.entries(file.fields).flatMap(([name, field]) =>
      field && !Array.isArray(field) && field.type === "field" ? [[name, String(field.value)]] : [],
    ),
  );
  buffered.set(request, { content, fields });
  request.body = { fields, sha256: createHash("sha256").update(content).digest("hex") };
}

/** The upload bufferUpload read for this request. */
export function bufferedUpload(request: FastifyRequest): BufferedUpload {
  const upload = buffered.get(request);
  if (!upload) throw new Error("bufferUpload must run before the handler");
  return upload;
}
