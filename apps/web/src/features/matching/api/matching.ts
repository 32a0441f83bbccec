import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { ResponseOf } from "../../../shared/api/types";

export type DemandMatches = ResponseOf<"/api/v1/financing-demands/{id}/matches", "get">;
export type InstitutionDemands = ResponseOf<"/api/v1/financing-matches/demands", "get">;
export type ProductEnterprises = ResponseOf<"/api/v1/financing-products/{id}/enterprises", "get">;
/** What every ranked entry carries: its score, filters and criteria with their reasons. */
export type MatchWorking = Pick<DemandMatches["items"][number], "score" | "filters" | "criteria">;

/** Under the marketplace's key, so a claim or a listing anywhere refreshes the rankings too. */
const keys = {
  demand: (id: string, page: number) => ["financing", "matches", "demand", id, page] as const,
  institution: ["financing", "matches", "institution"] as const,
  product: (id: string, page: number) => ["financing", "matches", "product", id, page] as const,
};

export const MATCHES_PAGE_SIZE = 10;

export const useDemandMatches = (id: string, page: number, enabled: boolean) =>
  useQuery({
    queryKey: keys.demand(id, page),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/financing-demands/{id}/matches", {
        params: { id },
        query: { page, pageSize: MATCHES_PAGE_SIZE },
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
  });

/** How many ranked demands 推荐需求 shows, and exports. */
const RECOMMENDED_LIMIT = 50;

export const useInstitutionDemands = () =>
  useQuery({
    queryKey: keys.institution,
    queryFn: ({ signal }) =>
      call("get", "/api/v1/financing-matches/demands", { query: { limit: RECOMMENDED_LIMIT }, signal }),
  });

export const exportInstitutionDemands = () =>
  download("/api/v1/financing-matches/demands/export", { limit: RECOMMENDED_LIMIT }, "推荐需求.xlsx");

export const useProductEnterprises = (id: string, page: number, enabled: boolean) =>
  useQuery({
    queryKey: keys.product(id, page),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/financing-products/{id}/enterprises", {
        params: { id },
        query: { page, pageSize: MATCHES_PAGE_SIZE },
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
  });

export const exportProductEnterprises = (id: string) =>
  download(
    `/api/v1/financing-products/${encodeURIComponent(id)}/enterprises/export`,
    undefined,
    "enterprises.xlsx",
  );
