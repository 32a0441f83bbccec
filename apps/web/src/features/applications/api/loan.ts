import type { LoanEventType, LoanStatus } from "@chanrong/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call } from "../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

export type { LoanEventType, LoanStatus };

/** GET /api/v1/applications/:id/loan: the loan's position and its servicing events. */
export type Loan = ResponseOf<"/api/v1/applications/{id}/loan", "get">;
export type LoanEvent = Loan["events"][number];

export type LoanEventInput = RequestBody<"/api/v1/applications/{id}/loan-events", "post">;

const loanKey = (id: string) => ["applications", "loan", id] as const;

export function useLoan(id: string, enabled: boolean) {
  return useQuery({
    queryKey: loanKey(id),
    queryFn: ({ signal }) => call("get", "/api/v1/applications/{id}/loan", { params: { id }, signal }),
    enabled,
  });
}

/** The lending bank records a disbursement, interest payment, repayment, overdue event or a reversal. */
export function useRecordLoanEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoanEventInput) =>
      call("post", "/api/v1/applications/{id}/loan-events", { params: { id }, json: input }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: loanKey(id) });
      queryClient.invalidateQueries({ queryKey: ["applications", "detail", id] });
    },
  });
}
