import { inflateSync } from "node:zlib";

/**
 * The text a PDF viewer would copy: glyph ids of each TJ run mapped through the ToUnicode CMap of the font
 * selected by the preceding Tf. Objects are read sequentially by their /Length so binary font data
 * cannot be mistaken for PDF syntax.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const objects = new Map<string, { dict: string; stream: string }>();
  const header = /(\d+) 0 obj\s*/g;
  for (let m = header.exec(raw); m; m = header.exec(raw)) {
    const start = header.lastIndex;
    const streamAt = raw.indexOf("stream", start);
    const endAt = raw.indexOf("endobj", start);
    if (streamAt < 0 || endAt < streamAt) {
      objects.set(m[1] ?? "", { dict: raw.slice(start, endAt), stream: "" });
      continue;
    }
    const dict = raw.slice(start, streamAt);
    const dataAt = streamAt + "stream\n".length;
    const data = pdf.subarray(dataAt, dataAt + Number(/\/Length (\d+)/.exec(dict)?.[1]));
    const stream = (dict.includes("/FlateDecode") ? inflateSync(data) : data).toString("latin1");
    objects.set(m[1] ?? "", { dict, stream });
    header.lastIndex = dataAt + data.length;
  }
  const fonts = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    for (const [, name = "", id = ""] of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(id)?.dict ?? "")?.[1] ?? "";
      const map = new Map<number, string>();
      for (const [, first = "", targets = ""] of (objects.get(toUnicode)?.stream ?? "").matchAll(
        /<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/g,
      )) {
        [...targets.matchAll(/<([0-9a-f]+)>/g)].forEach(([, hex = ""], i) => {
          map.set(Number.parseInt(first, 16) + i, String.fromCodePoint(Number.parseInt(hex, 16)));
        });
      }
      fonts.set(name, map);
    }
  }
  let text = "";
  for (const { dict } of objects.values()) {
    const contents = /\/Type \/Page\b[\s\S]*\/Contents (\d+) 0 R/.exec(dict)?.[1];
    if (contents === undefined) continue;
    let font = new Map<number, string>();
    for (const [, name, run = ""] of (objects.get(contents)?.stream ?? "").matchAll(
      /\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g,
    )) {
      if (name !== undefined) font = fonts.get(name) ?? new Map();
      for (const [, hex = ""] of run.matchAll(/<([0-9a-f]+)>/g)) {
        for (const glyph of hex.match(/.{4}/g) ?? [])
          text += font.get(Number.parseInt(glyph, 16)) ?? "\ufffd";
      }
    }
  }
  return text;
}
