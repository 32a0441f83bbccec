import { formatYuanGrouped } from "@chanrong/domain";
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

export interface InterestSubsidyFormData {
  /** The 年 月 日 under the title (the day the enterprise applied); null leaves it blank. */
  formDate: string | null;
  enterpriseName: string;
  address: string;
  legalRepresentative: string;
  phone: string;
  contactName: string;
  contactPhone: string;
  /** 开户银行及账号, as the enterprise wrote it. */
  bankAccount: string;
  loanAmountFen: bigint;
  /** 起止日期: first disbursement and the contractual end. */
  loanStart: string | null;
  loanEnd: string | null;
  outstandingFen: bigint;
  settledOn: string | null;
  interestPaidFen: bigint;
  /** 申请贴息金额: what the enterprise applied for. */
  claimedFen: bigint;
  /** 企业经营发展情况 */
  businessDevelopment: string;
  enterpriseOpinion: Opinion | null;
  guarantorOpinion: Opinion | null;
}

/**
 * The wording of 附件2. The seed text is NFKC-normalised; the printed form has the full-width
 * punctuation and ideographic spaces of the paper (as the 推荐表 does).
 */
export const INTEREST_SUBSIDY_FORM_TEXT = {
  title: "十堰市市级“产供强链贷”贴息表",
  enterpriseName: "企业名称",
  address: "地　址",
  legalRepresentative: "法定代表人",
  phone: "电　话",
  contactName: "联系人",
  contactPhone: "联系电话",
  bankAccount: "开户银行及账号",
  loanAmount: "“产供强链贷”贷款金额",
  loanPeriod: "“产供强链贷”起止日期",
  outstanding: "“产供强链贷”贷款余额",
  settledOn: "“产供强链贷”结清日期",
  interestPaid: "“产供强链贷”已付贷款利息",
  claimed: "“产供强链贷”申请贴息金额",
  wanUnit: "万元",
  yuanUnit: "元",
  businessDevelopment: "企业经营发展情况",
  enterpriseOpinion: "企业申请意见",
  guarantorOpinion: "市担保集团意见",
  note: "注：本表一式两份，企业借款凭证、结息凭证、还款凭证等资料附后，企业、市担保集团盖章后各留存一份。",
} as const;

const T = INTEREST_SUBSIDY_FORM_TEXT;

/** "2026年3月10日": the form date without its spaces, so a date fits on one line of a narrow cell. */
const compactDate = (date: string | null) => (date === null ? "" : formDate(date).replaceAll(" ", ""));

function period(start: string | null, end: string | null): string {
  if (start === null || end === null) return "";
  return `${compactDate(start)}\n至${compactDate(end)}`;
}

function layout(data: InterestSubsidyFormData): FormLayout {
  const opinion = (o: Opinion | null) => opinionCell(o, 6);
  const rows: FormRow[] = [
    ...enterpriseRows(T, data),
    { minHeight: LINE_ROW, cells: [labelCell(T.bankAccount), valueCell(data.bankAccount, 9)] },
    {
      minHeight: LINE_ROW,
      cells: [
        labelCell(T.loanAmount),
        quantityCell(amountInWan(data.loanAmountFen), T.wanUnit),
        labelCell(T.loanPeriod),
        valueCell(period(data.loanStart, data.loanEnd)),
      ],
    },
    {
      minHeight: LINE_ROW,
      cells: [
        labelCell(T.outstanding),
        quantityCell(amountInWan(data.outstandingFen), T.wanUnit),
        labelCell(T.settledOn),
        valueCell(compactDate(data.settledOn)),
      ],
    },
    {
      minHeight: LINE_ROW,
      cells: [
        labelCell(T.interestPaid),
        quantityCell(formatYuanGrouped(data.interestPaidFen), T.yuanUnit),
        labelCell(T.claimed),
        quantityCell(formatYuanGrouped(data.claimedFen), T.yuanUnit),
      ],
    },
    {
      minHeight: 130,
      cells: [labelCell(T.businessDevelopment), { role: "text", span: 9, text: data.businessDevelopment }],
    },
    { minHeight: LINE_ROW, cells: [labelCell(T.enterpriseOpinion, 6), labelCell(T.guarantorOpinion, 6)] },
    { minHeight: 150, cells: [opinion(data.enterpriseOpinion), opinion(data.guarantorOpinion)] },
  ];
  return { title: T.title, dateLine: formDate(data.formDate), columns: 12, rows, note: T.note };
}

export function interestSubsidyFormHtml(data: InterestSubsidyFormData): string {
  return renderFormHtml(layout(data));
}

export function interestSubsidyFormPdf(data: InterestSubsidyFormData): Promise<Buffer> {
  return renderFormPdf(layout(data));
}
