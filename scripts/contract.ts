// The web's types come from the server's contract: this builds the app without listening, asks it for
// its OpenAPI document and turns that into apps/web/src/shared/api/contract/ with openapi-typescript:
// one file per OpenAPI tag (a module's routes), the shared components, and an index joining them.
//   npm run contract          writes the folder
//   npm run contract:check    fails when the committed folder differs from a fresh generation
// Run by tsx (it imports the server's TypeScript).
//
// Fast by design: the app is built on a database handle that refuses every query (building routes and
// their documentation makes none), and the check first compares a hash written into the index — of the
// OpenAPI document, the generator (this file, openapi-typescript's version) and every file's body — so
// TypeScript and openapi-typescript load only when something changed (or someone edited a file by hand).
//
// Schemas routes share carry an id (`.meta({ id: "PilotApplication" })`, ADR 019) and the document holds
// each once. Zod's registry lets a second schema take an id silently, and the document would then
// describe one schema under the other's name, so both commands refuse two schemas with one id.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Database, DatabaseHandle } from "../apps/server/src/db/client";
import type { FileStorage } from "../apps/server/src/platform/files/storage";

const root = fileURLToPath(new URL("..", import.meta.url));
const folder = join(root, "apps/web/src/shared/api/contract");
const name = relative(root, folder);
const check = process.argv.includes("--check");

/** The files of the folder by name, each with its text. */
type Files = Record<string, string>;

const INDEX = "index.ts";
const COMPONENTS = "components.ts";
const HASH_LINE = " * contract-hash: ";
const GENERATED = `GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand.`;
const indexHeader = (hash: string) => `/**
 * ${GENERATED}
 * Regenerate with \`npm run contract\` after changing a route's schema; \`npm run lint\`
 * (\`npm run contract:check\`) fails while this folder differs from a fresh generation.
 * Use it through ../types.ts (ResponseOf, RequestBody, QueryOf).
${HASH_LINE}${hash}
 */
`;
const partHeader = (what: string) => `/** ${GENERATED} ${what}. */\n`;

/**
 * Makes zod's registry refuse an id that another schema already has. Installed before the app's modules
 * load, as they give the ids when they are first evaluated.
 */
function refuseDuplicateSchemaIds(): void {
  const registry = z.globalRegistry;
  const add = registry.add.bind(registry);
  registry.add = ((schema, ...meta) => {
    const id = meta[0]?.id;
    const holder = id === undefined ? undefined : registry._idmap.get(id);
    if (holder && holder !== schema) {
      throw new Error(`Two schemas have the id "${id}": each shared schema needs an id of its own (ADR 019)`);
    }
    return add(schema, ...meta);
  }) as typeof registry.add;
}

function refused(what: string): never {
  throw new Error(`scripts/contract.ts builds the app without a database, yet ${what} was used`);
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { tags?: string[] } | unknown>>;
  [key: string]: unknown;
}

async function openApiDocument(): Promise<OpenApiDocument> {
  const db = new Proxy({}, { get: (_target, key) => refused(`db.${String(key)}`) }) as Database;
  const database: DatabaseHandle = {
    kind: "pglite",
    db,
    migrate: async () => refused("migrate()"),
    close: async () => {},
  };
  const storage: FileStorage = { put: async () => refused("storage"), get: async () => refused("storage") };
  refuseDuplicateSchemaIds();
  const { buildApp } = await import("../apps/server/src/app");
  const app = await buildApp({ database, storage });
  await app.ready();
  const document = app.swagger() as unknown as OpenApiDocument;
  await app.close();
  return document;
}

/**
 * A path's tag as a file name: the first tag of its first operation that has one (a module tags all its
 * routes alike), lower-case words joined by "-".
 */
function tagOf(pathItem: Record<string, unknown>): string {
  for (const operation of Object.values(pathItem)) {
    const tags = (operation as { tags?: string[] } | null)?.tags;
    if (tags?.[0]) return tags[0].toLowerCase().replace(/[^a-z0-9]+/g, "-");
  }
  return "platform";
}

function pathsByTag(document: OpenApiDocument): Map<string, OpenApiDocument["paths"]> {
  const byTag = new Map<string, OpenApiDocument["paths"]>();
  for (const [path, item] of Object.entries(document.paths)) {
    const tag = tagOf(item);
    byTag.set(tag, { ...byTag.get(tag), [path]: item });
  }
  return new Map([...byTag].sort(([a], [b]) => a.localeCompare(b)));
}

/** The project's formatter has the last word on layout, so the files pass `biome check` as generated. */
function formatted(source: string, file: string): string {
  const result = spawnSync(
    process.execPath,
    [
      join(root, "node_modules/@biomejs/biome/bin/biome"),
      "format",
      `--stdin-file-path=${join(folder, file)}`,
    ],
    { cwd: root, input: source, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`biome format failed:\n${result.stderr}`);
  return result.stdout;
}

/** openapi-typescript's declaration named `name` (`export interface name {…}`), cut out of its output. */
function declaration(source: string, name: string): string {
  const start = source.indexOf(`export interface ${name} {`);
  const end = source.indexOf("\n}\n", start);
  if (start < 0 || end < 0) throw new Error(`openapi-typescript wrote no ${name}`);
  return source.slice(start, end + 3);
}

const identifierOf = (tag: string) =>
  `${tag.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase())}Paths`;

async function generated(document: OpenApiDocument): Promise<Files> {
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  const typescriptOf = async (paths: OpenApiDocument["paths"]) => {
    const ast = await openapiTS({ ...document, paths } as Parameters<typeof openapiTS>[0], {
      alphabetize: true,
    });
    return astToString(ast);
  };
  const files: Files = {};
  files[COMPONENTS] = formatted(
    partHeader("The schemas routes share") + declaration(await typescriptOf({}), "components"),
    COMPONENTS,
  );
  const tags = pathsByTag(document);
  for (const [tag, paths] of tags) {
    const body = declaration(await typescriptOf(paths), "paths");
    const uses = body.includes("components[");
    files[`${tag}.ts`] = formatted(
      partHeader(`The routes tagged ${tag}`) +
        (uses ? `import type { components } from "./components";\n\n` : "") +
        body,
      `${tag}.ts`,
    );
  }
  const imports = [...tags.keys()].map(
    (tag) => `import type { paths as ${identifierOf(tag)} } from "./${tag}";`,
  );
  const index = formatted(
    `${imports.join("\n")}\n\nexport type { components } from "./components";\n\n` +
      `/** Every route of the server. */\nexport type paths = ${[...tags.keys()].map(identifierOf).join(" & ")};\n`,
    INDEX,
  );
  files[INDEX] = indexHeader(hashOf(document, files, index)) + index;
  return files;
}

/** The hash of what the folder is made from and of what it holds, bar the index's header. */
function hashOf(document: unknown, files: Files, indexBody: string): string {
  const generator = readFileSync(fileURLToPath(import.meta.url), "utf8");
  const { version } = JSON.parse(
    readFileSync(join(root, "node_modules/openapi-typescript/package.json"), "utf8"),
  );
  const hash = createHash("sha256").update(JSON.stringify(document)).update(`\0${version}\0${generator}\0`);
  for (const file of Object.keys(files).sort()) {
    if (file !== INDEX) hash.update(`${file}\0${files[file]}\0`);
  }
  return hash.update(indexBody).digest("hex");
}

function committed(): Files {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return {};
  }
  return Object.fromEntries(names.map((file) => [file, readFileSync(join(folder, file), "utf8")]));
}

/** The hash the committed index carries, and its body after the header. */
function indexParts(index: string | undefined): { hash: string; body: string } {
  if (index === undefined) return { hash: "", body: "" };
  const hashAt = index.indexOf(HASH_LINE);
  const end = index.indexOf(" */\n", hashAt);
  if (hashAt < 0 || end < 0) return { hash: "", body: index };
  return { hash: index.slice(hashAt + HASH_LINE.length, end).trim(), body: index.slice(end + 4) };
}

function differences(current: Files, fresh: Files): string {
  const scratchDir = mkdtempSync(join(tmpdir(), "chanrong-contract-"));
  for (const [file, text] of Object.entries(fresh)) writeFileSync(join(scratchDir, file), text);
  const diff = spawnSync("git", ["diff", "--no-index", "--no-color", "-U2", "--", folder, scratchDir], {
    encoding: "utf8",
  }).stdout;
  rmSync(scratchDir, { recursive: true, force: true });
  const extra = Object.keys(current).filter((file) => !(file in fresh));
  return diff + (extra.length ? `\nfiles no route gives: ${extra.join(", ")}` : "");
}

const document = await openApiDocument();

if (check) {
  const current = committed();
  const { hash, body } = indexParts(current[INDEX]);
  if (hash && hash === hashOf(document, current, body)) {
    console.log(`${name} matches the server's contract.`);
    process.exit(0);
  }
  const fresh = await generated(document);
  const same =
    Object.keys(current).length === Object.keys(fresh).length &&
    Object.entries(fresh).every(([file, text]) => current[file] === text);
  if (!same) {
    const lines = differences(current, fresh).split("\n");
    console.error(
      `${name} is not what the server's contract gives today: run \`npm run contract\` and commit it.\n` +
        `${lines.slice(0, 80).join("\n")}${lines.length > 80 ? `\n… ${lines.length - 80} more diff lines` : ""}`,
    );
    process.exit(1);
  }
  console.log(`${name} matches the server's contract.`);
} else {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const files = await generated(document);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
  console.log(`wrote ${name} (${Object.keys(files).length} files)`);
}
