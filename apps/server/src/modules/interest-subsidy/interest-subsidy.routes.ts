import { CLAIM_STATUSES, WINDOW_STATES } from "@chanrong/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { idParams, pageQuery, text, versionField, yuanString } from "../../platform/http";
import { sendHtml, sendPdf } from "../forms/form-replies";
import { interestSubsidyFormHtml, interestSubsidyFormPdf } from "../forms/interest-subsidy-form";
import * as service from "./interest-subsidy.service";

/** The fields of 附件2 the enterprise fills; the loan's figures come from the bank's records. */
const claimForm = z
  .object({
    address: text({ max: 200 }),
    legalRepresentative: text({ max: 50 }),
    phone: text({ max: 30 }),
    contactName: text({ max: 50 }),
    contactPhone: text({ max: 30 }),
    bankAccount: text({ max: 200 }),
    businessDevelopment: text({ max: 2000, multiline: true }),
    enterpriseOpinion: text({ max: 1000, multiline: true }),
  })
  .strict();

const ids = z.array(z.uuid()).min(1).max(1000);

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
        querystring: z
          .object({
            windowState: z.enum(WINDOW_STATES).optional(),
            unclaimed: z.enum(["true", "false"]).optional(),
            ...pageQuery,
          })
          .strict(),
      },
    },
    async (request) => {
      const { unclaimed, ...rest } = request.query;
      return service.listLoans(db, actorOf(request), { ...rest, unclaimed: unclaimed === "true" });
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
        body: z.object({ applicationIds: ids }).strict(),
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
        querystring: z.object({ status: z.enum(CLAIM_STATUSES).optional(), ...pageQuery }).strict(),
      },
    },
    async (request) => service.listClaims(db, actorOf(request), request.query),
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
        body: z.object({ applicationId: z.uuid(), claimed: yuanString, form: claimForm }).strict(),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createClaim(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    "/api/v1/interest-subsidy/claims/:id",
    {
      schema: {
        tags,
        summary:
          "A claim with its loan, computation, payment, the guarantor's opinion and any reason it was returned",
        params: idParams,
      },
    },
    async (request) => service.getClaim(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/v1/interest-subsidy/claims/:id/withdraw",
    {
      schema: {
        tags,
        summary: "The enterprise withdraws a claim no payment holds yet",
        params: idParams,
        body: z.object({ version: versionField }).strict(),
      },
    },
    async (request) =>
      service.withdrawClaim(db, actorOf(request), request.params.id, request.body.version, request.ip),
  );

  r.post(
    "/api/v1/interest-subsidy/claim-payments",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "The fund's guarantor starts the payment of one or several checked claims (one line per claim, at the computed amount)",
        body: z.object({ claimIds: ids }).strict(),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.startClaimPayment(db, actorOf(request), request.body.claimIds, request.ip)),
  );

  r.get(
    "/api/v1/interest-subsidy/claims/:id/form",
    {
      schema: {
        tags,
        summary: "The filled 贴息表 (seed 002 附件2): an A4 print view, or a PDF with format=pdf",
        params: idParams,
        querystring: z.object({ format: z.enum(["html", "pdf"]).default("html") }).strict(),
      },
    },
    async (request, reply) => {
      const data = await service.claimFormData(db, actorOf(request), request.params.id);
      if (request.query.format === "pdf") {
        return sendPdf(reply, `贴息表-${data.enterpriseName}.pdf`, await interestSubsidyFormPdf(data));
      }
      return sendHtml(reply, interestSubsidyFormHtml(data));
    },
  );
}
