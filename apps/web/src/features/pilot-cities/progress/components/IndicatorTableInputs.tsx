import { Form, Input, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useI18n } from "../../../../shared/i18n";

/** An indicator row of the template, as the batch and the pilot carry it. */
export interface IndicatorDefinition {
  code: string;
  name: { zh: string; en: string };
  unit: string;
  maxDecimals: number;
  min: string;
  max: string;
  required: boolean;
}

/** A column of the table: its key ("2022", "target-2023") and heading. */
export interface InputColumn {
  key: string;
  title: string;
}

/** The form's name of a cell: the server names columns by key, a year as a number (rows.6.2018). */
export const cellName = (list: string, index: number, key: string) =>
  [list, index, /^\d+$/.test(key) ? Number(key) : key] as const;

/**
 * The indicator table as a form (定量指标统计表): a row per indicator, an input per column, each cell
 * a form field the server's errors land on (`list`.index.column).
 */
export function IndicatorTableInputs({
  list,
  indicators,
  columns,
  testId,
}: {
  list: string;
  indicators: readonly IndicatorDefinition[];
  columns: readonly InputColumn[];
  testId: string;
}) {
  const { t, locale } = useI18n();
  const tableColumns: ColumnsType<IndicatorDefinition> = [
    {
      key: "name",
      title: t("pilot.indicator"),
      width: 220,
      render: (_, indicator) =>
        `${indicator.code} ${indicator.name[locale]}${indicator.required ? " *" : ""}`,
    },
    { key: "unit", title: t("pilot.unit"), width: 64, dataIndex: "unit" },
    ...columns.map((column) => ({
      key: column.key,
      title: column.title,
      width: 120,
      render: (_: unknown, indicator: IndicatorDefinition, index: number) => (
        <Form.Item name={[...cellName(list, index, column.key)]} style={{ margin: 0 }}>
          <Input
            inputMode="decimal"
            placeholder={`${indicator.min}–${indicator.max}`}
            data-testid={`${testId}-${indicator.code}-${column.key}`}
          />
        </Form.Item>
      ),
    })),
  ];
  return (
    <Table
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={[...indicators]}
      columns={tableColumns}
      scroll={{ x: true, y: 420 }}
    />
  );
}

/** The form's rows as the request sends them: { code, values: { column: text } }, blanks left out. */
export function rowsOf(
  indicators: readonly IndicatorDefinition[],
  columns: readonly InputColumn[],
  filled: Record<string | number, string | undefined>[] | undefined,
) {
  return indicators.map((indicator, index) => ({
    code: indicator.code,
    values: Object.fromEntries(
      columns.flatMap((column) => {
        const value = filled?.[index]?.[/^\d+$/.test(column.key) ? Number(column.key) : column.key];
        return value?.trim() ? [[column.key, value.trim()]] : [];
      }),
    ),
  }));
}
