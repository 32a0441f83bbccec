import { slaState } from "@chanrong/domain";
import type { Database } from "../../db/client";
import { today } from "../../platform/clock";
import type { Job } from "../../platform/jobs";
import { listRunningClocks } from "./applications.repository";
import { insertNotifications } from "./notifications.repository";

/** Stored once per organisation in both languages; the bell shows the reader's. */
const MESSAGES = {
  "due-soon": (name: string, due: string) => ({
    zh: `${name} 的申请将于 ${due} 到期,请及时办理`,
    en: `${name}'s application is due on ${due}: please act in time`,
  }),
  "due-today": (name: string, due: string) => ({
    zh: `${name} 的申请今天(${due})到期`,
    en: `${name}'s application is due today (${due})`,
  }),
  overdue: (name: string, due: string) => ({
    zh: `${name} 的申请已于 ${due} 逾期未办`,
    en: `${name}'s application has been overdue since ${due}`,
  }),
} as const;

/**
 * Reminds the holder of every running clock before and at its deadline, and when it is
 * overdue (issue 3 point 5). Hourly; each reminder is sent once per clock and kind.
 */
export const slaReminders: Job = {
  name: "sla-reminders",
  runKey: (now) => now.toISOString().slice(0, 13),
  async run(db: Database) {
    const day = today();
    const rows = (await listRunningClocks(db)).flatMap((clock) => {
      const state = slaState(clock.dueOn, day);
      if (state === "on-time") return [];
      const message = MESSAGES[state](clock.enterpriseName, clock.dueOn);
      return [
        {
          orgId: clock.clock === "guarantor-review" ? clock.guarantorOrgId : clock.bankOrgId,
          applicationId: clock.applicationId,
          clockId: clock.clockId,
          kind: state,
          message: message.zh,
          messageEn: message.en,
        },
      ];
    });
    await insertNotifications(db, rows);
  },
};
