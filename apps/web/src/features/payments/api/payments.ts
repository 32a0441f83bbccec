import type {
  CompensationWorking,
  PaymentAction,
  PaymentKind,
  PaymentReviewState,
  PaymentStatus,
  SubsidyWorking,
} from "@chanrong/domain";
import { PAYMENT_KINDS, PAYMENT_STATUSES } from "@chanrong/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { ItemOf, RequestBody, ResponseOf } from "../../../shared/api/types";
import { invalidateLedger } from "../../ledger/api/ledger";

export type {
  CompensationWorking,
  PaymentAction,
  PaymentKind,
  PaymentReviewState,
  PaymentStatus,
  SubsidyWorking,
};

/** GET /api/v1/fund-payments items */
export type PaymentRow = ItemOf<ResponseOf<"/api/v1/fund-payments", "get">>;

/** GET /api/v1/fund-payments/:id */
export type PaymentDetail = ResponseOf<"/api/v1/fund-payments/{id}", "get">;

/** GET /api/v1/fund-payments/:id/lines items */
export type PaymentLine = ItemOf<ResponseOf<"/api/v1/fund-payments/{id}/lines", "get">>;

export type PaymentHistoryEntry = PaymentDetail["history"][number];

export type PaymentActionInput = RequestBody<"/api/v1/fund-payments/{id}/actions", "post">;

/** The filters as the URL holds them: any text, until checked against the vocabulary. */
export interface PaymentFilter {
  kind?: string;
  status?: string;
}

/** The value if it is one of `values`: a filter the server would refuse (400) is left out instead. */
const oneOf = <V extends string>(values: readonly V[], value: string | undefined): V | undefined =>
  values.find((candidate) => candidate === value);

/** The payment list's filters, as they stand in its URL. */
export const PAYMENT_FILTER_KEYS = ["kind", "status"] as const satisfies readonly (keyof PaymentFilter)[];

/** Under the ledger's "fund" key: a ledger write refreshes the payments too. */
export const paymentKeys = {
  payments: (waiting: boolean, filter: PaymentFilter, page: number) =>
    ["fund", "payments", waiting, filter, page] as const,
  payment: (id: string) => ["fund", "payment", id] as const,
  lines: (id: string, page: number, pageSize: number) =>
    ["fund", "payment", id, "lines", page, pageSize] as const,
};

const paymentPath = (id: string) => `/api/v1/fund-payments/${encodeURIComponent(id)}`;

/** The payment with every line's working, as reviewers and auditors keep it. */
export const exportPayment = (paymentId: string) =>
  download(`${paymentPath(paymentId)}/export`, undefined, "payment.xlsx");

export function usePayments(waiting: boolean, filter: PaymentFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: paymentKeys.payments(waiting, filter, page),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/fund-payments", {
        query: {
          waiting: waiting ? "true" : "false",
          kind: oneOf(PAYMENT_KINDS, filter.kind),
          status: oneOf(PAYMENT_STATUSES, filter.status),
          page,
          pageSize,
        },
        signal,
      }),
  });
}

export function usePayment(id: string | undefined) {
  return useQuery({
    queryKey: paymentKeys.payment(id ?? ""),
    queryFn: ({ signal }) => call("get", "/api/v1/fund-payments/{id}", { params: { id: id ?? "" }, signal }),
    enabled: Boolean(id),
  });
}

export function usePaymentLines(id: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: paymentKeys.lines(id, page, pageSize),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/fund-payments/{id}/lines", { params: { id }, query: { page, pageSize }, signal }),
    placeholderData: (previous) => previous,
  });
}

/** One step of the chain; a stale version is refused (409) and nothing changes. */
export function usePaymentAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PaymentActionInput) =>
      call("post", "/api/v1/fund-payments/{id}/actions", { params: { id }, json: input }),
    onSuccess: (updated) => {
      invalidateLedger(queryClient);
      queryClient.setQueryData(paymentKeys.payment(id), updated);
    },
  });
}
