import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { idParams } from "../../platform/http";
import { problems, workbookResponse } from "../../platform/responses";
import { sendWorkbook } from "../../platform/spreadsheets";
import { pipelineWorkbook } from "./listing-pipeline.excel";
import {
  detailsInput,
  entriesQuery,
  entryDetail,
  entryInput,
  entryResponse,
  funnelResponse,
  rewardOfferResponse,
  stageMoveInput,
} from "./listing-pipeline.schemas";
import * as service from "./listing-pipeline.service";

export function registerListingPipelineRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["listing-pipeline"];

  r.get(
    "/api/v1/listing-pipeline",
    {
      schema: {
        tags,
        summary: "The listing pipeline (千里马) of the caller's region, or an enterprise's own entry",
        querystring: entriesQuery,
        response: { 200: z.array(entryResponse), ...problems(400, 401, 403) },
      },
    },
    async (request) => service.listEntries(db, actorOf(request), request.query),
  );

  r.get(
    "/api/v1/listing-pipeline/funnel",
    {
      schema: {
        tags,
        summary: "The region's funnel by stage and target board against the target of 500",
        response: { 200: funnelResponse, ...problems(401, 403) },
      },
    },
    async (request) => service.funnel(db, actorOf(request)),
  );

  r.get(
    "/api/v1/listing-pipeline/reward-offers",
    {
      schema: {
        tags,
        summary:
          "可申请: the listing rewards the enterprise's own entry has reached and it has not applied for (enterprise)",
        response: { 200: z.array(rewardOfferResponse), ...problems(401, 403) },
      },
    },
    async (request) => service.rewardOffers(db, actorOf(request)),
  );

  r.get(
    "/api/v1/listing-pipeline/export",
    {
      schema: {
        tags,
        summary: "The listing pipeline as an Excel workbook, with the same filters as the list",
        querystring: entriesQuery,
        response: { 200: workbookResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      sendWorkbook(
        reply,
        "上市培育库.xlsx",
        await pipelineWorkbook(await service.listEntries(db, actorOf(request), request.query)),
      ),
  );

  r.post(
    "/api/v1/listing-pipeline",
    {
      schema: {
        tags,
        summary: "Add an enterprise of the bureau's region to the pool at the stage it has reached",
        body: entryInput,
        response: { 201: entryDetail, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.addEntry(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    "/api/v1/listing-pipeline/:id",
    {
      schema: {
        tags,
        summary: "An entry with its history (who moved it, when, on what evidence, why)",
        params: idParams,
        response: { 200: entryDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.getEntry(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/v1/listing-pipeline/:id/stage",
    {
      schema: {
        tags,
        summary:
          "Record the stage an entry has reached, with its date and evidence (back a stage with a reason)",
        params: idParams,
        body: stageMoveInput,
        response: { 200: entryDetail, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.moveStage(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.put(
    "/api/v1/listing-pipeline/:id/details",
    {
      schema: {
        tags,
        summary: "Change an entry's target board, intermediaries, IPO agreement date and note",
        params: idParams,
        body: detailsInput,
        response: { 200: entryDetail, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.editDetails(db, actorOf(request), request.params.id, request.body, request.ip),
  );
}
