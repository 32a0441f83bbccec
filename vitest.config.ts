import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/** Server test files that replace a module (vi.mock) for themselves, so they cannot share a worker's modules. */
const SERVER_FILES_THAT_MOCK_MODULES = [
  "apps/server/src/modules/forms/form-layout.test.ts",
  "apps/server/src/modules/forms/recommendation-form.test.ts",
  "apps/server/src/platform/auth/routing.test.ts",
];
const serverTimeouts = { testTimeout: 30_000, hookTimeout: 60_000 };

// The pure domain package; the server (service and API tests through app.inject), run once per
// database kind (scripts/test.mjs sets CHANRONG_TEST_DB to "pglite" or "postgres"), as two projects
// named server*; and browser journeys in Chromium against a running app (scripts/test.mjs starts it
// and sets E2E_BASE_URL).
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
          exclude: SERVER_FILES_THAT_MOCK_MODULES,
          // A worker's files share its loaded modules and its PGlite cluster (testing/test-database.ts)
          // instead of importing the app and unpacking a cluster afresh for each file: every file still
          // builds its own app on an emptied database, and module state is reset by the helpers that set it.
          isolate: false,
          ...serverTimeouts,
        },
      },
      {
        test: { name: "server-mocking", include: SERVER_FILES_THAT_MOCK_MODULES, ...serverTimeouts },
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
