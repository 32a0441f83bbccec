import { randomBytes } from "node:crypto";

/** A multipart/form-data body with one file field (after any plain `fields`), for app.inject. */
export function multipartFile(
  field: string,
  filename: string,
  content: Buffer,
  contentType: string,
  fields: Readonly<Record<string, string>> = {},
) {
  const boundary = `----chanrong${randomBytes(8).toString("hex")}`;
  const plain = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const head = Buffer.from(
    `${plain.join("")}--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${encodeURIComponent(filename)}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
