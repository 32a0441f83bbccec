import { z } from "zod";
import { sharedResponse } from "../../platform/responses";

/** An attachment as listed: who uploaded it by username. */
export const attachmentResponse = z.object({
  id: z.guid(),
  kind: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  /** Of the content: the file is stored once by it, and the download repeats it in x-attachment-sha256. */
  sha256: z.string(),
  uploadedAt: z.date(),
  uploadedBy: z.string(),
});

/** An attachment as stored on upload: who uploaded it by user and organisation id. */
export const uploadedAttachmentResponse = attachmentResponse.extend({
  applicationId: z.guid(),
  uploadedBy: z.guid(),
  uploadedByOrg: z.guid(),
});

const file = { schema: z.string().meta({ format: "binary" }) };

/** The file as uploaded, always as a download; its type is one of those an upload accepts. */
export const attachmentContentResponse = sharedResponse("AttachmentFile", {
  description: "附件文件 (the file, as a download)",
  content: {
    "application/pdf": file,
    "image/png": file,
    "image/jpeg": file,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": file,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": file,
  },
});
