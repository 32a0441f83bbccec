import type { ApplicationRow } from "../api/incentives";

/** An application's payment status as a tag colour, in the list and on the detail page. */
export const STATUS_COLOURS: Partial<Record<ApplicationRow["status"], string>> = {
  IN_REVIEW: "processing",
  AWAITING_APPROVAL: "gold",
  APPROVED: "cyan",
  PAYING: "cyan",
  PAID: "green",
  RETURNED: "red",
  CANCELLED: "default",
};
