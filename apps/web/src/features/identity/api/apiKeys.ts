import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/client";

// TODO(contract)
/** GET /api/v1/api-keys row: never the key itself, only its first characters. */
export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

// TODO(contract)
/** POST /api/v1/api-keys answer: the only time the full key is seen. */
export interface CreatedApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  key: string;
}

const apiKeysKey = ["api-keys"] as const;

/** The bank's keys (its admin only; the server refuses anyone else). */
export function useApiKeys() {
  return useQuery({
    queryKey: apiKeysKey,
    queryFn: ({ signal }) => api<ApiKey[]>("/api/v1/api-keys", { signal }),
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api<CreatedApiKey>("/api/v1/api-keys", { method: "POST", json: { name } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/api-keys/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}
