import type { FastifyReply } from "fastify";
import { z } from "zod";

/** A printed form never needs script: even markup that slipped past escaping stays inert. */
const FORM_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'";

export function sendHtml(reply: FastifyReply, html: string): FastifyReply {
  return reply
    .header("content-type", "text/html; charset=utf-8")
    .header("content-security-policy", FORM_CSP)
    .send(html);
}

/** RFC 5987 ext-value: percent-encoded UTF-8 of everything outside attr-char. */
const extValue = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** An ASCII `filename` for clients that ignore `filename*`; the UTF-8 name wins everywhere else. */
export function attachmentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${extValue(filename)}`;
}

export function sendPdf(reply: FastifyReply, filename: string, pdf: Buffer): FastifyReply {
  return reply
    .header("content-type", "application/pdf")
    .header("content-disposition", attachmentDisposition(filename))
    .header("x-content-type-options", "nosniff")
    .send(pdf);
}

/** What a form route answers, for its response schema: the A4 print view (sendHtml), or the PDF (sendPdf). */
export const formResponse = {
  description: "A4 打印页(HTML)或 PDF (the print view, or the PDF with format=pdf)",
  content: {
    "text/html": { schema: z.string() },
    "application/pdf": { schema: z.string().meta({ format: "binary" }) },
  },
};
