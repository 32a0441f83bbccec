import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

/** GET /api/v1/financing-demands/:id */
export type DemandDetail = ResponseOf<"/api/v1/financing-demands/{id}", "get">;
export type DemandRow = ResponseOf<"/api/v1/financing-demands", "get">[number];
export type ClaimRow = ResponseOf<"/api/v1/financing-claims", "get">[number];
export type ClaimActionInput = RequestBody<"/api/v1/financing-claims/{id}/actions", "post">;
export type DemandInput = RequestBody<"/api/v1/financing-demands", "post">;
export type CurationInput = RequestBody<"/api/v1/financing-demands/{id}/curation", "post">;

/** Every query of the marketplace under one key: a step anywhere refreshes every list. */
const keys = {
  all: ["financing"] as const,
  demands: ["financing", "demands"] as const,
  demand: (id: string) => ["financing", "demand", id] as const,
  claims: ["financing", "claims"] as const,
  summary: ["financing", "summary"] as const,
  batches: ["financing", "batches"] as const,
};

function useRefreshAll() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.all });
}

export const useDemands = () =>
  useQuery({
    queryKey: keys.demands,
    queryFn: ({ signal }) => call("get", "/api/v1/financing-demands", { signal }),
  });

export const useDemand = (id: string) =>
  useQuery({
    queryKey: keys.demand(id),
    queryFn: ({ signal }) => call("get", "/api/v1/financing-demands/{id}", { params: { id }, signal }),
  });

export const useClaims = () =>
  useQuery({
    queryKey: keys.claims,
    queryFn: ({ signal }) => call("get", "/api/v1/financing-claims", { signal }),
  });

export const useInstitutionSummary = (enabled: boolean) =>
  useQuery({
    queryKey: keys.summary,
    queryFn: ({ signal }) => call("get", "/api/v1/financing-claims/by-institution", { signal }),
    enabled,
  });

export const useBatches = (enabled: boolean) =>
  useQuery({
    queryKey: keys.batches,
    queryFn: ({ signal }) => call("get", "/api/v1/financing-demand-batches", { signal }),
    enabled,
  });

/** Posting records an amount of money: the key made when the form opened makes a retry post once. */
export function usePostDemand() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: DemandInput; idempotencyKey: string }) =>
      call("post", "/api/v1/financing-demands", { json: input, idempotencyKey }),
    onSuccess: refresh,
  });
}

export function useCurate(id: string) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (input: CurationInput) =>
      call("post", "/api/v1/financing-demands/{id}/curation", { params: { id }, json: input }),
    onSuccess: refresh,
  });
}

export function useClaimAction() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: ({
      id,
      input,
      idempotencyKey,
    }: {
      id: string;
      input: ClaimActionInput;
      idempotencyKey: string;
    }) =>
      call("post", "/api/v1/financing-claims/{id}/actions", { params: { id }, json: input, idempotencyKey }),
    onSuccess: refresh,
  });
}

export function useRunDeadlines() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: () => call("post", "/api/v1/financing-claims/deadline-runs"),
    onSuccess: refresh,
  });
}

export function usePublishBatch() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (input: { periodFrom: string; periodTo: string }) =>
      call("post", "/api/v1/financing-demand-batches", { json: input }),
    onSuccess: refresh,
  });
}

/** GET /api/v1/marketplace-settings/:regionCode */
export type MarketplaceSettings = ResponseOf<"/api/v1/marketplace-settings/{regionCode}", "get">;
export type MarketplaceSettingsInput = RequestBody<"/api/v1/marketplace-settings/{regionCode}", "put">;

const settingsKey = (regionCode: string) => ["financing", "settings", regionCode] as const;

export const useMarketplaceSettings = (regionCode: string) =>
  useQuery({
    queryKey: settingsKey(regionCode),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/marketplace-settings/{regionCode}", { params: { regionCode }, signal }),
    enabled: regionCode !== "",
  });

export function useSaveMarketplaceSettings(regionCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MarketplaceSettingsInput) =>
      call("put", "/api/v1/marketplace-settings/{regionCode}", { params: { regionCode }, json: input }),
    onSuccess: (saved) => queryClient.setQueryData(settingsKey(regionCode), saved),
  });
}

export const exportDemands = () => download("/api/v1/financing-demands/export", undefined, "demands.xlsx");
export const exportClaims = () => download("/api/v1/financing-claims/export", undefined, "claims.xlsx");
export const exportInstitutionSummary = () =>
  download("/api/v1/financing-claims/by-institution/export", undefined, "institutions.xlsx");
export const exportBatches = () =>
  download("/api/v1/financing-demand-batches/export", undefined, "batches.xlsx");
export const exportBatch = (id: string) =>
  download(`/api/v1/financing-demand-batches/${encodeURIComponent(id)}/export`, undefined, "batch.xlsx");
