import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call } from "../../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../../shared/api/types";
import { PILOTS_KEY } from "../../progress/api/pilots";

export type Renewal = ResponseOf<"/api/v1/pilot-renewals", "get">[number];
export type RenewalInput = RequestBody<"/api/v1/pilot-renewals", "post">;
export type RenewalDecision = RequestBody<"/api/v1/pilot-renewals/{id}/decision", "post">;

export const useRenewals = () =>
  useQuery({
    queryKey: [...PILOTS_KEY, "renewals"],
    queryFn: ({ signal }) => call("get", "/api/v1/pilot-renewals", { signal }),
  });

export const useRenewalEligibility = () =>
  useQuery({
    queryKey: [...PILOTS_KEY, "renewal-eligibility"],
    queryFn: ({ signal }) => call("get", "/api/v1/pilot-renewals/eligibility", { signal }),
  });

export const useBatch = (id: string | null) =>
  useQuery({
    queryKey: ["pilot-batches", id],
    queryFn: ({ signal }) => call("get", "/api/v1/pilot-batches/{id}", { params: { id: id ?? "" }, signal }),
    enabled: Boolean(id),
  });

function useRenewalMutation<Input, Result>(run: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PILOTS_KEY }),
  });
}

export const useSubmitRenewal = () =>
  useRenewalMutation((json: RenewalInput) => call("post", "/api/v1/pilot-renewals", { json }));

export const useDecideRenewal = (id: string) =>
  useRenewalMutation((json: RenewalDecision) =>
    call("post", "/api/v1/pilot-renewals/{id}/decision", { params: { id }, json }),
  );
