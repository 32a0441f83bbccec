import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { hasRole, isPlatformAdmin } from "../../platform/access";
import { actorOf } from "../../platform/auth/authentication";
import { AppError } from "../../platform/errors";
import type { FileStorage } from "../../platform/files/storage";
import { idParams, text } from "../../platform/http";
import { languageOf, localise } from "../../platform/language";
import { problems, workbookResponse } from "../../platform/responses";
import { sendWorkbook } from "../../platform/spreadsheets";
import { sendAttachment } from "../applications/attachments.routes";
import { attachmentContentResponse } from "../applications/attachments.schemas";
import * as funds from "./bridge-funds.service";
import { bridgeLoansWorkbook } from "./bridge-loans.excel";
import {
  bridgeFundDetailResponse,
  bridgeFundResponse,
  bridgeLoanDetailResponse,
  bridgeLoanResponse,
  decisionInput,
  letterResponse,
  listQuery,
  overdueRunResponse,
  payInput,
  quoteInput,
  quoteResponse,
  requestInput,
  returnInput,
  rulesInput,
} from "./bridge-loans.schemas";
import * as service from "./bridge-loans.service";
import * as money from "./bridge-money.service";
import { flagOverdueBridges } from "./bridge-overdue.service";

const filenameInput = text({ max: 255 });

export function registerBridgeLoanRoutes(app: FastifyInstance, db: Database, storage: FileStorage): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["bridge-loans"];

  r.get(
    "/api/v1/bridge-funds",
    {
      schema: {
        tags,
        summary: "The bridge funds (应急转贷资金池) of the caller's region with their current rules",
        response: { 200: z.array(bridgeFundResponse), ...problems(401, 403) },
      },
    },
    async (request) => funds.listBridgeFunds(db, actorOf(request)),
  );

  r.get(
    "/api/v1/bridge-funds/:id",
    {
      schema: {
        tags,
        summary: "A bridge fund's rules and their versions",
        params: idParams,
        response: { 200: bridgeFundDetailResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => funds.getBridgeFund(db, actorOf(request), request.params.id),
  );

  r.put(
    "/api/v1/bridge-funds/:id/rules",
    {
      schema: {
        tags,
        summary:
          "Save a new version of a fund's bridge rules (ceilings, days of use, daily rate, waiver, SME reduction, escalation): the region's finance or industry bureau",
        params: idParams,
        body: rulesInput,
        response: { 200: bridgeFundDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      funds.configureBridgeFund(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.post(
    "/api/v1/bridge-loans/quote",
    {
      schema: {
        tags,
        summary: "The enterprise's ceiling with its reason and the fee if returned on the last day of use",
        body: quoteInput,
        response: { 200: quoteResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      localise(await service.quoteBridgeLoan(db, actorOf(request), request.body), languageOf(request)),
  );

  r.post(
    "/api/v1/bridge-loans",
    {
      schema: {
        tags,
        summary:
          "An enterprise requests bridge money for its maturing loan: within the ceiling and the maturing amount, maturity not past",
        body: requestInput,
        response: { 201: bridgeLoanDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          localise(
            await service.requestBridgeLoan(db, actorOf(request), request.body, request.ip),
            languageOf(request),
          ),
        ),
  );

  r.get(
    "/api/v1/bridge-loans",
    {
      schema: {
        tags,
        summary: "Bridge loans the caller may see: the enterprise's, the bank's, the fund's, the region's",
        querystring: listQuery,
        response: { 200: z.array(bridgeLoanResponse), ...problems(400, 401, 403) },
      },
    },
    async (request) =>
      localise(await service.listBridgeLoans(db, actorOf(request), request.query), languageOf(request)),
  );

  r.get(
    "/api/v1/bridge-loans/export",
    {
      schema: {
        tags,
        summary: "The bridge loans the caller may see as an Excel workbook",
        querystring: listQuery,
        response: { 200: workbookResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      sendWorkbook(
        reply,
        "应急转贷.xlsx",
        await bridgeLoansWorkbook(await service.listBridgeLoans(db, actorOf(request), request.query)),
      ),
  );

  r.post(
    "/api/v1/bridge-loans/overdue-check",
    {
      schema: {
        tags,
        summary:
          "Run the daily overdue check now (platform admin, a fund manager or an overseer): flags and escalates once per level",
        response: { 200: overdueRunResponse, ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const may =
        isPlatformAdmin(actor) ||
        (["GUARANTOR", "FINANCE_BUREAU", "INDUSTRY_BUREAU"].includes(actor.orgType) &&
          hasRole(actor, "operator", "reviewer", "admin"));
      if (!may) throw AppError.forbidden();
      return flagOverdueBridges(db);
    },
  );

  r.get(
    "/api/v1/bridge-loans/:id",
    {
      schema: {
        tags,
        summary: "A bridge loan with its ceiling, commitment, payment, fee working and history",
        params: idParams,
        response: { 200: bridgeLoanDetailResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      localise(await service.getBridgeLoan(db, actorOf(request), request.params.id), languageOf(request)),
  );

  r.post(
    "/api/v1/bridge-loan-letters",
    {
      schema: {
        tags,
        summary:
          "The bank uploads its written commitment to renew (multipart: `file`; pdf, png, jpg, xlsx, docx; ≤ 10 MB)",
        consumes: ["multipart/form-data"],
        response: { 201: letterResponse, ...problems(400, 401, 403, 413, 415) },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new AppError("unsupported-media-type", {
          zh: "请以 multipart/form-data 上传",
          en: "Upload as multipart",
        });
      const file = await request.file();
      if (!file) throw AppError.validation("file", "required", { zh: "请选择文件", en: "File is required" });
      const filename = filenameInput.safeParse(file.filename);
      if (!filename.success)
        throw AppError.validation("file.filename", "text", {
          zh: `文件名${filename.error.issues[0]?.message}`,
          en: `File name: ${filename.error.issues[0]?.message}`,
        });
      const row = await service.uploadLetter(
        db,
        storage,
        actorOf(request),
        { filename: filename.data, content: await file.toBuffer() },
        request.ip,
      );
      return reply.status(201).send(row);
    },
  );

  r.get(
    "/api/v1/bridge-loans/:id/letter",
    {
      schema: {
        tags,
        summary: "Download the bank's renewal commitment letter of a bridge loan",
        params: idParams,
        response: { 200: attachmentContentResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { letter, content } = await service.readLetter(db, storage, actorOf(request), request.params.id);
      return sendAttachment(reply, letter, content);
    },
  );

  r.post(
    "/api/v1/bridge-loans/:id/decisions",
    {
      schema: {
        tags,
        summary:
          "The bank commits to renew (letter, amount, expected disbursement) or declines with a reason; the fund's manager approves (cash permitting) or rejects with a reason",
        params: idParams,
        body: decisionInput,
        response: { 200: bridgeLoanDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      localise(
        await service.decideBridgeLoan(db, actorOf(request), request.params.id, request.body, request.ip),
        languageOf(request),
      ),
  );

  r.post(
    "/api/v1/bridge-loans/:id/payment",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "The fund's manager pays the bank (fund cash → bridge receivable), exactly once; the last day of use is set",
        params: idParams,
        body: payInput,
        response: { 200: bridgeLoanDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      localise(
        await money.payBridgeLoan(db, actorOf(request), request.params.id, request.body, request.ip),
        languageOf(request),
      ),
  );

  r.post(
    "/api/v1/bridge-loans/:id/return",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "The bank records the renewal disbursed and the bridge money returned with its fee (computed, with its working), exactly once",
        params: idParams,
        body: returnInput,
        response: { 200: bridgeLoanDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      localise(
        await money.returnBridgeLoan(db, actorOf(request), request.params.id, request.body, request.ip),
        languageOf(request),
      ),
  );
}
