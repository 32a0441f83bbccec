import { type TableColumnsType, Tag } from "antd";
import { useI18n } from "../i18n";
import { orgTypeLabel } from "../labels";
import type { OrgType } from "../types";

/** Whoever holds an item of a workflow now (organisation types, as the answers name them), and since when. */
export interface Held {
  holders: readonly (OrgType | string)[];
  heldSince: string | null;
}

/** The organisation types that hold an item now, one tag each. */
export function HolderTags({ holders }: { holders: Held["holders"] }) {
  const { t } = useI18n();
  return (
    <>
      {holders.map((holder) => (
        <Tag key={holder} color="blue" variant="outlined">
          {orgTypeLabel(t, holder)}
        </Tag>
      ))}
    </>
  );
}

/** "3 天" / "5 小时" since a timestamp (whole units, rounded down). */
function useHeldFor() {
  const { t } = useI18n();
  return (since: string | null): string => {
    if (!since) return "";
    const ms = Date.now() - new Date(since).getTime();
    if (!Number.isFinite(ms) || ms < 0) return "";
    const hours = Math.floor(ms / 3_600_000);
    if (hours < 24) return t("worklist.heldHours", { hours });
    return t("worklist.heldDays", { days: Math.floor(hours / 24) });
  };
}

/** A worklist's 当前办理方 column and how long that holder has had the item (nothing once nobody holds it). */
export function useHolderColumns<Row extends Held>(heldForTitle: string): TableColumnsType<Row> {
  const { t } = useI18n();
  const heldFor = useHeldFor();
  return [
    {
      key: "holder",
      title: t("worklist.holder"),
      dataIndex: "holders",
      render: (holders: Row["holders"]) => <HolderTags holders={holders} />,
    },
    {
      key: "heldFor",
      title: heldForTitle,
      dataIndex: "heldSince",
      width: 110,
      render: (since: Row["heldSince"], row) => (row.holders.length ? heldFor(since) : ""),
    },
  ];
}
