import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { idParams } from "../../platform/http";
import { problems, workbookResponse } from "../../platform/responses";
import { sendWorkbook } from "../../platform/spreadsheets";
import * as deadlines from "./claim-deadlines.service";
import * as claims from "./demand-claims.service";
import {
  batchesWorkbook,
  batchWorkbook,
  claimsWorkbook,
  demandsWorkbook,
  institutionSummaryWorkbook,
} from "./demands.excel";
import {
  batchInput,
  batchResponse,
  claimActionBody,
  claimResponse,
  claimsQuery,
  curationBody,
  deadlineRun,
  demandDetail,
  demandInput,
  demandResponse,
  demandsQuery,
  institutionSummary,
  regionParams,
  settingsInput,
  settingsResponse,
} from "./demands.schemas";
import * as service from "./demands.service";
import * as whitelist from "./whitelist.service";

export function registerDemandRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["financing-demands"];

  r.post(
    "/api/v1/financing-demands",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "Post a financing demand (an enterprise for itself, or the industry bureau for one of its region); " +
          "with `productId`, asked for a listed product (409 product-listed when off the shelf) within its terms",
        body: demandInput,
        response: { 201: demandDetail, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.postDemand(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    "/api/v1/financing-demands",
    {
      schema: {
        tags,
        summary: "Demands the caller may see: an enterprise its own, a bureau its region's whitelist",
        querystring: demandsQuery,
        response: { 200: z.array(demandResponse), ...problems(400, 401, 403) },
      },
    },
    async (request) => service.listDemands(db, actorOf(request), request.query.status),
  );

  r.get(
    "/api/v1/financing-demands/export",
    {
      schema: {
        tags,
        summary: "The demands the caller may see as an Excel workbook",
        querystring: demandsQuery,
        response: { 200: workbookResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const body = await demandsWorkbook(
        await service.listDemands(db, actorOf(request), request.query.status),
      );
      return sendWorkbook(reply, "融资需求.xlsx", body);
    },
  );

  r.get(
    "/api/v1/financing-demands/:id",
    {
      schema: {
        tags,
        summary: "A demand with the claims and history the caller may see (an institution: its own only)",
        params: idParams,
        response: { 200: demandDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.getDemand(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/v1/financing-demands/:id/curation",
    {
      schema: {
        tags,
        summary:
          "The bureau admits a demand to the whitelist (一企一策 note, 金融顾问, named institutions or all that fit) " +
          "or declines it with a reason, at the `version` read",
        params: idParams,
        body: curationBody,
        response: { 200: demandDetail, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.curateDemand(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.get(
    "/api/v1/financing-claims",
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: "Claims: an institution its own pushes and claims, a bureau its region's",
        querystring: claimsQuery,
        response: { 200: z.array(claimResponse), ...problems(400, 401, 403) },
      },
    },
    async (request) => claims.listClaims(db, actorOf(request), request.query.state),
  );

  r.get(
    "/api/v1/financing-claims/export",
    {
      schema: {
        tags,
        summary: "The claims the caller may see as an Excel workbook",
        querystring: claimsQuery,
        response: { 200: workbookResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const body = await claimsWorkbook(await claims.listClaims(db, actorOf(request), request.query.state));
      return sendWorkbook(reply, "需求认领.xlsx", body);
    },
  );

  r.post(
    "/api/v1/financing-claims/:id/actions",
    {
      config: { idempotent: true, apiKey: true },
      schema: {
        tags,
        summary:
          "A step of the claim (claim → contact → approve or decline → fund; the enterprise confirms and rates) " +
          "at the `version` read; 409 claimed-by-another when no claimant place is left",
        params: idParams,
        body: claimActionBody,
        response: { 200: claimResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => claims.actOnClaim(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.get(
    "/api/v1/financing-claims/by-institution",
    {
      schema: {
        tags,
        summary:
          "Per institution of the bureau's region: open, overdue, declined, released and funded claims",
        response: { 200: z.array(institutionSummary), ...problems(401, 403) },
      },
    },
    async (request) => deadlines.institutionSummary(db, actorOf(request)),
  );

  r.get(
    "/api/v1/financing-claims/by-institution/export",
    {
      schema: {
        tags,
        summary: "The per-institution summary of the bureau's region as an Excel workbook",
        response: { 200: workbookResponse, ...problems(401, 403) },
      },
    },
    async (request, reply) =>
      sendWorkbook(
        reply,
        "机构办理情况.xlsx",
        await institutionSummaryWorkbook(await deadlines.institutionSummary(db, actorOf(request))),
      ),
  );

  r.post(
    "/api/v1/financing-claims/deadline-runs",
    {
      schema: {
        tags,
        summary:
          "Run the deadline check now for the bureau's region: remind overdue claims, escalate and release",
        response: { 200: deadlineRun, ...problems(401, 403) },
      },
    },
    async (request) => deadlines.runDeadlinesFor(db, actorOf(request)),
  );

  r.get(
    "/api/v1/financing-demand-batches",
    {
      schema: {
        tags,
        summary: "The bureau's published whitelist batches",
        response: { 200: z.array(batchResponse), ...problems(401, 403) },
      },
    },
    async (request) => whitelist.listBatches(db, actorOf(request)),
  );

  r.get(
    "/api/v1/financing-demand-batches/export",
    {
      schema: {
        tags,
        summary: "The bureau's published whitelist batches as an Excel workbook",
        response: { 200: workbookResponse, ...problems(401, 403) },
      },
    },
    async (request, reply) =>
      sendWorkbook(
        reply,
        "融资需求白名单批次.xlsx",
        await batchesWorkbook(await whitelist.listBatches(db, actorOf(request))),
      ),
  );

  r.post(
    "/api/v1/financing-demand-batches",
    {
      schema: {
        tags,
        summary: "Publish the next whitelist batch: the demands admitted in the period, numbered and frozen",
        body: batchInput,
        response: { 201: batchResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await whitelist.publishBatch(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    "/api/v1/financing-demand-batches/:id/export",
    {
      schema: {
        tags,
        summary: "A whitelist batch as an Excel workbook",
        params: idParams,
        response: { 200: workbookResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { batch, demands } = await whitelist.batchDemands(db, actorOf(request), request.params.id);
      return sendWorkbook(
        reply,
        `融资需求白名单第${batch.number}批.xlsx`,
        await batchWorkbook(batch, demands),
      );
    },
  );

  r.get(
    "/api/v1/marketplace-settings/:regionCode",
    {
      schema: {
        tags,
        summary: "A region's claim rules: single or several claimants, step deadlines in working days",
        params: regionParams,
        response: { 200: settingsResponse, ...problems(400, 401, 403) },
      },
    },
    async (request) => whitelist.getSettings(db, actorOf(request), request.params.regionCode),
  );

  r.put(
    "/api/v1/marketplace-settings/:regionCode",
    {
      schema: {
        tags,
        summary:
          "Change a region's claim rules from a preset and/or fields (its bureau or the platform admin)",
        params: regionParams,
        body: settingsInput,
        response: { 200: settingsResponse, ...problems(400, 401, 403) },
      },
    },
    async (request) =>
      whitelist.saveSettings(db, actorOf(request), request.params.regionCode, request.body, request.ip),
  );
}
