import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../../db/client";
import { actorOf } from "../../../platform/auth/authentication";
import type { FileStorage } from "../../../platform/files/storage";
import { idParams } from "../../../platform/http";
import { problems } from "../../../platform/responses";
import { registerPilotApplicationRoutes } from "../applications/applications.routes";
import { registerProvincialReviewRoutes } from "../provincial-review/provincial-review.routes";
import { batchDetail, batchInput, batchSummary } from "./batches.schemas";
import * as service from "./batches.service";

export function registerPilotCityRoutes(app: FastifyInstance, db: Database, storage: FileStorage): void {
  registerPilotApplicationRoutes(app, db, storage);
  registerProvincialReviewRoutes(app, db, storage);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["pilot-cities"];

  r.get(
    "/api/v1/pilot-batches",
    {
      schema: {
        tags,
        summary: "The pilot-city batches, newest first, each with its deadlines and phase today",
        response: { 200: z.array(batchSummary), ...problems(401) },
      },
    },
    async (request) => {
      actorOf(request);
      return service.listBatches(db);
    },
  );

  r.post(
    "/api/v1/pilot-batches",
    {
      schema: {
        tags,
        summary:
          "Open a batch (ministry): its deadlines, with the outline, indicator template, rubric and quotas frozen",
        body: batchInput,
        response: { 201: batchDetail, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.openBatch(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    "/api/v1/pilot-batches/:id",
    {
      schema: {
        tags,
        summary: "A batch with its outline, indicator template, rubric, vocabulary and recommending units",
        params: idParams,
        response: { 200: batchDetail, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      actorOf(request);
      return service.getBatch(db, request.params.id);
    },
  );
}
