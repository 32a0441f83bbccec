import { ratioAsPercent } from "@chanrong/domain";
import type { ChartOption } from "../../../shared/charts/EChart";
import type { MessageKey } from "../../../shared/i18n";
import type { Dashboard, DashboardBank, DashboardPart } from "./api";

// The dashboard's ECharts options. Amounts become floats only to draw (亿元); the tables beneath
// every chart show the exact figures.

type Labels = (key: MessageKey) => string;
const YI = 100_000_000;
/** Bars in Ant Design's blue; the district drilled into in orange. */
export const BAR_COLOUR = "#1677ff";
const CHOSEN_COLOUR = "#fa8c16";
const yi = (yuan: string | null | undefined) => (yuan ? Number((Number(yuan) / YI).toFixed(4)) : null);
/** A ratio in percent, moved exactly so labels carry no float noise. */
export const pct = (ratio: string | null | undefined) =>
  ratio ? Number(ratioAsPercent(ratio).slice(0, -1)) : null;
/** A ratio as people read it, exactly: "12.5%", or a dash without one. */
export const percent = (ratio: string | null | undefined) => (ratio ? ratioAsPercent(ratio) : "—");

const base = {
  grid: { left: 56, right: 24, top: 40, bottom: 32 },
  legend: { top: 0 },
  tooltip: { trigger: "axis" },
};

/** Balances month by month: all loans, manufacturing, of which medium/long-term and credit. */
export function trendOption(dashboard: Dashboard, t: Labels): ChartOption {
  const line = (name: string, values: (number | null)[]) => ({
    name,
    type: "line",
    data: values,
    showSymbol: false,
  });
  return {
    ...base,
    xAxis: { type: "category", data: dashboard.series.map((entry) => entry.month) },
    yAxis: { type: "value", name: t("monitoring.yi") },
    series: [
      ...(dashboard.filter.district || dashboard.filter.cluster
        ? []
        : [
            line(
              t("monitoring.allLoans"),
              dashboard.series.map((entry) => yi(entry.allLoans)),
            ),
          ]),
      line(
        t("monitoring.manufacturing"),
        dashboard.series.map((entry) => yi(entry.figures?.balance)),
      ),
      line(
        t("monitoring.mediumLongTerm"),
        dashboard.series.map((entry) => yi(entry.figures?.mediumLongTermBalance)),
      ),
      line(
        t("monitoring.credit"),
        dashboard.series.map((entry) => yi(entry.figures?.creditBalance)),
      ),
    ],
  };
}

/** The manufacturing share against the target, with the straight-line projection to the target month. */
export function shareOption(dashboard: Dashboard, t: Labels): ChartOption {
  const projection = dashboard.indicators.find((entry) => entry.code === "MANUFACTURING_SHARE")?.projection;
  const months = dashboard.series.map((entry) => entry.month);
  const axis = projection ? [...months, projection.targetMonth] : months;
  const target = pct(dashboard.target.manufacturingShare);
  return {
    ...base,
    grid: { ...base.grid, right: 72 },
    xAxis: { type: "category", data: axis },
    yAxis: { type: "value", name: "%", scale: true },
    series: [
      {
        name: t("monitoring.share"),
        type: "line",
        data: dashboard.series.map((entry) => pct(entry.share)),
        markLine: {
          symbol: "none",
          lineStyle: { type: "dashed", color: "#cf1322" },
          label: { formatter: `${t("monitoring.target")} ${target}%` },
          data: [{ yAxis: target }],
        },
      },
      ...(projection
        ? [
            {
              name: t("monitoring.projection"),
              type: "line",
              connectNulls: true,
              lineStyle: { type: "dotted" },
              data: axis.map((month) =>
                month === projection.to.month
                  ? pct(projection.to.value)
                  : month === projection.targetMonth
                    ? pct(projection.projected)
                    : null,
              ),
            },
          ]
        : []),
    ],
  };
}

/** Year-on-year growth of manufacturing loans against all loans. */
export function growthOption(dashboard: Dashboard, t: Labels): ChartOption {
  return {
    ...base,
    xAxis: { type: "category", data: dashboard.series.map((entry) => entry.month) },
    yAxis: { type: "value", name: "%" },
    series: [
      {
        name: t("monitoring.growth"),
        type: "line",
        data: dashboard.series.map((entry) => pct(entry.growth)),
      },
      // All loans are reported for the whole book only: no line for a district or cluster.
      ...(dashboard.filter.district || dashboard.filter.cluster
        ? []
        : [
            {
              name: t("monitoring.allLoansGrowth"),
              type: "line",
              data: dashboard.series.map((entry) => pct(entry.allLoansGrowth)),
            },
          ]),
    ],
  };
}

/** The month's districts as bars, largest on top; the chosen one highlighted. */
export function districtOption(
  parts: DashboardPart[],
  chosen: string | null,
  name: (part: DashboardPart) => string,
  t: Labels,
): ChartOption {
  const shown = [...parts].reverse();
  return {
    grid: { left: 110, right: 56, top: 16, bottom: 24 },
    tooltip: { trigger: "axis" },
    xAxis: { type: "value", name: t("monitoring.yi") },
    yAxis: { type: "category", data: shown.map(name) },
    series: [
      {
        type: "bar",
        name: t("monitoring.manufacturing"),
        data: shown.map((part) => ({
          value: yi(part.balance),
          itemStyle: { color: part.key === chosen ? CHOSEN_COLOUR : BAR_COLOUR },
        })),
        label: { show: true, position: "right" },
      },
    ],
  };
}

/** The month's clusters as a treemap, each tile by its balance. */
export function clusterOption(
  parts: DashboardPart[],
  name: (part: DashboardPart) => string,
  t: Labels,
): ChartOption {
  return {
    tooltip: {},
    series: [
      {
        type: "treemap",
        name: t("monitoring.byCluster"),
        roam: false,
        nodeClick: false,
        breadcrumb: { show: false },
        label: { show: true, formatter: "{b}\n{c}" },
        data: parts.map((part) => ({ name: name(part), value: yi(part.balance), key: part.key })),
      },
    ],
  };
}

/** The banks' manufacturing share (or, in a district or cluster, growth), best on top. */
export function bankOption(banks: DashboardBank[], byShare: boolean, t: Labels): ChartOption {
  const shown = [...banks].reverse();
  return {
    grid: { left: 150, right: 56, top: 16, bottom: 24 },
    tooltip: { trigger: "axis" },
    xAxis: { type: "value", name: "%" },
    yAxis: { type: "category", data: shown.map((bank) => bank.bankName) },
    series: [
      {
        type: "bar",
        name: byShare ? t("monitoring.share") : t("monitoring.growth"),
        itemStyle: { color: BAR_COLOUR },
        data: shown.map((bank) => pct(byShare ? bank.share : bank.growth)),
        label: { show: true, position: "right" },
      },
    ],
  };
}
