import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/client";
import type { RequestBody } from "../../../shared/api/types";
import type { OrgType, Role } from "../../../shared/types";

// TODO(contract)
/** GET /api/v1/organisations row. */
export interface Organisation {
  id: string;
  name: string;
  type: OrgType;
  regionCode: string;
  enterpriseId: string | null;
  active: boolean;
  createdAt: string;
  version: number;
}

export type OrganisationInput = RequestBody<"/api/v1/organisations", "post">;

// TODO(contract)
/** GET /api/v1/organisations/:id/users row (no password hash). */
export interface User {
  id: string;
  orgId: string;
  username: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  lockedUntil: string | null;
  createdAt: string;
  version: number;
}

export type UserInput = RequestBody<"/api/v1/organisations/{id}/users", "post">;

export type UserUpdate = RequestBody<"/api/v1/users/{id}", "patch">;

export const identityKeys = {
  organisations: (filter: { type?: string; q?: string } = {}) => ["organisations", filter] as const,
  users: (orgId: string) => ["users", orgId] as const,
};

/** Platform admin only (the server refuses anyone else). */
export function useOrganisations(filter: { type?: OrgType; q?: string } = {}, enabled = true) {
  return useQuery({
    queryKey: identityKeys.organisations(filter),
    queryFn: ({ signal }) => api<Organisation[]>("/api/v1/organisations", { query: { ...filter }, signal }),
    enabled,
  });
}

export function useSaveOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      input,
    }: {
      id?: string;
      input: Partial<OrganisationInput> & { active?: boolean; version?: number };
    }) =>
      id
        ? api<Organisation>(`/api/v1/organisations/${id}`, { method: "PATCH", json: input })
        : api<Organisation>("/api/v1/organisations", { method: "POST", json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["organisations"] }),
  });
}

export function useUsers(orgId: string | undefined) {
  return useQuery({
    queryKey: identityKeys.users(orgId ?? ""),
    queryFn: ({ signal }) => api<User[]>(`/api/v1/organisations/${orgId}/users`, { signal }),
    enabled: Boolean(orgId),
  });
}

export function useCreateUser(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserInput) =>
      api<User>(`/api/v1/organisations/${orgId}/users`, { method: "POST", json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identityKeys.users(orgId) }),
  });
}

export function useUpdateUser(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, update }: { id: string; update: UserUpdate }) =>
      api<User>(`/api/v1/users/${id}`, { method: "PATCH", json: update }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identityKeys.users(orgId) }),
  });
}
