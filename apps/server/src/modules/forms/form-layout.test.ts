import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { cjkFont, type FormLayout, renderFormHtml, renderFormPdf, SYSTEM_NOTO_CJK } from "./form-layout";

// As on a machine without Debian's fonts-noto-cjk: every other file is still there.
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return {
    ...fs,
    existsSync: (path: string) => !path.startsWith("/usr/share/fonts/") && fs.existsSync(path),
  };
});

const layout = (spans: number[]): FormLayout => ({
  title: "推荐表",
  dateLine: "",
  columns: 4,
  rows: [{ minHeight: 30, cells: spans.map((span) => ({ role: "label", span, text: "" })) }],
  note: "",
});

describe("the CJK font", () => {
  it("is the system's when both of its files exist", () => {
    const here = fileURLToPath(import.meta.url);
    const system = { normal: [here, "Regular"], bold: [here, "Bold"] } as const;
    expect(cjkFont(system)).toBe(system);
  });

  it("is Noto Sans SC from npm, regular for bold too, when a system file is missing", () => {
    const font = cjkFont(SYSTEM_NOTO_CJK);
    expect(font.normal).toMatch(
      /\/@expo-google-fonts\/noto-sans-sc\/400Regular\/NotoSansSC_400Regular\.ttf$/,
    );
    expect(font.bold).toBe(font.normal);
    expect(existsSync(font.normal as string)).toBe(true);
  });
});

describe("form layout", () => {
  it("refuses a row that does not fill the grid", async () => {
    expect(() => renderFormHtml(layout([1, 2]))).toThrow(/Row 0 of "推荐表" spans 3 of 4 columns/);
    await expect(renderFormPdf(layout([2, 3]))).rejects.toThrow(/spans 5 of 4/);
  });
});
