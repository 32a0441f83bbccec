import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { today } from "../../platform/clock";
import { idParams } from "../../platform/http";
import { uploadedFile } from "../../platform/multipart";
import { problems, workbookResponse } from "../../platform/responses";
import { sendWorkbook } from "../../platform/spreadsheets";
import * as financings from "./scf-financing.service";
import { payablesTemplate, reportWorkbook } from "./supply-chain-finance.excel";
import { importPayables } from "./supply-chain-finance.import";
import {
  arrangementDecision,
  arrangementInput,
  arrangementResponse,
  financingDecision,
  financingInput,
  financingResponse,
  importResponse,
  limitResponse,
  payableCorrection,
  payableInput,
  payableResponse,
  payablesQuery,
  regionParams,
  repaymentInput,
  reportResponse,
  rulesInput,
  rulesResponse,
  withdrawInput,
} from "./supply-chain-finance.schemas";
import * as service from "./supply-chain-finance.service";

const BASE = "/api/v1/supply-chain-finance";

export function registerSupplyChainFinanceRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["supply-chain-finance"];

  r.get(
    `${BASE}/payables`,
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary:
          "Payables the caller may see: a core's own, a supplier's own lines, a bank's offered and financed",
        querystring: payablesQuery,
        response: { 200: z.array(payableResponse), ...problems(400, 401, 403) },
      },
    },
    async (request) => service.listPayables(db, actorOf(request), request.query),
  );

  r.get(
    `${BASE}/payables/template`,
    {
      schema: {
        tags,
        summary: "The Excel template for uploading payables",
        response: { 200: workbookResponse, ...problems(401) },
      },
    },
    async (_request, reply) => sendWorkbook(reply, "应付账款上传模板.xlsx", await payablesTemplate()),
  );

  r.post(
    `${BASE}/payables/import`,
    {
      schema: {
        tags,
        summary:
          "Upload payables from Excel (multipart field `file`): all rows or none, with a row-by-row report",
        consumes: ["multipart/form-data"],
        response: { 200: importResponse, ...problems(400, 401, 403, 409, 413, 415) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const file = await uploadedFile(request);
      return importPayables(db, actor, await file.toBuffer(), request.ip);
    },
  );

  r.post(
    `${BASE}/payables`,
    {
      config: { idempotent: true, apiKey: true },
      schema: {
        tags,
        summary: "Record one payable of the core enterprise (its ERP by API key); a document number once",
        body: payableInput,
        response: { 201: payableResponse, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createPayable(db, actorOf(request), request.body, request.ip)),
  );

  r.put(
    `${BASE}/payables/:id`,
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: "Correct a payable nobody has financed (the core enterprise)",
        params: idParams,
        body: payableCorrection,
        response: { 200: payableResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.correctPayable(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.post(
    `${BASE}/payables/:id/withdraw`,
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: "Withdraw a payable nobody has financed, with the reason (the core enterprise)",
        params: idParams,
        body: withdrawInput,
        response: { 200: payableResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.withdrawPayable(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.get(
    `${BASE}/arrangements`,
    {
      schema: {
        tags,
        summary: "Account-lock arrangements (协助账户锁定) of the core enterprise, or of the bank",
        response: { 200: z.array(arrangementResponse), ...problems(401, 403) },
      },
    },
    async (request) => service.listArrangements(db, actorOf(request)),
  );

  r.post(
    `${BASE}/arrangements`,
    {
      schema: {
        tags,
        summary: "The core enterprise records its collection account at a bank, for the bank to confirm",
        body: arrangementInput,
        response: { 201: arrangementResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.recordArrangement(db, actorOf(request), request.body, request.ip)),
  );

  r.post(
    `${BASE}/arrangements/:id/decision`,
    {
      schema: {
        tags,
        summary:
          "The bank confirms or declines a proposed arrangement, or ends a confirmed one (with the reason)",
        params: idParams,
        body: arrangementDecision,
        response: { 200: arrangementResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.decideArrangement(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.get(
    `${BASE}/limits`,
    {
      schema: {
        tags,
        summary:
          "Verified limits with their working: a supplier's against each core, or a bank's desk of the suppliers of its arranged cores",
        response: { 200: z.array(limitResponse), ...problems(401, 403) },
      },
    },
    async (request) => financings.listLimits(db, actorOf(request)),
  );

  r.get(
    `${BASE}/financings`,
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: "Financings of the caller: a supplier's and a core's, or the bank's",
        response: { 200: z.array(financingResponse), ...problems(401, 403) },
      },
    },
    async (request) => financings.listFinancings(db, actorOf(request)),
  );

  r.post(
    `${BASE}/financings`,
    {
      config: { idempotent: true, apiKey: true },
      schema: {
        tags,
        summary:
          "A supplier asks an arranged bank to finance selected receivables, or a bank finances them at once; a receivable is financed once",
        body: financingInput,
        response: { 201: financingResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await financings.createFinancing(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    `${BASE}/financings/:id`,
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: "A financing with its receivables",
        params: idParams,
        response: { 200: financingResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => financings.getFinancing(db, actorOf(request), request.params.id),
  );

  r.post(
    `${BASE}/financings/:id/decision`,
    {
      config: { idempotent: true, apiKey: true },
      schema: {
        tags,
        summary: "The bank finances a supplier's request, or declines it with the reason",
        params: idParams,
        body: financingDecision,
        response: { 200: financingResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      financings.decideFinancing(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.post(
    `${BASE}/financings/:id/repay`,
    {
      config: { idempotent: true, apiKey: true },
      schema: {
        tags,
        summary:
          "The bank records the repayment, by the supplier or by the core's payment into the locked account; the receivables are released",
        params: idParams,
        body: repaymentInput,
        response: { 200: financingResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      financings.repayFinancing(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.get(
    `${BASE}/report`,
    {
      schema: {
        tags,
        summary: "The programme's volume financed, outstanding and repaid, by bank and by core (the bureaus)",
        response: { 200: reportResponse, ...problems(401, 403) },
      },
    },
    async (request) => financings.report(db, actorOf(request)),
  );

  r.get(
    `${BASE}/report/export`,
    {
      schema: {
        tags,
        summary: "The programme's report as an Excel workbook",
        response: { 200: workbookResponse, ...problems(401, 403) },
      },
    },
    async (request, reply) =>
      sendWorkbook(
        reply,
        `数据确权供应链融资-${today()}.xlsx`,
        await reportWorkbook(await financings.report(db, actorOf(request))),
      ),
  );

  r.get(
    `${BASE}/rules/:regionCode`,
    {
      schema: {
        tags,
        summary: "The advance rate, per-supplier cap and days to due that apply in a region",
        params: regionParams,
        response: { 200: rulesResponse, ...problems(400, 401) },
      },
    },
    async (request) => service.getRules(db, request.params.regionCode),
  );

  r.put(
    `${BASE}/rules/:regionCode`,
    {
      schema: {
        tags,
        summary: "Set a region's rules (platform admin)",
        params: regionParams,
        body: rulesInput,
        response: { 200: rulesResponse, ...problems(400, 401, 403) },
      },
    },
    async (request) =>
      service.setRules(db, actorOf(request), request.params.regionCode, request.body, request.ip),
  );
}
