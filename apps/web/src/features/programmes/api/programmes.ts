import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call } from "../../../shared/api/client";
import type { RequestBody } from "../../../shared/api/types";
import type { EligibilityInput, ProgrammeConfigInput, ProgrammeCopyInput } from "./types";

export const programmeKeys = {
  all: ["programmes"] as const,
  list: () => ["programmes", "list"] as const,
  detail: (code: string) => ["programmes", "detail", code] as const,
  keySupported: (region: string | undefined) => ["key-supported-list", region ?? "own"] as const,
  keySupportedAll: ["key-supported-list"] as const,
  negative: ["negative-list"] as const,
};

export function useProgrammes() {
  return useQuery({
    queryKey: programmeKeys.list(),
    queryFn: ({ signal }) => call("get", "/api/v1/programmes", { signal }),
  });
}

export function useProgramme(code: string | undefined) {
  return useQuery({
    queryKey: programmeKeys.detail(code ?? ""),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/programmes/{code}", { params: { code: code ?? "" }, signal }),
    enabled: Boolean(code),
  });
}

/** Platform admin: adopt a programme in another region under a new code. */
export function useCopyProgramme(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProgrammeCopyInput) =>
      call("post", "/api/v1/programmes/{code}/copies", { params: { code }, json: input }),
    onSuccess: (created) => {
      queryClient.invalidateQueries({ queryKey: programmeKeys.all });
      queryClient.setQueryData(programmeKeys.detail(created.code), created);
    },
  });
}

/** Platform admin: save a new version of the whole configuration (409 when someone saved first). */
export function useSaveProgrammeConfig(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProgrammeConfigInput) =>
      call("put", "/api/v1/programmes/{code}/config", { params: { code }, json: input }),
    onSuccess: (saved) => {
      queryClient.invalidateQueries({ queryKey: programmeKeys.all });
      queryClient.setQueryData(programmeKeys.detail(code), saved);
    },
  });
}

/** Runs every eligibility rule for one enterprise and loan; nothing is saved. */
export function useCheckEligibility(code: string) {
  return useMutation({
    mutationFn: (input: EligibilityInput) =>
      call("post", "/api/v1/programmes/{code}/eligibility", { params: { code }, json: input }),
  });
}

/** The key-supported list of the caller's region (a platform admin names the region). */
export function useKeySupportedList(region: string | undefined, enabled = true) {
  return useQuery({
    queryKey: programmeKeys.keySupported(region),
    queryFn: ({ signal }) => call("get", "/api/v1/key-supported-list", { query: { region }, signal }),
    enabled,
  });
}

export function useAddKeySupported() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestBody<"/api/v1/key-supported-list", "post">) =>
      call("post", "/api/v1/key-supported-list", { json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.keySupportedAll }),
  });
}

export function useRemoveKeySupported() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      call("delete", "/api/v1/key-supported-list/{id}", { params: { id }, json: { reason } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.keySupportedAll }),
  });
}

export function useNegativeList(enabled = true) {
  return useQuery({
    queryKey: programmeKeys.negative,
    queryFn: ({ signal }) => call("get", "/api/v1/negative-list", { signal }),
    enabled,
  });
}

export function useAddNegative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestBody<"/api/v1/negative-list", "post">) =>
      call("post", "/api/v1/negative-list", { json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.negative }),
  });
}

export function useRemoveNegative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      call("delete", "/api/v1/negative-list/{id}", { params: { id }, json: { reason } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.negative }),
  });
}
