import type { LoanEventType, LoanStatus } from "@chanrong/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/client";
import type { RequestBody } from "../../../shared/api/types";

export type { LoanEventType, LoanStatus };

// TODO(contract)
/** GET /api/v1/applications/:id/loan */
export interface Loan {
  position: {
    status: LoanStatus;
    disbursed: string;
    repaid: string;
    outstanding: string;
    interestPaid: string;
    everOverdue: boolean;
    settledOn: string | null;
  };
  events: LoanEvent[];
}

// TODO(contract)
export interface LoanEvent {
  id: number | string;
  type: LoanEventType;
  occurredOn: string;
  amount: string;
  reverses: number | string | null;
  note: string | null;
  recordedAt: string;
  recordedBy: string | null;
  viaApi: boolean;
}

export type LoanEventInput = RequestBody<"/api/v1/applications/{id}/loan-events", "post">;

const loanKey = (id: string) => ["applications", "loan", id] as const;

export function useLoan(id: string, enabled: boolean) {
  return useQuery({
    queryKey: loanKey(id),
    queryFn: ({ signal }) => api<Loan>(`/api/v1/applications/${encodeURIComponent(id)}/loan`, { signal }),
    enabled,
  });
}

/** The lending bank records a disbursement, interest payment, repayment, overdue event or a reversal. */
export function useRecordLoanEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoanEventInput) =>
      api<unknown>(`/api/v1/applications/${encodeURIComponent(id)}/loan-events`, {
        method: "POST",
        json: input,
      }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: loanKey(id) });
      queryClient.invalidateQueries({ queryKey: ["applications", "detail", id] });
    },
  });
}
