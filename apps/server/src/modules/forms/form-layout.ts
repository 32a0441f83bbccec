import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import PdfPrinter from "pdfmake";
import type { Content, TableCell, TDocumentDefinitions, TFontDictionary } from "pdfmake/interfaces";

/**
 * A printable form as the paper shows it: a title, a date line, a bordered grid of rows and a note.
 * The HTML and the PDF renderers below both draw this one description, so they cannot drift apart.
 */
export interface FormLayout {
  title: string;
  dateLine: string;
  /** Grid columns; every row's spans add up to this. */
  columns: number;
  rows: FormRow[];
  note: string;
}

export interface FormRow {
  /** In points; a blank row keeps this height so there is room to fill it in by hand. */
  minHeight: number;
  cells: FormCell[];
}

/**
 * label: centred caption; value: a short answer, centred vertically; quantity: an answer followed by its
 * unit, set right as on the paper; text: a long answer written from the top; opinion: text at the top and
 * the signature at the foot, level with its neighbours' however long each opinion is.
 */
export type CellRole = "label" | "value" | "quantity" | "text" | "opinion";

export interface FormCell {
  role: CellRole;
  span: number;
  text: string;
  /** Foot of an opinion cell: who signed, and the "年 月 日" line. */
  signature?: string;
}

/** A4, in mm as CSS takes it; {@link pt} converts for pdfmake. */
const PAGE_MM = { width: 210, marginX: 20, marginTop: 18, marginBottom: 15 };
const pt = (mm: number) => (mm * 72) / 25.4;
const PAGE_MARGINS_CSS = `${PAGE_MM.marginTop}mm ${PAGE_MM.marginX}mm ${PAGE_MM.marginBottom}mm`;
const FONT_PT = { title: 18, body: 12, note: 10.5 };
const PADDING_PT = { x: 4, y: 4 };
const RULE_PT = 0.75;
const SIGNATURE_GAP_PT = 6;
/** Noto Sans CJK's (and SC's) ascent plus descent (1160 + 288 per 1000 em): PDFKit's line height, so CSS uses it too. */
const LINE_HEIGHT_EM = 1.448;

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const STYLE = `
@page { size: A4; margin: ${PAGE_MARGINS_CSS}; }
* { box-sizing: border-box; }
body {
  margin: 0; color: #000; background: #fff;
  font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", serif;
  font-size: ${FONT_PT.body}pt; line-height: ${LINE_HEIGHT_EM};
}
h1 { margin: 0 0 6pt; font-size: ${FONT_PT.title}pt; font-weight: 700; text-align: center; }
.date { margin: 0 0 6pt; text-align: right; white-space: pre; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
td {
  border: ${RULE_PT}pt solid #000; padding: ${PADDING_PT.y}pt ${PADDING_PT.x}pt;
  vertical-align: middle; white-space: pre-wrap; overflow-wrap: anywhere;
}
td.label { text-align: center; }
td.quantity { text-align: right; }
td.text, td.opinion { vertical-align: top; }
/* The 1px height lets the box inside resolve 100% against the row, so the signature sits at its foot. */
td.opinion { height: 1px; }
td.opinion > div { display: flex; flex-direction: column; height: 100%; }
td.opinion .signature { margin-top: auto; padding-top: ${SIGNATURE_GAP_PT}pt; text-align: right; }
tr { break-inside: avoid; }
.note { margin: 6pt 0 0; font-size: ${FONT_PT.note}pt; }
@media screen {
  html { background: #e8e8e8; }
  .sheet {
    width: 210mm; min-height: 297mm; margin: 8mm auto;
    padding: ${PAGE_MARGINS_CSS};
    background: #fff; box-shadow: 0 0 4mm rgba(0, 0, 0, 0.2);
  }
}
`;

function htmlCell(cell: FormCell): string {
  const text = escapeHtml(cell.text);
  const content =
    cell.signature === undefined
      ? text
      : `<div><div>${text}</div><div class="signature">${escapeHtml(cell.signature)}</div></div>`;
  return `<td class="${cell.role}" colspan="${cell.span}">${content}</td>`;
}

/** A row that does not fill the grid would shift every cell after it, differently in each renderer. */
function checkGrid(layout: FormLayout): void {
  layout.rows.forEach((row, i) => {
    const spans = row.cells.reduce((sum, cell) => sum + cell.span, 0);
    if (spans !== layout.columns) {
      throw new Error(`Row ${i} of "${layout.title}" spans ${spans} of ${layout.columns} columns`);
    }
  });
}

export function renderFormHtml(layout: FormLayout): string {
  checkGrid(layout);
  const cols = `<col style="width: ${100 / layout.columns}%">`.repeat(layout.columns);
  const rows = layout.rows.map((row) => {
    const cells = row.cells.map(htmlCell).join("");
    return `<tr style="height: ${row.minHeight}pt">${cells}</tr>`;
  });
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(layout.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main class="sheet">
<h1>${escapeHtml(layout.title)}</h1>
<p class="date">${escapeHtml(layout.dateLine)}</p>
<table>
<colgroup>${cols}</colgroup>
${rows.join("\n")}
</table>
<p class="note">${escapeHtml(layout.note)}</p>
</main>
</body>
</html>
`;
}

/** A font file, with the face to take from it when it is a .ttc collection. */
type FontFile = string | readonly [file: string, face: string];

export interface CjkFont {
  normal: FontFile;
  bold: FontFile;
}

/** Debian's fonts-noto-cjk. */
export const SYSTEM_NOTO_CJK = {
  normal: ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular"],
  bold: ["/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold"],
} as const satisfies CjkFont;

const fileOf = (font: FontFile) => (typeof font === "string" ? font : font[0]);

/**
 * The system's Noto Sans CJK when installed, otherwise Noto Sans SC shipped by npm (ADR 013): same design
 * and metrics, one weight, so titles print in the regular weight. Any other fallback, such as a built-in
 * PDF font, would print the Chinese as empty boxes.
 */
export function cjkFont(system: CjkFont = SYSTEM_NOTO_CJK): CjkFont {
  if (existsSync(fileOf(system.normal)) && existsSync(fileOf(system.bold))) return system;
  return notoSansSc();
}

function notoSansSc(): CjkFont {
  const file = createRequire(import.meta.url).resolve(
    "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
  );
  return { normal: file, bold: file };
}

/**
 * The font of text inside an `svg` node (a chart): always the npm font, a plain .ttf, because the SVG
 * renderer opens a font by its file alone and cannot pick a face out of the system's .ttc collection.
 */
export const SVG_FONT = "NotoSansSC";

let printer: PdfPrinter | undefined;

function pdfPrinter(): PdfPrinter {
  // pdfmake hands an array to PDFKit's font(src, family), which picks the face out of the .ttc
  // collection; @types/pdfmake only declares the single-source form.
  printer ??= new PdfPrinter({
    NotoSansCJK: cjkFont(),
    [SVG_FONT]: notoSansSc(),
  } as unknown as TFontDictionary);
  return printer;
}

const CONTENT_WIDTH = pt(PAGE_MM.width - 2 * PAGE_MM.marginX);

/** Ideographs are 1 em in Noto Sans CJK; digits and most Latin glyphs fit within 0.6 em. */
const emWidth = (ch: string) => (ch < "\u2000" ? 0.6 : 1);

const cellWidth = (span: number, columns: number) => (CONTENT_WIDTH * span) / columns - 2 * PADDING_PT.x;

/**
 * pdfmake 0.2 cannot align a cell's content vertically, so cells are pushed down by an estimate of their
 * text height; a wrong guess only shifts text off-centre, as rows still grow to fit what they hold.
 */
function estimatedHeight(text: string, span: number, columns: number): number {
  const width = cellWidth(span, columns);
  const lines = text.split("\n").reduce((sum, paragraph) => {
    let em = 0;
    for (const ch of paragraph) em += emWidth(ch);
    return sum + Math.max(1, Math.ceil((em * FONT_PT.body) / width));
  }, 0);
  return lines * FONT_PT.body * LINE_HEIGHT_EM;
}

/**
 * pdfmake follows plain UAX #14, which never breaks beside a quotation mark, so it would print the label
 * "申请“产供强链贷”金额" as "申请“产供强链 / 贷”金额". A label that overflows is wrapped after its last
 * closing mark on the first line instead, as browsers do in CJK text.
 */
function wrapLabel(text: string, width: number): string {
  let em = 0;
  let offset = 0;
  let cut = 0;
  for (const ch of text) {
    em += emWidth(ch);
    if (em * FONT_PT.body > width) return cut > 0 ? `${text.slice(0, cut)}\n${text.slice(cut)}` : text;
    offset += ch.length;
    if ("”’」』\uff09".includes(ch)) cut = offset;
  }
  return text;
}

function pdfCell(cell: FormCell, rowHeight: number, columns: number): TableCell {
  const height = estimatedHeight(cell.text, cell.span, columns);
  const centred = Math.max(PADDING_PT.y, (rowHeight - height) / 2);
  const base = { colSpan: cell.span };
  const top: [number, number, number, number] = [0, PADDING_PT.y, 0, 0];
  const { text } = cell;
  switch (cell.role) {
    case "label":
      return {
        ...base,
        text: wrapLabel(text, cellWidth(cell.span, columns)),
        alignment: "center",
        margin: [0, centred, 0, 0],
      };
    case "value":
      return { ...base, text, margin: [0, centred, 0, 0] };
    case "quantity":
      return { ...base, text, alignment: "right", margin: [0, centred, 0, 0] };
    case "text":
      return { ...base, text, margin: top };
    case "opinion": {
      const signature = cell.signature ?? "";
      const gap = rowHeight - 2 * PADDING_PT.y - height - estimatedHeight(signature, cell.span, columns);
      return {
        ...base,
        margin: top,
        stack: [
          { text },
          { text: signature, alignment: "right", margin: [0, Math.max(SIGNATURE_GAP_PT, gap), 0, 0] },
        ],
      };
    }
  }
}

function rowHeight(row: FormRow, columns: number): number {
  const contents = row.cells.map(
    (c) =>
      estimatedHeight(c.text, c.span, columns) +
      (c.signature === undefined ? 0 : SIGNATURE_GAP_PT + estimatedHeight(c.signature, c.span, columns)),
  );
  return Math.max(row.minHeight, ...contents.map((h) => h + 2 * PADDING_PT.y));
}

function pdfDefinition(layout: FormLayout): TDocumentDefinitions {
  const heights = layout.rows.map((row) => rowHeight(row, layout.columns));
  const body = layout.rows.map((row, i) =>
    row.cells.flatMap((cell): TableCell[] => [
      pdfCell(cell, heights[i] ?? row.minHeight, layout.columns),
      // pdfmake wants a placeholder for every column a span covers.
      ...Array.from({ length: cell.span - 1 }, () => ({})),
    ]),
  );
  const table: Content = {
    table: { widths: Array(layout.columns).fill("*"), heights, body, dontBreakRows: true },
    layout: {
      hLineWidth: () => RULE_PT,
      vLineWidth: () => RULE_PT,
      paddingLeft: () => PADDING_PT.x,
      paddingRight: () => PADDING_PT.x,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
  };
  return {
    ...A4_PAGE,
    info: { title: layout.title },
    content: [
      { text: layout.title, bold: true, fontSize: FONT_PT.title, alignment: "center", margin: [0, 0, 0, 6] },
      { text: layout.dateLine, alignment: "right", margin: [0, 0, 0, 6], preserveLeadingSpaces: true },
      table,
      { text: layout.note, fontSize: FONT_PT.note, margin: [0, 6, 0, 0] },
    ],
  };
}

export async function renderFormPdf(layout: FormLayout): Promise<Buffer> {
  checkGrid(layout);
  return renderPdf(pdfDefinition(layout));
}

/** The A4 page every printed document shares: size, margins in points and the CJK body font. */
export const A4_PAGE = {
  pageSize: "A4",
  pageMargins: [pt(PAGE_MM.marginX), pt(PAGE_MM.marginTop), pt(PAGE_MM.marginX), pt(PAGE_MM.marginBottom)],
  defaultStyle: { font: "NotoSansCJK", fontSize: FONT_PT.body },
} as const satisfies Partial<TDocumentDefinitions>;

/** Any pdfmake document in the CJK font (ADR 013): a form, or a booklet such as the product catalogue. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  const doc = pdfPrinter().createPdfKitDocument(definition);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}
