import { buildApp } from "./app";
import { openDatabase } from "./db/client";
import { seedBaseline, seedDemo } from "./demo/seed";
import { slaReminders } from "./modules/applications/reminders";
import { bridgeOverdueJob } from "./modules/bridge-loans/bridge-overdue.service";
import { claimDeadlines } from "./modules/demands/deadlines";
import { paymentRunResumer, resumeInterruptedPayments } from "./modules/payments/payment-runs.service";
import { idleSessionPurge } from "./platform/auth/idle-sessions";
import { readConfig } from "./platform/config";
import { localDirectoryStorage } from "./platform/files/storage";
import { startJobs } from "./platform/jobs";
import { expiredCounterPurge } from "./platform/rate-limit";

const config = readConfig();
const database = await openDatabase(config.databaseUrl);
await database.migrate();
const storage = localDirectoryStorage(config.storageDir);
// The demo's organisations and users before listening, so that signing in works from the first request;
// its enterprises, loans and fund story (seconds, a PDF among them) once listening (ADR 021).
if (config.seedDemo) await seedBaseline(database.db);

// `npm start` builds the web app beside this start-up (scripts/start.mjs) and says when it is done.
if (process.env.WEB_BUILD === "pending") await webBuilt();
const app = await buildApp({
  database,
  webDist: config.webDist,
  logger: true,
  trustProxy: config.trustProxy,
  secureCookies: config.secureCookies,
  storage,
});
// Every instance runs the jobs; each period's run is claimed by exactly one (platform/jobs.ts).
const stopJobs = startJobs(
  database.db,
  [slaReminders, claimDeadlines, bridgeOverdueJob, paymentRunResumer, idleSessionPurge, expiredCounterPurge],
  app.log,
);
// A run this instance's predecessor died in resumes now, not at the next minute's claim: paying a line
// is idempotent, so running beside another instance's resumer pays nothing twice.
resumeInterruptedPayments(database.db).catch((error) =>
  app.log.error({ err: error }, "resuming payments failed"),
);
let demoSeeded: Promise<void> = Promise.resolve();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    stopJobs();
    // A demo cut short would stay short: the next start sees it begun and seeds nothing more.
    await demoSeeded;
    await app.close();
    await database.close();
    process.exit(0);
  });
}
await app.listen({ port: config.port, host: config.host });
app.log.info(`产融通 Chanrong on http://localhost:${config.port} (database: ${database.kind})`);
if (config.seedDemo) {
  demoSeeded = seedDemo(database.db, storage).then(
    () => app.log.info("demo data ready"),
    (error) => app.log.error({ err: error }, "seeding the demo data failed"),
  );
}

/** Asks scripts/start.mjs for the web build and waits for its answer that the build is done. */
function webBuilt(): Promise<void> {
  return new Promise((resolve) => {
    process.once("message", () => {
      process.disconnect?.();
      resolve();
    });
    process.send?.("web-wanted");
  });
}
