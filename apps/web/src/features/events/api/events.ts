import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, download } from "../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

/** GET /api/v1/events items. */
export type EventSummary = ResponseOf<"/api/v1/events", "get">[number];
/** GET /api/v1/events/:id, and the answer of every step on an event. */
export type EventDetail = ResponseOf<"/api/v1/events/{id}", "get">;
export type Invitation = EventDetail["invitations"][number];
export type EventInput = RequestBody<"/api/v1/events", "post">;
export type OutcomeInput = RequestBody<"/api/v1/events/{id}/outcomes", "post">;

const KEY = ["events"] as const;

export function useEvents(filter: { year?: number; status?: EventSummary["status"] }) {
  return useQuery({
    queryKey: [...KEY, "list", filter],
    queryFn: ({ signal }) => call("get", "/api/v1/events", { query: { ...filter }, signal }),
  });
}

export function useEvent(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, "detail", id],
    queryFn: ({ signal }) => call("get", "/api/v1/events/{id}", { params: { id: id ?? "" }, signal }),
    enabled: Boolean(id),
  });
}

/** 家次 served by the region's events in the business date's year. */
export function useServed(enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, "served"],
    queryFn: ({ signal }) => call("get", "/api/v1/events/served", { signal }),
    enabled,
  });
}

export const exportEvents = (year: number) =>
  download("/api/v1/events/export", { year }, `events-${year}.xlsx`);

function useEventMutation<Input, Result>(run: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export const useCreateEvent = () =>
  useEventMutation((input: EventInput) => call("post", "/api/v1/events", { json: input }));

export const useInvite = (id: string) =>
  useEventMutation((input: RequestBody<"/api/v1/events/{id}/invitations", "post">) =>
    call("post", "/api/v1/events/{id}/invitations", { params: { id }, json: input }),
  );

export const useAnswer = (id: string) =>
  useEventMutation((input: RequestBody<"/api/v1/events/{id}/registration", "post">) =>
    call("post", "/api/v1/events/{id}/registration", { params: { id }, json: input }),
  );

export const useCheckIn = (id: string) =>
  useEventMutation((invitationIds: string[]) =>
    call("post", "/api/v1/events/{id}/check-ins", { params: { id }, json: { invitationIds } }),
  );

export const useRecordOutcome = (id: string) =>
  useEventMutation(({ input, idempotencyKey }: { input: OutcomeInput; idempotencyKey: string }) =>
    call("post", "/api/v1/events/{id}/outcomes", { params: { id }, json: input, idempotencyKey }),
  );

export const useCloseEvent = (id: string) =>
  useEventMutation((note: string) =>
    call("post", "/api/v1/events/{id}/close", { params: { id }, json: { note } }),
  );

export const useCancelEvent = (id: string) =>
  useEventMutation((reason: string) =>
    call("post", "/api/v1/events/{id}/cancel", { params: { id }, json: { reason } }),
  );
