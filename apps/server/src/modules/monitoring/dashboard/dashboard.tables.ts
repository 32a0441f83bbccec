import { ratioAsPercent } from "@chanrong/domain";
import type { TableSheet } from "../../../platform/spreadsheets";
import type { DASHBOARD_TABLES } from "./dashboard.schemas";
import type { Dashboard } from "./dashboard.service";

// Each chart's table as the Excel export and the monthly briefing print it (Chinese, as the bureaus file it).

export type DashboardTable = (typeof DASHBOARD_TABLES)[number];

const percent = (ratio: string | null) => (ratio === null ? "—" : ratioAsPercent(ratio));
const amount = (yuan: string | null | undefined) => yuan ?? "—";

type Column = TableSheet["columns"][number];
const column = (key: string, header: string, width = 18): Column => ({ key, header, width });

const partColumns = (header: string) => [
  column("name", header, 24),
  column("balance", "制造业贷款余额(元)", 22),
  column("shareOfManufacturing", "占制造业贷款比重"),
  column("growth", "同比增速"),
  column("newLoans", "当月新发放(元)", 20),
  column("mediumLongTermBalance", "中长期贷款余额(元)", 22),
  column("creditBalance", "信用贷款余额(元)", 22),
];

const partRows = (parts: Dashboard["byDistrict"]) =>
  parts.map((entry) => ({
    name: entry.name.zh,
    balance: entry.balance,
    shareOfManufacturing: percent(entry.shareOfManufacturing),
    growth: percent(entry.growth),
    newLoans: entry.newLoans,
    mediumLongTermBalance: entry.mediumLongTermBalance,
    creditBalance: entry.creditBalance,
  }));

/** One chart's table: its title (the sheet's name) and its columns and rows as text. */
export function dashboardTable(dashboard: Dashboard, table: DashboardTable): TableSheet {
  const share = dashboard.indicators.find((indicator) => indicator.code === "MANUFACTURING_SHARE");
  switch (table) {
    case "trend":
      return {
        name: "贷款余额走势",
        columns: [
          column("month", "月份", 10),
          column("allLoans", "各项贷款余额(元)", 22),
          column("balance", "制造业贷款余额(元)", 22),
          column("newLoans", "当月新发放制造业贷款(元)", 24),
          column("mediumLongTermBalance", "中长期贷款余额(元)", 22),
          column("creditBalance", "信用贷款余额(元)", 22),
          column("banks", "报送银行数", 10),
        ],
        rows: dashboard.series.map((entry) => ({
          month: entry.month,
          allLoans: amount(entry.allLoans),
          balance: amount(entry.figures?.balance),
          newLoans: amount(entry.figures?.newLoans),
          mediumLongTermBalance: amount(entry.figures?.mediumLongTermBalance),
          creditBalance: amount(entry.figures?.creditBalance),
          banks: String(entry.banks),
        })),
      };
    case "share":
      return {
        name: "制造业贷款占比与目标",
        columns: [column("month", "月份", 10), column("share", "制造业贷款占比"), column("target", "目标")],
        rows: [
          ...dashboard.series.map((entry) => ({
            month: entry.month,
            share: percent(entry.share),
            target: percent(dashboard.target.manufacturingShare),
          })),
          ...(share?.projection
            ? [
                {
                  month: `${share.projection.targetMonth}(预测)`,
                  share: percent(share.projection.projected),
                  target: percent(dashboard.target.manufacturingShare),
                },
              ]
            : []),
        ],
      };
    case "growth":
      return {
        name: "同比增速",
        columns: [
          column("month", "月份", 10),
          column("growth", "制造业贷款同比"),
          column("allLoansGrowth", "各项贷款同比"),
        ],
        rows: dashboard.series.map((entry) => ({
          month: entry.month,
          growth: percent(entry.growth),
          allLoansGrowth: percent(entry.allLoansGrowth),
        })),
      };
    case "districts":
      return {
        name: `分区县(${dashboard.to})`,
        columns: partColumns("区县"),
        rows: partRows(dashboard.byDistrict),
      };
    case "clusters":
      return {
        name: `分集群(${dashboard.to})`,
        columns: partColumns("产业集群"),
        rows: partRows(dashboard.byCluster),
      };
    case "banks":
      return {
        name: `银行排名(${dashboard.to})`,
        columns: [
          column("shareRank", "占比排名", 10),
          column("bankName", "银行", 28),
          column("share", "制造业贷款占比"),
          column("growthRank", "增速排名", 10),
          column("growth", "制造业贷款同比"),
          column("balance", "制造业贷款余额(元)", 22),
          column("allLoans", "各项贷款余额(元)", 22),
        ],
        rows: dashboard.banks.map((bank) => ({
          shareRank: bank.shareRank === null ? "—" : String(bank.shareRank),
          bankName: bank.bankName,
          share: percent(bank.share),
          growthRank: bank.growthRank === null ? "—" : String(bank.growthRank),
          growth: percent(bank.growth),
          balance: bank.balance,
          allLoans: amount(bank.allLoans),
        })),
      };
  }
}
