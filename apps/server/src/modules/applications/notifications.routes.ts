import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { idParams } from "../../platform/http";
import { languageOf, localise } from "../../platform/language";
import { problems } from "../../platform/responses";
import { notificationResponse } from "./notifications.schemas";
import * as service from "./notifications.service";

/** An organisation's reminders: unread first. Any member may read them and mark them read. */
export function registerNotificationRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/notifications",
    {
      schema: {
        tags: ["applications"],
        summary: "Reminders for the caller's organisation",
        response: { 200: z.array(notificationResponse), ...problems(401, 403) },
      },
    },
    async (request) => localise(await service.listNotifications(db, actorOf(request)), languageOf(request)),
  );
  r.post(
    "/api/v1/notifications/:id/read",
    {
      schema: {
        tags: ["applications"],
        summary: "Mark a reminder read",
        params: idParams,
        response: { 200: notificationResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      localise(await service.markRead(db, actorOf(request), request.params.id), languageOf(request)),
  );
}
