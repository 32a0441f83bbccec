import type {
  CompensationWorking,
  FundAccountKind,
  OrgType,
  PaymentAction,
  PaymentKind,
  PaymentReviewState,
  PaymentStatus,
  PostingKind,
  SubsidyWorking,
} from "@chanrong/domain";
import { type UseQueryResult, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, download } from "../../../shared/api/client";
import type { Paged } from "../../../shared/types";
import { type FundSummary, useFunds } from "../../fee-subsidy/api/fee-subsidy";

export type {
  CompensationWorking,
  FundAccountKind,
  PaymentAction,
  PaymentKind,
  PaymentReviewState,
  PaymentStatus,
  PostingKind,
  SubsidyWorking,
};

/** GET /api/v1/funds items, with what the overview and the report need to pick one. */
export interface FundListItem extends FundSummary {
  regionCode: string;
  managerOrgId: string;
  programmeCodes: string[];
}

/** The funds the caller may see (one list, shared with the fee-subsidy pages). */
export const useFundList = () => useFunds() as UseQueryResult<FundListItem[]>;

export interface FundAccount {
  id: string;
  kind: FundAccountKind;
  kindLabel: string;
  name: string;
  debits: string;
  credits: string;
  balance: string;
}

/** GET /api/v1/funds/:id */
export interface FundDetail extends FundListItem {
  accounts: FundAccount[];
}

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

/** GET /api/v1/funds/:id/postings items */
export interface ListedPosting extends Posting {
  mayReverse: boolean;
}

export interface KindTotals {
  kind: FundAccountKind;
  kindLabel: string;
  accountCount: number;
  opening: string;
  debits: string;
  credits: string;
  closing: string;
}

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

/** GET /api/v1/fund-payments/:id */
export interface PaymentDetail extends Omit<PaymentRow, "fundName"> {
  fund: { id: string; code: string; name: string };
  paidLineCount: number;
  history: PaymentHistoryEntry[];
  availableActions: PaymentAction[];
}

export interface PaymentActionInput {
  action: PaymentAction;
  version: number;
  opinion?: string;
  reason?: string;
  idempotencyKey?: string;
}

export interface PaymentFilter {
  kind?: string;
  status?: string;
}

/** The payment list's filters, as they stand in its URL. */
export const PAYMENT_FILTER_KEYS = ["kind", "status"] as const satisfies readonly (keyof PaymentFilter)[];

type Tally<T> = { inMonth: T; cumulative: T };

export interface ReportFigures {
  applications: Tally<number>;
  approvals: Tally<number>;
  disbursed: Tally<string>;
  outstanding: string;
  loansOutstanding: number;
  interestSubsidy: Tally<string>;
  feeSubsidy: Tally<string>;
  defaults: Tally<number>;
  defaultLoss: Tally<string>;
  compensation: Tally<string>;
  recoveries: Tally<string>;
}

export interface ReportRow extends ReportFigures {
  orgId: string;
  name: string;
}

/** GET /api/v1/reports/programme-monthly */
export interface ProgrammeMonthly {
  programme: { code: string; name: string; regionCode: string };
  month: string;
  from: string;
  to: string;
  fund: { id: string; code: string; name: string; cashBalance: string } | null;
  total: ReportFigures;
  byBank: ReportRow[];
  byGuarantor: ReportRow[];
  trend: {
    month: string;
    disbursed: string;
    outstanding: string;
    interestSubsidy: string;
    feeSubsidy: string;
    compensation: string;
    recoveries: string;
    cashBalance: string | null;
  }[];
}

export const fundKeys = {
  all: ["fund"] as const,
  detail: (id: string) => ["fund", "detail", id] as const,
  postings: (id: string, kind: PostingKind, page: number) => ["fund", "postings", id, kind, page] as const,
  statement: (id: string, from: string, to: string, page: number, pageSize: number) =>
    ["fund", "statement", id, from, to, page, pageSize] as const,
  payments: (waiting: boolean, filter: PaymentFilter, page: number) =>
    ["fund", "payments", waiting, filter, page] as const,
  payment: (id: string) => ["fund", "payment", id] as const,
  lines: (id: string, page: number, pageSize: number) =>
    ["fund", "payment", id, "lines", page, pageSize] as const,
  monthly: (programme: string, month: string) => ["fund", "monthly", programme, month] as const,
};

const fundPath = (id: string) => `/api/v1/funds/${encodeURIComponent(id)}`;
const paymentPath = (id: string) => `/api/v1/fund-payments/${encodeURIComponent(id)}`;

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

/** Any write to the ledger changes balances, statements, reports and the funds' cash alike. */
function invalidateLedger(queryClient: ReturnType<typeof useQueryClient>) {
  queryClient.invalidateQueries({ queryKey: fundKeys.all });
  queryClient.invalidateQueries({ queryKey: ["funds"] });
}

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

export interface AppropriationInput {
  amount: string;
  date: string;
  memo: string;
  idempotencyKey: string;
}

export const useAppropriate = (fundId: string) =>
  useLedgerWrite((input: AppropriationInput) =>
    api<LedgerWriteResult>(`${fundPath(fundId)}/appropriations`, { method: "POST", json: input }),
  );

export interface ReversalInput {
  postingId: number;
  reason: string;
  date: string;
  idempotencyKey: string;
}

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

/** The payment with every line's working, as reviewers and auditors keep it. */
export const exportPayment = (paymentId: string) =>
  download(`/api/v1/fund-payments/${paymentId}/export`, undefined, "payment.xlsx");

export const exportStatement = (fundId: string, from: string, to: string) =>
  download(`${fundPath(fundId)}/statement/export`, { from, to }, "statement.xlsx");

export function usePayments(waiting: boolean, filter: PaymentFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: fundKeys.payments(waiting, filter, page),
    queryFn: ({ signal }) =>
      api<Paged<PaymentRow>>("/api/v1/fund-payments", {
        query: { waiting: String(waiting), ...filter, page, pageSize },
        signal,
      }),
  });
}

export function usePayment(id: string | undefined) {
  return useQuery({
    queryKey: fundKeys.payment(id ?? ""),
    queryFn: ({ signal }) => api<PaymentDetail>(paymentPath(id ?? ""), { signal }),
    enabled: Boolean(id),
  });
}

export function usePaymentLines(id: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: fundKeys.lines(id, page, pageSize),
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
      queryClient.setQueryData(fundKeys.payment(id), updated);
    },
  });
}

export function useProgrammeMonthly(programme: string | undefined, month: string) {
  return useQuery({
    queryKey: fundKeys.monthly(programme ?? "", month),
    queryFn: ({ signal }) =>
      api<ProgrammeMonthly>("/api/v1/reports/programme-monthly", {
        query: { programme, month },
        signal,
      }),
    enabled: Boolean(programme),
  });
}

export const exportProgrammeMonthly = (programme: string, month: string) =>
  download("/api/v1/reports/programme-monthly/export", { programme, month }, "monthly-report.xlsx");
