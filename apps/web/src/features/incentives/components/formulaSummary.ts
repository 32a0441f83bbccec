import { INCENTIVE_BASE_TERMS } from "@chanrong/domain";
import { formatYuan } from "../../../shared/format";
import type { I18n } from "../../../shared/i18n";
import type { PolicyWire } from "../api/incentives";

/** A policy's formula in one line: 定额 1,000,000.00 元, 股权投资额 × 0.01 …, 分 4 个阶段 …. */
export function formulaSummary(policy: PolicyWire, { t, label }: Pick<I18n, "t" | "label">): string {
  const { formula } = policy;
  if (formula.kind === "FIXED") return t("incentives.formula.FIXED", { amount: formatYuan(formula.amount) });
  if (formula.kind === "SHARE_OF_BASE")
    return t("incentives.formula.SHARE_OF_BASE", {
      base: label(INCENTIVE_BASE_TERMS[formula.base]),
      rate: formula.rate,
      cap: formatYuan(formula.cap),
    });
  return t("incentives.formula.STAGED", { count: formula.stages.length, cap: formatYuan(formula.totalCap) });
}
