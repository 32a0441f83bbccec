import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { idParams } from "../../platform/http";
import { problems } from "../../platform/responses";
import {
  caseListQuery,
  caseListResponse,
  claimableLoansResponse,
  claimBody,
  compensationBody,
  defaultCaseResponse,
  fundPaymentBody,
  recoveryBody,
  recoveryParams,
  recoveryResponse,
  reversalBody,
  withdrawalBody,
} from "./default-cases.schemas";
import * as service from "./default-cases.service";
import * as recoveries from "./recoveries.service";

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
        querystring: caseListQuery,
        response: { 200: caseListResponse, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { waiting, ...rest } = request.query;
      return service.listCases(db, actorOf(request), { ...rest, waiting: waiting === "true" });
    },
  );

  r.get(
    "/api/v1/default-cases/claimable",
    {
      schema: {
        tags,
        summary: "The calling bank's overdue programme loans not yet claimed on",
        response: { 200: claimableLoansResponse, ...problems(401, 403) },
      },
    },
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
        response: { 200: defaultCaseResponse, ...problems(400, 401, 403, 404) },
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
        body: claimBody,
        response: { 201: defaultCaseResponse, ...problems(400, 401, 403, 404, 409) },
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
        body: compensationBody,
        response: { 200: defaultCaseResponse, ...problems(400, 401, 403, 404, 409) },
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
        body: fundPaymentBody,
        response: { 201: defaultCaseResponse, ...problems(400, 401, 403, 404, 409) },
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
        body: recoveryBody,
        response: {
          201: recoveryResponse,
          200: recoveryResponse.describe(
            "重复提交:返回首次登记的追偿款 (a replay: the recovery first recorded)",
          ),
          ...problems(400, 401, 403, 404, 409),
        },
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
        params: recoveryParams,
        body: reversalBody,
        response: { 201: defaultCaseResponse, ...problems(400, 401, 403, 404, 409) },
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
        body: withdrawalBody,
        response: { 200: defaultCaseResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.withdrawClaim(db, actorOf(request), request.params.id, request.body, request.ip),
  );
}
