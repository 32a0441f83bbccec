import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

export type Product = ResponseOf<"/api/v1/financing-products", "get">[number];
export type ProductDetail = ResponseOf<"/api/v1/financing-products/{id}", "get">;
export type ProductInput = RequestBody<"/api/v1/financing-products", "post">;
export type ListedProduct = ResponseOf<"/api/v1/product-supermarket/{id}", "get">;
export type Catalogue = ResponseOf<"/api/v1/product-catalogues", "get">[number];
export type EnterpriseMessage = ResponseOf<"/api/v1/enterprise-messages", "get">[number];
/** The supermarket's filters, as the query string carries them. */
export type SupermarketFilter = Partial<
  Record<
    | "category"
    | "type"
    | "amount"
    | "termMonths"
    | "collateral"
    | "tag"
    | "cluster"
    | "district"
    | "institution",
    string
  >
>;

const keys = {
  all: ["products"] as const,
  pool: ["products", "pool"] as const,
  detail: (id: string) => ["products", "detail", id] as const,
  market: (filter: SupermarketFilter, page: number) => ["products", "market", filter, page] as const,
  listed: (id: string) => ["products", "listed", id] as const,
  catalogues: ["products", "catalogues"] as const,
  messages: ["products", "messages"] as const,
};

export function useProductPool() {
  return useQuery({
    queryKey: keys.pool,
    queryFn: ({ signal }) => call("get", "/api/v1/financing-products", { signal }),
  });
}

export function useProduct(id: string | undefined) {
  return useQuery({
    queryKey: keys.detail(id ?? ""),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/financing-products/{id}", { params: { id: id ?? "" }, signal }),
    enabled: Boolean(id),
  });
}

/** Creating, editing and every review step answer the product's detail; the lists refetch. */
function useProductMutation<Input>(run: (input: Input) => Promise<ProductDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (product) => {
      queryClient.invalidateQueries({ queryKey: keys.all });
      queryClient.setQueryData(keys.detail(product.id), product);
    },
  });
}

export const useCreateProduct = () =>
  useProductMutation((input: ProductInput) => call("post", "/api/v1/financing-products", { json: input }));

export const useEditProduct = (id: string) =>
  useProductMutation((input: ProductInput & { version: number }) =>
    call("put", "/api/v1/financing-products/{id}", { params: { id }, json: input }),
  );

export type ProductStep =
  | { action: "submit"; version: number }
  | { action: "list" | "return"; version: number; note: string }
  | { action: "delist"; version: number; note: string };

export const useProductStep = (id: string) =>
  useProductMutation((step: ProductStep) => {
    const params = { id };
    if (step.action === "submit") {
      return call("post", "/api/v1/financing-products/{id}/submit", {
        params,
        json: { version: step.version },
      });
    }
    if (step.action === "delist") {
      return call("post", "/api/v1/financing-products/{id}/delist", {
        params,
        json: { version: step.version, reason: step.note },
      });
    }
    return call("post", "/api/v1/financing-products/{id}/review", {
      params,
      json: { version: step.version, decision: step.action, opinion: step.note },
    });
  });

const cleaned = (filter: SupermarketFilter) =>
  Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== ""));

export function useSupermarket(filter: SupermarketFilter, page: number) {
  return useQuery({
    queryKey: keys.market(filter, page),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/product-supermarket", {
        query: { ...cleaned(filter), page, pageSize: 20 },
        signal,
      }),
  });
}

/** A listed product as the supermarket shows it (its listed version's terms). */
export function useListedProduct(id: string | undefined) {
  return useQuery({
    queryKey: keys.listed(id ?? ""),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/product-supermarket/{id}", { params: { id: id ?? "" }, signal }),
    enabled: Boolean(id),
  });
}

export const exportPool = () => download("/api/v1/financing-products/export", undefined, "products.xlsx");

export const exportSupermarket = (filter: SupermarketFilter) =>
  download("/api/v1/product-supermarket/export", cleaned(filter), "products.xlsx");

export function useCatalogues() {
  return useQuery({
    queryKey: keys.catalogues,
    queryFn: ({ signal }) => call("get", "/api/v1/product-catalogues", { signal }),
  });
}

export function useCompileCatalogue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestBody<"/api/v1/product-catalogues", "post">) =>
      call("post", "/api/v1/product-catalogues", { json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.catalogues }),
  });
}

export function usePublishCatalogue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call("post", "/api/v1/product-catalogues/{id}/publish", { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.catalogues }),
  });
}

export const downloadBooklet = (id: string, format: "pdf" | "xlsx") =>
  download(`/api/v1/product-catalogues/${id}/booklet`, { format }, `catalogue.${format}`);

export function useEnterpriseMessages(enabled: boolean) {
  return useQuery({
    queryKey: keys.messages,
    queryFn: ({ signal }) => call("get", "/api/v1/enterprise-messages", { signal }),
    enabled,
  });
}
