import type { PaymentStatus, SubsidyWorking } from "@chanrong/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/client";
import type { RequestBody } from "../../../shared/api/types";

export type { PaymentStatus, SubsidyWorking };

// TODO(contract)
/** One guarantee's line of GET /api/v1/funds/:id/fee-subsidy/:year. */
export interface FeeSubsidyLine {
  applicationId: string;
  enterpriseName: string;
  bankName: string;
  programmeCode: string;
  loanAmount: string;
  loanStatus: string;
  feeCharged: string;
  amount: string;
  capped: boolean;
  eligible: boolean;
  reason: string | null;
  working: SubsidyWorking | null;
}

// TODO(contract)
export interface FeeSubsidyPreview {
  fund: { id: string; code: string; name: string };
  year: number;
  yearEnded: boolean;
  total: string;
  eligibleCount: number;
  lines: FeeSubsidyLine[];
  batch: {
    id: string;
    status: PaymentStatus;
    total: string;
    lineCount: number;
    createdAt: string;
  } | null;
}

// TODO(contract)
export interface FeeReceipt {
  id: number;
  receivedOn: string;
  /** Negative on a reversal. */
  amount: string;
  /** The guarantee's actual annual fee rate, e.g. "0.008". */
  feeRate: string | null;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
  /** On a reversal: the receipt it corrects, and why. */
  reverses: number | null;
  reason: string | null;
  reversedBy: { id: number; reason: string; recordedBy: string; recordedAt: string } | null;
  mayReverse: boolean;
}

export type FeeReceiptInput = RequestBody<"/api/v1/applications/{id}/guarantee-fees", "post">;

const previewKey = (fundId: string, year: number) => ["fee-subsidy", fundId, year] as const;
const receiptsKey = (applicationId: string) => ["fee-subsidy", "receipts", applicationId] as const;

export function useFeeSubsidyPreview(fundId: string | undefined, year: number) {
  return useQuery({
    queryKey: previewKey(fundId ?? "", year),
    queryFn: ({ signal }) =>
      api<FeeSubsidyPreview>(`/api/v1/funds/${encodeURIComponent(fundId ?? "")}/fee-subsidy/${year}`, {
        signal,
      }),
    enabled: Boolean(fundId),
  });
}

/** The guarantor applies for the year's subsidy of all its guarantees as one payment. */
export function useCreateFeeSubsidyBatch(fundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (year: number) =>
      api<FeeSubsidyPreview & { paymentId: string }>(
        `/api/v1/funds/${encodeURIComponent(fundId)}/fee-subsidy`,
        { method: "POST", json: { year } satisfies RequestBody<"/api/v1/funds/{id}/fee-subsidy", "post"> },
      ),
    onSuccess: (result) => queryClient.setQueryData(previewKey(fundId, result.year), result),
  });
}

export function useFeeReceipts(applicationId: string) {
  return useQuery({
    queryKey: receiptsKey(applicationId),
    queryFn: ({ signal }) =>
      api<{ items: FeeReceipt[]; total: string }>(
        `/api/v1/applications/${encodeURIComponent(applicationId)}/guarantee-fees`,
        { signal },
      ),
  });
}

/** Records a fee charged; every year's preview may change with it. */
export function useRecordFeeReceipt(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ idempotencyKey, ...input }: FeeReceiptInput & { idempotencyKey: string }) =>
      api<{ id: number; items: FeeReceipt[]; total: string }>(
        `/api/v1/applications/${encodeURIComponent(applicationId)}/guarantee-fees`,
        { method: "POST", json: input, idempotencyKey },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["fee-subsidy"] }),
  });
}

/** Corrects a wrong receipt by reversing it; the year's preview changes with it. */
export function useReverseFeeReceipt(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { receiptId: number; reason: string }) =>
      api<{ id: number; items: FeeReceipt[]; total: string }>(
        `/api/v1/applications/${encodeURIComponent(applicationId)}/guarantee-fees/${input.receiptId}/reversal`,
        {
          method: "POST",
          json: { reason: input.reason } satisfies RequestBody<
            "/api/v1/applications/{id}/guarantee-fees/{receiptId}/reversal",
            "post"
          >,
        },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["fee-subsidy"] }),
  });
}
