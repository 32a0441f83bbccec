/**
 * The kinds of file people attach (scans, statements, spreadsheets), recognised by their
 * first bytes rather than by name or declared type, so a renamed HTML file is refused.
 */
const SIGNATURES: { type: string; extensions: string[]; magic: number[] }[] = [
  { type: "application/pdf", extensions: ["pdf"], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: "image/png", extensions: ["png"], magic: [0x89, 0x50, 0x4e, 0x47] },
  { type: "image/jpeg", extensions: ["jpg", "jpeg"], magic: [0xff, 0xd8, 0xff] },
  {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
];

export const ACCEPTED_EXTENSIONS = SIGNATURES.flatMap((s) => s.extensions);

/** The content type of an accepted file, or null when its name and bytes do not agree on one. */
export function detectFileType(filename: string, content: Buffer): string | null {
  const extension = filename.toLowerCase().split(".").pop() ?? "";
  const match = SIGNATURES.find(
    (s) => s.extensions.includes(extension) && s.magic.every((byte, index) => content[index] === byte),
  );
  return match?.type ?? null;
}
