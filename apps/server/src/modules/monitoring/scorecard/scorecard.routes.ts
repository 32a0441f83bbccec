import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "../../../db/client";
import { actorOf } from "../../../platform/auth/authentication";
import { problems, workbookResponse } from "../../../platform/responses";
import { sendWorkbook } from "../../../platform/spreadsheets";
import { regionMonthQuery } from "../indicators/indicators.schemas";
import { regionParams } from "../targets/targets.schemas";
import { scorecardWorkbook } from "./scorecard.excel";
import {
  publishInput,
  scorecardConfigResponse,
  scorecardConfigSave,
  scorecardResponse,
} from "./scorecard.schemas";
import * as service from "./scorecard.service";

export function registerScorecardRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["monitoring"];

  r.get(
    "/api/v1/monitoring/scorecard",
    {
      schema: {
        tags,
        summary:
          "The banks' scorecard for a month (差异化考核): every card with its working for the region's readers; a bank reads only its own card of a published month",
        querystring: regionMonthQuery,
        response: { 200: scorecardResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.getScorecard(db, actorOf(request), request.query),
  );

  r.get(
    "/api/v1/monitoring/scorecard/export",
    {
      schema: {
        tags,
        summary: "The scorecard as an Excel workbook: what the caller may read of it",
        querystring: regionMonthQuery,
        response: { 200: workbookResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const scorecard = await service.getScorecard(db, actorOf(request), request.query);
      return sendWorkbook(reply, `银行考核-${scorecard.month}.xlsx`, await scorecardWorkbook(scorecard));
    },
  );

  r.post(
    "/api/v1/monitoring/scorecard/publications",
    {
      schema: {
        tags,
        summary: "The region's industry bureau publishes a month's scorecard: a frozen copy the banks read",
        body: publishInput,
        response: { 201: scorecardResponse, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.publishScorecard(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    "/api/v1/monitoring/scorecard-config/:regionCode",
    {
      schema: {
        tags,
        summary: "A region's scorecard criteria and weights (ADR 036's defaults until it sets its own)",
        params: regionParams,
        response: { 200: scorecardConfigResponse, ...problems(400, 401, 403) },
      },
    },
    async (request) => service.getScorecardConfig(db, actorOf(request), request.params.regionCode),
  );

  r.put(
    "/api/v1/monitoring/scorecard-config/:regionCode",
    {
      schema: {
        tags,
        summary:
          "The region's industry bureau saves its scorecard weights as a new version (409 over a newer one)",
        params: regionParams,
        body: scorecardConfigSave,
        response: { 200: scorecardConfigResponse, ...problems(400, 401, 403, 409) },
      },
    },
    async (request) =>
      service.saveScorecardConfig(db, actorOf(request), request.params.regionCode, request.body, request.ip),
  );
}
