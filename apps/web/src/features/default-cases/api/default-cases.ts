import type {
  CompensationWorking,
  DefaultCaseAction,
  DefaultCaseStatus,
  LoanStatus,
  PaymentStatus,
  RecoveryBearer,
} from "@chanrong/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/client";
import type { RequestBody } from "../../../shared/api/types";
import type { Paged } from "../../../shared/types";

export type { DefaultCaseAction, DefaultCaseStatus };

// TODO(contract)
/** GET /api/v1/default-cases items */
export interface DefaultCaseRow {
  id: string;
  status: DefaultCaseStatus;
  applicationId: string;
  enterpriseName: string;
  bankName: string;
  guarantorName: string;
  programmeName: string;
  loss: string;
  scheme: string;
  claimedOn: string;
  compensatedOn: string | null;
  paymentStatus: PaymentStatus | null;
  recovered: string;
}

// TODO(contract)
export interface Recovery {
  id: string;
  recoveredOn: string;
  /** Negative on a reversal. */
  amount: string;
  distribution: Record<RecoveryBearer, string>;
  postingId: number | null;
  recordedBy: string;
  recordedAt: string;
  /** On a reversal: the recovery it corrects, and why. */
  reverses: string | null;
  reason: string | null;
  reversedBy: { id: string; reason: string; recordedBy: string; recordedAt: string } | null;
  mayReverse: boolean;
}

// TODO(contract)
/** One step of a case's history. */
export interface CaseHistoryEntry {
  id: number;
  action: DefaultCaseAction | "claim";
  fromStatus: DefaultCaseStatus | null;
  toStatus: DefaultCaseStatus;
  reason: string | null;
  businessDate: string;
  at: string;
  actorName: string;
  actorOrgName: string;
}

// TODO(contract)
/** GET /api/v1/default-cases/:id */
export interface DefaultCase {
  id: string;
  status: DefaultCaseStatus;
  version: number;
  loss: string;
  scheme: string;
  schemes: string[];
  claimedOn: string;
  claimReason: string;
  compensatedOn: string | null;
  withdrawal: { reason: string; by: string; orgName: string; on: string; at: string } | null;
  application: {
    id: string;
    enterpriseName: string;
    bankName: string;
    guarantorName: string;
    programmeCode: string;
    programmeName: string;
    amount: string;
  };
  position: { status: LoanStatus; disbursed: string; repaid: string; outstanding: string };
  working: CompensationWorking | null;
  blocked: string | null;
  bankShare: string | null;
  compensationToBank: string | null;
  payment: { id: string; status: PaymentStatus; total: string; paidAt: string | null } | null;
  fundPartPaid: boolean;
  recovered: string;
  recoverable: string;
  recoveries: Recovery[];
  history: CaseHistoryEntry[];
  availableActions: DefaultCaseAction[];
}

// TODO(contract)
/** GET /api/v1/default-cases/claimable items */
export interface ClaimableLoan {
  applicationId: string;
  enterpriseName: string;
  programmeName: string;
  amount: string;
  outstanding: string;
  overdueSince: string | null;
  schemes: string[];
}

export type ClaimInput = RequestBody<"/api/v1/default-cases", "post">;

const KEY = ["default-cases"] as const;

export function useDefaultCases(filter: { status?: DefaultCaseStatus; page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...KEY, "list", filter],
    queryFn: ({ signal }) =>
      api<Paged<DefaultCaseRow>>("/api/v1/default-cases", { query: { ...filter }, signal }),
  });
}

export function useClaimableLoans() {
  return useQuery({
    queryKey: [...KEY, "claimable"],
    queryFn: ({ signal }) => api<Paged<ClaimableLoan>>("/api/v1/default-cases/claimable", { signal }),
  });
}

export function useDefaultCase(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, "detail", id],
    queryFn: ({ signal }) =>
      api<DefaultCase>(`/api/v1/default-cases/${encodeURIComponent(id ?? "")}`, { signal }),
    enabled: Boolean(id),
  });
}

function useCaseMutation<Input, Result>(call: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export const useClaim = () =>
  useCaseMutation((input: ClaimInput) =>
    api<DefaultCase>("/api/v1/default-cases", { method: "POST", json: input }),
  );

const casePath = (id: string, what: string) => `/api/v1/default-cases/${encodeURIComponent(id)}/${what}`;

export const useCompensate = (id: string) =>
  useCaseMutation((input: RequestBody<"/api/v1/default-cases/{id}/compensation", "post">) =>
    api<DefaultCase>(casePath(id, "compensation"), { method: "POST", json: input }),
  );

export const useRenewFundPayment = (id: string) =>
  useCaseMutation((input: RequestBody<"/api/v1/default-cases/{id}/fund-payment", "post">) =>
    api<DefaultCase>(casePath(id, "fund-payment"), { method: "POST", json: input }),
  );

export const useRecordRecovery = (id: string) =>
  useCaseMutation((input: RequestBody<"/api/v1/default-cases/{id}/recoveries", "post">) =>
    api<{ recoveryId: string; replayed: boolean; defaultCase: DefaultCase }>(casePath(id, "recoveries"), {
      method: "POST",
      json: input,
    }),
  );

export const useWithdrawClaim = (id: string) =>
  useCaseMutation((input: RequestBody<"/api/v1/default-cases/{id}/withdrawal", "post">) =>
    api<DefaultCase>(casePath(id, "withdrawal"), { method: "POST", json: input }),
  );

export const useReverseRecovery = (id: string) =>
  useCaseMutation(
    (
      input: RequestBody<"/api/v1/default-cases/{id}/recoveries/{recoveryId}/reversal", "post"> & {
        recoveryId: string;
      },
    ) =>
      api<DefaultCase>(casePath(id, `recoveries/${encodeURIComponent(input.recoveryId)}/reversal`), {
        method: "POST",
        json: { reason: input.reason },
      }),
  );
