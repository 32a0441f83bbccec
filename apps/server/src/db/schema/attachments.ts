import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { loanApplications } from "./applications";
import { organisations, users } from "./identity";

/** Documents and contract scans of an application; the bytes live in the file storage. */
export const attachments = pgTable(
  "attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => loanApplications.id),
    /** A contract kind for a contract's scan, or "DOCUMENT". */
    kind: text("kind").notNull(),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    uploadedBy: uuid("uploaded_by")
      .notNull()
      .references(() => users.id),
    uploadedByOrg: uuid("uploaded_by_org")
      .notNull()
      .references(() => organisations.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("attachments_application_idx").on(t.applicationId)],
);
