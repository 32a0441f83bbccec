import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

export type PolicyRow = ResponseOf<"/api/v1/incentive-policies", "get">[number];
export type PolicyDetail = ResponseOf<"/api/v1/incentive-policies/{id}", "get">;
export type PolicyWire = PolicyRow["policy"];
export type PresetRow = ResponseOf<"/api/v1/incentive-presets", "get">[number];
export type CopyPresetInput = RequestBody<"/api/v1/incentive-policies", "post">;
export type ApplicationInput = RequestBody<"/api/v1/incentive-applications", "post">;
export type Preview = ResponseOf<"/api/v1/incentive-applications/preview", "post">;
export type IncentiveWorking = Preview["working"];
export type ApplicationRow = ResponseOf<"/api/v1/incentive-applications", "get">[number];
export type ApplicationDetail = ResponseOf<"/api/v1/incentive-applications/{id}", "get">;
export type Evidence = ResponseOf<"/api/v1/incentive-evidence", "post">;
export type RewardOffer = ResponseOf<"/api/v1/listing-pipeline/reward-offers", "get">[number];

/** Every incentive query under one key: a step anywhere refreshes every list. */
const keys = {
  all: ["incentives"] as const,
  presets: ["incentives", "presets"] as const,
  policies: ["incentives", "policies"] as const,
  applications: ["incentives", "applications"] as const,
  application: (id: string) => ["incentives", "application", id] as const,
  offers: ["incentives", "offers"] as const,
};

function useRefreshAll() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.all });
}

export const usePresets = (enabled: boolean) =>
  useQuery({
    queryKey: keys.presets,
    queryFn: ({ signal }) => call("get", "/api/v1/incentive-presets", { signal }),
    enabled,
  });

export const usePolicies = () =>
  useQuery({
    queryKey: keys.policies,
    queryFn: ({ signal }) => call("get", "/api/v1/incentive-policies", { signal }),
  });

export const useApplications = () =>
  useQuery({
    queryKey: keys.applications,
    queryFn: ({ signal }) => call("get", "/api/v1/incentive-applications", { signal }),
  });

export const useApplication = (id: string) =>
  useQuery({
    queryKey: keys.application(id),
    queryFn: ({ signal }) => call("get", "/api/v1/incentive-applications/{id}", { params: { id }, signal }),
  });

/** "可申请": the listing rewards the enterprise's pipeline entry has reached (enterprises only). */
export const useRewardOffers = (enabled: boolean) =>
  useQuery({
    queryKey: keys.offers,
    queryFn: ({ signal }) => call("get", "/api/v1/listing-pipeline/reward-offers", { signal }),
    enabled,
  });

export function useCopyPreset() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (input: CopyPresetInput) => call("post", "/api/v1/incentive-policies", { json: input }),
    onSuccess: refresh,
  });
}

export function useSavePolicy() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: ({
      id,
      input,
    }: {
      id: string;
      input: RequestBody<"/api/v1/incentive-policies/{id}", "put">;
    }) => call("put", "/api/v1/incentive-policies/{id}", { params: { id }, json: input }),
    onSuccess: refresh,
  });
}

export function useRetirePolicy() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: ({ id, expectedVersion, reason }: { id: string; expectedVersion: number; reason: string }) =>
      call("post", "/api/v1/incentive-policies/{id}/retirement", {
        params: { id },
        json: { expectedVersion, reason },
      }),
    onSuccess: refresh,
  });
}

export function useUploadEvidence() {
  return useMutation({
    mutationFn: ({ file, code }: { file: File; code: string }) => {
      const form = new FormData();
      // The server reads the fields before the file, so `code` goes first.
      form.append("code", code);
      form.append("file", file, file.name);
      return call("post", "/api/v1/incentive-evidence", { form });
    },
  });
}

export function usePreview() {
  return useMutation({
    mutationFn: (input: ApplicationInput) =>
      call("post", "/api/v1/incentive-applications/preview", { json: input }),
  });
}

/** Applying records an amount of money: the key made when the form opened makes a retry apply once. */
export function useSubmitApplication() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: ApplicationInput; idempotencyKey: string }) =>
      call("post", "/api/v1/incentive-applications", { json: input, idempotencyKey }),
    onSuccess: refresh,
  });
}

export const exportApplications = () =>
  download("/api/v1/incentive-applications/export", undefined, "incentive-applications.xlsx");
