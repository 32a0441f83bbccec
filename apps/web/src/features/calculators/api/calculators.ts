import { useMutation } from "@tanstack/react-query";
import { api } from "../../../shared/api/client";

/** The public calculators (SPEC §3.3): amounts are decimal yuan strings both ways. */

export type DayCount = "ACT/360" | "ACT/365";
export type LoanEventType = "disbursement" | "repayment";

export interface InterestSubsidyRequest {
  rate?: string;
  dayCount?: DayCount;
  events: { date: string; type: LoanEventType; amount: string }[];
  interestPaid?: string;
}

export interface InterestSubsidyResult {
  subsidy: string;
  uncapped: string;
  capped: boolean;
  periods: { from: string; to: string; days: number; principal: string; amount: string }[];
}

export interface RiskSharingRequest {
  scheme: string;
  loss: string;
  fundShareOfGuarantor?: string;
}

export interface RiskSharingResult {
  reguarantor: string;
  guarantor: string;
  bank: string;
  government: string;
  nationalFund?: string;
  fundPays: string;
  guarantorNet: string;
}

export interface RecoveryRequest extends RiskSharingRequest {
  recovered: string;
}

export interface RecoveryResult {
  reguarantor: string;
  guarantor: string;
  fund: string;
  nationalFund?: string;
}

export type UsccResult =
  | { valid: true; divisionCode: string }
  | { valid: false; rule: string; reason: string };

export const useInterestSubsidy = () =>
  useMutation({
    mutationFn: (input: InterestSubsidyRequest) =>
      api<InterestSubsidyResult>("/api/v1/calculators/interest-subsidy", { method: "POST", json: input }),
  });

export const useRiskSharing = () =>
  useMutation({
    mutationFn: (input: RiskSharingRequest) =>
      api<RiskSharingResult>("/api/v1/calculators/risk-sharing", { method: "POST", json: input }),
  });

export const useRecoveryDistribution = () =>
  useMutation({
    mutationFn: (input: RecoveryRequest) =>
      api<RecoveryResult>("/api/v1/calculators/recovery-distribution", { method: "POST", json: input }),
  });

export const useUsccCheck = () =>
  useMutation({
    mutationFn: (code: string) => api<UsccResult>(`/api/v1/uscc/${encodeURIComponent(code)}`),
  });
