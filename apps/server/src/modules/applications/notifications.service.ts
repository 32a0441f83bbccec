import type { Term } from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { AppError } from "../../platform/errors";
import * as repo from "./notifications.repository";

/** How many reminders the bell shows. */
const LATEST = 50;

type NotificationRow = Awaited<ReturnType<typeof repo.listNotifications>>[number];

/** A reminder with its message in both languages; one sent before the English was kept has its Chinese. */
function present({ messageEn, ...row }: NotificationRow) {
  return { ...row, message: { zh: row.message, en: messageEn ?? row.message } };
}

/** An organisation's reminders, unread first: any member may read them. */
export async function listNotifications(db: Database, actor: Actor) {
  return (await repo.listNotifications(db, actor.orgId, LATEST)).map(present);
}

/** Marks one of the organisation's unread reminders read; another's, or one read already, is not found. */
export async function markRead(db: Database, actor: Actor, id: string) {
  const row = await repo.markRead(db, id, actor.orgId);
  if (!row) throw AppError.notFound({ zh: "提醒", en: "Notification" });
  return present(row);
}

/**
 * Sends in-app notifications (an invitation, a push) to organisations, each opening `link`; call it
 * inside the transaction of the step that causes them.
 */
export function notifyOrganisations(
  executor: Executor,
  notices: readonly { orgId: string; kind: string; message: Term; link: string }[],
) {
  return repo.insertNotifications(
    executor,
    notices.map(({ message, ...notice }) => ({ ...notice, message: message.zh, messageEn: message.en })),
  );
}
