import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/client";

// TODO(contract)
/** GET /api/v1/audit-log row. */
export interface AuditEntry {
  id: number;
  at: string;
  actorUserId: string | null;
  actorUsername: string | null;
  actorOrgId: string | null;
  actorOrgName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface AuditFilter {
  actorUsername?: string;
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
}

export function useAuditLog(filter: AuditFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: ["audit-log", filter, page, pageSize],
    queryFn: ({ signal }) =>
      api<{ items: AuditEntry[]; total: number }>("/api/v1/audit-log", {
        query: { ...filter, page, pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
