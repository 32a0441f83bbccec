// The web's types come from the server's contract: this builds the app without listening, asks it for
// its OpenAPI document and turns that into apps/web/src/shared/api/contract.ts with openapi-typescript.
//   npm run contract          writes contract.ts
//   npm run contract:check    fails when the committed contract.ts differs from a fresh generation
// Run by tsx (it imports the server's TypeScript).
//
// Fast by design: the app is built on a database handle that refuses every query (building routes and
// their documentation makes none), and the check first compares a hash written into contract.ts — of the
// OpenAPI document, the generator (this file, openapi-typescript's version) and the file's own body — so
// TypeScript and openapi-typescript load only when something changed (or someone edited the file by hand).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "../apps/server/src/app";
import type { Database, DatabaseHandle } from "../apps/server/src/db/client";
import type { FileStorage } from "../apps/server/src/platform/files/storage";

const root = fileURLToPath(new URL("..", import.meta.url));
const target = join(root, "apps/web/src/shared/api/contract.ts");
const name = relative(root, target);
const check = process.argv.includes("--check");

const HASH_LINE = " * contract-hash: ";
const header = (hash: string) => `/**
 * GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand.
 * Regenerate with \`npm run contract\` after changing a route's schema; \`npm run lint\`
 * (\`npm run contract:check\`) fails while this file differs from a fresh generation.
 * Use it through ./types.ts (ResponseOf, RequestBody, QueryOf).
${HASH_LINE}${hash}
 */
`;

function refused(what: string): never {
  throw new Error(`scripts/contract.ts builds the app without a database, yet ${what} was used`);
}

async function openApiDocument(): Promise<unknown> {
  const db = new Proxy({}, { get: (_target, key) => refused(`db.${String(key)}`) }) as Database;
  const database: DatabaseHandle = {
    kind: "pglite",
    db,
    migrate: async () => refused("migrate()"),
    close: async () => {},
  };
  const storage: FileStorage = { put: async () => refused("storage"), get: async () => refused("storage") };
  const app = await buildApp({ database, storage });
  await app.ready();
  const document = app.swagger();
  await app.close();
  return document;
}

function hashOf(document: unknown, body: string): string {
  const generator = readFileSync(fileURLToPath(import.meta.url), "utf8");
  const { version } = JSON.parse(
    readFileSync(join(root, "node_modules/openapi-typescript/package.json"), "utf8"),
  );
  return createHash("sha256")
    .update(JSON.stringify(document))
    .update(`\0${version}\0${generator}\0`)
    .update(body)
    .digest("hex");
}

/** The project's formatter has the last word on layout, so the file passes `biome check` as generated. */
function formatted(source: string): string {
  const result = spawnSync(
    process.execPath,
    [join(root, "node_modules/@biomejs/biome/bin/biome"), "format", `--stdin-file-path=${target}`],
    { cwd: root, input: source, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`biome format failed:\n${result.stderr}`);
  return result.stdout;
}

async function generated(document: unknown): Promise<string> {
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  const body = formatted(astToString(ast));
  return header(hashOf(document, body)) + body;
}

function committed(): { text: string; hash: string; body: string } | null {
  let text: string;
  try {
    text = readFileSync(target, "utf8");
  } catch {
    return null;
  }
  const hashAt = text.indexOf(HASH_LINE);
  const end = text.indexOf(" */\n", hashAt);
  if (hashAt < 0 || end < 0) return { text, hash: "", body: text };
  return { text, hash: text.slice(hashAt + HASH_LINE.length, end).trim(), body: text.slice(end + 4) };
}

const document = await openApiDocument();

if (check) {
  const current = committed();
  if (current && current.hash === hashOf(document, current.body)) {
    console.log(`${name} matches the server's contract.`);
    process.exit(0);
  }
  const fresh = await generated(document);
  if (current?.text !== fresh) {
    const scratchDir = mkdtempSync(join(tmpdir(), "chanrong-contract-"));
    const scratch = join(scratchDir, "contract.ts");
    writeFileSync(scratch, fresh);
    const diff = spawnSync("git", ["diff", "--no-index", "--no-color", "-U2", "--", target, scratch], {
      encoding: "utf8",
    }).stdout;
    rmSync(scratchDir, { recursive: true, force: true });
    const lines = diff.split("\n");
    console.error(
      `${name} is not what the server's contract gives today: run \`npm run contract\` and commit it.\n` +
        `${lines.slice(0, 80).join("\n")}${lines.length > 80 ? `\n… ${lines.length - 80} more diff lines` : ""}`,
    );
    process.exit(1);
  }
  console.log(`${name} matches the server's contract.`);
} else {
  writeFileSync(target, await generated(document));
  console.log(`wrote ${name}`);
}
