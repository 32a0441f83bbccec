import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

const BASE = "/api/v1/bank-statistics";
const KEY = ["bank-statistics"] as const;

export type Submission = ResponseOf<"/api/v1/bank-statistics", "get">[number];
export type SubmissionDetail = ResponseOf<"/api/v1/bank-statistics/{id}", "get">;
export type StatisticsInput = RequestBody<"/api/v1/bank-statistics", "post">;
export type Timeliness = ResponseOf<"/api/v1/bank-statistics/timeliness", "get">;

/** The live submissions the caller reads: the bank's own, or its region's; one month or all. */
export const useSubmissions = (month?: string) =>
  useQuery({
    queryKey: [...KEY, "list", month],
    queryFn: ({ signal }) => call("get", BASE, { query: { month }, signal }),
  });

export const useSubmission = (id: string | undefined) =>
  useQuery({
    queryKey: [...KEY, "detail", id],
    queryFn: ({ signal }) =>
      call("get", "/api/v1/bank-statistics/{id}", { params: { id: id ?? "" }, signal }),
    enabled: id !== undefined,
  });

export const useTimeliness = (month: string) =>
  useQuery({
    queryKey: [...KEY, "timeliness", month],
    queryFn: ({ signal }) => call("get", "/api/v1/bank-statistics/timeliness", { query: { month }, signal }),
  });

export const downloadTemplate = (month: string) =>
  download(`${BASE}/template`, { month }, `制造业贷款统计-${month}.xlsx`);
export const exportStatistics = (month?: string) =>
  download(`${BASE}/export`, { month }, "银行制造业贷款统计.xlsx");

function useStatisticsMutation<Input>(run: (input: Input) => Promise<SubmissionDetail>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

/** A month by form; the key is made once per attempt, so a retry is recorded once. */
export const useSubmitStatistics = () =>
  useStatisticsMutation(({ json, idempotencyKey }: { json: StatisticsInput; idempotencyKey: string }) =>
    call("post", BASE, { json, idempotencyKey }),
  );

/** The filled template, with the reason when it corrects a month already submitted. */
export const useUploadStatistics = () =>
  useStatisticsMutation(
    ({ file, reason, idempotencyKey }: { file: File; reason: string; idempotencyKey: string }) => {
      const form = new FormData();
      // The reason comes before the file: the server reads the fields sent ahead of it.
      if (reason.trim()) form.append("reason", reason.trim());
      form.append("file", file, file.name);
      return call("post", "/api/v1/bank-statistics/upload", { form, idempotencyKey });
    },
  );
