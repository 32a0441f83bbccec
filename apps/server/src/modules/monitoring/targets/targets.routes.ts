import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "../../../db/client";
import { actorOf } from "../../../platform/auth/authentication";
import { problems } from "../../../platform/responses";
import { regionParams, targetsResponse, targetsSave } from "./targets.schemas";
import * as service from "./targets.service";

export function registerTargetRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["monitoring"];

  r.get(
    "/api/v1/monitoring/targets/:regionCode",
    {
      schema: {
        tags,
        summary: "A region's monitoring targets: what it configured and what is in force over seed 004's",
        params: regionParams,
        response: { 200: targetsResponse, ...problems(400, 401, 403) },
      },
    },
    async (request) => service.getTargets(db, actorOf(request), request.params.regionCode),
  );

  r.put(
    "/api/v1/monitoring/targets/:regionCode",
    {
      schema: {
        tags,
        summary: "The region's industry bureau saves its targets as a new version (409 over a newer one)",
        params: regionParams,
        body: targetsSave,
        response: { 200: targetsResponse, ...problems(400, 401, 403, 409) },
      },
    },
    async (request) =>
      service.saveTargets(db, actorOf(request), request.params.regionCode, request.body, request.ip),
  );
}
