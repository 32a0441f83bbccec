import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

// The ministry's review, the experts' tasks and the list, for the pages of features/pilot-cities.

export type ReviewOverview = ResponseOf<"/api/v1/pilot-batches/{id}/review", "get">;
export type ReviewApplication = ReviewOverview["applications"][number];
export type RankingRow = ResponseOf<"/api/v1/pilot-batches/{id}/review/ranking", "get">[number];
export type PilotList = ResponseOf<"/api/v1/pilot-batches/{id}/list", "get">;
export type ReviewTask = ResponseOf<"/api/v1/pilot-review-tasks/{id}", "get">;
export type SheetInput = RequestBody<"/api/v1/pilot-review-tasks/{id}/sheet", "put">;
export type DecisionInput = RequestBody<"/api/v1/pilot-batches/{id}/list/decisions", "post">;
export type Expert = ResponseOf<"/api/v1/pilot-experts", "get">[number];
export type ExpertInput = RequestBody<"/api/v1/pilot-experts/{id}", "put">;

/** Every query of the review under one key: any step refreshes them all. */
const ALL = ["pilot-review"] as const;

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ALL });
}

export const usePilotBatches = () =>
  useQuery({
    queryKey: [...ALL, "batches"],
    queryFn: ({ signal }) => call("get", "/api/v1/pilot-batches", { signal }),
  });

export const useReviewOverview = (id: string | undefined) =>
  useQuery({
    queryKey: [...ALL, "overview", id],
    enabled: !!id,
    queryFn: ({ signal }) =>
      call("get", "/api/v1/pilot-batches/{id}/review", { params: { id: id ?? "" }, signal }),
  });

export const useExperts = (enabled: boolean) =>
  useQuery({
    queryKey: [...ALL, "experts"],
    enabled,
    queryFn: ({ signal }) => call("get", "/api/v1/pilot-experts", { signal }),
  });

export const useRanking = (id: string | undefined, closed: boolean) =>
  useQuery({
    queryKey: [...ALL, "ranking", id],
    enabled: !!id && closed,
    queryFn: ({ signal }) =>
      call("get", "/api/v1/pilot-batches/{id}/review/ranking", { params: { id: id ?? "" }, signal }),
  });

export const usePilotList = (id: string | undefined) =>
  useQuery({
    queryKey: [...ALL, "list", id],
    enabled: !!id,
    queryFn: ({ signal }) =>
      call("get", "/api/v1/pilot-batches/{id}/list", { params: { id: id ?? "" }, signal }),
  });

export const useReviewTasks = () =>
  useQuery({
    queryKey: [...ALL, "tasks"],
    queryFn: ({ signal }) => call("get", "/api/v1/pilot-review-tasks", { signal }),
  });

export const useReviewTask = (id: string) =>
  useQuery({
    queryKey: [...ALL, "task", id],
    queryFn: ({ signal }) => call("get", "/api/v1/pilot-review-tasks/{id}", { params: { id }, signal }),
  });

/** One mutation per step; each refreshes every review query when it succeeds. */
function useStep<I>(run: (input: I) => Promise<unknown>) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: run, onSuccess: refresh });
}

export const useSaveExpert = () =>
  useStep(({ id, input }: { id: string; input: ExpertInput }) =>
    call("put", "/api/v1/pilot-experts/{id}", { params: { id }, json: input }),
  );

export const useAssignAll = () =>
  useStep((id: string) => call("post", "/api/v1/pilot-batches/{id}/review/assignments", { params: { id } }));

export const useSetReviewers = () =>
  useStep(({ id, expertIds, reason }: { id: string; expertIds: string[]; reason: string }) =>
    call("put", "/api/v1/pilot-applications/{id}/reviewers", { params: { id }, json: { expertIds, reason } }),
  );

export const useCloseScoring = () =>
  useStep((id: string) => call("post", "/api/v1/pilot-batches/{id}/review/close", { params: { id } }));

export const useProposeList = () =>
  useStep((id: string) => call("post", "/api/v1/pilot-batches/{id}/list", { params: { id }, json: {} }));

export const useChangeList = () =>
  useStep(({ id, ...json }: { id: string; applicationIds: string[]; reason: string; listVersion: number }) =>
    call("put", "/api/v1/pilot-batches/{id}/list", { params: { id }, json }),
  );

export const useDecide = () =>
  useStep(({ id, input }: { id: string; input: DecisionInput }) =>
    call("post", "/api/v1/pilot-batches/{id}/list/decisions", { params: { id }, json: input }),
  );

export const usePublish = () =>
  useStep((id: string) => call("post", "/api/v1/pilot-batches/{id}/list/publish", { params: { id } }));

export const useSaveSheet = () =>
  useStep(({ id, input }: { id: string; input: SheetInput }) =>
    call("put", "/api/v1/pilot-review-tasks/{id}/sheet", { params: { id }, json: input }),
  );

export const useDeclareConflict = () =>
  useStep(({ id, reason }: { id: string; reason: string }) =>
    call("post", "/api/v1/pilot-review-tasks/{id}/conflict", { params: { id }, json: { reason } }),
  );

export const downloadRanking = (id: string) =>
  download(`/api/v1/pilot-batches/${id}/review/ranking/export`, undefined, "部级评审排名.xlsx");

export const usePublicPilotCities = () =>
  useQuery({
    queryKey: [...ALL, "public"],
    queryFn: ({ signal }) => call("get", "/api/v1/public/pilot-cities", { signal }),
  });
