import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../../db/client";
import { actorOf } from "../../../platform/auth/authentication";
import { idParams } from "../../../platform/http";
import { problems } from "../../../platform/responses";
import { renewalDecisionInput, renewalDetail, renewalEligibility, renewalInput } from "./renewals.schemas";
import * as service from "./renewals.service";

export function registerPilotRenewalRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["pilot-cities"];

  r.get(
    "/api/v1/pilot-renewals",
    {
      schema: {
        tags,
        summary: "Renewal applications (§四(一)) the caller may see, with the ministry's decisions",
        response: { 200: z.array(renewalDetail), ...problems(401, 403) },
      },
    },
    async (request) => service.listRenewals(db, actorOf(request)),
  );

  r.get(
    "/api/v1/pilot-renewals/eligibility",
    {
      schema: {
        tags,
        summary:
          "Whether the calling city may renew today: the open batch, its latest pilot term, or why not",
        response: { 200: renewalEligibility, ...problems(401, 403) },
      },
    },
    async (request) => service.renewalEligibility(db, actorOf(request)),
  );

  r.post(
    "/api/v1/pilot-renewals",
    {
      schema: {
        tags,
        summary:
          "A pilot whose plan has ended submits its renewal (updated plan and indicator table) straight to the ministry",
        body: renewalInput,
        response: { 201: renewalDetail, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.submitRenewal(db, actorOf(request), request.body, request.ip)),
  );

  r.post(
    "/api/v1/pilot-renewals/:id/decision",
    {
      schema: {
        tags,
        summary:
          "The ministry (MIIT) extends the pilot with a new period of at most 3 years, or declines with a reason",
        params: idParams,
        body: renewalDecisionInput,
        response: { 200: renewalDetail, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.decideRenewal(db, actorOf(request), request.params.id, request.body, request.ip),
  );
}
