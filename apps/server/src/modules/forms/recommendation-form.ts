import {
  amountInWan,
  enterpriseRows,
  formDate,
  LINE_ROW,
  labelCell,
  type Opinion,
  opinionCell,
  quantityCell,
  valueCell,
} from "./form-cells";
import { type FormLayout, type FormRow, renderFormHtml, renderFormPdf } from "./form-layout";

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

const T = RECOMMENDATION_FORM_TEXT;

function layout(data: RecommendationFormData): FormLayout {
  const { industryBureau, bank, guarantor } = data.opinions;
  const rows: FormRow[] = [
    ...enterpriseRows(T, data),
    { minHeight: LINE_ROW, cells: [labelCell(T.mainBusiness), valueCell(data.mainBusiness, 9)] },
    {
      minHeight: LINE_ROW,
      cells: [
        labelCell(T.amount),
        quantityCell(amountInWan(data.amountFen), T.amountUnit),
        labelCell(T.term),
        quantityCell(data.termYears.trim(), T.termUnit),
      ],
    },
    {
      minHeight: 160,
      cells: [labelCell(T.productsAndPartners), { role: "text", span: 9, text: data.productsAndPartners }],
    },
    { minHeight: LINE_ROW, cells: [labelCell(T.opinionsSection, 12)] },
    {
      minHeight: LINE_ROW,
      cells: [labelCell(T.industryBureau, 4), labelCell(T.bank, 4), labelCell(T.guarantor, 4)],
    },
    {
      minHeight: 210,
      cells: [opinionCell(industryBureau, 4), opinionCell(bank, 4), opinionCell(guarantor, 4)],
    },
  ];
  return { title: T.title, dateLine: formDate(data.formDate), columns: 12, rows, note: T.note };
}

export function recommendationFormHtml(data: RecommendationFormData): string {
  return renderFormHtml(layout(data));
}

export function recommendationFormPdf(data: RecommendationFormData): Promise<Buffer> {
  return renderFormPdf(layout(data));
}
