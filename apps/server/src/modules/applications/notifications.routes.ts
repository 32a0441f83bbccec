import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "../../db/client";
import { actorOf } from "../../platform/auth/authentication";
import { AppError } from "../../platform/errors";
import { idParams } from "../../platform/http";
import * as repo from "./notifications.repository";

/** An organisation's reminders: unread first. Any member may read them and mark them read. */
export function registerNotificationRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/notifications",
    { schema: { tags: ["applications"], summary: "Reminders for the caller's organisation" } },
    async (request) => repo.listNotifications(db, actorOf(request).orgId, 50),
  );
  r.post(
    "/api/v1/notifications/:id/read",
    { schema: { tags: ["applications"], summary: "Mark a reminder read", params: idParams } },
    async (request) => {
      const row = await repo.markRead(db, request.params.id, actorOf(request).orgId);
      if (!row) throw AppError.notFound("提醒 (notification)");
      return row;
    },
  );
}
