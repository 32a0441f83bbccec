import {
  formatWanBrief as formatFenAsWanBrief,
  formatYuanGrouped,
  formatYuan as formatYuanPlain,
  groupThousands,
  parseYuan,
  yuanToWan,
} from "@chanrong/domain";
import dayjs from "dayjs";

/** Money arrives as decimal yuan strings; these helpers never turn it into a binary float. */
function toFen(yuan: string | null | undefined): bigint | null {
  if (yuan === null || yuan === undefined || yuan === "") return null;
  try {
    return parseYuan(yuan, [], { allowNegative: true });
  } catch {
    return null;
  }
}

/** "81277.78" → "81,277.78" (empty for nothing; the raw text if it is not a decimal). */
export function formatYuan(yuan: string | null | undefined): string {
  const fen = toFen(yuan);
  if (fen === null) return yuan ?? "";
  return formatYuanGrouped(fen);
}

/** The exact sum of yuan strings, as a yuan string (unreadable values count as nothing). */
export function sumYuan(values: readonly (string | null | undefined)[]): string {
  return formatYuanPlain(values.reduce<bigint>((sum, value) => sum + (toFen(value) ?? 0n), 0n));
}

/** "105656151.00" → "10,565.62" (万元, half-up to two places). */
export function formatWan(yuan: string | null | undefined): string {
  const fen = toFen(yuan);
  if (fen === null) return yuan ?? "";
  const wan = yuanToWan(fen < 0n ? -fen : fen);
  const [whole = "0", cents = "00"] = wan.split(".");
  return `${fen < 0n ? "-" : ""}${groupThousands(whole)}.${cents}`;
}

/** "3000000.00" → "300", "71241413.00" → "7,124.14" (万元 as the forms state it, at most two places). */
export function formatWanBrief(yuan: string | null | undefined): string {
  const fen = toFen(yuan);
  return fen === null ? (yuan ?? "") : formatFenAsWanBrief(fen);
}

export function formatInteger(value: number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return groupThousands(String(value));
}

export const DATE_FORMAT = "YYYY-MM-DD";
export const DATE_TIME_FORMAT = "YYYY-MM-DD HH:mm:ss";

export function formatDate(value: string | null | undefined): string {
  if (!value) return "";
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : dayjs(value).format(DATE_FORMAT);
}

/** A timestamp in the viewer's local time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "";
  return dayjs(value).format(DATE_TIME_FORMAT);
}

/**
 * When a step was taken, as people read it: its business date (which may be pinned, and is what forms
 * print) with the time of day it was recorded; a bare timestamp where no business date was kept.
 */
export function formatStepTime(businessDate: string | null | undefined, at: string): string {
  return businessDate ? `${businessDate} ${dayjs(at).format("HH:mm")}` : formatDateTime(at);
}

/** Decimal yuan with at most two places, as the API accepts it. */
export const YUAN_PATTERN = /^\d{1,13}(\.\d{1,2})?$/;
/** A rate or share such as 0.02 or 0.5. */
export const RATE_PATTERN = /^\d{1,3}(\.\d{1,12})?$/;

export { rateAsPercent } from "@chanrong/domain";

/** An amount in 万元 as typed: up to six decimal places (six places of 万元 are one fen). */
export const WAN_PATTERN = /^\d{1,9}(\.\d{1,6})?$/;

/** "800" 万元 → "8000000.00" 元, by string arithmetic (no float). */
export function wanToYuan(wan: string): string {
  const [whole = "0", fraction = ""] = wan.trim().split(".");
  const fen = `${whole}${fraction.padEnd(6, "0")}`;
  return `${fen.slice(0, -2).replace(/^0+(?=\d)/, "") || "0"}.${fen.slice(-2)}`;
}

/** "20000000.00" 元 → "2000" 万元, exact and without trailing zeros, for a form field. */
export function yuanToWanExact(yuan: string | null | undefined): string {
  const fen = toFen(yuan);
  if (fen === null) return yuan ?? "";
  return yuanToWan(fen, 6).replace(/\.?0+$/, "");
}

/** "20000000.00" 元 → "2,000" 万元 as a programme states a limit (grouped, exact, no trailing zeros). */
export function formatWanExact(yuan: string | null | undefined): string {
  const plain = yuanToWanExact(yuan);
  const [whole = "", fraction] = plain.split(".");
  return fraction ? `${groupThousands(whole)}.${fraction}` : groupThousands(whole);
}
