import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { QueryOf, RequestBody, ResponseOf } from "../../../shared/api/types";

/** GET /api/v1/listing-pipeline items. */
export type PipelineEntry = ResponseOf<"/api/v1/listing-pipeline", "get">[number];
export type PipelineEntryDetail = ResponseOf<"/api/v1/listing-pipeline/{id}", "get">;
export type PipelineFilter = QueryOf<"/api/v1/listing-pipeline", "get">;
export type EntryInput = RequestBody<"/api/v1/listing-pipeline", "post">;
export type StageMoveInput = RequestBody<"/api/v1/listing-pipeline/{id}/stage", "post">;

const KEY = ["listing-pipeline"] as const;

export const usePipeline = (filter: PipelineFilter) =>
  useQuery({
    queryKey: [...KEY, "list", filter],
    queryFn: ({ signal }) => call("get", "/api/v1/listing-pipeline", { query: filter, signal }),
  });

export const useFunnel = (enabled: boolean) =>
  useQuery({
    queryKey: [...KEY, "funnel"],
    queryFn: ({ signal }) => call("get", "/api/v1/listing-pipeline/funnel", { signal }),
    enabled,
  });

export const usePipelineEntry = (id: string | null) =>
  useQuery({
    queryKey: [...KEY, "detail", id],
    queryFn: ({ signal }) =>
      call("get", "/api/v1/listing-pipeline/{id}", { params: { id: id ?? "" }, signal }),
    enabled: Boolean(id),
  });

export const exportPipeline = (filter: PipelineFilter) =>
  download("/api/v1/listing-pipeline/export", filter, "上市培育库.xlsx");

function usePipelineMutation<Input, Result>(run: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

export const useAddEntry = () =>
  usePipelineMutation((json: EntryInput) => call("post", "/api/v1/listing-pipeline", { json }));

export const useMoveStage = (id: string) =>
  usePipelineMutation((json: StageMoveInput) =>
    call("post", "/api/v1/listing-pipeline/{id}/stage", { params: { id }, json }),
  );
