import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Three projects: the pure domain package; the server (service and API tests through
// app.inject), run once per database kind (scripts/test.mjs sets CHANRONG_TEST_DB to
// "pglite" or "postgres"); and browser journeys in Chromium against a running app
// (scripts/test.mjs starts it and sets E2E_BASE_URL).
export default defineConfig({
  test: {
    // Vitest leaves a core to itself by default, which on these two-core machines runs one file at
    // a time; the files wait on the database as much as on the CPU, so use every core.
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: { name: "domain", include: ["packages/domain/src/**/*.test.ts"] },
      },
      {
        test: {
          name: "server",
          include: ["apps/server/src/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.ts"],
          // Whole journeys across several roles; generous so a loaded machine is not a failure.
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // One browser at a time: the machines have two cores and the app one database.
          fileParallelism: false,
        },
      },
    ],
  },
});
