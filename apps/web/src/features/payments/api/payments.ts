import type {
  CompensationWorking,
  OrgType,
  PaymentAction,
  PaymentKind,
  PaymentReviewState,
  PaymentStatus,
  SubsidyWorking,
} from "@chanrong/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, download } from "../../../shared/api/client";
import type { RequestBody } from "../../../shared/api/types";
import type { Paged } from "../../../shared/types";
import { invalidateLedger } from "../../ledger/api/ledger";

export type {
  CompensationWorking,
  PaymentAction,
  PaymentKind,
  PaymentReviewState,
  PaymentStatus,
  SubsidyWorking,
};

// TODO(contract)
/** GET /api/v1/fund-payments items */
export interface PaymentRow {
  id: string;
  fundId: string;
  fundName: string;
  kind: PaymentKind;
  title: string;
  year: number | null;
  status: PaymentStatus;
  financeReview: PaymentReviewState;
  industryReview: PaymentReviewState;
  holders: OrgType[];
  heldSince: string;
  total: string;
  lineCount: number;
  createdAt: string;
  paidAt: string | null;
  version: number;
}

// TODO(contract)
export interface PaymentLine {
  id: string;
  lineNo: number;
  subject: string;
  applicationId: string | null;
  beneficiaryName: string;
  amount: string;
  working: SubsidyWorking | CompensationWorking | Record<string, unknown>;
  paidAt: string | null;
}

// TODO(contract)
export interface PaymentHistoryEntry {
  id: number;
  action: PaymentAction | "create" | "paid" | "refused";
  fromStatus: PaymentStatus;
  toStatus: PaymentStatus;
  opinion: string | null;
  reason: string | null;
  at: string;
  actorName: string;
  actorOrgName: string;
  actorOrgType: OrgType;
}

// TODO(contract)
/** GET /api/v1/fund-payments/:id */
export interface PaymentDetail extends Omit<PaymentRow, "fundName"> {
  fund: { id: string; code: string; name: string };
  paidLineCount: number;
  history: PaymentHistoryEntry[];
  availableActions: PaymentAction[];
}

export type PaymentActionInput = RequestBody<"/api/v1/fund-payments/{id}/actions", "post">;

export interface PaymentFilter {
  kind?: string;
  status?: string;
}

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
  download(`/api/v1/fund-payments/${paymentId}/export`, undefined, "payment.xlsx");

export function usePayments(waiting: boolean, filter: PaymentFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: paymentKeys.payments(waiting, filter, page),
    queryFn: ({ signal }) =>
      api<Paged<PaymentRow>>("/api/v1/fund-payments", {
        query: { waiting: String(waiting), ...filter, page, pageSize },
        signal,
      }),
  });
}

export function usePayment(id: string | undefined) {
  return useQuery({
    queryKey: paymentKeys.payment(id ?? ""),
    queryFn: ({ signal }) => api<PaymentDetail>(paymentPath(id ?? ""), { signal }),
    enabled: Boolean(id),
  });
}

export function usePaymentLines(id: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: paymentKeys.lines(id, page, pageSize),
    queryFn: ({ signal }) =>
      api<Paged<PaymentLine>>(`${paymentPath(id)}/lines`, { query: { page, pageSize }, signal }),
    placeholderData: (previous) => previous,
  });
}

/** One step of the chain; a stale version is refused (409) and nothing changes. */
export function usePaymentAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PaymentActionInput) =>
      api<PaymentDetail>(`${paymentPath(id)}/actions`, { method: "POST", json: input }),
    onSuccess: (updated) => {
      invalidateLedger(queryClient);
      queryClient.setQueryData(paymentKeys.payment(id), updated);
    },
  });
}
