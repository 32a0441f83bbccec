import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { idParams } from "../../platform/http";
import { languageOf, localise } from "../../platform/language";
import { problems } from "../../platform/responses";
import { sendHtml, sendPdf } from "../forms/form-replies";
import { interestSubsidyFormHtml, interestSubsidyFormPdf } from "../forms/interest-subsidy-form";
import * as claims from "./claims.service";
import * as schemas from "./interest-subsidy.schemas";
import * as service from "./interest-subsidy.service";

export function registerInterestSubsidyRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["interest-subsidy"];

  r.get(
    "/api/v1/interest-subsidy/loans",
    {
      schema: {
        tags,
        summary:
          "Settled loans the caller may see with the computed subsidy and its working, the application window " +
          "(opensOn..closesOn, both inclusive) and its state today, and any claim or payment already holding it",
        querystring: schemas.loanQuery,
        response: { 200: schemas.loanPage, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { unclaimed, ...rest } = request.query;
      return localise(
        await service.listLoans(db, actorOf(request), { ...rest, unclaimed: unclaimed === "true" }),
        languageOf(request),
      );
    },
  );

  r.post(
    "/api/v1/interest-subsidy/batches",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "免申即享: the fund's guarantor puts settled loans whose window is open into one interest-subsidy payment " +
          "(one line per loan); any loan not eligible, outside its window, claimed or in a payment is refused by name",
        body: schemas.batchBody,
        response: { 201: schemas.paymentStarted, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.startBatch(db, actorOf(request), request.body.applicationIds, request.ip)),
  );

  r.get(
    "/api/v1/interest-subsidy/claims",
    {
      schema: {
        tags,
        summary:
          "Interest-subsidy claims (贴息表) the caller may see, each with the computed amount beside the claimed one",
        querystring: schemas.claimQuery,
        response: { 200: schemas.claimPage, ...problems(400, 401, 403) },
      },
    },
    async (request) =>
      localise(await claims.listClaims(db, actorOf(request), request.query), languageOf(request)),
  );

  r.post(
    "/api/v1/interest-subsidy/claims",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "The enterprise applies with the 贴息表 for its own settled loan, within the window, with its 借款凭证、结息凭证、" +
          "还款凭证 attached to the loan (attachment kinds LOAN_VOUCHER, INTEREST_VOUCHER, REPAYMENT_VOUCHER)",
        body: schemas.claimBody,
        response: { 201: schemas.claimDetail, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          localise(
            await claims.createClaim(db, actorOf(request), request.body, request.ip),
            languageOf(request),
          ),
        ),
  );

  r.get(
    "/api/v1/interest-subsidy/claims/:id",
    {
      schema: {
        tags,
        summary:
          "A claim with its loan, computation, payment, the guarantor's opinion and any reason it was returned",
        params: idParams,
        response: { 200: schemas.claimDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      localise(await claims.getClaim(db, actorOf(request), request.params.id), languageOf(request)),
  );

  r.post(
    "/api/v1/interest-subsidy/claims/:id/withdraw",
    {
      schema: {
        tags,
        summary: "The enterprise withdraws a claim no payment holds yet",
        params: idParams,
        body: schemas.withdrawBody,
        response: { 200: schemas.claimDetail, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      localise(
        await claims.withdrawClaim(db, actorOf(request), request.params.id, request.body.version, request.ip),
        languageOf(request),
      ),
  );

  r.post(
    "/api/v1/interest-subsidy/claim-payments",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "The fund's guarantor starts the payment of one or several checked claims (one line per claim, at the computed amount)",
        body: schemas.claimPaymentBody,
        response: { 201: schemas.paymentStarted, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await claims.startClaimPayment(db, actorOf(request), request.body.claimIds, request.ip)),
  );

  r.get(
    "/api/v1/interest-subsidy/claims/:id/form",
    {
      schema: {
        tags,
        summary: "The filled 贴息表 (seed 002 附件2): an A4 print view, or a PDF with format=pdf",
        params: idParams,
        querystring: schemas.formQuery,
        response: { 200: schemas.claimFormResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const data = await claims.claimFormData(db, actorOf(request), request.params.id);
      if (request.query.format === "pdf") {
        return sendPdf(reply, `贴息表-${data.enterpriseName}.pdf`, await interestSubsidyFormPdf(data));
      }
      return sendHtml(reply, interestSubsidyFormHtml(data));
    },
  );
}
