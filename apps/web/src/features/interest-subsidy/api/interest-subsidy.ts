import type { ClaimStatus, PaymentStatus, SubsidyWorking, WindowState } from "@chanrong/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call } from "../../../shared/api/client";
import type { ItemOf, RequestBody, ResponseOf } from "../../../shared/api/types";

export type { ClaimStatus, PaymentStatus, SubsidyWorking, WindowState };

/**
 * GET /api/v1/interest-subsidy/loans items: a settled loan with its subsidy, its claim, the payment
 * that holds it, and whether it is open.
 */
export type SubsidyLoanRow = ItemOf<ResponseOf<"/api/v1/interest-subsidy/loans", "get">>;

/** GET /api/v1/interest-subsidy/claims/:id */
export type ClaimDetail = ResponseOf<"/api/v1/interest-subsidy/claims/{id}", "get">;
/** GET /api/v1/interest-subsidy/claims items */
export type Claim = ItemOf<ResponseOf<"/api/v1/interest-subsidy/claims", "get">>;
/** A settled loan with its computed subsidy, as a claim holds it. */
export type SubsidyLoan = Claim["loan"];
/** Its subsidy: the amount, window and working, or why it has none. */
export type LoanSubsidy = SubsidyLoan["subsidy"];

export type ClaimInput = RequestBody<"/api/v1/interest-subsidy/claims", "post">;

/** The fields of 附件2 the enterprise fills. */
export type ClaimForm = ClaimInput["form"];

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
      call("get", "/api/v1/interest-subsidy/loans", {
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
      call("get", "/api/v1/interest-subsidy/claims", { query: { page, pageSize, status }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useClaim(id: string | undefined) {
  return useQuery({
    queryKey: keys.claim(id ?? ""),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/interest-subsidy/claims/{id}", { params: { id: id ?? "" }, signal }),
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
  useSubsidyWrite((input: ClaimInput) => call("post", "/api/v1/interest-subsidy/claims", { json: input }));

export const useWithdrawClaim = (id: string) =>
  useSubsidyWrite((version: number) =>
    call("post", "/api/v1/interest-subsidy/claims/{id}/withdraw", { params: { id }, json: { version } }),
  );

export const useStartBatch = () =>
  useSubsidyWrite((applicationIds: string[]) =>
    call("post", "/api/v1/interest-subsidy/batches", { json: { applicationIds } }),
  );

export const useStartClaimPayment = () =>
  useSubsidyWrite((claimIds: string[]) =>
    call("post", "/api/v1/interest-subsidy/claim-payments", { json: { claimIds } }),
  );

export const claimFormUrl = (id: string, format: "html" | "pdf" = "html") =>
  `${root}/claims/${encodeURIComponent(id)}/form${format === "pdf" ? "?format=pdf" : ""}`;
