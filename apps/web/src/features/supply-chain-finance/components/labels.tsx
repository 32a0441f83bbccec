import { PAYABLE_KIND_TERMS, type PayableKind } from "@chanrong/domain";
import { Tag } from "antd";
import { useI18n } from "../../../shared/i18n";
import type { Financing, Payable } from "../api/supply-chain-finance";

const PAYABLE_COLOURS: Record<Payable["status"], string> = {
  OPEN: "green",
  FINANCED: "blue",
  SETTLED: "default",
  WITHDRAWN: "default",
};

export function PayableStatusTag({ status }: { status: Payable["status"] }) {
  const { t } = useI18n();
  return <Tag color={PAYABLE_COLOURS[status]}>{t(`scf.payable.${status}`)}</Tag>;
}

const FINANCING_COLOURS: Record<Financing["status"], string> = {
  REQUESTED: "gold",
  FINANCED: "blue",
  DECLINED: "red",
  REPAID: "green",
};

export function FinancingStatusTag({ status }: { status: Financing["status"] }) {
  const { t } = useI18n();
  return (
    <Tag color={FINANCING_COLOURS[status]} data-testid="scf-financing-status">
      {t(`scf.financing.${status}`)}
    </Tag>
  );
}

export function useKindName() {
  const { locale } = useI18n();
  return (kind: string) => PAYABLE_KIND_TERMS[kind as PayableKind]?.[locale] ?? kind;
}
