import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { RequestBody } from "../../../shared/api/types";
import {
  type EnterpriseFilter,
  type EnterpriseInput,
  enterpriseQuery,
  type SupplyChainLinkInput,
} from "./types";

export const enterpriseKeys = {
  all: ["enterprises"] as const,
  list: (filter: EnterpriseFilter, page: number, pageSize: number) =>
    ["enterprises", "list", filter, page, pageSize] as const,
  detail: (id: string) => ["enterprises", "detail", id] as const,
  search: (q: string) => ["enterprises", "search", q] as const,
};

export function useEnterpriseList(filter: EnterpriseFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: enterpriseKeys.list(filter, page, pageSize),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/enterprises", { query: { ...enterpriseQuery(filter), page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEnterprise(id: string | undefined) {
  return useQuery({
    queryKey: enterpriseKeys.detail(id ?? ""),
    queryFn: ({ signal }) => call("get", "/api/v1/enterprises/{id}", { params: { id: id ?? "" }, signal }),
    enabled: Boolean(id),
  });
}

/** Enterprises matching a name or USCC fragment, for pickers. */
export function useEnterpriseSearch(q: string) {
  return useQuery({
    queryKey: enterpriseKeys.search(q),
    queryFn: ({ signal }) => call("get", "/api/v1/enterprises", { query: { q, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useCreateEnterprise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EnterpriseInput) => call("post", "/api/v1/enterprises", { json: input }),
    onSuccess: (created) => {
      queryClient.invalidateQueries({ queryKey: enterpriseKeys.all });
      queryClient.setQueryData(enterpriseKeys.detail(created.id), created);
    },
  });
}

export function useUpdateEnterprise(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestBody<"/api/v1/enterprises/{id}", "patch">) =>
      call("patch", "/api/v1/enterprises/{id}", { params: { id }, json: input }),
    onSuccess: (updated) => {
      queryClient.invalidateQueries({ queryKey: enterpriseKeys.all });
      queryClient.setQueryData(enterpriseKeys.detail(id), updated);
    },
  });
}

export function useCreateSupplyChainLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SupplyChainLinkInput) => call("post", "/api/v1/supply-chain-links", { json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["enterprises", "detail"] }),
  });
}

export function useDeleteSupplyChainLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call("delete", "/api/v1/supply-chain-links/{id}", { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["enterprises", "detail"] }),
  });
}

export function useImportEnterprises() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append("file", file, file.name);
      return call("post", "/api/v1/enterprises/import", { form });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enterpriseKeys.all }),
  });
}

export const exportEnterprises = (filter: EnterpriseFilter) =>
  download("/api/v1/enterprises/export", enterpriseQuery(filter), "enterprises.xlsx");

export const downloadImportTemplate = () =>
  download("/api/v1/enterprises/import-template", undefined, "enterprise-import-template.xlsx");
