import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { languageOf, localise } from "../../platform/language";
import { problems } from "../../platform/responses";
import * as schemas from "./fee-subsidy.schemas";
import * as service from "./fee-subsidy.service";

export function registerFeeSubsidyRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["fund"];

  r.get(
    "/api/v1/applications/:id/guarantee-fees",
    {
      schema: {
        tags,
        summary: "Guarantee fees the guarantor recorded as charged on a programme guarantee",
        params: schemas.applicationParams,
        response: { 200: schemas.feeReceipts, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.listFeeReceipts(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/v1/applications/:id/guarantee-fees",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "The guarantor records a guarantee fee it charged (insert-only; caps the fee subsidy)",
        params: schemas.applicationParams,
        body: schemas.feeReceiptBody,
        response: { 201: schemas.feeReceiptWritten, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await service.recordFeeReceipt(
        db,
        actorOf(request),
        request.params.id,
        request.body,
        request.ip,
      );
      return reply.status(201).send(result);
    },
  );

  r.post(
    "/api/v1/applications/:id/guarantee-fees/:receiptId/reversal",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "The guarantor's reviewer reverses a wrong fee receipt (a new, negated receipt with the reason; once only, not while its year is in a live batch)",
        params: schemas.reversalParams,
        body: schemas.reversalBody,
        response: { 201: schemas.feeReceiptWritten, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await service.reverseFeeReceipt(
        db,
        actorOf(request),
        request.params.id,
        request.params.receiptId,
        request.body,
        request.ip,
      );
      return reply.status(201).send(result);
    },
  );

  r.get(
    "/api/v1/funds/:id/fee-subsidy/:year",
    {
      schema: {
        tags,
        summary:
          "Preview of a year's guarantee-fee subsidy: every guarantee with its working, capped at the fee charged",
        params: schemas.previewParams,
        response: { 200: schemas.feeSubsidyPreview, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      localise(
        await service.previewFeeSubsidy(db, actorOf(request), request.params.id, request.params.year),
        languageOf(request),
      ),
  );

  r.post(
    "/api/v1/funds/:id/fee-subsidy",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "The guarantor applies for a year's fee subsidy of all its guarantees as one payment (the year must have ended)",
        params: schemas.applicationParams,
        body: schemas.batchBody,
        response: { 201: schemas.feeSubsidyBatch, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await service.createFeeSubsidyBatch(
        db,
        actorOf(request),
        request.params.id,
        request.body.year,
        request.ip,
      );
      return reply.status(201).send(localise(result, languageOf(request)));
    },
  );
}
