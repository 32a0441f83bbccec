import { useQuery } from "@tanstack/react-query";
import { api, download } from "../../../shared/api/client";

type Tally<T> = { inMonth: T; cumulative: T };

// TODO(contract)
export interface ReportFigures {
  applications: Tally<number>;
  approvals: Tally<number>;
  disbursed: Tally<string>;
  outstanding: string;
  loansOutstanding: number;
  interestSubsidy: Tally<string>;
  feeSubsidy: Tally<string>;
  defaults: Tally<number>;
  defaultLoss: Tally<string>;
  compensation: Tally<string>;
  recoveries: Tally<string>;
}

// TODO(contract)
export interface ReportRow extends ReportFigures {
  orgId: string;
  name: string;
}

// TODO(contract)
/** GET /api/v1/reports/programme-monthly */
export interface ProgrammeMonthly {
  programme: { code: string; name: string; regionCode: string };
  month: string;
  from: string;
  to: string;
  fund: { id: string; code: string; name: string; cashBalance: string } | null;
  total: ReportFigures;
  byBank: ReportRow[];
  byGuarantor: ReportRow[];
  trend: {
    month: string;
    disbursed: string;
    outstanding: string;
    interestSubsidy: string;
    feeSubsidy: string;
    compensation: string;
    recoveries: string;
    cashBalance: string | null;
  }[];
}

/** Under the ledger's "fund" key: a ledger write refreshes the report too. */
const monthlyKey = (programme: string, month: string) => ["fund", "monthly", programme, month] as const;

export function useProgrammeMonthly(programme: string | undefined, month: string) {
  return useQuery({
    queryKey: monthlyKey(programme ?? "", month),
    queryFn: ({ signal }) =>
      api<ProgrammeMonthly>("/api/v1/reports/programme-monthly", {
        query: { programme, month },
        signal,
      }),
    enabled: Boolean(programme),
  });
}

export const exportProgrammeMonthly = (programme: string, month: string) =>
  download("/api/v1/reports/programme-monthly/export", { programme, month }, "monthly-report.xlsx");
