import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { pageQuery } from "../../platform/http";
import { problems } from "../../platform/responses";
import { auditPage } from "../identity/identity.schemas";
import {
  calendarYearInput,
  calendarYearResponse,
  officialCalendarResponse,
  yearParams,
} from "./calendar.schemas";
import * as service from "./calendar.service";

export function registerCalendarRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["official-calendar"];

  r.get(
    "/api/v1/official-calendar",
    {
      schema: {
        tags,
        summary: "The official calendar: each year entered, its holidays, adjusted workdays and notice",
        response: { 200: officialCalendarResponse, ...problems(401, 403) },
      },
    },
    async () => service.listOfficialCalendar(db),
  );

  r.put(
    "/api/v1/official-calendar/:year",
    {
      schema: {
        tags,
        summary: "Enter or replace a year from the State Council's holiday notice (platform admin)",
        params: yearParams,
        body: calendarYearInput,
        response: { 200: calendarYearResponse, ...problems(400, 401, 403, 409) },
      },
    },
    async (request) =>
      service.enterCalendarYear(db, actorOf(request), request.params.year, request.body, request.ip),
  );

  r.get(
    "/api/v1/official-calendar/:year/history",
    {
      schema: {
        tags,
        summary: "Who entered or replaced a year, when, and the year before and after (platform admin)",
        params: yearParams,
        querystring: z.object(pageQuery).strict(),
        response: { 200: auditPage, ...problems(400, 401, 403) },
      },
    },
    async (request) =>
      service.calendarYearHistory(
        db,
        actorOf(request),
        request.params.year,
        request.query.page,
        request.query.pageSize,
      ),
  );
}
