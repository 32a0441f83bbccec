import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { idParams } from "../../platform/http";
import { languageOf, localise } from "../../platform/language";
import { problems, workbookResponse } from "../../platform/responses";
import { sendWorkbook } from "../../platform/spreadsheets";
import * as funds from "./funds.service";
import {
  appropriationBody,
  fundDetail,
  fundList,
  ledgerWrite,
  postingsPage,
  postingsQuery,
  reversalBody,
  reversalParams,
  statementExportQuery,
  statementQuery,
  statementResponse,
} from "./ledger.schemas";
import { fullStatement, listPostings, statement } from "./statement.service";
import { statementWorkbook } from "./statement-export";

export function registerLedgerRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["fund"];

  r.get(
    "/api/v1/funds",
    {
      schema: {
        tags,
        summary: "Special funds the caller may see, with their cash balance",
        response: { 200: fundList, ...problems(401, 403) },
      },
    },
    async (request) => funds.listFunds(db, actorOf(request)),
  );

  r.get(
    "/api/v1/funds/:id",
    {
      schema: {
        tags,
        summary: "A fund with every account's totals and balance",
        params: idParams,
        response: { 200: fundDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => funds.getFund(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/v1/funds/:id/appropriations",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Record an appropriation into the fund (finance bureau); idempotent by key",
        params: idParams,
        body: appropriationBody,
        response: { 201: ledgerWrite, 200: ledgerWrite, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await funds.appropriate(
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
    "/api/v1/funds/:id/postings/:postingId/reversal",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Correct a manual posting by reversing it (the original stays); idempotent by key",
        params: reversalParams,
        body: reversalBody,
        response: { 201: ledgerWrite, 200: ledgerWrite, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { id, postingId } = request.params;
      const result = await funds.reversePosting(
        db,
        actorOf(request),
        id,
        postingId,
        request.body,
        request.ip,
      );
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );

  r.get(
    "/api/v1/funds/:id/postings",
    {
      schema: {
        tags: [...tags, "reports"],
        summary: "A fund's postings, newest first, optionally of one kind (e.g. its appropriations)",
        params: idParams,
        querystring: postingsQuery,
        response: { 200: postingsPage, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      localise(
        await listPostings(db, actorOf(request), request.params.id, request.query),
        languageOf(request),
      ),
  );

  r.get(
    "/api/v1/funds/:id/statement",
    {
      schema: {
        tags: [...tags, "reports"],
        summary:
          "The fund's statement for a period: opening and closing cash, every posting with its decision and " +
          "running cash balance (paged), totals per account kind, and whether the books reconcile",
        params: idParams,
        querystring: statementQuery,
        response: { 200: statementResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      localise(await statement(db, actorOf(request), request.params.id, request.query), languageOf(request)),
  );

  r.get(
    "/api/v1/funds/:id/statement/export",
    {
      schema: {
        tags: [...tags, "reports"],
        summary: "The same statement as an Excel workbook (every entry, totals, reconciliation)",
        params: idParams,
        querystring: statementExportQuery,
        response: { 200: workbookResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const full = await fullStatement(db, actorOf(request), request.params.id, request.query);
      const body = await statementWorkbook(full);
      return sendWorkbook(reply, `资金明细账-${full.fund.code}-${full.from}-${full.to}.xlsx`, body);
    },
  );
}
