import type { worklistZh } from "./messages.worklist";

/** The English of messages.worklist.ts, loaded only when English is chosen. */
export const worklistEn: Record<keyof typeof worklistZh, string> = {
  "worklist.tabWaiting": "Waiting for me",
  "worklist.tabAll": "All",
  "worklist.holder": "With",
  "worklist.heldDays": "{days} d",
  "worklist.heldHours": "{hours} h",
  "worklist.opinion": "Opinion",
  "worklist.reason": "Reason",
};
