import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call } from "../../../shared/api/client";
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

export type OfficialCalendar = ResponseOf<"/api/v1/official-calendar", "get">;
export type CalendarYear = OfficialCalendar["years"][number];
export type CalendarYearInput = RequestBody<"/api/v1/official-calendar/{year}", "put">;

const calendarKey = ["official-calendar"] as const;

export const useOfficialCalendar = () =>
  useQuery({
    queryKey: calendarKey,
    queryFn: ({ signal }) => call("get", "/api/v1/official-calendar", { signal }),
  });

export function useEnterCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, input }: { year: number; input: CalendarYearInput }) =>
      call("put", "/api/v1/official-calendar/{year}", { params: { year }, json: input }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: calendarKey });
      // The workbench's reminder to enter the next year goes once it is entered.
      await queryClient.invalidateQueries({ queryKey: ["workbench"] });
    },
  });
}
