import type { Job } from "../../platform/jobs";
import { resumeInterruptedPayments } from "./payments.service";

/**
 * Resumes payment runs an instance died in the middle of. Each minute's run is claimed by one
 * instance; paying a line is idempotent anyway, so overlapping with a live run pays nothing twice.
 */
export const paymentRunResumer: Job = {
  name: "resume-payment-runs",
  runKey: (now) => now.toISOString().slice(0, 16),
  run: (db) => resumeInterruptedPayments(db),
};
