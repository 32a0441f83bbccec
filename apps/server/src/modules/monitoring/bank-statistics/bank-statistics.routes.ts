import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../../db/client";
import { actorOf } from "../../../platform/auth/authentication";
import { idParams } from "../../../platform/http";
import { bufferedUpload, bufferUpload } from "../../../platform/multipart";
import { problems, workbookResponse } from "../../../platform/responses";
import { sendWorkbook } from "../../../platform/spreadsheets";
import {
  statisticsInput,
  statisticsQuery,
  submissionDetail,
  submissionResponse,
  templateQuery,
  timelinessQuery,
  timelinessResponse,
} from "./bank-statistics.schemas";
import * as service from "./bank-statistics.service";
import { exportOf, templateOf, uploadStatistics } from "./bank-statistics-excel.service";

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
    "/api/v1/bank-statistics/template",
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary:
          "The Excel template of one of the bank's months: totals, by 33618 cluster and by district of its region, with filling notes",
        querystring: templateQuery,
        response: { 200: workbookResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { filename, body } = await templateOf(db, actorOf(request), request.query.month);
      return sendWorkbook(reply, filename, body);
    },
  );

  r.post(
    "/api/v1/bank-statistics/upload",
    {
      config: { idempotent: true, apiKey: true },
      schema: {
        tags,
        summary:
          "A bank uploads its month as the filled template (multipart: field `reason` for a correction, then `file`): saved whole, or refused with every problem by sheet, row and column",
        consumes: ["multipart/form-data"],
        response: { 201: submissionDetail, ...problems(400, 401, 403, 409, 413, 415) },
      },
      preValidation: bufferUpload,
    },
    async (request, reply) => {
      const { content, fields } = bufferedUpload(request);
      const saved = await uploadStatistics(db, actorOf(request), content, fields.reason, request.ip);
      return reply.status(201).send(saved);
    },
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
    "/api/v1/bank-statistics/export",
    {
      schema: {
        tags,
        summary:
          "The statistics as an Excel workbook: the bank's own, or the region's with a month's timeliness when a month is given",
        querystring: statisticsQuery,
        response: { 200: workbookResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { filename, body } = await exportOf(db, actorOf(request), request.query.month);
      return sendWorkbook(reply, filename, body);
    },
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
