/**
 * First load in Chromium (issue 10 point 5): JS bytes on the wire and time to interactive of the sign-in
 * page and of the first page after signing in, beside a static empty page served by the same server in
 * the same run. Never part of the test run.
 *
 *   npx tsx bench/first-load.ts
 *
 * It builds the web app (printing what its JS is made of, by package and by chunk), starts the real
 * server on a fresh PGlite directory with demo data, serving a copy of the build with `empty.html` beside
 * it, and opens each page BENCH_RUNS times in a fresh browser context (an empty cache), then once more in
 * the same context (a repeat visit). "Interactive" is the moment the page's own control is in the DOM and
 * the main thread has run a task posted after it (a click would be handled), in ms from navigation start.
 *
 * Knobs: BENCH_RUNS (5), BENCH_USER (jxj.operator), BENCH_BUILD=0 to measure apps/web/dist as it is,
 * BENCH_DIST=<folder> to measure another build kept aside (before and after alternated in one session),
 * BENCH_DOWNLOAD_KBPS and BENCH_LATENCY_MS to emulate a slower network (off: loopback), BENCH_LIST_SCRIPTS=1
 * to print the scripts of every visit, largest first, BENCH_CPU_SLOWDOWN=4 to run the page's main thread as on a
 * machine four times slower (Chromium's CPU throttling).
 * Chromium is Debian's (/usr/bin/chromium or CHROMIUM_PATH), never a downloaded one.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import type { Plugin } from "vite";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const USER = process.env.BENCH_USER ?? "jxj.operator";
const PASSWORD = "Chanrong2026";
const DOWNLOAD_KBPS = Number(process.env.BENCH_DOWNLOAD_KBPS ?? 0);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 0);
const LIST_SCRIPTS = process.env.BENCH_LIST_SCRIPTS === "1";
const CPU_SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN ?? 1);
const ROOT = join(import.meta.dirname, "..");
const WEB = join(ROOT, "apps/web");

const scratch = mkdtempSync(join(tmpdir(), "chanrong-first-load-"));
try {
  const built = process.env.BENCH_DIST ?? join(WEB, "dist");
  if (process.env.BENCH_BUILD !== "0" && !process.env.BENCH_DIST) await buildAndProfile();
  else if (!existsSync(join(built, "index.html"))) throw new Error(`${built} has no build`);
  const dist = join(scratch, "dist");
  cpSync(built, dist, { recursive: true });
  writeFileSync(join(dist, "empty.html"), "<!doctype html><title>empty</title>");
  const server = await startServer(dist);
  try {
    await measure(server.baseUrl);
  } finally {
    await stop(server.child);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

interface BuiltChunk {
  fileName: string;
  bytes: number;
  isEntry: boolean;
  isDynamicEntry: boolean;
  modules: Record<string, number>;
}

/** Builds apps/web with its own config and prints its JS by package (share of the minified bytes). */
async function buildAndProfile(): Promise<void> {
  const { build } = await import("vite");
  const chunks: BuiltChunk[] = [];
  const recorder: Plugin = {
    name: "bench-chunk-recorder",
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== "chunk") continue;
        chunks.push({
          fileName: output.fileName,
          bytes: Buffer.byteLength(output.code),
          isEntry: output.isEntry,
          isDynamicEntry: output.isDynamicEntry,
          modules: Object.fromEntries(
            Object.entries(output.modules).map(([id, m]) => [id, m.renderedLength]),
          ),
        });
      }
    },
  };
  const started = performance.now();
  await build({ root: WEB, configFile: join(WEB, "vite.config.ts"), logLevel: "warn", plugins: [recorder] });
  console.log(`web build: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

  // Module sizes are known before minification only: each chunk's minified bytes are shared out in
  // proportion to its modules' rendered lengths.
  const byOrigin = new Map<string, number>();
  let total = 0;
  for (const chunk of chunks) {
    const rendered = Object.values(chunk.modules).reduce((sum, length) => sum + length, 0) || 1;
    for (const [id, length] of Object.entries(chunk.modules)) {
      const origin = originOf(id);
      byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + (chunk.bytes * length) / rendered);
    }
    total += chunk.bytes;
  }
  console.log(`JS by origin (${kb(total)} KB minified in ${chunks.length} chunks):`);
  const ranked = [...byOrigin].sort((a, b) => b[1] - a[1]);
  for (const [origin, bytes] of ranked.slice(0, 20))
    console.log(`  ${kb(bytes).padStart(8)} KB ${pct(bytes, total).padStart(6)}  ${origin}`);
  const rest = ranked.slice(20).reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(`  ${kb(rest).padStart(8)} KB ${pct(rest, total).padStart(6)}  ${ranked.length - 20} others\n`);

  console.log("chunks (largest first; gzip -9 for scale):");
  for (const chunk of chunks.sort((a, b) => b.bytes - a.bytes).slice(0, 15)) {
    const kind = chunk.isEntry ? "entry" : chunk.isDynamicEntry ? "lazy" : "shared";
    const gzip = gzipSync(readFileSync(join(WEB, "dist", chunk.fileName)), { level: 9 }).length;
    console.log(
      `  ${kb(chunk.bytes).padStart(8)} KB  gzip ${kb(gzip).padStart(6)} KB  ${kind.padEnd(6)} ${chunk.fileName}`,
    );
  }
  if (chunks.length > 15) console.log(`  … and ${chunks.length - 15} smaller chunks`);
  console.log("");
}

/** A module's package under node_modules, or its feature folder in our source. */
function originOf(id: string): string {
  const dependency = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (dependency) return dependency[1] ?? id;
  const ours = id.match(/apps\/web\/src\/((?:features\/)?[^/]+)/);
  if (ours) return `apps/web/src/${ours[1]}`;
  return id.includes("packages/domain") ? "packages/domain" : id;
}

interface Visit {
  scripts: number;
  decoded: number;
  compressed: number;
  wire: number;
  scriptMs: number;
  interactiveMs: number;
}

interface Scenario {
  name: string;
  /** Opens the page and returns ms from navigation start to interactive. */
  open(page: Page): Promise<number>;
  signedIn?: boolean;
}

async function measure(baseUrl: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const session = await signedInState(browser, baseUrl);
    const scenarios: Scenario[] = [
      { name: "static empty page (baseline)", open: (page) => openUntil(page, "/empty.html", "title") },
      {
        name: "sign-in page",
        open: (page) => openUntil(page, "/sign-in", '[data-testid="sign-in-submit"]'),
      },
      {
        name: "first page after sign-in (/)",
        open: (page) => openUntil(page, "/", '[data-testid="home-welcome"]'),
        signedIn: true,
      },
    ];
    const network =
      DOWNLOAD_KBPS > 0 ? `${DOWNLOAD_KBPS} kB/s down, ${LATENCY_MS} ms latency` : "loopback, no throttling";
    const cpu = CPU_SLOWDOWN > 1 ? `; CPU ${CPU_SLOWDOWN}× slower` : "";
    console.log(
      `Chromium, ${RUNS} cold visits each (fresh context), then one repeat visit; ${network}${cpu}`,
    );
    const results: { name: string; cold: Visit[]; repeat: Visit }[] = [];
    for (const scenario of scenarios) {
      const cold: Visit[] = [];
      let repeat: Visit | undefined;
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({
          baseURL: baseUrl,
          locale: "zh-CN",
          viewport: { width: 1440, height: 900 },
          storageState: scenario.signedIn ? session : undefined,
        });
        try {
          cold.push(await visit(context, scenario));
          if (run === RUNS - 1) repeat = await visit(context, scenario);
        } finally {
          await context.close();
        }
      }
      results.push({ name: scenario.name, cold, repeat: repeat as Visit });
    }
    // The sign-in journey a person makes: the page cold, then the click until the first page is interactive.
    const journey = await signInJourney(browser, baseUrl);

    const baseline = median(results[0]?.cold.map((v) => v.interactiveMs) ?? [1]);
    console.log(
      "\n| page | JS requests | JS decoded KB | JS as sent KB | JS on the wire KB | script ms (median) | interactive ms, median (min–max) | × baseline | repeat visit: JS on the wire KB, interactive ms |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|");
    for (const { name, cold, repeat } of results) {
      const first = cold[0] as Visit;
      const times = cold.map((v) => v.interactiveMs);
      console.log(
        `| ${name} | ${first.scripts} | ${kb(first.decoded)} | ${kb(first.compressed)} | ${kb(first.wire)} | ${Math.round(median(cold.map((v) => v.scriptMs)))} | ${Math.round(median(times))} (${Math.round(Math.min(...times))}–${Math.round(Math.max(...times))}) | ×${(median(times) / baseline).toFixed(1)} | ${kb(repeat.wire)}, ${Math.round(repeat.interactiveMs)} |`,
      );
    }
    console.log(
      `\nsign-in journey (median of ${RUNS}): click 登录 → first page interactive ${Math.round(journey.clickMs)} ms, ${journey.scripts} more JS requests, ${kb(journey.wire)} KB more on the wire`,
    );
  } finally {
    await browser.close();
  }
}

/** One visit: JS requests and bytes as Chromium's network layer saw them, and time to interactive. */
async function visit(context: BrowserContext, scenario: Scenario): Promise<Visit> {
  const page = await context.newPage();
  const counter = await countScripts(context, page);
  const interactiveMs = await scenario.open(page);
  const counted = await counter.done();
  await page.close();
  return { ...counted, interactiveMs };
}

/**
 * Counts script responses — decoded bytes (dataReceived), bodies as sent (Content-Length) and bytes
 * received with their headers (encodedDataLength) — and the main thread's time in script until the
 * network is idle.
 */
async function countScripts(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Performance.enable");
  if (CPU_SLOWDOWN > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  if (DOWNLOAD_KBPS > 0) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: LATENCY_MS,
      downloadThroughput: DOWNLOAD_KBPS * 1024,
      uploadThroughput: DOWNLOAD_KBPS * 1024,
    });
  }
  const scripts = new Map<string, { url: string; decoded: number }>();
  const totals = { scripts: 0, decoded: 0, compressed: 0, wire: 0, scriptMs: 0 };
  cdp.on("Network.responseReceived", (event) => {
    if (event.type !== "Script") return;
    scripts.set(event.requestId, { url: event.response.url, decoded: 0 });
    // The body as sent (compressed when it was), without the headers; none for a 304 or a cache hit.
    if (event.response.status === 200 && !event.response.fromDiskCache)
      totals.compressed += Number(event.response.headers["content-length"] ?? 0);
  });
  cdp.on("Network.dataReceived", (event) => {
    const script = scripts.get(event.requestId);
    if (!script) return;
    script.decoded += event.dataLength;
    totals.decoded += event.dataLength;
  });
  cdp.on("Network.loadingFinished", (event) => {
    if (!scripts.has(event.requestId)) return;
    totals.scripts += 1;
    totals.wire += event.encodedDataLength;
  });
  return {
    async done() {
      await page.waitForLoadState("networkidle");
      const { metrics } = await cdp.send("Performance.getMetrics");
      totals.scriptMs = 1000 * (metrics.find((m) => m.name === "ScriptDuration")?.value ?? 0);
      await cdp.detach();
      if (LIST_SCRIPTS) listScripts(page.url(), [...scripts.values()]);
      return totals;
    },
  };
}

/** BENCH_LIST_SCRIPTS=1: the scripts a visit loaded, largest first, to see what a page pulls in. */
function listScripts(url: string, scripts: { url: string; decoded: number }[]): void {
  console.log(`\nscripts of ${new URL(url).pathname}, decoded KB:`);
  for (const script of scripts.sort((a, b) => b.decoded - a.decoded))
    console.log(`  ${kb(script.decoded).padStart(8)}  ${new URL(script.url).pathname}`);
}

/** Navigates and returns ms from navigation start until `selector` is present and the main thread free. */
async function openUntil(page: Page, path: string, selector: string): Promise<number> {
  await page.goto(path, { waitUntil: "commit" });
  return page.evaluate<number>(whenInteractive(selector));
}

/**
 * In the page: ms from navigation start to the first frame where `selector` exists, then a task posted
 * after it. A string, as tsx would wrap a function's inner names in a helper the page does not have.
 */
function whenInteractive(selector: string): string {
  return `new Promise((resolve) => {
    const check = () => {
      if (document.querySelector(${JSON.stringify(selector)})) setTimeout(() => resolve(performance.now()), 0);
      else requestAnimationFrame(check);
    };
    check();
  })`;
}

async function signedInState(browser: Browser, baseUrl: string) {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  await signIn(page);
  const state = await context.storageState();
  await context.close();
  return state;
}

async function signIn(page: Page): Promise<void> {
  await page.goto("/sign-in");
  await page.getByTestId("sign-in-username").fill(USER);
  await page.getByTestId("sign-in-password").fill(PASSWORD);
  await page.getByTestId("sign-in-submit").click();
  await page.getByTestId("home-welcome").waitFor();
}

/** The sign-in page cold, then from the click on 登录 until the first page is interactive. */
async function signInJourney(browser: Browser, baseUrl: string) {
  const clicks: number[] = [];
  let more = { scripts: 0, decoded: 0, compressed: 0, wire: 0 };
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await openUntil(page, "/sign-in", '[data-testid="sign-in-submit"]');
    await page.waitForLoadState("networkidle");
    await page.getByTestId("sign-in-username").fill(USER);
    await page.getByTestId("sign-in-password").fill(PASSWORD);
    const counter = await countScripts(context, page);
    const clickedAt = await page.evaluate(() => {
      (document.querySelector('[data-testid="sign-in-submit"]') as HTMLElement).click();
      return performance.now();
    });
    clicks.push((await page.evaluate<number>(whenInteractive('[data-testid="home-welcome"]'))) - clickedAt);
    more = await counter.done();
    await context.close();
  }
  return { clickMs: median(clicks), ...more };
}

async function startServer(dist: string): Promise<{ baseUrl: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: mkdtempSync(join(scratch, "pglite-")),
      WEB_DIST: dist,
    },
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 360; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, child };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not become healthy in 3 minutes");
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

function pct(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)}%`;
}
