#!/usr/bin/env node
// What `npm start` runs is built ahead (ADR 021): the server as one JavaScript file, so that start-up is
// plain Node instead of TypeScript compiled through tsx every time, and the web app. Each is rebuilt
// only when its inputs changed, known by a digest of their names and contents.
//   node scripts/build.mjs server    # the server bundle if its inputs changed (the postinstall runs it)
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(import.meta.dirname, "..");
export const serverBundle = join(root, "apps/server/dist/main.mjs");
const webIndex = join(root, "apps/web/dist/index.html");
const webStamp = join(root, "node_modules/.cache/chanrong/web-build.json");

// Besides each app's own files: the shared package, the dependency tree and the compiler settings.
const SHARED = ["packages/domain", "package-lock.json", "package.json", "tsconfig.base.json"];
const SERVER_INPUTS = ["apps/server/src", "apps/server/package.json", "scripts/build.mjs", ...SHARED];
const WEB_INPUTS = ["apps/web", ...SHARED];
const NOT_INPUTS = new Set(["node_modules", "dist"]);

/** A digest of the files under `paths` (names and contents), and of `extra`. */
function digestOf(paths, extra = "") {
  const hash = createHash("sha256").update(extra);
  const add = (path) => {
    if (!existsSync(path)) return;
    if (!statSync(path).isDirectory()) {
      hash.update(`\0${relative(root, path)}\0`).update(readFileSync(path));
      return;
    }
    for (const name of readdirSync(path).sort()) if (!NOT_INPUTS.has(name)) add(join(path, name));
  };
  for (const path of paths) add(join(root, path));
  return hash.digest("hex");
}

const bundleHeader = (digest) => `// chanrong server bundle of inputs ${digest}`;

/** Builds the server bundle unless the one there was built from the same inputs. */
export async function buildServer() {
  const digest = digestOf(SERVER_INPUTS);
  const header = bundleHeader(digest);
  if (existsSync(serverBundle) && readFileSync(serverBundle, "utf8").startsWith(header)) return;
  // Loaded only to build: an up-to-date bundle costs start-up nothing but the digest.
  const { build } = await import("esbuild");
  await build({
    entryPoints: [join(root, "apps/server/src/main.ts")],
    outfile: serverBundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    logLevel: "warning",
    banner: {
      js: [
        header,
        'import { dirname as __dirnameOf } from "node:path";',
        'import { fileURLToPath as __pathOf } from "node:url";',
        "const __ownFileDirname = (url) => __dirnameOf(__pathOf(url));",
      ].join("\n"),
    },
    plugins: [ownFileLocations],
  });
}

/**
 * Packages from node_modules stay imports, resolved from apps/server/dist as from apps/server/src,
 * since some find their own files (PGlite's WebAssembly, fonts, argon2's native module); our own
 * TypeScript, the server's and @chanrong/domain's, is bundled. In it, `import.meta.url` and
 * `import.meta.dirname` would name the bundle: each source file gets its own back, relative to the
 * bundle, so `new URL("./migrations", import.meta.url)` still finds the migrations wherever the
 * checkout lives.
 */
const ownFileLocations = {
  name: "own-file-locations",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@chanrong/") ? undefined : { external: true },
    );
    esbuild.onLoad({ filter: /\.ts$/ }, (args) => {
      const fromBundle = relative(dirname(serverBundle), args.path).split("\\").join("/");
      const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
      const contents = readFileSync(args.path, "utf8")
        .replaceAll("import.meta.url", url)
        .replaceAll("import.meta.dirname", `__ownFileDirname(${url})`);
      return { contents, loader: "ts" };
    });
  },
};

const digestOfFile = (file) => createHash("sha256").update(readFileSync(file)).digest("hex");

/**
 * Whether apps/web/dist is the build of the current inputs, and how to record that it is once built.
 * The stamp names the inputs of the last build `npm start` made and its index.html (which names every
 * hashed asset), so a build made since by other means, or none, is not taken for it.
 */
export function webBuildState() {
  const variables = Object.entries(process.env).filter(([name]) => name.startsWith("VITE_"));
  const inputs = digestOf(WEB_INPUTS, JSON.stringify(variables.sort()));
  const stamp =
    existsSync(webStamp) && existsSync(webIndex) ? JSON.parse(readFileSync(webStamp, "utf8")) : {};
  return {
    current: stamp.inputs === inputs && stamp.index === digestOfFile(webIndex),
    recordBuilt() {
      mkdirSync(dirname(webStamp), { recursive: true });
      writeFileSync(webStamp, JSON.stringify({ inputs, index: digestOfFile(webIndex) }));
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === "server") await buildServer();
