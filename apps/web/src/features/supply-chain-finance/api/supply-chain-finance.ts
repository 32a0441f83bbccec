import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

const BASE = "/api/v1/supply-chain-finance";

export type Payable = ResponseOf<"/api/v1/supply-chain-finance/payables", "get">[number];
export type Arrangement = ResponseOf<"/api/v1/supply-chain-finance/arrangements", "get">[number];
export type VerifiedLimit = ResponseOf<"/api/v1/supply-chain-finance/limits", "get">[number];
export type Financing = ResponseOf<"/api/v1/supply-chain-finance/financings", "get">[number];
export type ArrangementInput = RequestBody<"/api/v1/supply-chain-finance/arrangements", "post">;
export type FinancingInput = RequestBody<"/api/v1/supply-chain-finance/financings", "post">;
export type PayableCorrection = RequestBody<"/api/v1/supply-chain-finance/payables/{id}", "put">;
export type ScfRules = ResponseOf<"/api/v1/supply-chain-finance/rules/{regionCode}", "get">;
export type ScfRulesInput = RequestBody<"/api/v1/supply-chain-finance/rules/{regionCode}", "put">;

const KEY = ["supply-chain-finance"] as const;

export const usePayables = (side: "core" | "supplier" | undefined, enabled = true) =>
  useQuery({
    queryKey: [...KEY, "payables", side],
    queryFn: ({ signal }) =>
      call("get", "/api/v1/supply-chain-finance/payables", { query: { side }, signal }),
    enabled,
  });

export const useArrangements = () =>
  useQuery({
    queryKey: [...KEY, "arrangements"],
    queryFn: ({ signal }) => call("get", "/api/v1/supply-chain-finance/arrangements", { signal }),
  });

export const useLimits = () =>
  useQuery({
    queryKey: [...KEY, "limits"],
    queryFn: ({ signal }) => call("get", "/api/v1/supply-chain-finance/limits", { signal }),
  });

export const useFinancings = () =>
  useQuery({
    queryKey: [...KEY, "financings"],
    queryFn: ({ signal }) => call("get", "/api/v1/supply-chain-finance/financings", { signal }),
  });

export const useScfReport = () =>
  useQuery({
    queryKey: [...KEY, "report"],
    queryFn: ({ signal }) => call("get", "/api/v1/supply-chain-finance/report", { signal }),
  });

export const downloadPayablesTemplate = () =>
  download(`${BASE}/payables/template`, undefined, "应付账款上传模板.xlsx");
export const exportScfReport = () => download(`${BASE}/report/export`, undefined, "数据确权供应链融资.xlsx");

function useScfMutation<Input, Result>(run: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

export const useUploadPayables = () =>
  useScfMutation((file: File) => {
    const form = new FormData();
    form.append("file", file, file.name);
    return call("post", "/api/v1/supply-chain-finance/payables/import", { form });
  });

export const useWithdrawPayable = () =>
  useScfMutation(({ id, reason, version }: { id: string; reason: string; version: number }) =>
    call("post", "/api/v1/supply-chain-finance/payables/{id}/withdraw", {
      params: { id },
      json: { reason, version },
    }),
  );

export const useCorrectPayable = () =>
  useScfMutation(({ id, ...json }: PayableCorrection & { id: string }) =>
    call("put", "/api/v1/supply-chain-finance/payables/{id}", { params: { id }, json }),
  );

export const useScfRules = (regionCode: string | undefined) =>
  useQuery({
    queryKey: [...KEY, "rules", regionCode],
    enabled: !!regionCode,
    queryFn: ({ signal }) =>
      call("get", "/api/v1/supply-chain-finance/rules/{regionCode}", {
        params: { regionCode: regionCode ?? "" },
        signal,
      }),
  });

export const useSetScfRules = () =>
  useScfMutation(({ regionCode, ...json }: ScfRulesInput & { regionCode: string }) =>
    call("put", "/api/v1/supply-chain-finance/rules/{regionCode}", { params: { regionCode }, json }),
  );

export const useRecordArrangement = () =>
  useScfMutation((json: ArrangementInput) =>
    call("post", "/api/v1/supply-chain-finance/arrangements", { json }),
  );

export const useDecideArrangement = () =>
  useScfMutation(
    ({
      id,
      ...json
    }: {
      id: string;
      action: "CONFIRM" | "DECLINE" | "END";
      note?: string;
      version: number;
    }) => call("post", "/api/v1/supply-chain-finance/arrangements/{id}/decision", { params: { id }, json }),
  );

export const useCreateFinancing = () =>
  useScfMutation(({ input, idempotencyKey }: { input: FinancingInput; idempotencyKey: string }) =>
    call("post", "/api/v1/supply-chain-finance/financings", { json: input, idempotencyKey }),
  );

export const useDecideFinancing = () =>
  useScfMutation(
    ({
      id,
      idempotencyKey,
      ...json
    }: {
      id: string;
      action: "FINANCE" | "DECLINE";
      reason?: string;
      version: number;
      idempotencyKey: string;
    }) =>
      call("post", "/api/v1/supply-chain-finance/financings/{id}/decision", {
        params: { id },
        json,
        idempotencyKey,
      }),
  );

export const useRepayFinancing = () =>
  useScfMutation(
    ({
      id,
      idempotencyKey,
      ...json
    }: {
      id: string;
      source: "SUPPLIER" | "CORE_PAYMENT";
      repaidOn: string;
      version: number;
      idempotencyKey: string;
    }) =>
      call("post", "/api/v1/supply-chain-finance/financings/{id}/repay", {
        params: { id },
        json,
        idempotencyKey,
      }),
  );
