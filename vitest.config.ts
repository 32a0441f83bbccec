import { defineConfig } from "vitest/config";

// Two projects: the pure domain package, and the server (service and API tests through
// app.inject). The server project runs once per database kind; scripts/test.mjs sets
// CHANRONG_TEST_DB to "pglite" or "postgres".
export default defineConfig({
  test: {
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
    ],
  },
});
