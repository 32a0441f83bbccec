import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { languageOf, localise } from "../../platform/language";
import { problems } from "../../platform/responses";
import { workbenchResponse } from "./workbench.schemas";
import * as service from "./workbench.service";

/** What waits for the caller's organisation across the modules: the home page and the header bell. */
export function registerWorkbenchRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/workbench",
    {
      schema: {
        tags: ["workbench"],
        summary: "What waits for the caller's organisation, by due date, and its latest items",
        response: { 200: workbenchResponse, ...problems(401) },
      },
    },
    async (request) => localise(await service.workbench(db, actorOf(request)), languageOf(request)),
  );
}
