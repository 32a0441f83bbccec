import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

export type QuarterlyFigure = ResponseOf<"/api/v1/quarterly-figures", "get">[number];
export type FigureInput = RequestBody<"/api/v1/quarterly-figures", "post">;

const KEY = ["monitoring", "quarterly-figures"] as const;

export const useQuarterlyFigures = () =>
  useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => call("get", "/api/v1/quarterly-figures", { signal }),
  });

export const exportQuarterlyFigures = () => download("/api/v1/quarterly-figures/export", {}, "季度数据.xlsx");

export function useEnterFigure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: FigureInput; idempotencyKey: string }) =>
      call("post", "/api/v1/quarterly-figures", { json: input, idempotencyKey }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
