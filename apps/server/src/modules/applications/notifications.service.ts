import type { Database } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { AppError } from "../../platform/errors";
import * as repo from "./notifications.repository";

/** How many reminders the bell shows. */
const LATEST = 50;

/** An organisation's reminders, unread first: any member may read them. */
export function listNotifications(db: Database, actor: Actor) {
  return repo.listNotifications(db, actor.orgId, LATEST);
}

/** Marks one of the organisation's unread reminders read; another's, or one read already, is not found. */
export async function markRead(db: Database, actor: Actor, id: string) {
  const row = await repo.markRead(db, id, actor.orgId);
  if (!row) throw AppError.notFound({ zh: "提醒", en: "Notification" });
  return row;
}
