import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DEMO_PASSWORD } from "../demo/organisations";

// The real server in a process of its own, for the crash tests that kill it mid-run (PostgreSQL only).

const REPO_ROOT = resolve(import.meta.dirname, "../../../..");

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? done(address.port) : fail(new Error("no port")),
      );
    });
  });
}

export async function until<T>(
  what: string,
  seconds: number,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds} s waiting for ${what}`);
    await new Promise((wait) => setTimeout(wait, 20));
  }
}

/**
 * The real server, as production starts it, in a process of its own. Node loads tsx itself (rather
 * than through `npx tsx`, which forks a second process) so that SIGKILL hits the server.
 */
export async function startServer(
  databaseUrl: string,
  log: string[],
): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      SEED_DEMO: "false",
      WEB_DIST: "none",
      STORAGE_DIR: mkdtempSync(join(tmpdir(), "chanrong-crash-files-")),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr]) stream?.on("data", (chunk) => log.push(String(chunk)));
  const base = `http://127.0.0.1:${port}`;
  await until("the server to answer /api/health", 90, async () => {
    if (child.exitCode !== null) throw new Error(`server exited: ${log.join("").slice(-2000)}`);
    return (await fetch(`${base}/api/health`)).ok ? true : undefined;
  });
  return { child, base };
}

/** Signs a seeded user in over HTTP: the session cookie and CSRF token a write needs. */
export async function signInTo(
  base: string,
  username: string,
): Promise<{ cookie: string; csrfToken: string }> {
  const response = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username}: ${response.status}`);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}
