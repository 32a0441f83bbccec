import type { StatisticsCluster } from "@chanrong/domain";
import { useQuery } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { ResponseOf } from "../../../shared/api/types";

/** GET /api/v1/monitoring/dashboard */
export type Dashboard = ResponseOf<"/api/v1/monitoring/dashboard", "get">;
export type DashboardPart = Dashboard["byDistrict"][number];
export type DashboardBank = Dashboard["banks"][number];
export type DashboardTable = "trend" | "share" | "growth" | "districts" | "clusters" | "banks";

/** The dashboard's filters as the URL keeps them: months and one drill-down. */
export interface DashboardFilter {
  to?: string;
  district?: string;
  cluster?: StatisticsCluster;
  bankOrgId?: string;
}

const query = (filter: DashboardFilter) =>
  Object.fromEntries(Object.entries(filter).filter(([, value]) => value)) as DashboardFilter;

export function useDashboard(filter: DashboardFilter) {
  return useQuery({
    // Under the statistics' key: a bank's new submission refreshes the dashboard too.
    queryKey: ["bank-statistics", "dashboard", query(filter)],
    queryFn: ({ signal }) => call("get", "/api/v1/monitoring/dashboard", { query: query(filter), signal }),
  });
}

export const exportDashboardTable = (filter: DashboardFilter, table: DashboardTable) =>
  download("/api/v1/monitoring/dashboard/export", { ...query(filter), table }, `${table}.xlsx`);

export const downloadBriefing = (month: string) =>
  download("/api/v1/monitoring/briefing", { month }, `briefing-${month}.pdf`);
