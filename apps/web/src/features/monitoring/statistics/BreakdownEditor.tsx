import { MANUFACTURING_FIGURES, type ManufacturingFigure } from "@chanrong/domain";
import { Table, Tag, Typography } from "antd";
import { AmountInput } from "../../../shared/components/AmountInput";
import { formatYuan, sumYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";

export type FigureCells = Partial<Record<ManufacturingFigure, string>>;

/** How the rows' sum of a figure stands against its total: equal to the fen, or off by how much. */
export function PartsCheck({
  parts,
  total,
  testId,
}: {
  parts: readonly (string | undefined)[];
  total: string | undefined;
  testId: string;
}) {
  const { t } = useI18n();
  const sum = sumYuan(parts);
  const difference = sumYuan([sum, total ? `-${total}` : undefined]);
  const matches = difference === "0.00";
  return (
    <div>
      <Typography.Text strong>{formatYuan(sum)}</Typography.Text>
      <br />
      <Tag color={matches ? "green" : "red"} data-testid={testId} data-matches={matches}>
        {matches ? t("stats.matches") : t("stats.differs", { amount: formatYuan(difference) })}
      </Tag>
    </div>
  );
}

/**
 * A breakdown (clusters or districts) as an editable table: one amount input per figure, and under it
 * the running sum of each column against the total above, so the bank sees whether the parts add up.
 */
export function BreakdownEditor({
  title,
  rows,
  nameOf,
  values,
  totals,
  onChange,
  testId,
}: {
  title: string;
  rows: readonly string[];
  nameOf: (code: string) => string;
  values: Record<string, FigureCells>;
  totals: FigureCells;
  onChange: (code: string, figure: ManufacturingFigure, value: string) => void;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <Table
      data-testid={testId}
      size="small"
      pagination={false}
      scroll={{ x: 1300 }}
      rowKey={(code) => code}
      dataSource={[...rows]}
      columns={[
        { key: "name", title, fixed: "left", width: 180, render: (_, code) => nameOf(code) },
        ...MANUFACTURING_FIGURES.map((figure) => ({
          key: figure,
          title: t(`stats.figure.${figure}`),
          width: 180,
          render: (_: unknown, code: string) => (
            <AmountInput
              value={values[code]?.[figure] ?? ""}
              onChange={(amount) => onChange(code, figure, amount)}
              data-testid={`${testId}-${code}-${figure}`}
            />
          ),
        })),
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>{t("stats.partsSum")}</Table.Summary.Cell>
          {MANUFACTURING_FIGURES.map((figure, index) => (
            <Table.Summary.Cell key={figure} index={index + 1}>
              <PartsCheck
                parts={rows.map((code) => values[code]?.[figure])}
                total={totals[figure]}
                testId={`${testId}-check-${figure}`}
              />
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}
