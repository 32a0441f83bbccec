import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call } from "../../../shared/api/client";
import type { QueryOf, RequestBody, ResponseOf } from "../../../shared/api/types";

/** GET /api/v1/organisations row. */
export type Organisation = ResponseOf<"/api/v1/organisations", "get">[number];

export type OrganisationInput = RequestBody<"/api/v1/organisations", "post">;

export type OrganisationUpdate = RequestBody<"/api/v1/organisations/{id}", "patch">;

/** GET /api/v1/organisations/:id/users row (no password hash). */
export type User = ResponseOf<"/api/v1/organisations/{id}/users", "get">[number];

export type UserInput = RequestBody<"/api/v1/organisations/{id}/users", "post">;

export type UserUpdate = RequestBody<"/api/v1/users/{id}", "patch">;

export const identityKeys = {
  organisations: (filter: { type?: string; q?: string } = {}) => ["organisations", filter] as const,
  users: (orgId: string) => ["users", orgId] as const,
};

/** Platform admin only (the server refuses anyone else). */
export function useOrganisations(filter: QueryOf<"/api/v1/organisations", "get"> = {}, enabled = true) {
  return useQuery({
    queryKey: identityKeys.organisations(filter),
    queryFn: ({ signal }) => call("get", "/api/v1/organisations", { query: { ...filter }, signal }),
    enabled,
  });
}

export function useSaveOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      save: { id: string; input: OrganisationUpdate } | { id?: undefined; input: OrganisationInput },
    ) =>
      save.id === undefined
        ? call("post", "/api/v1/organisations", { json: save.input })
        : call("patch", "/api/v1/organisations/{id}", { params: { id: save.id }, json: save.input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["organisations"] }),
  });
}

export function useUsers(orgId: string | undefined) {
  return useQuery({
    queryKey: identityKeys.users(orgId ?? ""),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/organisations/{id}/users", { params: { id: orgId ?? "" }, signal }),
    enabled: Boolean(orgId),
  });
}

export function useCreateUser(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserInput) =>
      call("post", "/api/v1/organisations/{id}/users", { params: { id: orgId }, json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identityKeys.users(orgId) }),
  });
}

export function useUpdateUser(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, update }: { id: string; update: UserUpdate }) =>
      call("patch", "/api/v1/users/{id}", { params: { id }, json: update }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identityKeys.users(orgId) }),
  });
}
