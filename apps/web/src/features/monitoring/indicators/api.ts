import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

export type Indicators = ResponseOf<"/api/v1/monitoring/indicators", "get">;
export type Indicator = Indicators["indicators"][number];
export type Targets = ResponseOf<"/api/v1/monitoring/targets/{regionCode}", "get">;
export type TargetsSave = RequestBody<"/api/v1/monitoring/targets/{regionCode}", "put">;

const KEY = ["monitoring", "indicators"] as const;

export const useIndicators = (month: string | undefined) =>
  useQuery({
    queryKey: [...KEY, month],
    queryFn: ({ signal }) => call("get", "/api/v1/monitoring/indicators", { query: { month }, signal }),
  });

export const exportIndicators = (month: string | undefined) =>
  download("/api/v1/monitoring/indicators/export", { month }, `指标与目标-${month ?? ""}.xlsx`);

export const useTargets = (regionCode: string) =>
  useQuery({
    queryKey: [...KEY, "targets", regionCode],
    queryFn: ({ signal }) =>
      call("get", "/api/v1/monitoring/targets/{regionCode}", { params: { regionCode }, signal }),
  });

export function useSaveTargets(regionCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: TargetsSave) =>
      call("put", "/api/v1/monitoring/targets/{regionCode}", { params: { regionCode }, json }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
