import { useMutation } from "@tanstack/react-query";
import { call } from "../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

/** The public calculators (SPEC §3.3): amounts are decimal yuan strings both ways; types from the server's contract. */

export type InterestSubsidyRequest = RequestBody<"/api/v1/calculators/interest-subsidy", "post">;
export type InterestSubsidyResult = ResponseOf<"/api/v1/calculators/interest-subsidy", "post">;
export type DayCount = NonNullable<InterestSubsidyRequest["dayCount"]>;
export type LoanEventType = InterestSubsidyRequest["events"][number]["type"];

export type RiskSharingRequest = RequestBody<"/api/v1/calculators/risk-sharing", "post">;
export type RiskSharingResult = ResponseOf<"/api/v1/calculators/risk-sharing", "post">;

export type RecoveryRequest = RequestBody<"/api/v1/calculators/recovery-distribution", "post">;
export type RecoveryResult = ResponseOf<"/api/v1/calculators/recovery-distribution", "post">;

export type BridgeLoanFeeRequest = RequestBody<"/api/v1/calculators/bridge-loan-fee", "post">;
export type BridgeLoanFeeResult = ResponseOf<"/api/v1/calculators/bridge-loan-fee", "post">;

export type UsccResult = ResponseOf<"/api/v1/uscc/{code}", "get">;

export const useInterestSubsidy = () =>
  useMutation({
    mutationFn: (json: InterestSubsidyRequest) =>
      call("post", "/api/v1/calculators/interest-subsidy", { json }),
  });

export const useRiskSharing = () =>
  useMutation({
    mutationFn: (json: RiskSharingRequest) => call("post", "/api/v1/calculators/risk-sharing", { json }),
  });

export const useRecoveryDistribution = () =>
  useMutation({
    mutationFn: (json: RecoveryRequest) =>
      call("post", "/api/v1/calculators/recovery-distribution", { json }),
  });

export const useUsccCheck = () =>
  useMutation({
    mutationFn: (code: string) => call("get", "/api/v1/uscc/{code}", { params: { code } }),
  });

export const useBridgeLoanFee = () =>
  useMutation({
    mutationFn: (json: BridgeLoanFeeRequest) => call("post", "/api/v1/calculators/bridge-loan-fee", { json }),
  });
