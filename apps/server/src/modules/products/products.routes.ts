import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { today } from "../../platform/clock";
import { idParams } from "../../platform/http";
import { languageOf } from "../../platform/language";
import { problems, workbookResponse } from "../../platform/responses";
import { sendWorkbook } from "../../platform/spreadsheets";
import { sendPdf } from "../forms/form-replies";
import {
  catalogueBookletPdf,
  catalogueWorkbook,
  poolWorkbook,
  supermarketWorkbook,
} from "./catalogue-booklet";
import * as catalogues from "./catalogues.service";
import {
  bookletQuery,
  catalogueDetailResponse,
  catalogueInput,
  catalogueResponse,
  delistInput,
  enterpriseMessageResponse,
  listedProductResponse,
  poolQuery,
  productDetailResponse,
  productEdit,
  productInput,
  productResponse,
  reviewInput,
  stepInput,
  supermarketFilter,
  supermarketPageResponse,
  supermarketQuery,
} from "./products.schemas";
import * as service from "./products.service";

/** The booklet: an A4 PDF, or the same catalogue as a workbook with format=xlsx. */
const bookletResponse = {
  description: "产品汇编 PDF 或 Excel (the catalogue booklet as a PDF, or a workbook with format=xlsx)",
  content: {
    "application/pdf": { schema: z.string().meta({ format: "binary" }) },
    ...workbookResponse.content,
  },
};

export function registerProductRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["financing products"];

  r.get(
    "/api/v1/financing-products",
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: "The products an institution manages, or a bureau reviews in its region, in every state",
        querystring: poolQuery,
        response: { 200: z.array(productResponse), ...problems(400, 401, 403) },
      },
    },
    async (request) => service.listPool(db, actorOf(request), request.query.state),
  );

  r.get(
    "/api/v1/financing-products/export",
    {
      schema: {
        tags,
        summary: "The caller's product pool (an institution's own, a bureau's region) as an Excel workbook",
        querystring: poolQuery,
        response: { 200: workbookResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      sendWorkbook(
        reply,
        `金融产品池-${today()}.xlsx`,
        await poolWorkbook(await service.listPool(db, actorOf(request), request.query.state)),
      ),
  );

  r.post(
    "/api/v1/financing-products",
    {
      config: { idempotent: true, apiKey: true },
      schema: {
        tags,
        summary: "Draft a product (bank, guarantor, other financial institution)",
        body: productInput,
        response: { 201: productDetailResponse, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createProduct(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    "/api/v1/financing-products/:id",
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: "A product with its latest and listed versions and its history (its institution and bureau)",
        params: idParams,
        response: { 200: productDetailResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.getProduct(db, actorOf(request), request.params.id),
  );

  r.put(
    "/api/v1/financing-products/:id",
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: "Edit a draft or returned version; editing a listed product starts a new version",
        params: idParams,
        body: productEdit,
        response: { 200: productDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.editProduct(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.post(
    "/api/v1/financing-products/:id/submit",
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: "Submit the latest version for the bureau's 上架审核",
        params: idParams,
        body: stepInput,
        response: { 200: productDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.takeStep(
        db,
        actorOf(request),
        request.params.id,
        "submit",
        { version: request.body.version, note: null },
        request.ip,
      ),
  );

  r.post(
    "/api/v1/financing-products/:id/review",
    {
      schema: {
        tags,
        summary:
          "List the version under review with an opinion, or return it with a reason (industry bureau)",
        params: idParams,
        body: reviewInput,
        response: { 200: productDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.takeStep(
        db,
        actorOf(request),
        request.params.id,
        request.body.decision,
        { version: request.body.version, note: request.body.opinion },
        request.ip,
      ),
  );

  r.post(
    "/api/v1/financing-products/:id/delist",
    {
      schema: {
        tags,
        summary: "Take a listed product off the shelf, saying why (industry bureau)",
        params: idParams,
        body: delistInput,
        response: { 200: productDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.takeStep(
        db,
        actorOf(request),
        request.params.id,
        "delist",
        { version: request.body.version, note: request.body.reason },
        request.ip,
      ),
  );

  r.get(
    "/api/v1/product-supermarket",
    {
      schema: {
        tags,
        summary: "The product supermarket: listed products of the caller's region, filtered",
        querystring: supermarketQuery,
        response: { 200: supermarketPageResponse, ...problems(400, 401) },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return service.browse(db, actorOf(request), filter, { page, pageSize });
    },
  );

  r.get(
    "/api/v1/product-supermarket/export",
    {
      schema: {
        tags,
        summary: "Excel export of the filtered supermarket",
        querystring: supermarketFilter,
        response: { 200: workbookResponse, ...problems(400, 401) },
      },
    },
    async (request, reply) => {
      const { items } = await service.browse(db, actorOf(request), request.query);
      return sendWorkbook(reply, `金融产品超市-${today()}.xlsx`, await supermarketWorkbook(items));
    },
  );

  r.get(
    "/api/v1/product-supermarket/:id",
    {
      schema: {
        tags,
        summary: "A listed product as the supermarket shows it",
        params: idParams,
        response: { 200: listedProductResponse, ...problems(400, 401, 404) },
      },
    },
    async (request) => service.getListed(db, actorOf(request), request.params.id),
  );

  r.get(
    "/api/v1/product-catalogues",
    {
      schema: {
        tags,
        summary: "Product catalogues: a bureau's of its region, the published ones for everyone else",
        response: { 200: z.array(catalogueResponse), ...problems(401) },
      },
    },
    async (request) => catalogues.listCatalogues(db, actorOf(request)),
  );

  r.post(
    "/api/v1/product-catalogues",
    {
      schema: {
        tags,
        summary: "Compile the products listed in a period into a catalogue (汇编成册, industry bureau)",
        body: catalogueInput,
        response: { 201: catalogueDetailResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await catalogues.compileCatalogue(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    "/api/v1/product-catalogues/:id",
    {
      schema: {
        tags,
        summary: "A catalogue with its products by category",
        params: idParams,
        response: { 200: catalogueDetailResponse, ...problems(400, 401, 404) },
      },
    },
    async (request) => catalogues.getCatalogue(db, actorOf(request), request.params.id),
  );

  r.get(
    "/api/v1/product-catalogues/:id/booklet",
    {
      schema: {
        tags,
        summary:
          "The catalogue as an A4 PDF booklet (contents, one section per category) or, format=xlsx, Excel",
        params: idParams,
        querystring: bookletQuery,
        response: { 200: bookletResponse, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const booklet = await catalogues.bookletOf(db, actorOf(request), request.params.id);
      if (request.query.format === "xlsx") {
        return sendWorkbook(reply, `${booklet.title}.xlsx`, await catalogueWorkbook(booklet));
      }
      return sendPdf(reply, `${booklet.title}.pdf`, await catalogueBookletPdf(booklet));
    },
  );

  r.post(
    "/api/v1/product-catalogues/:id/publish",
    {
      schema: {
        tags,
        summary: "Publish a catalogue and push each category to the enterprises it fits (once)",
        params: idParams,
        response: { 200: catalogueDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => catalogues.publishCatalogue(db, actorOf(request), request.params.id, request.ip),
  );

  r.get(
    "/api/v1/enterprise-messages",
    {
      schema: {
        tags,
        summary: "The pushes an enterprise received (its in-app messages)",
        response: { 200: z.array(enterpriseMessageResponse), ...problems(401, 403) },
      },
    },
    async (request) => catalogues.listMessages(db, actorOf(request), languageOf(request)),
  );

  r.post(
    "/api/v1/enterprise-messages/:id/read",
    {
      schema: {
        tags,
        summary: "Mark a message read",
        params: idParams,
        response: { 204: z.null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await catalogues.markRead(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
