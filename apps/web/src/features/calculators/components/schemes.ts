import { RISK_SHARING_PRESETS, type RiskParty } from "@chanrong/domain";
import type { MessageKey } from "../../../shared/i18n";

/** The preset schemes and each party's share, from the domain package (display only). */
export const SCHEMES = Object.values(RISK_SHARING_PRESETS).map((scheme) => ({
  code: scheme.code,
  parties: scheme.parties.map((p) => ({ party: p.party, percent: `${p.share.times(100).toString()}%` })),
}));

export const PARTY_LABEL: Record<RiskParty, MessageKey> = {
  reguarantor: "calc.party.reguarantor",
  guarantor: "calc.party.guarantor",
  bank: "calc.party.bank",
  government: "calc.party.government",
  national_fund: "calc.party.nationalFund",
};

export function schemeSummary(code: string, t: (key: MessageKey) => string): string {
  const scheme = SCHEMES.find((s) => s.code === code);
  if (!scheme) return code;
  return scheme.parties.map((p) => `${t(PARTY_LABEL[p.party])} ${p.percent}`).join(" · ");
}
