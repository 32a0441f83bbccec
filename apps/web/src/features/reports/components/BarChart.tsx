import { Empty } from "antd";
import { useMemo } from "react";
import { EChart } from "../../../shared/charts/EChart";

export interface BarSeries {
  key: string;
  label: string;
  colour: string;
  /** One amount per category, in yuan as the API sends it. */
  values: readonly string[];
}

const WAN = 10_000;
const wanFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

/**
 * Grouped bars in 万元 (ECharts). The amounts become floats only to draw the bars; every figure people
 * read in the tables comes from the exact strings.
 */
export function BarChart({
  label,
  categories,
  series,
  emptyText,
  testId,
}: {
  /** What the chart shows, for screen readers (the card above says it to everyone else). */
  label: string;
  categories: readonly string[];
  series: readonly BarSeries[];
  emptyText: string;
  testId?: string;
}) {
  const empty =
    categories.length === 0 || !series.some((one) => one.values.some((value) => Number(value) > 0));
  const option = useMemo(
    () => ({
      grid: { left: 64, right: 12, top: 36, bottom: 44 },
      legend: { top: 0 },
      tooltip: { trigger: "axis", valueFormatter: (value: number) => `${wanFormat.format(value)} 万元` },
      xAxis: {
        type: "category",
        data: categories,
        axisLabel: { interval: 0, overflow: "truncate", width: 80 },
      },
      yAxis: {
        type: "value",
        name: "万元",
        axisLabel: { formatter: (value: number) => wanFormat.format(value) },
      },
      series: series.map((one) => ({
        name: one.label,
        type: "bar",
        itemStyle: { color: one.colour, borderRadius: 2 },
        barMaxWidth: 32,
        data: one.values.map((value) => Number(value) / WAN),
      })),
    }),
    [categories, series],
  );
  if (empty)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} data-testid={testId} />;
  return <EChart option={option} height={260} label={label} testId={testId} />;
}
