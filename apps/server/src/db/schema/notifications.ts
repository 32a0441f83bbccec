import { bigint, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { loanApplications } from "./applications";
import { organisations } from "./identity";

/**
 * In-app notifications to an organisation: reminders of an application whose clock is running out,
 * and invitations and pushes of the financing marketplace, which name the page to open in `link`.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    applicationId: uuid("application_id").references(() => loanApplications.id),
    clockId: bigint("clock_id", { mode: "number" }),
    /** The web page the notification opens, when it is not an application's. */
    link: text("link"),
    /** due-soon, due-today or overdue: one of each per clock, ever; event-invitation; claim-reminder, claim-escalated. */
    kind: text("kind").notNull(),
    message: text("message").notNull(),
    /** The message in English; null on reminders sent before it was kept (their Chinese then serves). */
    messageEn: text("message_en"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("notifications_clock_kind_key").on(t.clockId, t.kind),
    index("notifications_org_idx").on(t.orgId, t.createdAt),
  ],
);

/** A job claims a period by inserting its key: whichever instance inserts first runs it. */
export const jobRuns = pgTable(
  "job_runs",
  {
    job: text("job").notNull(),
    runKey: text("run_key").notNull(),
    claimedAt: timestamp("claimed_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.job, t.runKey] })],
);
