import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { call } from "../../../shared/api/client";
import type { ItemOf, QueryOf, ResponseOf } from "../../../shared/api/types";

/** GET /api/v1/audit-log row. */
export type AuditEntry = ItemOf<ResponseOf<"/api/v1/audit-log", "get">>;

export type AuditFilter = Pick<
  QueryOf<"/api/v1/audit-log", "get">,
  "actorUsername" | "action" | "entityType" | "from" | "to"
>;

export function useAuditLog(filter: AuditFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: ["audit-log", filter, page, pageSize],
    queryFn: ({ signal }) =>
      call("get", "/api/v1/audit-log", { query: { ...filter, page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}
