import type { UseQueryResult } from "@tanstack/react-query";
import { Card, Row, Table, type TableColumnsType, Tabs } from "antd";
import type { HTMLAttributes, ReactNode } from "react";
import { ProblemAlert } from "../components/ProblemAlert";
import { useI18n } from "../i18n";
import type { Paged } from "../types";
import type { Worklist } from "./useWorklist";

interface WorklistCardProps<Item extends { id: string }> {
  worklist: Worklist;
  /** Names the test ids: `${name}-table`, `${name}-tab-waiting`, `${name}-tab-all`, `data-${name}-id` on each row. */
  name: string;
  /** The filters' columns (`<Col>`), shown above both tabs. */
  filters: ReactNode;
  items: UseQueryResult<Paged<Item>>;
  emptyText: string;
  columns: TableColumnsType<Item>;
}

/** The filters, the 待我办理 / 全部 tabs, and the current page of items in a table. */
export function WorklistCard<Item extends { id: string }>({
  worklist,
  name,
  filters,
  items,
  emptyText,
  columns,
}: WorklistCardProps<Item>) {
  const { t } = useI18n();
  const { waiting, waitingCount, page, pageSize, update } = worklist;
  const total = items.data?.total ?? 0;
  const totalExact = items.data?.totalExact ?? true;
  const table = (
    <div data-testid={`${name}-table`}>
      {items.isError && <ProblemAlert error={items.error} />}
      <Table<Item>
        rowKey="id"
        size="middle"
        loading={items.isFetching}
        dataSource={items.isError ? [] : items.data?.items}
        locale={{ emptyText }}
        onRow={(item) => ({ [`data-${name}-id`]: item.id }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize,
          // Beyond an exact count there is at least one more item: one more page to go to.
          total: totalExact ? total : total + 1,
          showTotal: () => t(totalExact ? "common.total" : "common.totalMore", { total }),
          onChange: (next) => update({ page: String(next) }),
        }}
        columns={columns}
      />
    </div>
  );
  const tab = (key: "waiting" | "all", label: string) => ({
    key,
    label: <span data-testid={`${name}-tab-${key}`}>{label}</span>,
    children: waiting === (key === "waiting") ? table : null,
  });
  return (
    <Card>
      <Row gutter={[12, 12]} className="filter-bar">
        {filters}
      </Row>
      <Tabs
        activeKey={waiting ? "waiting" : "all"}
        // The filters stay as they are when switching between the worklist and all items.
        onChange={(key) => update({ tab: key, page: undefined })}
        items={[
          tab("waiting", `${t("worklist.tabWaiting")}${waitingCount ? ` (${waitingCount})` : ""}`),
          tab("all", t("worklist.tabAll")),
        ]}
      />
    </Card>
  );
}
