import { Card, Flex, Switch, Table, type TableColumnsType } from "antd";
import { type ReactNode, useState } from "react";
import { ExportButton } from "../../../shared/components/ExportButton";
import { useI18n } from "../../../shared/i18n";

/** A chart with its table beneath (shown on demand) and the table's Excel export. */
export function ChartCard<Row extends object>({
  title,
  testId,
  chart,
  columns,
  rows,
  rowKey,
  onExport,
}: {
  title: string;
  testId: string;
  chart: ReactNode;
  columns: TableColumnsType<Row>;
  rows: Row[];
  rowKey: keyof Row & string;
  onExport: () => Promise<string>;
}) {
  const { t } = useI18n();
  const [showTable, setShowTable] = useState(false);
  return (
    <Card
      size="small"
      title={title}
      data-testid={testId}
      extra={
        <Flex gap={12} align="center">
          <Switch
            size="small"
            checked={showTable}
            onChange={setShowTable}
            checkedChildren={t("monitoring.table")}
            unCheckedChildren={t("monitoring.table")}
            data-testid={`${testId}-table-toggle`}
          />
          <ExportButton onExport={onExport} label={t("monitoring.export")} testId={`${testId}-export`} />
        </Flex>
      }
    >
      {chart}
      {showTable && (
        <Table<Row>
          size="small"
          columns={columns}
          dataSource={rows}
          rowKey={rowKey}
          pagination={false}
          scroll={{ x: "max-content", y: 320 }}
          data-testid={`${testId}-table`}
        />
      )}
    </Card>
  );
}
