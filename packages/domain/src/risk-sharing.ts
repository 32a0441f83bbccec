import { Decimal } from "decimal.js";
import { DomainValidationError, throwIfIssues, type ValidationIssue, type ValidationPath } from "./errors";
import { assertPositiveFen, assertRate, exactDecimal, splitLargestRemainder } from "./money";

export const RISK_PARTIES = ["reguarantor", "guarantor", "bank", "government", "national_fund"] as const;

export type RiskParty = (typeof RISK_PARTIES)[number];

export interface RiskShare {
  party: RiskParty;
  share: Decimal;
}

/** A risk-sharing scheme is configuration: parties in order (which breaks rounding ties) and shares summing to 1. */
export interface RiskSharingScheme {
  code: string;
  parties: readonly RiskShare[];
}

export interface LossSharing {
  /** Every party's share of the loss; 0 for parties not in the scheme. */
  byParty: Record<RiskParty, bigint>;
  /** What the special fund pays: the government's share plus its part of the guarantor's share. */
  fundPaysFen: bigint;
  /** The guarantor's share less what the fund compensates. */
  guarantorNetFen: bigint;
}

/** Seed 002 art. 11(8): the fund compensates 50% of the guarantor's share. */
export const DEFAULT_FUND_SHARE_OF_GUARANTOR = new Decimal("0.5");

/** Checks a scheme (e.g. one loaded from a region's configuration) and returns it unchanged. */
export function validateRiskSharingScheme(
  scheme: RiskSharingScheme,
  path: ValidationPath = [],
): RiskSharingScheme {
  if (scheme.parties.length === 0) {
    throw DomainValidationError.single([...path, "parties"], "min-items", {
      zh: "风险分担方案至少需要一方",
      en: "At least one party",
    });
  }
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  scheme.parties.forEach(({ party, share }, index) => {
    if (!(RISK_PARTIES as readonly string[]).includes(party)) {
      issues.push({
        path: [...path, "parties", index, "party"],
        rule: "enum",
        message: {
          zh: `未知的分担方"${party}"`,
          en: `Unknown party; expected one of ${RISK_PARTIES.join(", ")}`,
        },
      });
    } else if (seen.has(party)) {
      issues.push({
        path: [...path, "parties", index, "party"],
        rule: "unique-party",
        message: { zh: `分担方"${party}"重复`, en: `Party "${party}" given twice` },
      });
    }
    seen.add(party);
    if (!share.isFinite() || share.isNegative() || share.greaterThan(1)) {
      issues.push({
        path: [...path, "parties", index, "share"],
        rule: "rate-range",
        message: {
          zh: `分担比例须在0到1之间,实际为${share.toString()}`,
          en: "Share must be between 0 and 1",
        },
      });
    }
  });
  throwIfIssues(issues);
  const total = scheme.parties.reduce((sum, { share }) => sum.plus(share), exactDecimal(0));
  if (!total.equals(1)) {
    throw DomainValidationError.single([...path, "parties"], "shares-sum-to-1", {
      zh: `各方分担比例之和须恰为100%,实际为${total.times(100).toString()}%`,
      en: "Shares must add up to exactly 1",
    });
  }
  return scheme;
}

function scheme(code: string, shares: [RiskParty, string][]): RiskSharingScheme {
  const parties = shares.map(([party, share]) => ({ party, share: new Decimal(share) }));
  return validateRiskSharingScheme({ code, parties });
}

/** Seed 002 art. 11(8) (再担保:担保:银行:政府) and seed 004 §五(三) (担保:再担保:国担基金:银行). */
export const RISK_SHARING_PRESETS: Readonly<Record<string, RiskSharingScheme>> = {
  "4321": scheme("4321", [
    ["reguarantor", "0.4"],
    ["guarantor", "0.3"],
    ["bank", "0.2"],
    ["government", "0.1"],
  ]),
  "4222": scheme("4222", [
    ["reguarantor", "0.4"],
    ["guarantor", "0.2"],
    ["bank", "0.2"],
    ["government", "0.2"],
  ]),
  "CQ-4222": scheme("CQ-4222", [
    ["guarantor", "0.4"],
    ["reguarantor", "0.2"],
    ["national_fund", "0.2"],
    ["bank", "0.2"],
  ]),
};

export function riskSharingPreset(code: string, path: ValidationPath = ["scheme"]): RiskSharingScheme {
  const preset = Object.hasOwn(RISK_SHARING_PRESETS, code) ? RISK_SHARING_PRESETS[code] : undefined;
  if (!preset) {
    throw DomainValidationError.single(path, "unknown-scheme", {
      zh: `未知的风险分担方案"${code}",可选${Object.keys(RISK_SHARING_PRESETS).join("、")}`,
      en: `Unknown scheme; expected one of ${Object.keys(RISK_SHARING_PRESETS).join(", ")}`,
    });
  }
  return preset;
}

/**
 * Splits a loss by the scheme (largest remainder, ties to earlier parties), then splits the guarantor's
 * share into the fund's compensation and the guarantor's net burden so that the two add up exactly.
 */
export function shareLoss(
  scheme: RiskSharingScheme,
  lossFen: bigint,
  fundShareOfGuarantor: Decimal = DEFAULT_FUND_SHARE_OF_GUARANTOR,
): LossSharing {
  validateRiskSharingScheme(scheme, ["scheme"]);
  assertPositiveFen(lossFen, ["loss"]);
  assertRate(fundShareOfGuarantor, ["fundShareOfGuarantor"]);

  const amounts = splitLargestRemainder(
    lossFen,
    scheme.parties.map(({ share }) => share),
  );
  const byParty: Record<RiskParty, bigint> = {
    reguarantor: 0n,
    guarantor: 0n,
    bank: 0n,
    government: 0n,
    national_fund: 0n,
  };
  scheme.parties.forEach(({ party }, index) => {
    byParty[party] = amounts[index] ?? 0n;
  });

  const [fundPartFen = 0n, guarantorNetFen = 0n] = splitLargestRemainder(byParty.guarantor, [
    fundShareOfGuarantor,
    exactDecimal(1).minus(fundShareOfGuarantor),
  ]);
  return { byParty, fundPaysFen: byParty.government + fundPartFen, guarantorNetFen };
}
