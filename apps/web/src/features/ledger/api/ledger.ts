import type { FundAccountKind, PostingKind } from "@chanrong/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { ItemOf, RequestBody, ResponseOf } from "../../../shared/api/types";

export type { FundAccountKind, PostingKind };

/**
 * GET /api/v1/funds items: the funds the caller may see, with their cash and what the overview and
 * the report need to pick one.
 */
export type FundListItem = ResponseOf<"/api/v1/funds", "get">[number];

/** The funds the caller may see (one list, shared by the ledger, the fee-subsidy and the report pages). */
export function useFunds() {
  return useQuery({
    queryKey: ["funds", "list"],
    queryFn: ({ signal }) => call("get", "/api/v1/funds", { signal }),
  });
}

/** GET /api/v1/funds/:id */
export type FundDetail = ResponseOf<"/api/v1/funds/{id}", "get">;
export type FundAccount = FundDetail["accounts"][number];

/** GET /api/v1/funds/:id/postings items: a posting as the appropriation list shows it. */
export type ListedPosting = ItemOf<ResponseOf<"/api/v1/funds/{id}/postings", "get">>;

/** GET /api/v1/funds/:id/statement */
export type Statement = ResponseOf<"/api/v1/funds/{id}/statement", "get">;
export type KindTotals = Statement["totals"][number];
export type Reconciliation = Statement["reconciliation"];
/** A posting as the statement shows it, with the cash after it. */
export type StatementEntry = ItemOf<Statement["entries"]>;
/** A posting as the statement and the appropriation list both show it. */
export type Posting = Omit<StatementEntry, "cashBalance">;

/**
 * Query keys of everything the ledger's postings change: the ledger's own, the payments' and the reports'
 * all start with "fund", so one ledger write refreshes them all.
 */
export const fundKeys = {
  all: ["fund"] as const,
  detail: (id: string) => ["fund", "detail", id] as const,
  postings: (id: string, kind: PostingKind, page: number) => ["fund", "postings", id, kind, page] as const,
  statement: (id: string, from: string, to: string, page: number, pageSize: number) =>
    ["fund", "statement", id, from, to, page, pageSize] as const,
};

const fundPath = (id: string) => `/api/v1/funds/${encodeURIComponent(id)}`;

export function useFund(id: string | undefined) {
  return useQuery({
    queryKey: fundKeys.detail(id ?? ""),
    queryFn: ({ signal }) => call("get", "/api/v1/funds/{id}", { params: { id: id ?? "" }, signal }),
    enabled: Boolean(id),
  });
}

export function usePostings(fundId: string | undefined, kind: PostingKind, page: number, pageSize: number) {
  return useQuery({
    queryKey: fundKeys.postings(fundId ?? "", kind, page),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/funds/{id}/postings", {
        params: { id: fundId ?? "" },
        query: { kind, page, pageSize },
        signal,
      }),
    enabled: Boolean(fundId),
  });
}

/** Any write to the ledger changes balances, statements, payments, reports and the funds' cash alike. */
export function invalidateLedger(queryClient: ReturnType<typeof useQueryClient>) {
  queryClient.invalidateQueries({ queryKey: fundKeys.all });
  queryClient.invalidateQueries({ queryKey: ["funds"] });
}

/**
 * What an appropriation or a reversal answers: the posting, whether the key had posted it before,
 * and the fund after.
 */
export type LedgerWriteResult = ResponseOf<"/api/v1/funds/{id}/appropriations", "post">;

function useLedgerWrite<Input>(write: (input: Input) => Promise<LedgerWriteResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => invalidateLedger(queryClient),
  });
}

export type AppropriationInput = RequestBody<"/api/v1/funds/{id}/appropriations", "post">;

export const useAppropriate = (fundId: string) =>
  useLedgerWrite((input: AppropriationInput) =>
    call("post", "/api/v1/funds/{id}/appropriations", { params: { id: fundId }, json: input }),
  );

export type ReversalInput = RequestBody<"/api/v1/funds/{id}/postings/{postingId}/reversal", "post"> & {
  postingId: number;
};

export const useReversePosting = (fundId: string) =>
  useLedgerWrite(({ postingId, ...input }: ReversalInput) =>
    call("post", "/api/v1/funds/{id}/postings/{postingId}/reversal", {
      params: { id: fundId, postingId },
      json: input,
    }),
  );

export function useStatement(
  fundId: string | undefined,
  from: string,
  to: string,
  page: number,
  pageSize: number,
) {
  return useQuery({
    queryKey: fundKeys.statement(fundId ?? "", from, to, page, pageSize),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/funds/{id}/statement", {
        params: { id: fundId ?? "" },
        query: { from, to, page, pageSize },
        signal,
      }),
    enabled: Boolean(fundId),
    placeholderData: (previous) => previous,
  });
}

export const exportStatement = (fundId: string, from: string, to: string) =>
  download(`${fundPath(fundId)}/statement/export`, { from, to }, "statement.xlsx");
