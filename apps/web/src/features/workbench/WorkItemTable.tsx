import {
  BRIDGE_LOAN_STATE_TERMS,
  type BridgeLoanState,
  type ClaimState,
  type ClaimStatus,
  DEMAND_STATUS_TERMS,
  type DefaultCaseStatus,
  type DemandStatus,
  type PaymentStatus,
} from "@chanrong/domain";
import { Table, type TableColumnsType, Tag, Typography } from "antd";
import type { HTMLAttributes } from "react";
import { Link } from "react-router";
import { dateCell } from "../../shared/components/Nowrap";
import { PaymentStatusTag } from "../../shared/components/PaymentStatusTag";
import { formatYuan } from "../../shared/format";
import { useI18n } from "../../shared/i18n";
import { SlaTag, StatusTag } from "../applications/components/labels";
import { CaseStatusTag } from "../default-cases/components/CaseTable";
import { ClaimStateTag } from "../demands/components/labels";
import { ClaimStatusTag } from "../interest-subsidy/components/ClaimStatusTag";
import { ProductStateTag } from "../products/pages/labels";
import { type WorkItem, workItemPath } from "./useWorkbench";

const KIND_COLOURS: Record<WorkItem["kind"], string> = {
  application: "blue",
  payment: "purple",
  "default-case": "volcano",
  "interest-subsidy-claim": "cyan",
  "product-review": "geekblue",
  "demand-curation": "gold",
  "claim-escalated": "red",
  "demand-push": "lime",
  "claim-step": "green",
  "claim-outcome": "magenta",
  "bridge-loan": "orange",
};

/** The columns a narrow card keeps: what the item is (its kind under its name) and where it stands. */
const COMPACT_COLUMNS: readonly string[] = ["title", "status"];

/** Each kind's status in its own module's words and colours. */
function ItemStatus({ item }: { item: WorkItem }) {
  const { label } = useI18n();
  switch (item.kind) {
    case "application":
      return <StatusTag status={item.status} />;
    case "payment":
      return <PaymentStatusTag status={item.status as PaymentStatus} />;
    case "default-case":
      return <CaseStatusTag status={item.status as DefaultCaseStatus} />;
    case "interest-subsidy-claim":
      return <ClaimStatusTag status={item.status as ClaimStatus} />;
    case "product-review":
      return <ProductStateTag state={item.status} />;
    case "demand-curation":
      return <Tag>{label(DEMAND_STATUS_TERMS[item.status as DemandStatus])}</Tag>;
    case "claim-escalated":
    case "demand-push":
    case "claim-step":
    case "claim-outcome":
      return <ClaimStateTag state={item.status as ClaimState} />;
    case "bridge-loan":
      return <Tag>{label(BRIDGE_LOAN_STATE_TERMS[item.status as BridgeLoanState])}</Tag>;
  }
}

/** Work items of several kinds in one table, each opening its own page. */
export function WorkItemTable({
  items,
  testId,
  emptyText,
  compact = false,
}: {
  items: readonly WorkItem[];
  testId: string;
  emptyText: string;
  compact?: boolean;
}) {
  const { t } = useI18n();
  const columns: TableColumnsType<WorkItem> = [
    {
      title: t("workbench.kind"),
      key: "kind",
      render: (_, item) => <Tag color={KIND_COLOURS[item.kind]}>{t(`workbench.kind.${item.kind}`)}</Tag>,
    },
    {
      title: t("workbench.item"),
      key: "title",
      render: (_, item) => (
        <>
          <Link to={workItemPath(item)}>{item.title}</Link>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {compact ? `${t(`workbench.kind.${item.kind}`)} · ${item.context}` : item.context}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t("workbench.amount"),
      key: "amount",
      align: "right",
      render: (_, item) => formatYuan(item.amount),
    },
    { title: t("workbench.status"), key: "status", render: (_, item) => <ItemStatus item={item} /> },
    {
      title: t("workbench.dueOn"),
      key: "dueOn",
      className: "nowrap",
      render: (_, item) =>
        item.dueOn ? (
          <>
            <SlaTag sla={item.sla} dueOn={item.dueOn} />
            {item.daysLeft !== null && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="work-item-days-left">
                {item.daysLeft < 0
                  ? t("workbench.daysOverdue", { count: -item.daysLeft })
                  : t("workbench.daysLeft", { count: item.daysLeft })}
              </Typography.Text>
            )}
          </>
        ) : (
          "—"
        ),
    },
    { title: t("workbench.since"), key: "since", render: (_, item) => dateCell(item.since) },
  ];
  return (
    <Table<WorkItem>
      data-testid={testId}
      rowKey={(item) => `${item.kind}:${item.id}`}
      size="small"
      pagination={false}
      dataSource={[...items]}
      locale={{ emptyText }}
      onRow={(item) => ({ "data-kind": item.kind, "data-id": item.id }) as HTMLAttributes<HTMLElement>}
      // A compact table wraps its titles to fit its card; the full one scrolls rather than squeeze its columns.
      scroll={compact ? undefined : { x: "max-content" }}
      columns={compact ? columns.filter((column) => COMPACT_COLUMNS.includes(String(column.key))) : columns}
    />
  );
}
