import { renderFormPdf } from "../modules/forms/form-layout";

/** A one-page stand-in for a scanned document, drawn by the forms' own renderer. */
export function demoDocumentPdf(title: string, rows: readonly [string, string][]): Promise<Buffer> {
  return renderFormPdf({
    title: `${title}（演示样张）`,
    dateLine: "",
    columns: 4,
    rows: rows.map(([label, value]) => ({
      minHeight: 28,
      cells: [
        { role: "label", span: 1, text: label },
        { role: "value", span: 3, text: value },
      ],
    })),
    note: "注：演示数据，非真实文件。",
  });
}
