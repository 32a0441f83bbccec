import { yuanToWan } from "@chanrong/domain";
import { type FormLayout, type FormRow, renderFormHtml, renderFormPdf } from "./form-layout";

export interface Opinion {
  text: string;
  by: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface RecommendationFormData {
  /** The 年 月 日 under the title (submission date); null leaves it blank. */
  formDate: string | null;
  enterpriseName: string;
  address: string;
  legalRepresentative: string;
  phone: string | null;
  contactName: string | null;
  contactPhone: string | null;
  mainBusiness: string | null;
  amountFen: bigint;
  /** As the enterprise wrote it, e.g. "2" or "1.5". */
  termYears: string;
  /** 主要产品、上下游核心企业、经营概况 */
  productsAndPartners: string;
  opinions: { industryBureau: Opinion | null; bank: Opinion | null; guarantor: Opinion | null };
}

/**
 * The wording of 附件1. The seed text is NFKC-normalised; the printed form has the full-width
 * punctuation and ideographic spaces that normalisation folded to ASCII ("（公章）" → "(公章)").
 */
export const RECOMMENDATION_FORM_TEXT = {
  title: "十堰市市级“产供强链贷”推荐表",
  enterpriseName: "企业名称（公章）",
  address: "地　址",
  legalRepresentative: "法定代表人",
  phone: "电　话",
  contactName: "联系人",
  contactPhone: "联系电话",
  mainBusiness: "主营业务",
  amount: "申请“产供强链贷”金额",
  amountUnit: "万元",
  term: "申请“产供强链贷”期限",
  termUnit: "年",
  productsAndPartners: "主要产品、上下游核心企业、经营概况",
  opinionsSection: "部门推荐及办理意见",
  industryBureau: "市经信局意见",
  bank: "银行意见",
  guarantor: "市担保集团意见",
  note: "注：本表一式三份，市经信局、银行、担保集团盖章后各留存一份。",
} as const;

/** Room to write the date by hand, as on the paper form. */
export const BLANK_DATE = "　　　　年　　月　　日";

/** "2026-03-10" → "2026 年 3 月 10 日"; null → the blank line. */
export function formDate(date: string | null): string {
  if (date === null) return BLANK_DATE;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Expected a YYYY-MM-DD date, got "${date}"`);
  const [, year, month, day] = match;
  return `${year} 年 ${Number(month)} 月 ${Number(day)} 日`;
}

/**
 * Fen → 万元 without rounding: a 万元 is 10^6 fen, so six places are always exact; trailing zeros
 * are dropped so whole amounts read as the paper form writes them (500, 0.12345, 1234.567891).
 */
export function amountInWan(fen: bigint): string {
  return yuanToWan(fen, 6).replace(/\.?0+$/, "");
}

/** "500" and "万元" → "500 万元"; a blank value leaves the unit alone, as on the paper. */
export const withUnit = (value: string, unit: string) => (value === "" ? unit : `${value} ${unit}`);

/** The foot of an opinion cell: who signed and when, or the blank date line. */
export function signature(opinion: Opinion | null): string {
  if (opinion === null) return BLANK_DATE;
  return opinion.by === "" ? formDate(opinion.date) : `${opinion.by}\n${formDate(opinion.date)}`;
}

const T = RECOMMENDATION_FORM_TEXT;
const LINE_ROW = 32;

function layout(data: RecommendationFormData): FormLayout {
  const { industryBureau, bank, guarantor } = data.opinions;
  const label = (text: string, span = 3) => ({ role: "label" as const, span, text });
  const value = (text: string | null, span = 3) => ({ role: "value" as const, span, text: text ?? "" });
  const opinion = (o: Opinion | null) => ({
    role: "opinion" as const,
    span: 4,
    text: o?.text ?? "",
    signature: signature(o),
  });
  const rows: FormRow[] = [
    { minHeight: LINE_ROW, cells: [label(T.enterpriseName), value(data.enterpriseName, 9)] },
    { minHeight: LINE_ROW, cells: [label(T.address), value(data.address, 9)] },
    {
      minHeight: LINE_ROW,
      cells: [
        label(T.legalRepresentative),
        value(data.legalRepresentative),
        label(T.phone),
        value(data.phone),
      ],
    },
    {
      minHeight: LINE_ROW,
      cells: [label(T.contactName), value(data.contactName), label(T.contactPhone), value(data.contactPhone)],
    },
    { minHeight: LINE_ROW, cells: [label(T.mainBusiness), value(data.mainBusiness, 9)] },
    {
      minHeight: LINE_ROW,
      cells: [
        label(T.amount),
        { role: "quantity", span: 3, text: withUnit(amountInWan(data.amountFen), T.amountUnit) },
        label(T.term),
        { role: "quantity", span: 3, text: withUnit(data.termYears.trim(), T.termUnit) },
      ],
    },
    {
      minHeight: 160,
      cells: [label(T.productsAndPartners), { role: "text", span: 9, text: data.productsAndPartners }],
    },
    { minHeight: LINE_ROW, cells: [label(T.opinionsSection, 12)] },
    { minHeight: LINE_ROW, cells: [label(T.industryBureau, 4), label(T.bank, 4), label(T.guarantor, 4)] },
    { minHeight: 210, cells: [opinion(industryBureau), opinion(bank), opinion(guarantor)] },
  ];
  return { title: T.title, dateLine: formDate(data.formDate), columns: 12, rows, note: T.note };
}

export function recommendationFormHtml(data: RecommendationFormData): string {
  return renderFormHtml(layout(data));
}

export function recommendationFormPdf(data: RecommendationFormData): Promise<Buffer> {
  return renderFormPdf(layout(data));
}
