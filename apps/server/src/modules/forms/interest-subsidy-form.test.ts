import { describe, expect, it } from "vitest";
import { pdfText } from "../../testing/pdf-text";
import { BLANK_DATE } from "./form-cells";
import {
  INTEREST_SUBSIDY_FORM_TEXT,
  type InterestSubsidyFormData,
  interestSubsidyFormHtml,
  interestSubsidyFormPdf,
} from "./interest-subsidy-form";

// 附件2 of seed 002 as the seed writes it (NFKC-normalised, so the rendered form is compared after the
// same normalisation: the print keeps the paper's full-width "注：" and "地　址").
const SEED_LABELS = [
  "十堰市市级“产供强链贷”贴息表",
  "企业名称",
  "地 址",
  "法定代表人",
  "电 话",
  "联系人",
  "联系电话",
  "开户银行及账号",
  "“产供强链贷”贷款金额",
  "“产供强链贷”起止日期",
  "“产供强链贷”贷款余额",
  "“产供强链贷”结清日期",
  "“产供强链贷”已付贷款利息",
  "“产供强链贷”申请贴息金额",
  "企业经营发展情况",
  "企业申请意见",
  "市担保集团意见",
];
const SEED_NOTE =
  "注:本表一式两份,企业借款凭证、结息凭证、还款凭证等资料附后,企业、市担保集团盖章后各留存一份。";

// The seed's worked loan (SPEC §3.2): 5,000,000.00 from 2025-03-10, settled 2026-03-10, subsidy 81,277.78.
const filled: InterestSubsidyFormData = {
  formDate: "2027-04-15",
  enterpriseName: "十堰精工汽车零部件有限公司",
  address: "湖北省十堰市张湾区车城西路 18 号",
  legalRepresentative: "陈志强",
  phone: "0719-8123456",
  contactName: "李红",
  contactPhone: "13907191234",
  bankAccount: "中国工商银行十堰分行 4203000000000001",
  loanAmountFen: 500_000_000n,
  loanStart: "2025-03-10",
  loanEnd: "2026-03-10",
  outstandingFen: 0n,
  settledOn: "2026-03-10",
  interestPaidFen: 14_020_417n,
  claimedFen: 8_127_778n,
  businessDevelopment: "2026 年营业收入 2.6 亿元,同比增长 12%;新增东风商用车转向节配套。",
  enterpriseOpinion: {
    text: "贷款已按期结息、到期结清,申请贴息。",
    by: "十堰精工汽车零部件有限公司",
    date: "2027-04-15",
  },
  guarantorOpinion: null,
};

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe("interest subsidy form HTML (附件2)", () => {
  const html = interestSubsidyFormHtml(filled);

  it("is a complete A4 document in the Noto CJK fonts", () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toMatch(/@page \{ size: A4; margin: [^}]+\}/);
    expect(html).toContain('font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", serif');
  });

  it("has every label, both units and the 一式两份 note of 附件2, in the seed's order", () => {
    const normalised = html.normalize("NFKC");
    let from = 0;
    for (const label of [...SEED_LABELS, SEED_NOTE]) {
      const at = normalised.indexOf(label, from);
      expect(at, label).toBeGreaterThanOrEqual(0);
      from = at;
    }
    for (const text of Object.values(INTEREST_SUBSIDY_FORM_TEXT)) expect(html).toContain(text);
    expect(occurrences(html, '<tr style="height: ')).toBe(11);
  });

  it("fills in the loan in 万元, interest and subsidy in 元, and the dates as the paper writes them", () => {
    expect(html).toContain(">500 万元<");
    expect(html).toContain(">0 万元<");
    expect(html).toContain(">140,204.17 元<");
    expect(html).toContain(">81,277.78 元<");
    expect(html).toContain("2025年3月10日\n至2026年3月10日");
    expect(html).toContain(">2026年3月10日<");
    expect(html).toContain("2027 年 4 月 15 日");
    expect(html).toContain("中国工商银行十堰分行 4203000000000001");
    expect(html).toContain("十堰精工汽车零部件有限公司\n2027 年 4 月 15 日");
    // The guarantor has not given its opinion yet: its cell keeps the blank date line.
    expect(occurrences(html, BLANK_DATE)).toBe(1);
  });

  it("escapes every value", () => {
    const hostile = interestSubsidyFormHtml({ ...filled, businessDevelopment: "<script>alert(1)</script>" });
    expect(hostile).not.toContain("<script>");
    expect(hostile).toContain("&lt;script&gt;");
  });
});

describe("interest subsidy form PDF (附件2)", () => {
  it("is one A4 page whose text, in Noto Sans CJK, has every label, value and the note", async () => {
    const pdf = await interestSubsidyFormPdf({
      ...filled,
      guarantorOpinion: {
        text: "经核算,应贴息 81,277.78 元,同意报送。",
        by: "十堰融资担保集团有限公司",
        date: "2027-05-08",
      },
    });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Regular/);
    expect(occurrences(raw, "/Type /Page\n")).toBe(1);

    const text = pdfText(pdf);
    expect(text).not.toContain("\ufffd");
    const normalised = text.normalize("NFKC");
    for (const label of [...SEED_LABELS, SEED_NOTE]) expect(normalised).toContain(label);
    for (const value of [
      "十堰精工汽车零部件有限公司",
      "500 万元",
      "0 万元",
      "140,204.17 元",
      "81,277.78 元",
      "2025年3月10日",
      "至2026年3月10日",
      "2027 年 4 月 15 日",
      "十堰融资担保集团有限公司",
      "2027 年 5 月 8 日",
    ]) {
      expect(normalised).toContain(value);
    }
  });
});
