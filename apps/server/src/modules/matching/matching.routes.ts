import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { idParams } from "../../platform/http";
import { problems, workbookResponse } from "../../platform/responses";
import { sendWorkbook } from "../../platform/spreadsheets";
import { productFitsWorkbook, recommendedDemandsWorkbook } from "./matching.excel";
import {
  demandMatches,
  demandMatchesQuery,
  institutionDemands,
  institutionDemandsQuery,
  productEnterprises,
  productEnterprisesQuery,
} from "./matching.schemas";
import * as service from "./matching.service";

export function registerMatchingRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["financing-matching"];

  r.get(
    "/api/v1/financing-demands/:id/matches",
    {
      schema: {
        tags,
        summary:
          "A demand's listed products ranked with their reasons, and the institutions by their best (its enterprise and its bureau)",
        params: idParams,
        querystring: demandMatchesQuery,
        response: { 200: demandMatches, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.productsForDemand(db, actorOf(request), request.params.id, request.query),
  );

  r.get(
    "/api/v1/financing-matches/demands",
    {
      schema: {
        tags,
        summary: "An institution's open demands ranked over its listed products, with reasons",
        querystring: institutionDemandsQuery,
        response: { 200: institutionDemands, ...problems(400, 401, 403) },
      },
    },
    async (request) => service.demandsForInstitution(db, actorOf(request), request.query.limit),
  );

  r.get(
    "/api/v1/financing-matches/demands/export",
    {
      schema: {
        tags,
        summary: "The institution's ranked open demands as an Excel workbook, with their reasons",
        querystring: institutionDemandsQuery,
        response: { 200: workbookResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      sendWorkbook(
        reply,
        "推荐需求.xlsx",
        await recommendedDemandsWorkbook(
          await service.demandsForInstitution(db, actorOf(request), request.query.limit),
        ),
      ),
  );

  r.get(
    "/api/v1/financing-products/:id/enterprises",
    {
      schema: {
        tags,
        summary: "The registry's enterprises a listed product fits, best first (its institution and bureau)",
        params: idParams,
        querystring: productEnterprisesQuery,
        response: { 200: productEnterprises, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.enterprisesForProduct(db, actorOf(request), request.params.id, request.query),
  );

  r.get(
    "/api/v1/financing-products/:id/enterprises/export",
    {
      schema: {
        tags,
        summary: "The enterprises a listed product fits, with reasons, as an Excel workbook",
        params: idParams,
        response: { 200: workbookResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const fits = await service.enterprisesForProduct(db, actorOf(request), request.params.id);
      return sendWorkbook(reply, `适配企业-${fits.product.name}.xlsx`, await productFitsWorkbook(fits));
    },
  );
}
