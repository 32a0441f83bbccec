import type { FundAccountKind, PaymentKind, PostingKind } from "@chanrong/domain";
import { type UseQueryResult, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, download } from "../../../shared/api/client";
import type { RequestBody } from "../../../shared/api/types";
import type { Paged } from "../../../shared/types";

export type { FundAccountKind, PostingKind };

// TODO(contract)
/** GET /api/v1/funds items: the funds the caller may see. */
export interface FundSummary {
  id: string;
  code: string;
  name: string;
  cashBalance: string;
}

// TODO(contract)
/** GET /api/v1/funds items, with what the overview and the report need to pick one. */
export interface FundListItem extends FundSummary {
  regionCode: string;
  managerOrgId: string;
  programmeCodes: string[];
}

export function useFunds() {
  return useQuery({
    queryKey: ["funds", "list"],
    queryFn: ({ signal }) => api<FundSummary[]>("/api/v1/funds", { signal }),
  });
}

/** The funds the caller may see (one list, shared with the fee-subsidy pages). */
export const useFundList = () => useFunds() as UseQueryResult<FundListItem[]>;

// TODO(contract)
export interface FundAccount {
  id: string;
  kind: FundAccountKind;
  kindLabel: string;
  name: string;
  debits: string;
  credits: string;
  balance: string;
}

// TODO(contract)
/** GET /api/v1/funds/:id */
export interface FundDetail extends FundListItem {
  accounts: FundAccount[];
}

// TODO(contract)
/** A posting as the statement and the appropriation list show it. */
export interface Posting {
  postingId: number;
  effectiveOn: string;
  kind: PostingKind;
  kindLabel: string;
  memo: string;
  recordedAt: string;
  recordedBy: { name: string; orgName: string };
  reverses: number | null;
  reversedBy: number | null;
  decision: {
    payment: { id: string; title: string; kind: PaymentKind; kindLabel: string } | null;
    line: { id: string; lineNo: number; beneficiary: string } | null;
    recovery: { id: string; recoveredOn: string; amount: string } | null;
  };
  movements: { kind: FundAccountKind; kindLabel: string; debit: string; credit: string }[];
  legs: { debit: string; credit: string; amount: string }[];
  legCount: number;
  cashIn: string;
  cashOut: string;
}

// TODO(contract)
/** GET /api/v1/funds/:id/postings items */
export interface ListedPosting extends Posting {
  mayReverse: boolean;
}

// TODO(contract)
export interface KindTotals {
  kind: FundAccountKind;
  kindLabel: string;
  accountCount: number;
  opening: string;
  debits: string;
  credits: string;
  closing: string;
}

// TODO(contract)
export interface Reconciliation {
  reconciled: boolean;
  accountsMatchTransfers: boolean;
  debitsEqualCredits: boolean;
  totalDebits: string;
  totalCredits: string;
  transferred: string;
  mismatches: {
    accountId: string;
    kind: FundAccountKind;
    name: string;
    recordedDebits: string;
    transferDebits: string;
    recordedCredits: string;
    transferCredits: string;
  }[];
}

// TODO(contract)
/** GET /api/v1/funds/:id/statement */
export interface Statement {
  fund: { id: string; code: string; name: string };
  from: string;
  to: string;
  openingCash: string;
  closingCash: string;
  totals: KindTotals[];
  reconciliation: Reconciliation;
  entries: Paged<Posting & { cashBalance: string }>;
}

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
    queryFn: ({ signal }) => api<FundDetail>(fundPath(id ?? ""), { signal }),
    enabled: Boolean(id),
  });
}

export function usePostings(fundId: string | undefined, kind: PostingKind, page: number, pageSize: number) {
  return useQuery({
    queryKey: fundKeys.postings(fundId ?? "", kind, page),
    queryFn: ({ signal }) =>
      api<Paged<ListedPosting>>(`${fundPath(fundId ?? "")}/postings`, {
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

// TODO(contract)
/** What an appropriation or a reversal answers: the posting, and whether the key had posted it before. */
export interface LedgerWriteResult {
  postingId: number;
  replayed: boolean;
}

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
    api<LedgerWriteResult>(`${fundPath(fundId)}/appropriations`, { method: "POST", json: input }),
  );

export type ReversalInput = RequestBody<"/api/v1/funds/{id}/postings/{postingId}/reversal", "post"> & {
  postingId: number;
};

export const useReversePosting = (fundId: string) =>
  useLedgerWrite(({ postingId, ...input }: ReversalInput) =>
    api<LedgerWriteResult>(`${fundPath(fundId)}/postings/${postingId}/reversal`, {
      method: "POST",
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
      api<Statement>(`${fundPath(fundId ?? "")}/statement`, { query: { from, to, page, pageSize }, signal }),
    enabled: Boolean(fundId),
    placeholderData: (previous) => previous,
  });
}

export const exportStatement = (fundId: string, from: string, to: string) =>
  download(`${fundPath(fundId)}/statement/export`, { from, to }, "statement.xlsx");
