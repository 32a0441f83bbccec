import { z } from "zod";

/** A reminder to the organisation holding an application whose clock is running out, or an invitation. */
export const notificationResponse = z
  .object({
    id: z.guid(),
    orgId: z.guid(),
    applicationId: z.guid().nullable(),
    clockId: z.number().int().nullable(),
    /** The web page to open when it is not an application's. */
    link: z.string().nullable(),
    /** due-soon, due-today or overdue; event-invitation. */
    kind: z.string(),
    message: z.string(),
    createdAt: z.date(),
    readAt: z.date().nullable(),
  })
  .meta({ id: "Notification" });
