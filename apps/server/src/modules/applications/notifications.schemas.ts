import { z } from "zod";

/** A reminder to the organisation holding an application whose clock is running out. */
export const notificationResponse = z.object({
  id: z.guid(),
  orgId: z.guid(),
  applicationId: z.guid(),
  clockId: z.number().int(),
  /** due-soon, due-today or overdue. */
  kind: z.string(),
  message: z.string(),
  createdAt: z.date(),
  readAt: z.date().nullable(),
});
