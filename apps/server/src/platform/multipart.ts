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
