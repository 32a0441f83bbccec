import { describe, expect, it, vi } from "vitest";
import { type FormLayout, renderFormHtml, renderFormPdf } from "./form-layout";

// As on a machine without Debian's fonts-noto-cjk.
vi.mock("node:fs", async (importOriginal) => ({
  ...(await importOriginal<typeof import("node:fs")>()),
  existsSync: () => false,
}));

const layout = (spans: number[]): FormLayout => ({
  title: "推荐表",
  dateLine: "",
  columns: 4,
  rows: [{ minHeight: 30, cells: spans.map((span) => ({ role: "label", span, text: "" })) }],
  note: "",
});

describe("form layout", () => {
  it("refuses to print without the CJK font rather than print Chinese as boxes", async () => {
    await expect(renderFormPdf(layout([4]))).rejects.toThrow(/fonts-noto-cjk/);
  });

  it("refuses a row that does not fill the grid", async () => {
    expect(() => renderFormHtml(layout([1, 2]))).toThrow(/Row 0 of "推荐表" spans 3 of 4 columns/);
    await expect(renderFormPdf(layout([2, 3]))).rejects.toThrow(/spans 5 of 4/);
  });
});
