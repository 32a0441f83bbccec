import { BarChart, LineChart, TreemapChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

// Only the charts and components the pages draw, so the rest of ECharts stays out of the bundle; this
// module is imported by lazy pages only, so the sign-in page never loads it.
echarts.use([
  BarChart,
  LineChart,
  TreemapChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;
/** What a click on a bar, a point or a treemap tile names. */
export interface ChartClick {
  name: string;
  dataIndex: number;
  seriesIndex?: number;
}

/** An ECharts chart drawn as SVG at its container's width, redrawn when the option changes. */
export function EChart({
  option,
  height = 300,
  label,
  testId,
  onClick,
}: {
  option: ChartOption;
  height?: number;
  /** What the chart shows, for screen readers (the card's title says it to everyone else). */
  label: string;
  testId?: string;
  onClick?: (click: ChartClick) => void;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, null, { renderer: "svg" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    const handler = (params: unknown) => onClick(params as ChartClick);
    instance.on("click", handler);
    return () => {
      instance.off("click", handler);
    };
  }, [onClick]);
  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ height, width: "100%", cursor: onClick ? "pointer" : undefined }}
    />
  );
}
