import type {
  ApplicationAction,
  ApplicationStatus,
  ContractKind,
  EligibilityRule,
  HistoryAction,
  OrgType,
  ReviewParty,
  ReviewState,
} from "@chanrong/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, download } from "../../../shared/api/client";
import type { RequestBody } from "../../../shared/api/types";
import type { Paged } from "../../../shared/types";

export type { ApplicationAction, ApplicationStatus, ContractKind, ReviewParty, ReviewState };
export type SlaState = "on-time" | "due-soon" | "due-today" | "overdue";

// TODO(contract)
/** GET /api/v1/applications items */
export interface ApplicationRow {
  id: string;
  status: ApplicationStatus;
  bankReview: ReviewState;
  guarantorReview: ReviewState;
  holders: OrgType[];
  heldSince: string | null;
  amount: string;
  termMonths: number;
  submittedOn: string | null;
  version: number;
  enterpriseName: string;
  programmeName: string;
  nextDueOn: string | null;
  sla: SlaState | null;
}

/** The fields of the recommendation form (推荐表) the enterprise fills, as the create request sends them. */
export type RecommendationForm = ApplicationInput["form"];

// TODO(contract)
export interface EligibilityCheck {
  rule: string;
  passed: boolean;
  reason: string;
}

// TODO(contract)
/** GET /api/v1/applications/:id/eligibility: the rules as they stand today. */
export interface CurrentEligibility {
  eligible: boolean;
  asOf: string;
  /** `hard`: a ceiling of the programme, which refuses; any other failed rule the bureau may acknowledge. */
  checks: { rule: EligibilityRule; passed: boolean; reason: string; hard: boolean }[];
}

// TODO(contract)
export interface HistoryEvent {
  id: string | number;
  action: HistoryAction;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  opinion: string | null;
  reason: string | null;
  details: {
    eligibility?: { eligible: boolean; checks: EligibilityCheck[] };
    target?: ReviewParty;
    contracts?: unknown;
    /** recommend despite failed rules: which, and the bureau's reason. */
    acknowledgement?: { rules: EligibilityRule[]; reason: string };
  } | null;
  at: string;
  actorUsername: string | null;
  actorName: string | null;
  actorOrgName: string | null;
  actorOrgType: OrgType | null;
}

// TODO(contract)
export interface Clock {
  clock: "bank-review" | "guarantor-review" | "disbursement";
  startedOn: string;
  dueOn: string;
  running: boolean;
  stoppedAt: string | null;
  state: SlaState | null;
}

// TODO(contract)
export interface Contract {
  kind: ContractKind;
  number: string;
  signedOn: string;
  amount: string;
  parties: string[];
  /** 借款合同 only: the loan's actual annual rate as a fraction ("0.0345"), when the bank recorded it. */
  annualRate: string | null;
}

// TODO(contract)
/** GET /api/v1/applications/:id */
export interface ApplicationDetail {
  id: string;
  version: number;
  programme: { code: string; name: string; version: number };
  enterprise: { id: string; name: string; uscc: string };
  bank: { id: string; name: string };
  guarantor: { id: string; name: string };
  amount: string;
  termMonths: number;
  loanUse: string;
  supplyChainCategory: string | null;
  form: RecommendationForm;
  status: ApplicationStatus;
  bankReview: ReviewState;
  guarantorReview: ReviewState;
  holders: OrgType[];
  heldSince: string | null;
  submittedOn: string | null;
  clocks: Clock[];
  history: HistoryEvent[];
  contracts: Contract[];
  availableActions: ApplicationAction[];
}

export type ApplicationInput = RequestBody<"/api/v1/applications", "post">;

export type ContractInput = NonNullable<ActionInput["contracts"]>[number];

export type ActionInput = RequestBody<"/api/v1/applications/{id}/actions", "post">;

// TODO(contract)
export interface Organisation {
  id: string;
  name: string;
  type: OrgType;
  regionCode: string;
}

/** The list's filters, named as in the URL and the API; the scope of the caller always applies too. */
export interface ApplicationFilter {
  status?: string;
  /** The enterprise's registered district (a city's code covers its districts). */
  district?: string;
  bankOrgId?: string;
  submittedFrom?: string;
  submittedTo?: string;
}

export const APPLICATION_FILTER_KEYS = [
  "status",
  "district",
  "bankOrgId",
  "submittedFrom",
  "submittedTo",
] as const satisfies readonly (keyof ApplicationFilter)[];

export const applicationKeys = {
  all: ["applications"] as const,
  list: (waiting: boolean, filter: ApplicationFilter, page: number, pageSize: number) =>
    ["applications", "list", waiting, filter, page, pageSize] as const,
  detail: (id: string) => ["applications", "detail", id] as const,
};

const path = (id: string) => `/api/v1/applications/${encodeURIComponent(id)}`;

export function useApplications(waiting: boolean, filter: ApplicationFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: applicationKeys.list(waiting, filter, page, pageSize),
    queryFn: ({ signal }) =>
      api<Paged<ApplicationRow>>("/api/v1/applications", {
        query: { waiting: String(waiting), ...filter, page, pageSize },
        signal,
      }),
  });
}

/** The Excel export of exactly the list shown: the same tab and filters. */
export const exportApplications = (waiting: boolean, filter: ApplicationFilter) =>
  download("/api/v1/applications/export", { waiting: String(waiting), ...filter }, "applications.xlsx");

export function useApplication(id: string | undefined) {
  return useQuery({
    queryKey: applicationKeys.detail(id ?? ""),
    queryFn: ({ signal }) => api<ApplicationDetail>(path(id ?? ""), { signal }),
    enabled: Boolean(id),
  });
}

export function useCurrentEligibility(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...applicationKeys.detail(id), "eligibility"],
    queryFn: ({ signal }) => api<CurrentEligibility>(`${path(id)}/eligibility`, { signal }),
    enabled,
  });
}

/** Guarantee companies an enterprise may address its application to. */
export function useGuarantors() {
  return useQuery({
    queryKey: ["reference", "guarantors"],
    queryFn: () => api<Organisation[]>("/api/v1/guarantors"),
    staleTime: 60 * 60 * 1000,
  });
}

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplicationInput) =>
      api<ApplicationDetail>("/api/v1/applications", { method: "POST", json: input }),
    onSuccess: (created) => {
      queryClient.invalidateQueries({ queryKey: applicationKeys.all });
      queryClient.setQueryData(applicationKeys.detail(created.id), created);
    },
  });
}

/** One workflow step; 409 when the version is stale. */
export function useApplicationAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ActionInput) =>
      api<ApplicationDetail>(`${path(id)}/actions`, { method: "POST", json: input }),
    onSuccess: (updated) => {
      queryClient.invalidateQueries({ queryKey: applicationKeys.all });
      queryClient.setQueryData(applicationKeys.detail(id), updated);
    },
  });
}

export const recommendationFormUrl = (id: string, format: "html" | "pdf" = "html") =>
  `${path(id)}/recommendation-form${format === "pdf" ? "?format=pdf" : ""}`;
