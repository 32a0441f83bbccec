import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

export type Scorecard = ResponseOf<"/api/v1/monitoring/scorecard", "get">;
export type BankCard = Scorecard["cards"][number];
export type ScorecardConfig = ResponseOf<"/api/v1/monitoring/scorecard-config/{regionCode}", "get">;
export type ScorecardConfigSave = RequestBody<"/api/v1/monitoring/scorecard-config/{regionCode}", "put">;

const KEY = ["monitoring", "scorecard"] as const;

export const useScorecard = (month: string | undefined) =>
  useQuery({
    queryKey: [...KEY, month],
    queryFn: ({ signal }) => call("get", "/api/v1/monitoring/scorecard", { query: { month }, signal }),
    retry: false,
  });

export const exportScorecard = (month: string | undefined) =>
  download("/api/v1/monitoring/scorecard/export", { month }, `银行考核-${month ?? ""}.xlsx`);

export const useScorecardConfig = (regionCode: string, enabled: boolean) =>
  useQuery({
    queryKey: [...KEY, "config", regionCode],
    queryFn: ({ signal }) =>
      call("get", "/api/v1/monitoring/scorecard-config/{regionCode}", { params: { regionCode }, signal }),
    enabled,
  });

function useScorecardMutation<Input, Result>(run: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

export const usePublishScorecard = () =>
  useScorecardMutation((json: { regionCode: string; month: string }) =>
    call("post", "/api/v1/monitoring/scorecard/publications", { json }),
  );

export const useSaveScorecardConfig = (regionCode: string) =>
  useScorecardMutation((json: ScorecardConfigSave) =>
    call("put", "/api/v1/monitoring/scorecard-config/{regionCode}", { params: { regionCode }, json }),
  );
