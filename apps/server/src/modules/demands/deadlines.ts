import type { Job } from "../../platform/jobs";
import { runDeadlines } from "./claim-deadlines.service";

/**
 * Reminds claims past their step's deadline, then escalates and releases them (issue 12 point 4).
 * Hourly like the SLA reminders; every step is idempotent, so a re-run changes nothing.
 */
export const claimDeadlines: Job = {
  name: "financing-claim-deadlines",
  runKey: (now) => now.toISOString().slice(0, 13),
  async run(db) {
    await runDeadlines(db, null);
  },
};
