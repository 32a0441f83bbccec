import { formatYuanGrouped, parseYuan, ratioAsPercent } from "@chanrong/domain";
import type { Content, TableCell } from "pdfmake/interfaces";
import { today } from "../../../platform/clock";
import { A4_PAGE, renderPdf } from "../../forms/form-layout";
import { bankShareBars, barsSvg, breakdownBars, CHART_FONT, shareSvg, trendSvg } from "./briefing.charts";
import type { Dashboard } from "./dashboard.service";
import { type DashboardTable, dashboardTable } from "./dashboard.tables";

// The monthly briefing (issue 15 point 5): an A4 PDF of the month's headline figures, the dashboard's
// charts and their tables, in Chinese with the bundled font.

/** A4 less the margins, in points: the charts' width. */
const WIDTH = 515;
const BANKS_CHARTED = 15;

const percent = (ratio: string | null | undefined) => (ratio ? ratioAsPercent(ratio) : "—");
const yuan = (amount: string | null | undefined) =>
  amount ? `${formatYuanGrouped(parseYuan(amount))} 元` : "—";

const heading = (text: string): Content => ({ text, fontSize: 12, bold: true, margin: [0, 10, 0, 4] });
/** A chart under its heading, kept on one page together. */
const chart = (title: string, svg: string, height: number): Content => ({
  unbreakable: true,
  stack: [heading(title), { svg, width: WIDTH, height, font: CHART_FONT } as Content],
});

/** A chart's table; `last` keeps only its last rows (a month-by-month table's latest months). */
function table(dashboard: Dashboard, name: DashboardTable, last?: number): Content {
  const sheet = dashboardTable(dashboard, name);
  const rows = last === undefined ? sheet.rows : sheet.rows.slice(-last);
  // The workbook's column widths, in proportion across the page.
  const totalWidth = sheet.columns.reduce((sum, column) => sum + column.width, 0);
  const body: TableCell[][] = [
    sheet.columns.map((column) => ({ text: column.header, bold: true, fillColor: "#f0f0f0" })),
    ...rows.map((row) => sheet.columns.map((column) => ({ text: row[column.key] ?? "" }))),
  ];
  return {
    table: {
      headerRows: 1,
      widths: sheet.columns.map((column) => `${((column.width / totalWidth) * 100).toFixed(1)}%`),
      body,
    },
    fontSize: 7,
    layout: "lightHorizontalLines",
    margin: [0, 4, 0, 8],
  };
}

/** Who has reported the month: the region's count against its reporting banks, naming any missing. */
function reportingText(dashboard: Pick<Dashboard, "reporting">, banks: number): string {
  const { reporting } = dashboard;
  if (!reporting) return `${banks} 家`;
  const counted = `${reporting.reported} 家(共 ${reporting.expected} 家报送银行)`;
  return reporting.missing.length
    ? `${counted};尚未报送:${reporting.missing.join("、")},本月合计、占比和增速尚不完整`
    : counted;
}

/** The month's headline: balances, the share against its target, growth against all loans. */
function headline(dashboard: Dashboard): Content {
  const month = dashboard.series.at(-1);
  const indicator = (code: string) => dashboard.indicators.find((entry) => entry.code === code);
  const share = indicator("MANUFACTURING_SHARE");
  const growth = indicator("MANUFACTURING_GROWTH");
  const rows: [string, string][] = [
    ["报送银行", reportingText(dashboard, month?.banks ?? 0)],
    ["各项贷款余额", yuan(month?.allLoans)],
    ["制造业贷款余额", yuan(month?.figures?.balance)],
    ["当月新发放制造业贷款", yuan(month?.figures?.newLoans)],
    [
      "制造业贷款占比",
      `${percent(share?.value)}(目标 ≥ ${percent(dashboard.target.manufacturingShare)},${dashboard.target.by}前)`,
    ],
    [
      `按直线预测至${share?.projection?.targetMonth ?? dashboard.target.by}`,
      share?.projection
        ? `${percent(share.projection.projected)},${share.projection.meetsTarget ? "可达目标" : "未达目标"}`
        : "—",
    ],
    ["制造业贷款同比增速", `${percent(growth?.value)}(各项贷款 ${percent(growth?.target.value)})`],
    ["中长期贷款占比", percent(indicator("MEDIUM_LONG_TERM_SHARE")?.value)],
    ["信用贷款占比", percent(indicator("CREDIT_SHARE")?.value)],
  ];
  return {
    table: { widths: [150, "*"], body: rows.map(([label, value]) => [{ text: label, bold: true }, value]) },
    layout: "lightHorizontalLines",
  };
}

/** The briefing of the dashboard's last month as an A4 PDF. */
export async function briefingPdf(dashboard: Dashboard): Promise<Buffer> {
  const title = `${dashboard.region.name.zh}制造业金融监测月报(${dashboard.to})`;
  return renderPdf({
    ...A4_PAGE,
    info: { title },
    footer: (page: number, pages: number) => ({
      text: `${page} / ${pages}`,
      alignment: "center",
      fontSize: 8,
    }),
    content: [
      { text: title, fontSize: 16, bold: true, alignment: "center", margin: [0, 0, 0, 4] },
      {
        text: `数据:各银行报送的${dashboard.from}至${dashboard.to}月度统计(现行版本);编制日期 ${today()}`,
        fontSize: 8,
        alignment: "center",
        margin: [0, 0, 0, 8],
      },
      heading("一、本月主要指标"),
      headline(dashboard),
      chart("二、贷款余额走势(亿元)", trendSvg(dashboard, WIDTH, 220), 220),
      chart("三、制造业贷款占比与目标", shareSvg(dashboard, WIDTH, 200), 200),
      table(dashboard, "growth", 12),
      { text: "", pageBreak: "before" },
      chart(
        "四、分区县制造业贷款(亿元)",
        barsSvg("亿元", breakdownBars(dashboard.byDistrict), WIDTH, 200),
        200,
      ),
      table(dashboard, "districts"),
      chart(
        "五、分产业集群制造业贷款(亿元)",
        barsSvg("亿元", breakdownBars(dashboard.byCluster), WIDTH, 260),
        260,
      ),
      table(dashboard, "clusters"),
      { text: "", pageBreak: "before" },
      chart(
        `六、银行制造业贷款占比排名(前${BANKS_CHARTED}名)`,
        barsSvg("%", bankShareBars(dashboard.banks.slice(0, BANKS_CHARTED)), WIDTH, 260),
        260,
      ),
      table(dashboard, "banks"),
    ],
  });
}
