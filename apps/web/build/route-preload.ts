import { resolve } from "node:path";
import type { Plugin, Rollup } from "vite";

/**
 * A first load fetches the chunks of the page it opens beside the entry, not after it. Pages are lazy
 * chunks (router.tsx): left alone, the browser learns it needs the sign-in page's chunks only once the
 * entry and all its imports have been downloaded and run, then fetches them in a second round. This puts
 * into index.html, per first path, the chunks of the modules that path renders (with everything they
 * import, less what index.html preloads already) and a few lines of inline script that add
 * `<link rel="modulepreload">` for those of the path being opened, while the entry is still loading.
 *
 * The same for a choice kept in localStorage (the language, whose text is a chunk of its own): the chunks
 * of the stored value's modules, or of the first value's when none is stored.
 *
 * Modules are source files relative to the app's root, imported lazily somewhere (each is a chunk).
 */
export function routePreload(options: {
  /** A path (or "*" for any other) → the modules its first load renders. */
  paths: Record<string, string[]>;
  /** A localStorage key and, per value it may hold, the modules loaded for it. */
  stored: { key: string; values: Record<string, string[]> };
}): Plugin {
  let root = "";
  let base = "/";
  return {
    name: "chanrong-route-preload",
    apply: "build",
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return;
        const chunks = Object.values(bundle).filter(
          (output): output is Rollup.OutputChunk => output.type === "chunk",
        );
        const entry = chunks.find((chunk) => chunk.isEntry);
        if (!entry) return;
        const preloaded = importedBy(bundle, [entry.fileName]);
        /** Each key's chunks, less those index.html preloads for every page. */
        const chunksOf = (table: Record<string, string[]>) =>
          Object.fromEntries(
            Object.entries(table).map(([key, modules]) => {
              const starts = modules.map((module) => {
                const id = resolve(root, module);
                const chunk = chunks.find((candidate) => candidate.facadeModuleId === id);
                if (!chunk) throw new Error(`route-preload: no chunk for ${module} (is it imported lazily?)`);
                return chunk.fileName;
              });
              return [key, [...importedBy(bundle, starts)].filter((file) => !preloaded.has(file))];
            }),
          );
        const paths = JSON.stringify(chunksOf(options.paths));
        const stored = JSON.stringify(chunksOf(options.stored.values));
        const fallback = JSON.stringify(Object.keys(options.stored.values)[0]);
        return [
          {
            tag: "script",
            // First in <head>: an inline script after a stylesheet waits for it.
            injectTo: "head-prepend",
            children: `(function(){var p=${paths},s=${stored},v;try{v=localStorage.getItem(${JSON.stringify(options.stored.key)})}catch(e){}var f=(p[location.pathname]||p["*"]||[]).concat(s[v]||s[${fallback}]),d={};for(var i=0;i<f.length;i++){if(d[f[i]])continue;d[f[i]]=1;var l=document.createElement("link");l.rel="modulepreload";l.crossOrigin="";l.href=${JSON.stringify(base)}+f[i];document.head.appendChild(l);}})();`,
          },
        ];
      },
    },
  };
}

/** The chunks named and every chunk they import statically, transitively. */
function importedBy(bundle: Rollup.OutputBundle, fileNames: string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...fileNames];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const output = bundle[file];
    if (output?.type === "chunk") pending.push(...output.imports);
  }
  return seen;
}
