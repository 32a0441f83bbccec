#!/usr/bin/env node
// The whole test suite, as README's `npm test` and CI run it:
//   1. typecheck, lint, and the web's contract/ against the server's OpenAPI document
//   2. domain and server/API tests on PGlite
//   3. server/API tests on a real PostgreSQL server (TEST_DATABASE_URL)
//   4. browser journeys in Debian's Chromium against the built app
// Outside CI a missing PostgreSQL or Chromium is reported loudly and that stage is not
// counted as passed; in CI (CI=true) it fails the run. Ends with "N passed, N failed".
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

const CI = process.env.CI === "true" || process.env.CI === "1";
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? "postgres://chanrong:chanrong@127.0.0.1:5432/chanrong";

const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];
const scratch = mkdtempSync(join(tmpdir(), "chanrong-test-"));

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function loud(message) {
  const bar = "!".repeat(78);
  console.error(`\n${bar}\n!! ${message}\n${bar}\n`);
}

/** Runs vitest projects (optionally narrowed by extra CLI arguments) and adds their counts to the totals. */
async function vitest(label, projects, env, extraArgs = []) {
  const report = join(scratch, `${label}.json`);
  const args = [
    "vitest",
    "run",
    ...projects.flatMap((p) => ["--project", p]),
    ...extraArgs,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ];
  const code = await run("npx", args, env);
  if (!existsSync(report)) {
    totals.failed += 1;
    problems.push(`${label}: vitest exited ${code} without a report`);
    return;
  }
  const result = JSON.parse(readFileSync(report, "utf8"));
  totals.passed += result.numPassedTests;
  totals.failed += result.numFailedTests;
  // A file that failed to load has no tests but still fails the run.
  const brokenFiles = result.testResults.filter(
    (file) => file.status === "failed" && file.assertionResults.length === 0,
  );
  totals.failed += brokenFiles.length;
  console.log(
    `\n== ${label}: ${result.numPassedTests} passed, ${result.numFailedTests + brokenFiles.length} failed\n`,
  );
  if (code !== 0 && result.numFailedTests + brokenFiles.length === 0) {
    totals.failed += 1;
    problems.push(`${label}: vitest exited ${code}`);
  }
}

function unavailable(stage, why) {
  if (CI) {
    totals.failed += 1;
    problems.push(`${stage}: ${why}`);
    loud(`${stage} cannot run in CI: ${why}`);
  } else {
    totals.skipped += 1;
    problems.push(`${stage} NOT RUN: ${why}`);
    loud(`${stage} NOT RUN: ${why}. This run does not prove it; CI will.`);
  }
}

async function postgresReachable() {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return error.message;
  } finally {
    await client.end().catch(() => {});
  }
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Up to three minutes: PGlite's first start and the demo seed are slow on a loaded two-core machine. */
async function waitForHealth(url, child) {
  for (let i = 0; i < 360; i++) {
    if (child.exitCode !== null) return false;
    try {
      if ((await fetch(url)).ok) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/**
 * Journeys under e2e/fund-window/ need a day inside the interest-subsidy window (Q2 of the year after
 * the demo loans settled), so they run against a second app whose business date is pinned there.
 */
const SUBSIDY_WINDOW_DAY = "2027-04-15";
const WINDOW_JOURNEYS = "e2e/fund-window";

/** Starts the built app on fresh PGlite with demo data, runs `journeys` against it, stops it. */
async function journeysAgainstApp(label, extraEnv, vitestArgs) {
  const port = await freePort();
  const server = spawn("npx", ["tsx", "apps/server/src/main.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      ...extraEnv,
      NODE_ENV: "test",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: mkdtempSync(join(scratch, "e2e-pglite-")),
    },
    detached: true,
  });
  const seeded = demoSeeded(server);
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    if (!(await waitForHealth(`${baseUrl}/api/health`, server)) || !(await seeded)) {
      totals.failed += 1;
      problems.push(`${label}: the app did not start`);
      return;
    }
    await vitest(label, ["e2e"], { E2E_BASE_URL: baseUrl, CHROMIUM_PATH: CHROMIUM }, vitestArgs);
  } finally {
    await stop(server);
  }
}

/**
 * Whether the app seeded its demo data, which it finishes once listening (ADR 021): the journeys use it.
 * Reads the app's log from its start, which is otherwise dropped.
 */
function demoSeeded(server) {
  return new Promise((resolve) => {
    let tail = "";
    server.stdout.on("data", (chunk) => {
      tail = (tail + chunk).slice(-4096);
      if (tail.includes('"msg":"demo data ready"')) resolve(true);
      if (tail.includes('"msg":"seeding the demo data failed"')) resolve(false);
    });
    server.once("exit", () => resolve(false));
  });
}

/** Stops the app's process group and waits for it, so its database directory can then be removed. */
async function stop(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {}
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
}

async function browserJourneys() {
  if (!existsSync(CHROMIUM)) return unavailable("browser journeys", `Chromium not found at ${CHROMIUM}`);
  if ((await run("npm", ["run", "build", "-w", "apps/web"])) !== 0) {
    totals.failed += 1;
    problems.push("web build failed");
    return;
  }
  await journeysAgainstApp("browser journeys (Chromium)", {}, [`--exclude=${WINDOW_JOURNEYS}/**`]);
  if (existsSync(WINDOW_JOURNEYS)) {
    await journeysAgainstApp(
      `browser journeys on ${SUBSIDY_WINDOW_DAY} (Chromium)`,
      { CHANRONG_TODAY: SUBSIDY_WINDOW_DAY },
      [WINDOW_JOURNEYS],
    );
  }
}

try {
  if (!only || only === "static") {
    const typecheck = await run("npm", ["run", "typecheck"]);
    const lint = await run("npx", ["biome", "check", "."]);
    const contract = await run("npm", ["run", "contract:check"]);
    if (typecheck !== 0 || lint !== 0 || contract !== 0) {
      totals.failed += 1;
      problems.push(
        `static checks: typecheck exit ${typecheck}, lint exit ${lint}, contract exit ${contract}`,
      );
    }
  }
  if (!only || only === "unit") {
    await vitest("domain + server on PGlite", ["domain", "server*"], { CHANRONG_TEST_DB: "pglite" });
  }
  if (!only || only === "postgres") {
    const why = await postgresReachable();
    if (why) unavailable("server tests on PostgreSQL", `cannot reach ${TEST_DATABASE_URL} (${why})`);
    else
      await vitest("server on PostgreSQL", ["server*"], { CHANRONG_TEST_DB: "postgres", TEST_DATABASE_URL });
  }
  if (!only || only === "e2e") await browserJourneys();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

for (const problem of problems) console.error(`- ${problem}`);
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} stage(s) NOT RUN` : ""}`,
);
process.exit(totals.failed > 0 ? 1 : 0);
