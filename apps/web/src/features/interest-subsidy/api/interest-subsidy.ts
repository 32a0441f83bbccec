import type { ClaimStatus, PaymentStatus, SubsidyWorking, WindowState } from "@chanrong/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/client";
import type { RequestBody } from "../../../shared/api/types";
import type { Paged } from "../../../shared/types";

export type { ClaimStatus, PaymentStatus, SubsidyWorking, WindowState };

// TODO(contract)
export type LoanSubsidy =
  | {
      eligible: true;
      amount: string;
      settledOn: string;
      /** Both days inclusive. */
      window: { opensOn: string; closesOn: string };
      windowState: WindowState;
      working: SubsidyWorking;
    }
  | { eligible: false; reason: string };

// TODO(contract)
/** The payment line that holds a loan's subsidy, and where its payment stands. */
export interface HeldPayment {
  id: string;
  title: string;
  status: PaymentStatus;
  lineNo: number;
  amount: string;
  paid: boolean;
}

// TODO(contract)
/** A settled loan as the subsidy pages show it (GET /api/v1/interest-subsidy/loans items). */
export interface SubsidyLoan {
  applicationId: string;
  enterprise: { id: string; name: string };
  bank: { id: string; name: string };
  programme: { code: string; name: string; version: number };
  termMonths: number;
  termStart: string | null;
  termEnd: string | null;
  disbursed: string;
  outstanding: string;
  interestPaid: string;
  everOverdue: boolean;
  settledOn: string | null;
  subsidy: LoanSubsidy;
}

// TODO(contract)
export interface SubsidyLoanRow extends SubsidyLoan {
  claim: { id: string; status: ClaimStatus; appliedOn: string; claimed: string } | null;
  payment: HeldPayment | null;
  /** In its window, nobody has applied for it, and no payment holds it. */
  open: boolean;
}

export type ClaimInput = RequestBody<"/api/v1/interest-subsidy/claims", "post">;

/** The fields of 附件2 the enterprise fills. */
export type ClaimForm = ClaimInput["form"];

// TODO(contract)
export interface Claim {
  id: string;
  version: number;
  status: ClaimStatus;
  appliedOn: string;
  claimed: string;
  difference: string | null;
  form: ClaimForm;
  loan: SubsidyLoan;
  payment: HeldPayment | null;
  createdAt: string;
}

// TODO(contract)
export interface ClaimDetail extends Claim {
  guarantorOpinion: { text: string; by: string; date: string } | null;
  returnedReason: { reason: string; by: string; at: string } | null;
  mayWithdraw: boolean;
}

export interface LoanQuery {
  windowState?: WindowState;
  unclaimed?: boolean;
}

const root = "/api/v1/interest-subsidy";
const keys = {
  all: ["interest-subsidy"] as const,
  loans: (query: LoanQuery, page: number, pageSize: number) =>
    ["interest-subsidy", "loans", query, page, pageSize] as const,
  claims: (status: ClaimStatus | undefined, page: number, pageSize: number) =>
    ["interest-subsidy", "claims", status ?? "", page, pageSize] as const,
  claim: (id: string) => ["interest-subsidy", "claim", id] as const,
};

/** An enterprise's settled loans and claims fit on one page; the guarantor's list pages. */
const ALL = { page: 1, pageSize: 200 };

export function useSubsidyLoans(query: LoanQuery = {}, page = ALL.page, pageSize = ALL.pageSize) {
  return useQuery({
    queryKey: keys.loans(query, page, pageSize),
    queryFn: ({ signal }) =>
      api<Paged<SubsidyLoanRow> & { today: string }>(`${root}/loans`, {
        query: {
          page,
          pageSize,
          windowState: query.windowState,
          unclaimed: query.unclaimed ? "true" : undefined,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useClaims(status?: ClaimStatus, page = ALL.page, pageSize = ALL.pageSize) {
  return useQuery({
    queryKey: keys.claims(status, page, pageSize),
    queryFn: ({ signal }) =>
      api<Paged<Claim>>(`${root}/claims`, { query: { page, pageSize, status }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useClaim(id: string | undefined) {
  return useQuery({
    queryKey: keys.claim(id ?? ""),
    queryFn: ({ signal }) => api<ClaimDetail>(`${root}/claims/${encodeURIComponent(id ?? "")}`, { signal }),
    enabled: Boolean(id),
  });
}

/** Every write changes loans, claims and the payments that hold them. */
function useSubsidyWrite<Input, Output>(write: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: keys.all });
      queryClient.invalidateQueries({ queryKey: ["fund"] });
    },
  });
}

export const useCreateClaim = () =>
  useSubsidyWrite((input: ClaimInput) => api<ClaimDetail>(`${root}/claims`, { method: "POST", json: input }));

export const useWithdrawClaim = (id: string) =>
  useSubsidyWrite((version: number) =>
    api<ClaimDetail>(`${root}/claims/${encodeURIComponent(id)}/withdraw`, {
      method: "POST",
      json: { version } satisfies RequestBody<"/api/v1/interest-subsidy/claims/{id}/withdraw", "post">,
    }),
  );

export const useStartBatch = () =>
  useSubsidyWrite((applicationIds: string[]) =>
    api<{ paymentId: string }>(`${root}/batches`, {
      method: "POST",
      json: { applicationIds } satisfies RequestBody<"/api/v1/interest-subsidy/batches", "post">,
    }),
  );

export const useStartClaimPayment = () =>
  useSubsidyWrite((claimIds: string[]) =>
    api<{ paymentId: string }>(`${root}/claim-payments`, {
      method: "POST",
      json: { claimIds } satisfies RequestBody<"/api/v1/interest-subsidy/claim-payments", "post">,
    }),
  );

export const claimFormUrl = (id: string, format: "html" | "pdf" = "html") =>
  `${root}/claims/${encodeURIComponent(id)}/form${format === "pdf" ? "?format=pdf" : ""}`;
