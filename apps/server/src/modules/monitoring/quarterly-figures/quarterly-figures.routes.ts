import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../../db/client";
import { actorOf } from "../../../platform/auth/authentication";
import { idParams } from "../../../platform/http";
import { problems, workbookResponse } from "../../../platform/responses";
import { sendWorkbook } from "../../../platform/spreadsheets";
import { quarterlyFiguresWorkbook } from "./quarterly-figures.excel";
import { figureDetail, figureInput, figureQuery, figureResponse } from "./quarterly-figures.schemas";
import * as service from "./quarterly-figures.service";

export function registerQuarterlyFigureRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["monitoring"];

  r.post(
    "/api/v1/quarterly-figures",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "A department enters a quarterly figure for its region (fund investment, bonds, listings, guarantees, insurance); an entered quarter is corrected as a new version with a reason",
        body: figureInput,
        response: { 201: figureDetail, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.enterFigure(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    "/api/v1/quarterly-figures",
    {
      schema: {
        tags,
        summary: "The live quarterly figures of a region and its districts",
        querystring: figureQuery,
        response: { 200: z.array(figureResponse), ...problems(400, 401, 403) },
      },
    },
    async (request) => service.listFigures(db, actorOf(request), request.query),
  );

  r.get(
    "/api/v1/quarterly-figures/export",
    {
      schema: {
        tags,
        summary: "The live quarterly figures as an Excel workbook, with the same filters as the list",
        querystring: figureQuery,
        response: { 200: workbookResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      sendWorkbook(
        reply,
        "季度数据.xlsx",
        await quarterlyFiguresWorkbook(await service.listFigures(db, actorOf(request), request.query)),
      ),
  );

  r.get(
    "/api/v1/quarterly-figures/:id",
    {
      schema: {
        tags,
        summary: "A quarterly figure with every version of its quarter and the reasons",
        params: idParams,
        response: { 200: figureDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.getFigure(db, actorOf(request), request.params.id),
  );
}
