import { RISK_SHARING_PRESETS, regionCovers, type SlaName } from "@chanrong/domain";
import { formatWanExact, formatYuan, rateAsPercent } from "../../../shared/format";
import type { I18n } from "../../../shared/i18n";
import type { Region } from "../../../shared/types";
import type { SlaPeriodWire } from "../api/types";

type T = I18n["t"];

/** Money a programme states in 万元 (the wire holds yuan): "2,000 万元"; null limits read "不限". */
export function wanText(t: T, yuan: string | null | undefined): string {
  if (yuan === null || yuan === undefined) return t("programme.unlimited");
  return t("programme.wan", { wan: formatWanExact(yuan), yuan: formatYuan(yuan) });
}

/** 36 → "36 个月(3 年)", 18 → "18 个月(1 年 6 个月)", 6 → "6 个月". */
export function termText(t: T, months: number | null): string {
  if (months === null) return t("programme.unlimited");
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return t("programme.months", { n: months });
  if (rest === 0) return t("programme.monthsYears", { months, years });
  return t("programme.monthsYearsMonths", { months, years, rest });
}

export function slaText(t: T, name: SlaName, period: SlaPeriodWire): string {
  return t("programme.slaLine", {
    name: t(`programme.sla.${name}`),
    amount: period.amount,
    unit: t(`programme.slaUnit.${period.unit}`),
  });
}

/** "0.02" → "2" (percentage points, for "不超过 2 个百分点"). */
export const percentPoints = (rate: string) => rateAsPercent(rate).replace(/%$/, "");

/** "4321 (省再担保 40% / 市担保 30% / 银行 20% / 政府 10%)". */
export function schemeText(t: T, code: string): string {
  const scheme = Object.hasOwn(RISK_SHARING_PRESETS, code) ? RISK_SHARING_PRESETS[code] : undefined;
  if (!scheme) return code;
  const parties = scheme.parties
    .map(({ party, share }) => `${t(`programme.party.${party}`)} ${rateAsPercent(share.toString())}`)
    .join(" / ");
  return `${code} (${parties})`;
}

/** The districts and zones a programme of `regionCode` may name; a county names itself. */
export function districtsWithin(
  regions: readonly Region[] | undefined,
  regionCode: string | undefined,
): Region[] {
  if (!regions || !regionCode) return [];
  return regions.filter(
    (region) =>
      (region.level === "district" || region.level === "zone") && regionCovers(regionCode, region.code),
  );
}
