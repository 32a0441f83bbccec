import type { DefaultCaseAction, DefaultCaseStatus } from "@chanrong/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call } from "../../../shared/api/client";
import type { ItemOf, RequestBody, ResponseOf } from "../../../shared/api/types";

export type { DefaultCaseAction, DefaultCaseStatus };

/** GET /api/v1/default-cases items */
export type DefaultCaseRow = ItemOf<ResponseOf<"/api/v1/default-cases", "get">>;

/** GET /api/v1/default-cases/:id, and the answer of every step on a case. */
export type DefaultCase = ResponseOf<"/api/v1/default-cases/{id}", "get">;
export type Recovery = DefaultCase["recoveries"][number];
/** One step of a case's history. */
export type CaseHistoryEntry = DefaultCase["history"][number];

/** GET /api/v1/default-cases/claimable items */
export type ClaimableLoan = ItemOf<ResponseOf<"/api/v1/default-cases/claimable", "get">>;

export type ClaimInput = RequestBody<"/api/v1/default-cases", "post">;

const KEY = ["default-cases"] as const;

export function useDefaultCases(filter: { status?: DefaultCaseStatus; page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...KEY, "list", filter],
    queryFn: ({ signal }) => call("get", "/api/v1/default-cases", { query: { ...filter }, signal }),
  });
}

export function useClaimableLoans() {
  return useQuery({
    queryKey: [...KEY, "claimable"],
    queryFn: ({ signal }) => call("get", "/api/v1/default-cases/claimable", { signal }),
  });
}

export function useDefaultCase(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, "detail", id],
    queryFn: ({ signal }) => call("get", "/api/v1/default-cases/{id}", { params: { id: id ?? "" }, signal }),
    enabled: Boolean(id),
  });
}

function useCaseMutation<Input, Result>(call: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export const useClaim = () =>
  useCaseMutation((input: ClaimInput) => call("post", "/api/v1/default-cases", { json: input }));

export const useCompensate = (id: string) =>
  useCaseMutation((input: RequestBody<"/api/v1/default-cases/{id}/compensation", "post">) =>
    call("post", "/api/v1/default-cases/{id}/compensation", { params: { id }, json: input }),
  );

export const useRenewFundPayment = (id: string) =>
  useCaseMutation((input: RequestBody<"/api/v1/default-cases/{id}/fund-payment", "post">) =>
    call("post", "/api/v1/default-cases/{id}/fund-payment", { params: { id }, json: input }),
  );

export const useRecordRecovery = (id: string) =>
  useCaseMutation((input: RequestBody<"/api/v1/default-cases/{id}/recoveries", "post">) =>
    call("post", "/api/v1/default-cases/{id}/recoveries", { params: { id }, json: input }),
  );

export const useWithdrawClaim = (id: string) =>
  useCaseMutation((input: RequestBody<"/api/v1/default-cases/{id}/withdrawal", "post">) =>
    call("post", "/api/v1/default-cases/{id}/withdrawal", { params: { id }, json: input }),
  );

export const useReverseRecovery = (id: string) =>
  useCaseMutation(
    (
      input: RequestBody<"/api/v1/default-cases/{id}/recoveries/{recoveryId}/reversal", "post"> & {
        recoveryId: string;
      },
    ) =>
      call("post", "/api/v1/default-cases/{id}/recoveries/{recoveryId}/reversal", {
        params: { id, recoveryId: input.recoveryId },
        json: { reason: input.reason },
      }),
  );
