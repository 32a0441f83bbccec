import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

export type PilotBatch = ResponseOf<"/api/v1/pilot-batches", "get">[number];
export type PilotBatchDetail = ResponseOf<"/api/v1/pilot-batches/{id}", "get">;
export type PilotBatchInput = RequestBody<"/api/v1/pilot-batches", "post">;
export type PilotApplication = ResponseOf<"/api/v1/pilot-applications/{id}", "get">;
export type PilotContent = NonNullable<PilotApplication["submitted"]>;
export type PlanInput = RequestBody<"/api/v1/pilot-applications/{id}/plan", "put">;
export type ReviewedApplication = ResponseOf<"/api/v1/pilot-applications/{id}/review", "get">;
export type UnitOverview = ResponseOf<"/api/v1/pilot-batches/{id}/recommending-units/{code}", "get">;

/** Every pilot query under one key: a step anywhere refreshes every view. */
const keys = {
  all: ["pilot"] as const,
  batches: ["pilot", "batches"] as const,
  batch: (id: string) => ["pilot", "batch", id] as const,
  applications: (batchId?: string) => ["pilot", "applications", batchId ?? "all"] as const,
  application: (id: string) => ["pilot", "application", id] as const,
  unit: (batchId: string, code: string) => ["pilot", "unit", batchId, code] as const,
};

export function useRefreshPilot() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.all });
}

export const usePilotBatches = () =>
  useQuery({
    queryKey: keys.batches,
    queryFn: ({ signal }) => call("get", "/api/v1/pilot-batches", { signal }),
  });

/** The batch a page opens on: the one taking applications or recommendations today, else the newest. */
export const currentBatchOf = (batches: readonly PilotBatch[] | undefined): PilotBatch | undefined =>
  batches?.find((batch) => batch.phase === "APPLYING" || batch.phase === "RECOMMENDING") ?? batches?.[0];

export const usePilotBatch = (id: string | undefined) =>
  useQuery({
    queryKey: keys.batch(id ?? ""),
    enabled: !!id,
    queryFn: ({ signal }) => call("get", "/api/v1/pilot-batches/{id}", { params: { id: id ?? "" }, signal }),
  });

export const usePilotApplications = (batchId?: string) =>
  useQuery({
    queryKey: keys.applications(batchId),
    queryFn: ({ signal }) => call("get", "/api/v1/pilot-applications", { query: { batchId }, signal }),
  });

export const usePilotApplication = (id: string) =>
  useQuery({
    queryKey: keys.application(id),
    queryFn: ({ signal }) => call("get", "/api/v1/pilot-applications/{id}", { params: { id }, signal }),
  });

export const useUnitOverview = (batchId: string | undefined, code: string) =>
  useQuery({
    queryKey: keys.unit(batchId ?? "", code),
    enabled: !!batchId,
    queryFn: ({ signal }) =>
      call("get", "/api/v1/pilot-batches/{id}/recommending-units/{code}", {
        params: { id: batchId ?? "", code },
        signal,
      }),
  });

/** A write that refreshes every pilot view when it succeeds. */
export function usePilotWrite<Input, Output>(write: (input: Input) => Promise<Output>) {
  const refresh = useRefreshPilot();
  return useMutation({ mutationFn: write, onSuccess: refresh });
}

export const openBatch = (input: PilotBatchInput) => call("post", "/api/v1/pilot-batches", { json: input });

export const createApplication = ({ batchId, key }: { batchId: string; key: string }) =>
  call("post", "/api/v1/pilot-applications", { json: { batchId }, idempotencyKey: key });

export const savePlan = ({ id, input }: { id: string; input: PlanInput }) =>
  call("put", "/api/v1/pilot-applications/{id}/plan", { params: { id }, json: input });

export const saveIndicators = ({
  id,
  values,
}: {
  id: string;
  values: Record<string, Record<string, string>>;
}) => call("put", "/api/v1/pilot-applications/{id}/indicators", { params: { id }, json: { values } });

export const saveDeclarations = ({
  id,
  strategies,
  bases,
}: {
  id: string;
  strategies: string[];
  bases: string[];
}) =>
  call("put", "/api/v1/pilot-applications/{id}/declarations", {
    params: { id },
    json: { strategies, bases } as RequestBody<"/api/v1/pilot-applications/{id}/declarations", "put">,
  });

const fileForm = (file: File, fields: Record<string, string> = {}) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("file", file, file.name);
  return form;
};

export const uploadDocument = ({ id, kind, file }: { id: string; kind: string; file: File }) =>
  call("post", "/api/v1/pilot-applications/{id}/documents", {
    params: { id },
    form: fileForm(file, { kind }),
  });

export const uploadIndicators = ({ id, file }: { id: string; file: File }) =>
  call("post", "/api/v1/pilot-applications/{id}/indicator-upload", { params: { id }, form: fileForm(file) });

export const submitApplication = (id: string) =>
  call("post", "/api/v1/pilot-applications/{id}/submission", { params: { id } });

export const downloadIndicatorTemplate = (id: string) =>
  download(`/api/v1/pilot-applications/${id}/indicator-template`, undefined, "定量指标统计表.xlsx");

export const downloadDocument = (id: string, documentId: string) =>
  download(`/api/v1/pilot-applications/${id}/documents/${documentId}`);

export const recordOpinion = ({ id, agrees, opinion }: { id: string; agrees: boolean; opinion: string }) =>
  call("put", "/api/v1/pilot-applications/{id}/opinion", { params: { id }, json: { agrees, opinion } });

export const scoreApplication = ({ id, scores }: { id: string; scores: Record<string, string> }) =>
  call("put", "/api/v1/pilot-applications/{id}/provincial-scores", { params: { id }, json: { scores } });

export const recommend = (id: string) =>
  call("post", "/api/v1/pilot-applications/{id}/recommendation", { params: { id } });

export const decline = ({ id, reason }: { id: string; reason: string }) =>
  call("post", "/api/v1/pilot-applications/{id}/decline", { params: { id }, json: { reason } });

export const returnForCorrection = ({ id, reason }: { id: string; reason: string }) =>
  call("post", "/api/v1/pilot-applications/{id}/return", { params: { id }, json: { reason } });

export const confirmUnit = ({ batchId, code, file }: { batchId: string; code: string; file: File }) =>
  call("post", "/api/v1/pilot-batches/{id}/recommending-units/{code}/confirmation", {
    params: { id: batchId, code },
    form: fileForm(file),
  });

export const exportUnit = (batchId: string, code: string) =>
  download(`/api/v1/pilot-batches/${batchId}/recommending-units/${code}/export`, undefined, "推荐名单.xlsx");
