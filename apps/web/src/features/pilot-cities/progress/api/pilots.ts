import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../../shared/api/types";

export type PilotSummary = ResponseOf<"/api/v1/pilots", "get">[number];
export type PilotDetail = ResponseOf<"/api/v1/pilots/{id}", "get">;
export type ReportInput = RequestBody<"/api/v1/pilots/{id}/progress-reports", "post">;
export type Timeliness = PilotSummary["years"][number]["timeliness"];

/** Renewals change the pilots (an extension is a new term), so both live under one key. */
export const PILOTS_KEY = ["pilots"] as const;

export const usePilots = () =>
  useQuery({
    queryKey: [...PILOTS_KEY, "list"],
    queryFn: ({ signal }) => call("get", "/api/v1/pilots", { signal }),
  });

export const usePilot = (id: string | null) =>
  useQuery({
    queryKey: [...PILOTS_KEY, "detail", id],
    queryFn: ({ signal }) => call("get", "/api/v1/pilots/{id}", { params: { id: id ?? "" }, signal }),
    enabled: Boolean(id),
  });

export const exportPilots = () => download("/api/v1/pilots/export", {}, "试点城市进展监测.xlsx");

export const useSubmitReport = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: ReportInput) =>
      call("post", "/api/v1/pilots/{id}/progress-reports", { params: { id }, json }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PILOTS_KEY }),
  });
};
