import type { Job } from "../jobs";
import { SIGN_IN_POLICY } from "./policy";
import { deleteIdleSessions } from "./sessions.repository";

/**
 * Deletes the sessions left idle past the timeout: a session never used again would otherwise
 * stay in the table for ever. Every ten minutes, by one instance.
 */
export const idleSessionPurge: Job = {
  name: "idle-session-purge",
  // "2026-12-05T06:4": the ten minutes from 06:40.
  runKey: (now) => now.toISOString().slice(0, 15),
  run: (db, now) =>
    deleteIdleSessions(db, new Date(now.getTime() - SIGN_IN_POLICY.idleTimeoutMinutes * 60_000)),
};
