import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { idParams } from "../../platform/http";
import { languageOf, localise } from "../../platform/language";
import { problems, workbookResponse } from "../../platform/responses";
import { sendWorkbook } from "../../platform/spreadsheets";
import { paymentWorkbook } from "./payment-export";
import {
  linesPage,
  linesQuery,
  paymentActionBody,
  paymentDetail,
  paymentsPage,
  paymentsQuery,
} from "./payments.schemas";
import * as payments from "./payments.service";

export function registerPaymentRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["fund"];

  r.get(
    "/api/v1/fund-payments",
    {
      schema: {
        tags,
        summary: "Payments out of the funds the caller may see; waiting=true gives the caller's worklist",
        querystring: paymentsQuery,
        response: { 200: paymentsPage, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { waiting, ...rest } = request.query;
      const page = await payments.listPayments(db, actorOf(request), {
        ...rest,
        waiting: waiting === "true",
      });
      return localise(page, languageOf(request));
    },
  );

  r.get(
    "/api/v1/fund-payments/:id",
    {
      schema: {
        tags,
        summary: "A payment with its lines and their working, its history and the caller's next actions",
        params: idParams,
        response: { 200: paymentDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      localise(await payments.getPayment(db, actorOf(request), request.params.id), languageOf(request)),
  );

  r.get(
    "/api/v1/fund-payments/:id/lines",
    {
      schema: {
        tags,
        summary: "One page of a payment's lines, each with its working and when it was paid",
        params: idParams,
        querystring: linesQuery,
        response: { 200: linesPage, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => payments.listPaymentLines(db, actorOf(request), request.params.id, request.query),
  );

  r.get(
    "/api/v1/fund-payments/:id/export",
    {
      schema: {
        tags,
        summary: "The payment as an Excel workbook: every line with its working, every period on a row",
        params: idParams,
        response: { 200: workbookResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { filename, body } = await paymentWorkbook(db, actorOf(request), request.params.id);
      return sendWorkbook(reply, filename, body);
    },
  );

  r.post(
    "/api/v1/fund-payments/:id/actions",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "A step of the review chain (guarantor → finance and industry bureaus → city government → guarantor pays) " +
          "at the `version` read (409 if what it decides on changed since: for a bureau's review, that review or the " +
          "status); execute needs an idempotencyKey, and a retry with the same key is the same run",
        params: idParams,
        body: paymentActionBody,
        response: { 200: paymentDetail, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      localise(
        await payments.actOnPayment(db, actorOf(request), request.params.id, request.body, request.ip),
        languageOf(request),
      ),
  );
}
