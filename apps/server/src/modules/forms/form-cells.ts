import { yuanToWan } from "@chanrong/domain";
import type { FormCell, FormRow } from "./form-layout";

// What the seed's forms share: their dates, amounts and signatures as the paper writes them, the cells
// they are built of, and the rows both open with (who the enterprise is and how to reach it).

export interface Opinion {
  text: string;
  by: string;
  /** YYYY-MM-DD */
  date: string;
}

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

/** The height of a row of one line. */
export const LINE_ROW = 32;

export const labelCell = (text: string, span = 3): FormCell => ({ role: "label", span, text });

export const valueCell = (text: string | null, span = 3): FormCell => ({
  role: "value",
  span,
  text: text ?? "",
});

/** A number with its unit ("500 万元"). */
export const quantityCell = (text: string, unit: string, span = 3): FormCell => ({
  role: "quantity",
  span,
  text: withUnit(text, unit),
});

/** An opinion with its signature and date at the foot. */
export const opinionCell = (opinion: Opinion | null, span: number): FormCell => ({
  role: "opinion",
  span,
  text: opinion?.text ?? "",
  signature: signature(opinion),
});

interface EnterpriseRowLabels {
  enterpriseName: string;
  address: string;
  legalRepresentative: string;
  phone: string;
  contactName: string;
  contactPhone: string;
}

interface EnterpriseRowValues {
  enterpriseName: string;
  address: string;
  legalRepresentative: string;
  phone: string | null;
  contactName: string | null;
  contactPhone: string | null;
}

/** The four rows both forms open with, on a grid of 12 columns. */
export function enterpriseRows(T: EnterpriseRowLabels, data: EnterpriseRowValues): FormRow[] {
  return [
    { minHeight: LINE_ROW, cells: [labelCell(T.enterpriseName), valueCell(data.enterpriseName, 9)] },
    { minHeight: LINE_ROW, cells: [labelCell(T.address), valueCell(data.address, 9)] },
    {
      minHeight: LINE_ROW,
      cells: [
        labelCell(T.legalRepresentative),
        valueCell(data.legalRepresentative),
        labelCell(T.phone),
        valueCell(data.phone),
      ],
    },
    {
      minHeight: LINE_ROW,
      cells: [
        labelCell(T.contactName),
        valueCell(data.contactName),
        labelCell(T.contactPhone),
        valueCell(data.contactPhone),
      ],
    },
  ];
}
