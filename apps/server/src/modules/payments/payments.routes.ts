import { PAYMENT_ACTIONS, PAYMENT_KINDS, PAYMENT_STATUSES } from "@chanrong/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { idParams, pageQuery, text, versionField } from "../../platform/http";
import { idempotencyKey } from "../../platform/idempotency";
import { sendWorkbook } from "../../platform/spreadsheets";
import { paymentWorkbook } from "./payment-export";
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
        querystring: z
          .object({
            waiting: z.enum(["true", "false"]).optional(),
            status: z.enum(PAYMENT_STATUSES).optional(),
            kind: z.enum(PAYMENT_KINDS).optional(),
            ...pageQuery,
          })
          .strict(),
      },
    },
    async (request) => {
      const { waiting, ...rest } = request.query;
      return payments.listPayments(db, actorOf(request), { ...rest, waiting: waiting === "true" });
    },
  );

  r.get(
    "/api/v1/fund-payments/:id",
    {
      schema: {
        tags,
        summary: "A payment with its lines and their working, its history and the caller's next actions",
        params: idParams,
      },
    },
    async (request) => payments.getPayment(db, actorOf(request), request.params.id),
  );

  r.get(
    "/api/v1/fund-payments/:id/lines",
    {
      schema: {
        tags,
        summary: "One page of a payment's lines, each with its working and when it was paid",
        params: idParams,
        querystring: z.object(pageQuery).strict(),
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
        body: z
          .object({
            action: z.enum(PAYMENT_ACTIONS),
            version: versionField,
            opinion: text({ max: 2000, multiline: true }).optional(),
            reason: text({ max: 2000, multiline: true }).optional(),
            idempotencyKey: idempotencyKey.optional(),
          })
          .strict(),
      },
    },
    async (request) =>
      payments.actOnPayment(db, actorOf(request), request.params.id, request.body, request.ip),
  );
}
