import { integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./identity";

/**
 * The first response to each money write sent with an Idempotency-Key header, per organisation
 * and key (ADR 016). A row without a status is a request still in progress.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id),
    key: text("key").notNull(),
    // SHA-256 of the method, route, parameters and body: the same key with other content is refused.
    fingerprint: text("fingerprint").notNull(),
    statusCode: integer("status_code"),
    contentType: text("content_type"),
    body: text("body"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.key] })],
);
