import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";

/**
 * A freshly initialised PGlite cluster, dumped once at install time (`npm ci` runs the root package's
 * postinstall) so that a new data directory is unpacked from it (~1.5 s) instead of running initdb in
 * WebAssembly (~4–6 s) on every first start and in every test file. Named by the PGlite version that
 * made it, since a cluster only opens under the PostgreSQL build that created it.
 */
const pgliteRoot = resolve(dirname(fileURLToPath(import.meta.resolve("@electric-sql/pglite"))), "..");
const pgliteVersion = (
  JSON.parse(readFileSync(join(pgliteRoot, "package.json"), "utf8")) as { version: string }
).version;
const repoRoot = resolve(import.meta.dirname, "../../../..");
export const templateFile = join(repoRoot, "node_modules/.cache/chanrong", `pglite-${pgliteVersion}.tar.gz`);

/** The template to start a new cluster from, or undefined (then PGlite runs initdb itself). */
export function pgliteTemplate(): Blob | undefined {
  return existsSync(templateFile) ? new Blob([readFileSync(templateFile)]) : undefined;
}

/** Makes the template unless it is there; written under another name and renamed, so no reader sees half. */
export async function ensurePgliteTemplate(): Promise<void> {
  if (existsSync(templateFile)) return;
  const cluster = await PGlite.create("memory://");
  const dump = await cluster.dumpDataDir("gzip");
  await cluster.close();
  mkdirSync(dirname(templateFile), { recursive: true });
  const partial = `${templateFile}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, templateFile);
}
