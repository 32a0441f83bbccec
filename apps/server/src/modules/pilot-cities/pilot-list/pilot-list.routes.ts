import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "../../../db/client";
import { actorOf } from "../../../platform/auth/authentication";
import { idParams } from "../../../platform/http";
import { problems } from "../../../platform/responses";
import {
  changeListInput,
  decisionInput,
  listView,
  proposeListInput,
  publicPilotList,
} from "../ministry-review/ministry-review.schemas";
import * as service from "./pilot-list.service";

export function registerPilotListRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["pilot-cities"];

  r.get(
    "/api/v1/pilot-batches/:id/list",
    {
      schema: {
        tags,
        summary: "The proposed pilot list with scores, and every department's decision on every version",
        params: idParams,
        response: { 200: listView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => service.getList(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/v1/pilot-batches/:id/list",
    {
      schema: {
        tags,
        summary: "Propose the list (工信部): the given order, or every qualified application in rank order",
        params: idParams,
        body: proposeListInput,
        response: { 200: listView, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.propose(db, actorOf(request), request.params.id, request.body.applicationIds, request.ip),
  );

  r.put(
    "/api/v1/pilot-batches/:id/list",
    {
      schema: {
        tags,
        summary: "Change the list with a reason: every department's decision on the old version is voided",
        params: idParams,
        body: changeListInput,
        response: { 200: listView, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.change(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.post(
    "/api/v1/pilot-batches/:id/list/decisions",
    {
      schema: {
        tags,
        summary: "A department approves or rejects the current version of the list, with its opinion",
        params: idParams,
        body: decisionInput,
        response: { 200: listView, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.decide(db, actorOf(request), request.params.id, request.body, request.ip),
  );

  r.post(
    "/api/v1/pilot-batches/:id/list/publish",
    {
      schema: {
        tags,
        summary: "Publish the list approved by all five departments: pilots selected with their plan periods",
        params: idParams,
        response: { 200: listView, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.publish(db, actorOf(request), request.params.id, request.ip),
  );

  r.get(
    "/api/v1/public/pilot-cities",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "The published pilot cities of every batch, with province and plan period (no sign-in)",
        response: { 200: publicPilotList },
      },
    },
    async () => service.publicList(db),
  );
}
