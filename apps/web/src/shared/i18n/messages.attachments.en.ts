import type { attachmentsZh } from "./messages.attachments";

/** The English of messages.attachments.ts, loaded only when English is chosen. */
export const attachmentsEn: Record<keyof typeof attachmentsZh, string> = {
  "attachment.card": "Documents",
  "attachment.upload": "Upload a document",
  "attachment.hint":
    "PDF, PNG, JPG, XLSX or DOCX, up to 10 MB each; files are checked by their content and their SHA-256 digest is recorded",
  "attachment.empty": "No documents yet",
  "attachment.name": "File",
  "attachment.kind": "Type",
  "attachment.size": "Size",
  "attachment.sha256": "SHA-256",
  "attachment.uploadedBy": "Uploaded by",
  "attachment.uploadedAt": "Uploaded",
  "attachment.download": "Download",
  "attachment.uploaded": "Uploaded {name}",
  "attachment.refused": "{name} was not uploaded",
  "attachment.kind.DOCUMENT": "Document",
  "attachment.materials": "Materials the programme requires (upload before submitting)",
  "attachment.materialAttached": "Uploaded",
  "attachment.materialMissing": "Missing",
  "attachment.kind.LOAN": "Loan contract scan",
  "attachment.kind.ENTRUSTED_GUARANTEE": "Entrusted guarantee agreement scan",
  "attachment.kind.COUNTER_GUARANTEE": "Counter-guarantee contract scan",
  "attachment.kind.SURETY": "Surety contract scan",
  "attachment.contractScan": "Scan",
  "attachment.noScan": "None yet",
  "attachment.attachScan": "Attach scan",
  "attachment.replaceScan": "Replace",
};
