import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../../db/client";
import { actorOf } from "../../../platform/auth/authentication";
import { idParams } from "../../../platform/http";
import { problems, workbookResponse } from "../../../platform/responses";
import { sendWorkbook } from "../../../platform/spreadsheets";
import { pilotProgressWorkbook } from "./progress-reports.excel";
import { pilotDetail, pilotSummary, reportInput, reportReceipt } from "./progress-reports.schemas";
import * as service from "./progress-reports.service";

export function registerPilotProgressRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["pilot-cities"];

  r.get(
    "/api/v1/pilots",
    {
      schema: {
        tags,
        summary:
          "The pilot cities (selected applications of any batch) the caller may see, with each plan year's report status",
        response: { 200: z.array(pilotSummary), ...problems(401, 403) },
      },
    },
    async (request) => service.listPilots(db, actorOf(request)),
  );

  r.get(
    "/api/v1/pilots/export",
    {
      schema: {
        tags,
        summary: "The pilots, their yearly reports and indicators against targets as one Excel workbook",
        response: { 200: workbookResponse, ...problems(401, 403) },
      },
    },
    async (request, reply) =>
      sendWorkbook(
        reply,
        "试点城市进展监测.xlsx",
        await pilotProgressWorkbook(await service.listPilotDetails(db, actorOf(request))),
      ),
  );

  r.get(
    "/api/v1/pilots/:id",
    {
      schema: {
        tags,
        summary:
          "A pilot with its targets, its yearly reports (every version) and each year's indicators against targets",
        params: idParams,
        response: { 200: pilotDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.getPilot(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/v1/pilots/:id/progress-reports",
    {
      schema: {
        tags,
        summary:
          "The pilot city reports a year's actual values against its targets; a year already reported is corrected as a new version with a reason",
        params: idParams,
        body: reportInput,
        response: { 201: reportReceipt, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.submitReport(db, actorOf(request), request.params.id, request.body, request.ip)),
  );
}
