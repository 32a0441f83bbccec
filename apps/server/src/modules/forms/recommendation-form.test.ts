import { describe, expect, it, vi } from "vitest";
import { pdfText } from "../../testing/pdf-text";
import { amountInWan, BLANK_DATE, formDate } from "./form-cells";
import {
  RECOMMENDATION_FORM_TEXT,
  type RecommendationFormData,
  recommendationFormHtml,
  recommendationFormPdf,
} from "./recommendation-form";

// 附件1 of seed 002 as the seed writes it. The seed is NFKC-normalised, so the rendered form is compared
// after the same normalisation: the print keeps the paper's full-width "（公章）", "注：" and "地　址".
const SEED_LABELS = [
  "十堰市市级“产供强链贷”推荐表",
  "企业名称(公章)",
  "地 址",
  "法定代表人",
  "电 话",
  "联系人",
  "联系电话",
  "主营业务",
  "申请“产供强链贷”金额",
  "申请“产供强链贷”期限",
  "主要产品、上下游核心企业、经营概况",
  "部门推荐及办理意见",
  "市经信局意见",
  "银行意见",
  "市担保集团意见",
];
const SEED_NOTE = "注:本表一式三份,市经信局、银行、担保集团盖章后各留存一份。";

const filled: RecommendationFormData = {
  formDate: "2026-03-10",
  enterpriseName: "十堰市东风精密传动零部件有限公司",
  address: "湖北省十堰市张湾区工业新区发展大道 88 号",
  legalRepresentative: "王建国",
  phone: "0719-8123456",
  contactName: "李晓梅",
  contactPhone: "13907191234",
  mainBusiness: "汽车变速箱齿轮、传动轴等精密零部件的研发、生产与销售",
  amountFen: 500_000_000n,
  termYears: "1.5",
  productsAndPartners: "主要产品:商用车变速箱齿轮。\n下游核心企业:东风商用车有限公司。",
  opinions: {
    industryBureau: { text: "同意推荐。", by: "十堰市经济和信息化局", date: "2026-03-12" },
    bank: { text: "同意授信。", by: "", date: "2026-03-18" },
    guarantor: null,
  },
};

const blank: RecommendationFormData = {
  formDate: null,
  enterpriseName: "",
  address: "",
  legalRepresentative: "",
  phone: null,
  contactName: null,
  contactPhone: null,
  mainBusiness: null,
  amountFen: 0n,
  termYears: "",
  productsAndPartners: "",
  opinions: { industryBureau: null, bank: null, guarantor: null },
};

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe("amountInWan", () => {
  // 1 万元 = 10^6 fen, so six places are exact: nothing is ever rounded, only trailing zeros dropped.
  it.each([
    [500_000_000n, "500"], // 5,000,000.00 元
    [123_450n, "0.12345"], // 1,234.50 元
    [1n, "0.000001"],
    [10_000_000n, "10"],
    [123_456_789_012n, "123456.789012"],
    [0n, "0"],
  ])("%s fen → %s 万元", (fen, wan) => {
    expect(amountInWan(fen)).toBe(wan);
  });
});

describe("formDate", () => {
  it("writes the date as the paper form does, and leaves a blank line for null", () => {
    expect(formDate("2026-03-10")).toBe("2026 年 3 月 10 日");
    expect(formDate(null)).toBe(BLANK_DATE);
  });

  it("refuses anything but YYYY-MM-DD", () => {
    expect(() => formDate("2026/3/10")).toThrow(RangeError);
  });
});

describe("recommendation form HTML (附件1)", () => {
  const html = recommendationFormHtml(filled);

  it("is a complete A4 document in the Noto CJK fonts", () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@page \{ size: A4; margin: [^}]+\}/);
    expect(html).toContain('font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", serif');
    expect(html).toContain("border-collapse: collapse");
  });

  it("has every label, unit and the note of 附件1", () => {
    const normalised = html.normalize("NFKC");
    for (const label of [...SEED_LABELS, SEED_NOTE]) expect(normalised).toContain(label);
    for (const text of Object.values(RECOMMENDATION_FORM_TEXT)) expect(html).toContain(text);
  });

  it("fills in the values, the amount in 万元 and the term in 年", () => {
    expect(html).toContain("2026 年 3 月 10 日");
    expect(html).toContain(">500 万元<");
    expect(html).toContain(">1.5 年<");
    expect(html).toContain("十堰市东风精密传动零部件有限公司");
    expect(html).toContain("十堰市经济和信息化局\n2026 年 3 月 12 日");
    expect(html).toContain('<div class="signature">2026 年 3 月 18 日</div>');
    // The guarantor has not signed yet: its cell keeps the blank date line.
    expect(occurrences(html, BLANK_DATE)).toBe(1);
  });

  it("escapes every value", () => {
    const hostile = recommendationFormHtml({
      ...filled,
      enterpriseName: '<script>alert("x")</script>&',
      productsAndPartners: "<img src=x onerror=alert(1)>",
    });
    expect(hostile).not.toContain("<script>");
    expect(hostile).not.toContain("<img");
    expect(hostile).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;");
  });

  it("prints a blank form with every row and the four blank date lines", () => {
    const empty = recommendationFormHtml(blank);
    expect(empty).not.toMatch(/null|undefined/);
    expect(occurrences(empty, '<tr style="height: ')).toBe(10);
    expect(occurrences(empty, BLANK_DATE)).toBe(4);
    expect(empty).toContain(">年<");
  });
});

/** The renderer as loaded on a machine without Debian's fonts-noto-cjk. */
async function withoutSystemFonts() {
  vi.resetModules();
  vi.doMock("node:fs", async (importOriginal) => {
    const fs = await importOriginal<typeof import("node:fs")>();
    return {
      ...fs,
      existsSync: (path: string) => !path.startsWith("/usr/share/fonts/") && fs.existsSync(path),
    };
  });
  try {
    return await import("./recommendation-form");
  } finally {
    vi.doUnmock("node:fs");
  }
}

describe.each([
  ["the system's Noto Sans CJK", "NotoSansCJKsc-Regular", async () => ({ recommendationFormPdf })],
  ["Noto Sans SC from npm, on a machine without the system's", "NotoSansSC-Regular", withoutSystemFonts],
])("recommendation form PDF (附件1) in %s", (_, face, load) => {
  it("is an A4 PDF whose text has every label, value and the note", async () => {
    const pdf = await (await load()).recommendationFormPdf(filled);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(raw).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${face}\\b`));
    expect(occurrences(raw, "/Type /Page\n")).toBe(1);

    const text = pdfText(pdf);
    expect(text).not.toContain("\ufffd");
    const normalised = text.normalize("NFKC");
    for (const label of [...SEED_LABELS, SEED_NOTE]) expect(normalised).toContain(label);
    for (const value of [
      "2026 年 3 月 10 日",
      "十堰市东风精密传动零部件有限公司",
      "0719-8123456",
      "500 万元",
      "1.5 年",
      "下游核心企业:东风商用车有限公司。",
      "十堰市经济和信息化局",
      "2026 年 3 月 18 日",
    ]) {
      expect(normalised).toContain(value);
    }
  });

  it("keeps a blank form on one page with its blank date lines", async () => {
    const pdf = await (await load()).recommendationFormPdf(blank);
    expect(occurrences(pdf.toString("latin1"), "/Type /Page\n")).toBe(1);
    expect(pdfText(pdf).match(/年\s+月\s+日/g)).toHaveLength(4);
  });
});
