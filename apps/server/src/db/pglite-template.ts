import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import journal from "./migrations/meta/_journal.json" with { type: "json" };

/**
 * A PGlite cluster initialised and migrated once at install time (`npm ci` runs the root package's
 * postinstall, ADR 018), so that a new data directory or test database is unpacked from it (~1.5 s)
 * instead of running initdb in WebAssembly and every migration (~4–7 s). Named by the PGlite version
 * that made it, since a cluster opens only under the PostgreSQL build that created it, and by the
 * latest migration in it: migrations added since then are not in it, so it is not used.
 */
const pgliteRoot = resolve(dirname(fileURLToPath(import.meta.resolve("@electric-sql/pglite"))), "..");
const pgliteVersion = (
  JSON.parse(readFileSync(join(pgliteRoot, "package.json"), "utf8")) as { version: string }
).version;
const latestMigration = journal.entries.at(-1)?.tag ?? "none";
const repoRoot = resolve(import.meta.dirname, "../../../..");
export const templateFile = join(
  repoRoot,
  "node_modules/.cache/chanrong",
  `pglite-${pgliteVersion}-${latestMigration}.tar.gz`,
);

/** The template to start a new cluster from, or undefined (then PGlite runs initdb itself). */
export function pgliteTemplate(): Blob | undefined {
  return existsSync(templateFile) ? new Blob([readFileSync(templateFile)]) : undefined;
}

/** Saves `cluster` as the template; written under another name and renamed, so no reader sees half. */
export async function saveTemplate(cluster: PGlite): Promise<void> {
  const dump = await cluster.dumpDataDir("gzip");
  mkdirSync(dirname(templateFile), { recursive: true });
  const partial = `${templateFile}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, templateFile);
}
