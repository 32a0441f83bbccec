import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import journal from "./migrations/meta/_journal.json" with { type: "json" };

/**
 * A PGlite cluster initialised and migrated once at install time (`npm ci` runs the root package's
 * postinstall, ADR 018), so that a new test database is unpacked from it (~1.5 s) instead of running
 * initdb in WebAssembly and every migration (~4–7 s); a new data directory is a copy of the same
 * cluster kept unpacked, faster still, as no archive is decoded through PGlite's file system (ADR 021).
 * Named by the PGlite version that made it, since a cluster opens only under the PostgreSQL build that created it, and by the
 * latest migration in it: migrations added since then are not in it, so it is not used.
 */
const pgliteRoot = resolve(dirname(fileURLToPath(import.meta.resolve("@electric-sql/pglite"))), "..");
const pgliteVersion = (
  JSON.parse(readFileSync(join(pgliteRoot, "package.json"), "utf8")) as { version: string }
).version;
const latestMigration = journal.entries.at(-1)?.tag ?? "none";
const repoRoot = resolve(import.meta.dirname, "../../../..");
/** The cluster as a data directory, to copy. */
export const templateDirectory = join(
  repoRoot,
  "node_modules/.cache/chanrong",
  `pglite-${pgliteVersion}-${latestMigration}`,
);
/** The same cluster archived, to load into memory. */
export const templateFile = `${templateDirectory}.tar.gz`;

/** The template to start a new cluster from, or undefined (then PGlite runs initdb itself). */
export function pgliteTemplate(): Blob | undefined {
  return existsSync(templateFile) ? new Blob([readFileSync(templateFile)]) : undefined;
}

/** Makes `dataDirectory` a copy of the template directory; false when there is none. */
export function copyTemplateTo(dataDirectory: string): boolean {
  if (!existsSync(templateDirectory)) return false;
  cpSync(templateDirectory, dataDirectory, { recursive: true });
  return true;
}

/**
 * Saves the cluster PGlite keeps in `dataDirectory` as the template, archived and as a directory, and
 * closes it. Each is written under another name and renamed, so no reader sees half.
 */
export async function saveTemplate(cluster: PGlite, dataDirectory: string): Promise<void> {
  const dump = await cluster.dumpDataDir("gzip");
  await cluster.close();
  mkdirSync(dirname(templateFile), { recursive: true });
  const partial = `${templateFile}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, templateFile);
  rmSync(templateDirectory, { recursive: true, force: true });
  renameSync(dataDirectory, templateDirectory);
}
