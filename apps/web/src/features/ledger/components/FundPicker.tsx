import { Select } from "antd";
import { useSearchParams } from "react-router";
import { useI18n } from "../../../shared/i18n";
import { type FundListItem, useFunds } from "../api/ledger";

/**
 * The fund a page shows: the one named in the URL (?fund=), else the first the caller may see —
 * most organisations see exactly one.
 */
export function useSelectedFund() {
  const [params, setParams] = useSearchParams();
  const funds = useFunds();
  const wanted = params.get("fund");
  const fund: FundListItem | undefined = funds.data?.find((one) => one.id === wanted) ?? funds.data?.[0];
  const select = (id: string) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set("fund", id);
      next.delete("page");
      return next;
    });
  return { funds, fund, select };
}

/** A choice of fund, shown only to those who see more than one (the platform, a province). */
export function FundPicker({ selected }: { selected: ReturnType<typeof useSelectedFund> }) {
  const { t } = useI18n();
  const all = selected.funds.data ?? [];
  if (all.length < 2) return null;
  return (
    <Select<string>
      style={{ minWidth: 240 }}
      value={selected.fund?.id}
      onChange={selected.select}
      aria-label={t("fund.pickFund")}
      options={all.map((fund) => ({ value: fund.id, label: fund.name }))}
      data-testid="fund-picker"
    />
  );
}
