import { useQuery } from "@tanstack/react-query";
import { call } from "../../shared/api/client";
import type { ResponseOf } from "../../shared/api/types";

/** GET /api/v1/workbench: what waits for the caller's organisation, and its latest items. */
export type Workbench = ResponseOf<"/api/v1/workbench", "get">;
export type WorkItem = Workbench["items"][number];
export type WorkKind = WorkItem["kind"];

export const WORKBENCH_KEY = ["workbench"] as const;

/** Shared by the home page, the bell and the worklists' default tab; refreshed every minute. */
export function useWorkbench(enabled = true) {
  return useQuery({
    queryKey: WORKBENCH_KEY,
    queryFn: ({ signal }) => call("get", "/api/v1/workbench", { signal }),
    refetchInterval: 60_000,
    enabled,
  });
}

/** Where a work item is opened. */
export function workItemPath(item: Pick<WorkItem, "kind" | "id">): string {
  switch (item.kind) {
    case "application":
      return `/applications/${item.id}`;
    case "payment":
      return `/fund/payments/${item.id}`;
    case "default-case":
      return `/default-cases/${item.id}`;
    case "interest-subsidy-claim":
      return `/interest-subsidy/claims/${item.id}`;
    case "product-review":
      return `/products/${item.id}`;
    case "demand-curation":
    case "claim-escalated":
    case "demand-push":
    case "claim-step":
    case "claim-outcome":
      return `/financing-demands/${item.id}`;
    case "bridge-loan":
      return `/bridge-loans/${item.id}`;
  }
}
