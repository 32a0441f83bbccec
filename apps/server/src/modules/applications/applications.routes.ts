import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { idParams } from "../../platform/http";
import { languageOf, localise } from "../../platform/language";
import { problems, workbookResponse } from "../../platform/responses";
import { sendWorkbook } from "../../platform/spreadsheets";
import { formResponse, sendHtml, sendPdf } from "../forms/form-replies";
import { recommendationFormHtml, recommendationFormPdf } from "../forms/recommendation-form";
import { applicationsWorkbook } from "./applications.excel";
import {
  actionInput,
  applicationDetailResponse,
  applicationInput,
  applicationOptionsResponse,
  applicationPageResponse,
  applicationPatch,
  currentEligibilityResponse,
  exportQuery,
  listQuery,
  loanEventInput,
  loanResponse,
  recommendationFormQuery,
} from "./applications.schemas";
import * as service from "./applications.service";
import { recommendationFormData } from "./recommendation-form.service";
import * as servicing from "./servicing.service";
import * as workflow from "./workflow.service";

export function registerApplicationRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["applications"];

  r.get(
    "/api/v1/applications",
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary:
          "Applications the caller may see, newest holding first; waiting=true gives the caller's worklist",
        querystring: listQuery,
        response: { 200: applicationPageResponse, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { waiting, ...rest } = request.query;
      return service.listApplications(db, actorOf(request), { ...rest, waiting: waiting === "true" });
    },
  );

  r.get(
    "/api/v1/applications/export",
    {
      schema: {
        tags,
        summary:
          "Excel export of the applications the caller may see (the bureau's overview), with the same filters",
        querystring: exportQuery,
        response: { 200: workbookResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { waiting, ...rest } = request.query;
      const items = await service.listAllApplications(db, actorOf(request), {
        ...rest,
        waiting: waiting === "true",
      });
      return sendWorkbook(reply, "贷款申请.xlsx", await applicationsWorkbook(items));
    },
  );

  r.post(
    "/api/v1/applications",
    {
      schema: {
        tags,
        summary: "Start a 推荐表 (enterprise)",
        body: applicationInput,
        response: { 201: applicationDetailResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createApplication(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    "/api/v1/applications/options",
    {
      schema: {
        tags,
        summary:
          "What the calling enterprise may choose on its 推荐表: the programmes of its region, each with the " +
          "banks and guarantors taking part in it (the server refuses any other choice)",
        response: { 200: applicationOptionsResponse, ...problems(401, 403, 404) },
      },
    },
    async (request) => service.applicationOptions(db, actorOf(request)),
  );

  r.patch(
    "/api/v1/applications/:id",
    {
      schema: {
        tags,
        summary:
          "Edit a draft 推荐表 at the `version` read (the enterprise; only the fields sent change). 409 when " +
          "stale or once submitted (rule draft-only)",
        params: idParams,
        body: applicationPatch,
        response: { 200: applicationDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.updateDraft(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.get(
    "/api/v1/applications/:id",
    {
      schema: {
        tags,
        summary: "An application with its history, clocks, contracts and the caller's next actions",
        params: idParams,
        response: { 200: applicationDetailResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      // Steps keep the eligibility they evaluated with its reasons in both languages.
      localise(await service.getApplication(db, actorOf(request), request.params.id), languageOf(request)),
  );

  r.get(
    "/api/v1/applications/:id/eligibility",
    {
      schema: {
        tags,
        summary:
          "Every eligibility rule as it stands today, with its reason; `hard` rules (the programme's amount and " +
          "term ceilings) refuse, others the bureau must acknowledge to recommend",
        params: idParams,
        response: { 200: currentEligibilityResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      localise(
        await workflow.applicationEligibility(db, actorOf(request), request.params.id),
        languageOf(request),
      ),
  );

  r.post(
    "/api/v1/applications/:id/actions",
    {
      // 放款 records the loan's disbursement: a retry with the same key must not disburse twice.
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "Take a workflow step at the `version` read (409 if what it decides on changed since: for the bank's " +
          "or the guarantor's review, that review or the status); recommending despite failed eligibility " +
          "rules needs an `acknowledgement`; `disburse` needs the `disbursement` (date, amount), recorded as the loan's " +
          "DISBURSEMENT event with the step; a step breaking the programme's amount or term ceiling is 409",
        params: idParams,
        body: actionInput,
        response: { 200: applicationDetailResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      localise(
        await workflow.act(db, actorOf(request), request.params.id, request.body, request.ip),
        languageOf(request),
      ),
  );

  r.get(
    "/api/v1/applications/:id/loan",
    {
      config: { apiKey: true },
      schema: {
        tags,
        summary: "The loan's servicing events and its derived position",
        params: idParams,
        response: { 200: loanResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => servicing.getLoan(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/v1/applications/:id/loan-events",
    {
      config: { apiKey: true, idempotent: true },
      schema: {
        tags,
        summary:
          "Record a disbursement, interest payment, repayment or overdue event (the lending bank; API key allowed)",
        params: idParams,
        body: loanEventInput,
        // A repeat with the same Idempotency-Key gets the first answer again, 201 included.
        response: { 201: loanResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await servicing.recordLoanEvent(db, actorOf(request), request.params.id, request.body, request.ip),
        ),
  );

  r.get(
    "/api/v1/applications/:id/recommendation-form",
    {
      schema: {
        tags,
        summary: "The filled 推荐表 (seed 002 附件1): an A4 print view, or a PDF with format=pdf",
        params: idParams,
        querystring: recommendationFormQuery,
        response: { 200: formResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const data = await recommendationFormData(db, actorOf(request), request.params.id);
      if (request.query.format === "pdf") {
        return sendPdf(reply, `推荐表-${data.enterpriseName}.pdf`, await recommendationFormPdf(data));
      }
      return sendHtml(reply, recommendationFormHtml(data));
    },
  );
}
