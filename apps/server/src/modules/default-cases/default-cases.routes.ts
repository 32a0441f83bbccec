import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import {
  correctionReason,
  idParams,
  isoDate,
  pageQuery,
  text,
  versionField,
  yuanString,
} from "../../platform/http";
import { idempotencyKey } from "../../platform/idempotency";
import * as service from "./default-cases.service";
import * as recoveries from "./recoveries.service";

const scheme = text({ max: 20 });

export function registerDefaultRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["defaults"];

  r.get(
    "/api/v1/default-cases",
    {
      schema: {
        tags,
        summary:
          "Default cases (代偿) the caller may see: its bank's, its guarantees', or its region's; `waiting` = those waiting for the caller",
        querystring: z
          .object({
            status: z.enum(service.DEFAULT_CASE_STATUSES).optional(),
            waiting: z.enum(["true", "false"]).optional(),
            ...pageQuery,
          })
          .strict(),
      },
    },
    async (request) => {
      const { waiting, ...rest } = request.query;
      return service.listCases(db, actorOf(request), { ...rest, waiting: waiting === "true" });
    },
  );

  r.get(
    "/api/v1/default-cases/claimable",
    { schema: { tags, summary: "The calling bank's overdue programme loans not yet claimed on" } },
    async (request) => service.claimableLoans(db, actorOf(request)),
  );

  r.get(
    "/api/v1/default-cases/:id",
    {
      schema: {
        tags,
        summary:
          "A default case: the loan, the split with its working, the fund's payment and the recoveries",
        params: idParams,
      },
    },
    async (request) => service.getCase(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/v1/default-cases",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "The lending bank claims compensation on an overdue loan (loss ≤ principal outstanding)",
        body: z
          .object({
            applicationId: z.uuid(),
            loss: yuanString,
            claimedOn: isoDate,
            reason: text({ max: 2000, multiline: true }),
            scheme: scheme.optional(),
          })
          .strict(),
      },
    },
    async (request, reply) => {
      const result = await service.claim(db, actorOf(request), request.body, request.ip);
      return reply.status(201).send(result);
    },
  );

  r.post(
    "/api/v1/default-cases/:id/compensation",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "The guarantor records the compensation paid to the bank; the fund's part becomes a payment for review",
        params: idParams,
        body: z.object({ version: versionField, compensatedOn: isoDate, scheme: scheme.optional() }).strict(),
      },
    },
    async (request) =>
      recoveries.compensate(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.post(
    "/api/v1/default-cases/:id/fund-payment",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "The guarantor asks for the fund's part again after its payment was cancelled",
        params: idParams,
        body: z.object({ version: versionField }).strict(),
      },
    },
    async (request, reply) => {
      const result = await recoveries.renewFundPayment(
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
    "/api/v1/default-cases/:id/recoveries",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "The guarantor records an amount recovered; it is distributed and the fund's part posted to fund cash (idempotent by key)",
        params: idParams,
        body: z
          .object({
            recoveredOn: isoDate,
            amount: yuanString,
            idempotencyKey,
          })
          .strict(),
      },
    },
    async (request, reply) => {
      const result = await recoveries.recordRecovery(
        db,
        actorOf(request),
        request.params.id,
        request.body,
        request.ip,
      );
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );

  r.post(
    "/api/v1/default-cases/:id/recoveries/:recoveryId/reversal",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "The guarantor's reviewer reverses a wrong recovery: a negated recovery with the reason, and the reversal of its fund posting (once only)",
        params: z.object({ id: z.uuid(), recoveryId: z.uuid() }).strict(),
        body: z.object({ reason: correctionReason }).strict(),
      },
    },
    async (request, reply) => {
      const result = await recoveries.reverseRecovery(
        db,
        actorOf(request),
        request.params.id,
        request.params.recoveryId,
        request.body,
        request.ip,
      );
      return reply.status(201).send(result);
    },
  );

  r.post(
    "/api/v1/default-cases/:id/withdrawal",
    {
      schema: {
        tags,
        summary: "The lending bank withdraws its claim, with the reason, before the guarantor's compensation",
        params: idParams,
        body: z.object({ version: versionField, reason: correctionReason }).strict(),
      },
    },
    async (request) =>
      service.withdrawClaim(db, actorOf(request), request.params.id, request.body, request.ip),
  );
}
