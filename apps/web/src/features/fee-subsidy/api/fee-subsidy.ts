import type { PaymentStatus, SubsidyWorking } from "@chanrong/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call } from "../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

export type { PaymentStatus, SubsidyWorking };

/** GET /api/v1/funds/:id/fee-subsidy/:year: every guarantee of the year with its working, and its batch. */
export type FeeSubsidyPreview = ResponseOf<"/api/v1/funds/{id}/fee-subsidy/{year}", "get">;
/** One guarantee's line of the preview. */
export type FeeSubsidyLine = FeeSubsidyPreview["lines"][number];

/** GET /api/v1/applications/:id/guarantee-fees: the fees recorded on a guarantee, and their total. */
export type FeeReceipts = ResponseOf<"/api/v1/applications/{id}/guarantee-fees", "get">;
/** A fee recorded; a reversal has the negated amount and names the receipt it corrects. */
export type FeeReceipt = FeeReceipts["items"][number];

export type FeeReceiptInput = RequestBody<"/api/v1/applications/{id}/guarantee-fees", "post">;

const previewKey = (fundId: string, year: number) => ["fee-subsidy", fundId, year] as const;
const receiptsKey = (applicationId: string) => ["fee-subsidy", "receipts", applicationId] as const;

export function useFeeSubsidyPreview(fundId: string | undefined, year: number) {
  return useQuery({
    queryKey: previewKey(fundId ?? "", year),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/funds/{id}/fee-subsidy/{year}", { params: { id: fundId ?? "", year }, signal }),
    enabled: Boolean(fundId),
  });
}

/** The guarantor applies for the year's subsidy of all its guarantees as one payment. */
export function useCreateFeeSubsidyBatch(fundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (year: number) =>
      call("post", "/api/v1/funds/{id}/fee-subsidy", { params: { id: fundId }, json: { year } }),
    onSuccess: (result) => queryClient.setQueryData(previewKey(fundId, result.year), result),
  });
}

export function useFeeReceipts(applicationId: string) {
  return useQuery({
    queryKey: receiptsKey(applicationId),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/applications/{id}/guarantee-fees", { params: { id: applicationId }, signal }),
  });
}

/** Records a fee charged; every year's preview may change with it. */
export function useRecordFeeReceipt(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ idempotencyKey, ...input }: FeeReceiptInput & { idempotencyKey: string }) =>
      call("post", "/api/v1/applications/{id}/guarantee-fees", {
        params: { id: applicationId },
        json: input,
        idempotencyKey,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["fee-subsidy"] }),
  });
}

/** Corrects a wrong receipt by reversing it; the year's preview changes with it. */
export function useReverseFeeReceipt(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { receiptId: number; reason: string }) =>
      call("post", "/api/v1/applications/{id}/guarantee-fees/{receiptId}/reversal", {
        params: { id: applicationId, receiptId: input.receiptId },
        json: { reason: input.reason },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["fee-subsidy"] }),
  });
}
