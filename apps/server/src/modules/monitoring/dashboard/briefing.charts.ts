import { ratioAsPercent } from "@chanrong/domain";
import * as echarts from "echarts";
import type { Dashboard } from "./dashboard.service";

// The briefing's charts drawn by ECharts on the server as SVG (no browser, no canvas), for pdfmake.

import { SVG_FONT } from "../../forms/form-layout";

/** The charts' text is set in the PDF's SVG font (form-layout.ts). */
export const CHART_FONT = SVG_FONT;
const WAN = 10_000;
const PALETTE = ["#1677ff", "#52c41a", "#fa8c16", "#722ed1", "#13c2c2", "#eb2f96"];

/** Yuan in 亿元 to 4 places, for drawing only: the tables print the exact figures. */
const yi = (yuan: string | null | undefined) =>
  yuan ? Number((Number(yuan) / (WAN * WAN)).toFixed(4)) : null;
/** A ratio in percent, moved exactly (no float noise in the labels). */
const pct = (ratio: string | null | undefined) => (ratio ? Number(ratioAsPercent(ratio).slice(0, -1)) : null);

function svgOf(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  chart.setOption({
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: CHART_FONT, fontSize: 10 },
    grid: { left: 56, right: 24, top: 36, bottom: 36 },
    legend: { top: 4, textStyle: { fontFamily: CHART_FONT, fontSize: 10 } },
    ...option,
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** Balances month by month: all loans, manufacturing, of which medium/long-term and credit (亿元). */
export function trendSvg(dashboard: Dashboard, width: number, height: number): string {
  const months = dashboard.series.map((entry) => entry.month);
  const line = (name: string, values: (number | null)[]) => ({
    name,
    type: "line",
    data: values,
    symbolSize: 3,
  });
  return svgOf(
    {
      xAxis: { type: "category", data: months },
      yAxis: { type: "value", name: "亿元" },
      series: [
        line(
          "各项贷款余额",
          dashboard.series.map((entry) => yi(entry.allLoans)),
        ),
        line(
          "制造业贷款余额",
          dashboard.series.map((entry) => yi(entry.figures?.balance)),
        ),
        line(
          "中长期",
          dashboard.series.map((entry) => yi(entry.figures?.mediumLongTermBalance)),
        ),
        line(
          "信用",
          dashboard.series.map((entry) => yi(entry.figures?.creditBalance)),
        ),
      ],
    },
    width,
    height,
  );
}

/** The manufacturing share against the target line, with the straight-line projection to the target month. */
export function shareSvg(dashboard: Dashboard, width: number, height: number): string {
  const projection = dashboard.indicators.find((entry) => entry.code === "MANUFACTURING_SHARE")?.projection;
  const months = dashboard.series.map((entry) => entry.month);
  const axis = projection ? [...months, projection.targetMonth] : months;
  const target = pct(dashboard.target.manufacturingShare);
  return svgOf(
    {
      xAxis: { type: "category", data: axis },
      yAxis: { type: "value", name: "%", scale: true },
      series: [
        {
          name: "制造业贷款占比",
          type: "line",
          data: dashboard.series.map((entry) => pct(entry.share)),
          symbolSize: 3,
        },
        {
          name: `目标 ${target}%`,
          type: "line",
          data: axis.map(() => target),
          symbol: "none",
          lineStyle: { type: "dashed" },
        },
        ...(projection
          ? [
              {
                name: "直线预测",
                type: "line",
                data: axis.map((month) =>
                  month === projection.to.month
                    ? pct(projection.to.value)
                    : month === projection.targetMonth
                      ? pct(projection.projected)
                      : null,
                ),
                connectNulls: true,
                lineStyle: { type: "dotted" },
              },
            ]
          : []),
      ],
    },
    width,
    height,
  );
}

/** Horizontal bars, largest on top: a breakdown's balances (亿元) or the banks' shares (%). */
export function barsSvg(
  name: string,
  entries: { label: string; value: number | null }[],
  width: number,
  height: number,
): string {
  const shown = [...entries].reverse();
  return svgOf(
    {
      grid: { left: 150, right: 40, top: 24, bottom: 24 },
      legend: { show: false },
      xAxis: { type: "value", name },
      yAxis: { type: "category", data: shown.map((entry) => entry.label), axisLabel: { fontSize: 9 } },
      series: [
        {
          type: "bar",
          data: shown.map((entry) => entry.value),
          label: { show: true, position: "right", fontSize: 8 },
        },
      ],
    },
    width,
    height,
  );
}

export const breakdownBars = (parts: Dashboard["byDistrict"]) =>
  parts.map((entry) => ({ label: entry.name.zh, value: yi(entry.balance) }));

export const bankShareBars = (banks: Dashboard["banks"]) =>
  banks.map((bank) => ({ label: bank.bankName, value: pct(bank.share) }));
