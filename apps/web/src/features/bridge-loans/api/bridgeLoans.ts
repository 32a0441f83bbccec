import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

export type BridgeFund = ResponseOf<"/api/v1/bridge-funds", "get">[number];
export type BridgeLoanRow = ResponseOf<"/api/v1/bridge-loans", "get">[number];
export type BridgeLoanDetail = ResponseOf<"/api/v1/bridge-loans/{id}", "get">;
export type BridgeQuote = ResponseOf<"/api/v1/bridge-loans/quote", "post">;
export type BridgeRequestInput = RequestBody<"/api/v1/bridge-loans", "post">;
export type BridgeDecision = RequestBody<"/api/v1/bridge-loans/{id}/decisions", "post">;
export type BridgeFeeWorking = NonNullable<BridgeLoanRow["feeWorking"]>;
export type BridgeFundDetail = ResponseOf<"/api/v1/bridge-funds/{id}", "get">;
export type BridgeRulesInput = RequestBody<"/api/v1/bridge-funds/{id}/rules", "put">;

/** Every bridge-loan query under one key: a step anywhere refreshes every list. */
const keys = {
  all: ["bridge-loans"] as const,
  funds: ["bridge-loans", "funds"] as const,
  fund: (id: string) => ["bridge-loans", "funds", id] as const,
  list: ["bridge-loans", "list"] as const,
  one: (id: string) => ["bridge-loans", "one", id] as const,
};

function useRefreshAll() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.all });
}

export const useBridgeFunds = () =>
  useQuery({
    queryKey: keys.funds,
    queryFn: ({ signal }) => call("get", "/api/v1/bridge-funds", { signal }),
  });

export const useBridgeFund = (id: string) =>
  useQuery({
    queryKey: keys.fund(id),
    queryFn: ({ signal }) => call("get", "/api/v1/bridge-funds/{id}", { params: { id }, signal }),
  });

/** Saving the rules makes a new version; every list re-reads the fund's current rules. */
export function useSaveBridgeRules() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: BridgeRulesInput }) =>
      call("put", "/api/v1/bridge-funds/{id}/rules", { params: { id }, json: input }),
    onSuccess: refresh,
  });
}

export const useBridgeLoans = () =>
  useQuery({ queryKey: keys.list, queryFn: ({ signal }) => call("get", "/api/v1/bridge-loans", { signal }) });

export const useBridgeLoan = (id: string) =>
  useQuery({
    queryKey: keys.one(id),
    queryFn: ({ signal }) => call("get", "/api/v1/bridge-loans/{id}", { params: { id }, signal }),
  });

export function useQuote() {
  return useMutation({
    mutationFn: (input: RequestBody<"/api/v1/bridge-loans/quote", "post">) =>
      call("post", "/api/v1/bridge-loans/quote", { json: input }),
  });
}

export function useRequestBridgeLoan() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (input: BridgeRequestInput) => call("post", "/api/v1/bridge-loans", { json: input }),
    onSuccess: refresh,
  });
}

export function useUploadLetter() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append("file", file, file.name);
      return call("post", "/api/v1/bridge-loan-letters", { form });
    },
  });
}

export function useDecide() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: BridgeDecision }) =>
      call("post", "/api/v1/bridge-loans/{id}/decisions", { params: { id }, json: decision }),
    onSuccess: refresh,
  });
}

/** Paying moves money: the key made when the dialog opened makes a retry pay once. */
export function usePay() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: ({ id, idempotencyKey }: { id: string; idempotencyKey: string }) =>
      call("post", "/api/v1/bridge-loans/{id}/payment", {
        params: { id },
        json: { idempotencyKey },
        idempotencyKey,
      }),
    onSuccess: refresh,
  });
}

export function useRecordReturn() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: ({
      id,
      input,
      idempotencyKey,
    }: {
      id: string;
      input: { renewalDisbursedOn: string; returnedOn: string };
      idempotencyKey: string;
    }) =>
      call("post", "/api/v1/bridge-loans/{id}/return", {
        params: { id },
        json: { ...input, idempotencyKey },
        idempotencyKey,
      }),
    onSuccess: refresh,
  });
}

export const exportBridgeLoans = () =>
  download("/api/v1/bridge-loans/export", undefined, "bridge-loans.xlsx");

export const downloadLetter = (id: string) =>
  download(`/api/v1/bridge-loans/${id}/letter`, undefined, "renewal-commitment.pdf");
