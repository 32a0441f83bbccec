import {
  CLUSTERS_33618,
  ENTERPRISE_TAGS,
  INDUSTRY_CODES,
  isDerivedTag,
  OWNERSHIP_TYPES,
  SIZE_CLASSES,
} from "@chanrong/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { today } from "../../platform/clock";
import { idParams } from "../../platform/http";
import { uploadedFile } from "../../platform/multipart";
import { problems, workbookResponse } from "../../platform/responses";
import { sendWorkbook } from "../../platform/spreadsheets";
import { toSheetRow, writeEnterpriseWorkbook } from "./enterprises.excel";
import { importEnterprises } from "./enterprises.import";
import {
  catalogueResponse,
  enterpriseDetailResponse,
  enterpriseFilter,
  enterpriseInput,
  enterpriseListQuery,
  enterprisePageResponse,
  enterpriseUpdate,
  importResponse,
  noContent,
  supplyChainLinkInput,
  supplyChainLinkResponse,
} from "./enterprises.schemas";
import * as service from "./enterprises.service";

export function registerEnterpriseRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["enterprises"];

  r.get(
    "/api/v1/reference/enterprise-catalogue",
    {
      config: { public: true },
      schema: {
        tags: ["reference"],
        summary: "Tags, ownership types, industries, size classes",
        response: { 200: catalogueResponse },
      },
    },
    async () => ({
      tags: ENTERPRISE_TAGS.map((tag) => ({ ...tag, derived: isDerivedTag(tag.code) })),
      ownership: OWNERSHIP_TYPES,
      industries: INDUSTRY_CODES,
      sizeClasses: SIZE_CLASSES,
      clusters: CLUSTERS_33618.map(({ code, zh, en }) => ({ code, zh, en })),
    }),
  );

  r.get(
    "/api/v1/enterprises",
    {
      schema: {
        tags,
        summary: "Search and filter enterprises the caller may see (paged)",
        querystring: enterpriseListQuery,
        response: { 200: enterprisePageResponse, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return service.listEnterprises(db, actorOf(request), filter, { page, pageSize });
    },
  );

  r.get(
    "/api/v1/enterprises/export",
    {
      schema: {
        tags,
        summary: "Excel export of the filtered list",
        querystring: enterpriseFilter,
        response: { 200: workbookResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const rows = await service.listAllEnterprises(db, actorOf(request), request.query);
      const body = await writeEnterpriseWorkbook(rows.map((row) => toSheetRow(row, today())));
      return sendWorkbook(reply, `企业名录-${today()}.xlsx`, body);
    },
  );

  r.get(
    "/api/v1/enterprises/import-template",
    {
      schema: {
        tags,
        summary: "The Excel template for bulk import",
        response: { 200: workbookResponse, ...problems(401, 403) },
      },
    },
    async (_request, reply) =>
      sendWorkbook(reply, "企业导入模板.xlsx", await writeEnterpriseWorkbook([], { template: true })),
  );

  r.post(
    "/api/v1/enterprises/import",
    {
      schema: {
        tags,
        summary:
          "Bulk import from Excel (multipart field `file`): all rows or none, with a row-by-row report",
        consumes: ["multipart/form-data"],
        response: { 200: importResponse, ...problems(400, 401, 403, 413, 415) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const buffer = await (await uploadedFile(request)).toBuffer();
      return importEnterprises(db, actor, buffer, request.ip);
    },
  );

  r.get(
    "/api/v1/enterprises/:id",
    {
      schema: {
        tags,
        summary: "Enterprise detail",
        params: idParams,
        response: { 200: enterpriseDetailResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.getEnterprise(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/v1/enterprises",
    {
      schema: {
        tags,
        summary: "Register an enterprise (industry bureau, platform admin)",
        body: enterpriseInput,
        response: { 201: enterpriseDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createEnterprise(db, actorOf(request), request.body, request.ip)),
  );

  r.patch(
    "/api/v1/enterprises/:id",
    {
      schema: {
        tags,
        summary: "Edit an enterprise (itself, its bureau, platform admin)",
        params: idParams,
        body: enterpriseUpdate,
        response: { 200: enterpriseDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.updateEnterprise(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.post(
    "/api/v1/supply-chain-links",
    {
      schema: {
        tags,
        summary: "Link a supplier to a core enterprise",
        body: supplyChainLinkInput,
        response: { 201: supplyChainLinkResponse, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createSupplyChainLink(db, actorOf(request), request.body, request.ip)),
  );

  r.delete(
    "/api/v1/supply-chain-links/:id",
    {
      schema: {
        tags,
        summary: "Remove a supply-chain link",
        params: idParams,
        response: { 204: noContent, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.deleteSupplyChainLink(db, actorOf(request), request.params.id, request.ip);
      return reply.status(204).send(null);
    },
  );
}
