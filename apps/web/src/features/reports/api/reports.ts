import { useQuery } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { ResponseOf } from "../../../shared/api/types";

/** GET /api/v1/reports/programme-monthly */
export type ProgrammeMonthly = ResponseOf<"/api/v1/reports/programme-monthly", "get">;
/** One line of the report: the programme's total, or an organisation's. */
export type ReportFigures = ProgrammeMonthly["total"];
export type ReportRow = ProgrammeMonthly["byBank"][number];

/** Under the ledger's "fund" key: a ledger write refreshes the report too. */
const monthlyKey = (programme: string, month: string) => ["fund", "monthly", programme, month] as const;

export function useProgrammeMonthly(programme: string | undefined, month: string) {
  return useQuery({
    queryKey: monthlyKey(programme ?? "", month),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/reports/programme-monthly", {
        query: { programme: programme ?? "", month },
        signal,
      }),
    enabled: Boolean(programme),
  });
}

export const exportProgrammeMonthly = (programme: string, month: string) =>
  download("/api/v1/reports/programme-monthly/export", { programme, month }, "monthly-report.xlsx");
