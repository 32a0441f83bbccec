import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { idParams } from "../../platform/http";
import { problems } from "../../platform/responses";
import {
  statisticsInput,
  statisticsQuery,
  submissionDetail,
  submissionResponse,
  timelinessQuery,
  timelinessResponse,
} from "./monitoring.schemas";
import * as service from "./monitoring.service";

export function registerMonitoringRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["monitoring"];

  r.post(
    "/api/v1/bank-statistics",
    {
      config: { idempotent: true, apiKey: true },
      schema: {
        tags,
        summary:
          "A bank submits its monthly statistics (by form or with an API key); a month already submitted is corrected as a new version with a reason",
        body: statisticsInput,
        response: { 201: submissionDetail, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.submitStatistics(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    "/api/v1/bank-statistics",
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: "The live statistics a bank submitted, or those of every bank in the caller's region",
        querystring: statisticsQuery,
        response: { 200: z.array(submissionResponse), ...problems(400, 401, 403) },
      },
    },
    async (request) => service.listSubmissions(db, actorOf(request), request.query),
  );

  r.get(
    "/api/v1/bank-statistics/timeliness",
    {
      schema: {
        tags,
        summary: "Which banks of the caller's region submitted a month on time, late, or not yet",
        querystring: timelinessQuery,
        response: { 200: timelinessResponse, ...problems(400, 401, 403) },
      },
    },
    async (request) => service.timeliness(db, actorOf(request), request.query.month),
  );

  r.get(
    "/api/v1/bank-statistics/:id",
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: "A submission with its clusters and districts, and every version of its month",
        params: idParams,
        response: { 200: submissionDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.getSubmission(db, actorOf(request), request.params.id),
  );
}
