import {
  APPLICATION_STATUSES,
  type ApplicationAction,
  type ApplicationStatus,
  type ContractKind,
  type ReviewParty,
  type ReviewState,
} from "@chanrong/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { ItemOf, QueryOf, RequestBody, ResponseOf } from "../../../shared/api/types";
import type { EligibilityInput } from "../../programmes/api/types";

export type { ApplicationAction, ApplicationStatus, ContractKind, ReviewParty, ReviewState };

/** GET /api/v1/applications: one page of the worklist. */
export type ApplicationPage = ResponseOf<"/api/v1/applications", "get">;
export type ApplicationRow = ItemOf<ApplicationPage>;
export type SlaState = NonNullable<ApplicationRow["sla"]>;

/** The fields of the recommendation form (推荐表) the enterprise fills, as the create request sends them. */
export type RecommendationForm = ApplicationInput["form"];

/** GET /api/v1/applications/:id/eligibility: the rules as they stand today. */
export type CurrentEligibility = ResponseOf<"/api/v1/applications/{id}/eligibility", "get">;

/** GET /api/v1/applications/:id (also what creating it and each workflow step answer). */
export type ApplicationDetail = ResponseOf<"/api/v1/applications/{id}", "get">;
export type HistoryEvent = ApplicationDetail["history"][number];
export type Clock = ApplicationDetail["clocks"][number];
export type Contract = ApplicationDetail["contracts"][number];

export type ApplicationInput = RequestBody<"/api/v1/applications", "post">;

export type ContractInput = NonNullable<ActionInput["contracts"]>[number];

export type ActionInput = RequestBody<"/api/v1/applications/{id}/actions", "post">;

/** GET /api/v1/guarantors item. */
export type Organisation = ResponseOf<"/api/v1/guarantors", "get">[number];

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

type ApplicationQuery = QueryOf<"/api/v1/applications", "get">;

/** The request's filters: a status outside the vocabulary (a hand-edited URL) is left out. */
const applicationQuery = (waiting: boolean, filter: ApplicationFilter): ApplicationQuery => ({
  waiting: waiting ? "true" : "false",
  status: APPLICATION_STATUSES.find((status) => status === filter.status),
  district: filter.district,
  bankOrgId: filter.bankOrgId,
  submittedFrom: filter.submittedFrom,
  submittedTo: filter.submittedTo,
});

export const applicationKeys = {
  all: ["applications"] as const,
  list: (waiting: boolean, filter: ApplicationFilter, page: number, pageSize: number) =>
    ["applications", "list", waiting, filter, page, pageSize] as const,
  detail: (id: string) => ["applications", "detail", id] as const,
};

export function useApplications(waiting: boolean, filter: ApplicationFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: applicationKeys.list(waiting, filter, page, pageSize),
    queryFn: ({ signal }) =>
      call("get", "/api/v1/applications", {
        query: { ...applicationQuery(waiting, filter), page, pageSize },
        signal,
      }),
  });
}

/** The Excel export of exactly the list shown: the same tab and filters. */
export const exportApplications = (waiting: boolean, filter: ApplicationFilter) =>
  download("/api/v1/applications/export", applicationQuery(waiting, filter), "applications.xlsx");

export function useApplication(id: string | undefined) {
  return useQuery({
    queryKey: applicationKeys.detail(id ?? ""),
    queryFn: ({ signal }) => call("get", "/api/v1/applications/{id}", { params: { id: id ?? "" }, signal }),
    enabled: Boolean(id),
  });
}

export function useCurrentEligibility(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...applicationKeys.detail(id), "eligibility"],
    queryFn: ({ signal }) => call("get", "/api/v1/applications/{id}/eligibility", { params: { id }, signal }),
    enabled,
  });
}

/** GET /api/v1/applications/options: the calling enterprise's programmes, each with its banks and guarantors. */
export type ApplicationOptions = ResponseOf<"/api/v1/applications/options", "get">;

export function useApplicationOptions() {
  return useQuery({
    queryKey: ["applications", "options"],
    queryFn: ({ signal }) => call("get", "/api/v1/applications/options", { signal }),
  });
}

/** Every eligibility rule for the 推荐表 as filled so far (nothing saved): the applicant's pre-check. */
export function usePrecheck(programmeCode: string | undefined, input: EligibilityInput | null) {
  return useQuery({
    queryKey: ["applications", "precheck", programmeCode, input],
    queryFn: ({ signal }) =>
      call("post", "/api/v1/programmes/{code}/eligibility", {
        params: { code: programmeCode ?? "" },
        json: input as EligibilityInput,
        signal,
      }),
    enabled: Boolean(programmeCode && input),
    placeholderData: (previous) => previous,
  });
}

export type ApplicationPatch = RequestBody<"/api/v1/applications/{id}", "patch">;

/** Saves a draft at the version read; 409 when stale or once submitted. */
export function useUpdateApplication(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ApplicationPatch) =>
      call("patch", "/api/v1/applications/{id}", { params: { id }, json: patch }),
    onSuccess: (updated) => {
      queryClient.invalidateQueries({ queryKey: applicationKeys.all });
      queryClient.setQueryData(applicationKeys.detail(id), updated);
    },
  });
}

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplicationInput) => call("post", "/api/v1/applications", { json: input }),
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
      call("post", "/api/v1/applications/{id}/actions", { params: { id }, json: input }),
    onSuccess: (updated) => {
      queryClient.invalidateQueries({ queryKey: applicationKeys.all });
      queryClient.setQueryData(applicationKeys.detail(id), updated);
    },
  });
}

export const recommendationFormUrl = (id: string, format: "html" | "pdf" = "html") =>
  `/api/v1/applications/${encodeURIComponent(id)}/recommendation-form${format === "pdf" ? "?format=pdf" : ""}`;
