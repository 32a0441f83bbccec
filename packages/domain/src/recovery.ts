import type { Decimal } from "decimal.js";
import { DomainValidationError } from "./errors";
import { assertPositiveFen, formatYuan, splitLargestRemainder } from "./money";
import { DEFAULT_FUND_SHARE_OF_GUARANTOR, type RiskSharingScheme, shareLoss } from "./risk-sharing";

/** Those who finally bore the non-bank part of a loss; the order breaks rounding ties. */
export const RECOVERY_BEARERS = ["reguarantor", "guarantor", "fund", "national_fund"] as const;

export type RecoveryBearer = (typeof RECOVERY_BEARERS)[number];

/** Each bearer's part of a recovery; 0 for bearers not in the scheme. */
export type RecoveryDistribution = Record<RecoveryBearer, bigint>;

/**
 * Seed 002 art. 11(9): the bank recovers its own share itself; what the guarantor recovers is shared in
 * proportion to what each party finally bore of the non-bank part — the re-guarantor, the guarantor net
 * of the fund's compensation, and the fund (government share plus compensation).
 */
export function distributeRecovery(
  scheme: RiskSharingScheme,
  lossFen: bigint,
  recoveredFen: bigint,
  fundShareOfGuarantor: Decimal = DEFAULT_FUND_SHARE_OF_GUARANTOR,
): RecoveryDistribution {
  const { byParty, fundPaysFen, guarantorNetFen } = shareLoss(scheme, lossFen, fundShareOfGuarantor);
  const burdens: Record<RecoveryBearer, bigint> = {
    reguarantor: byParty.reguarantor,
    guarantor: guarantorNetFen,
    fund: fundPaysFen,
    national_fund: byParty.national_fund,
  };
  const nonBankLossFen = lossFen - byParty.bank;
  assertPositiveFen(recoveredFen, ["recovered"]);
  if (recoveredFen > nonBankLossFen) {
    throw DomainValidationError.single(["recovered"], "max-non-bank-loss", {
      zh: `追回金额${formatYuan(recoveredFen)}元超过非银行各方承担的损失${formatYuan(nonBankLossFen)}元`,
      en: `Recovered amount exceeds the non-bank loss of ${formatYuan(nonBankLossFen)}`,
    });
  }
  const parts = splitLargestRemainder(
    recoveredFen,
    RECOVERY_BEARERS.map((bearer) => burdens[bearer]),
  );
  const distribution = { ...burdens };
  RECOVERY_BEARERS.forEach((bearer, index) => {
    distribution[bearer] = parts[index] ?? 0n;
  });
  return distribution;
}
