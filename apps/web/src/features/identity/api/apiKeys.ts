import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call } from "../../../shared/api/client";
import type { ResponseOf } from "../../../shared/api/types";

/** GET /api/v1/api-keys row: never the key itself, only its first characters. */
export type ApiKey = ResponseOf<"/api/v1/api-keys", "get">[number];

/** POST /api/v1/api-keys answer: the only time the full key is seen. */
export type CreatedApiKey = ResponseOf<"/api/v1/api-keys", "post">;

const apiKeysKey = ["api-keys"] as const;

/** The bank's keys (its admin only; the server refuses anyone else). */
export function useApiKeys() {
  return useQuery({
    queryKey: apiKeysKey,
    queryFn: ({ signal }) => call("get", "/api/v1/api-keys", { signal }),
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => call("post", "/api/v1/api-keys", { json: { name } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call("delete", "/api/v1/api-keys/{id}", { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}
