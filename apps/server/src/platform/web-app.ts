import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, sep } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { isApiPath } from "./auth/authentication";
import { sendNotFound } from "./errors";

/** Vite names every file under assets/ by its content: a new build is a new URL, so browsers keep them. */
export const HASHED_ASSET_CACHING = "public, max-age=31536000, immutable";
/** index.html names the current build's assets, so browsers ask for it again on every visit. */
export const PAGE_CACHING = "no-cache";

/**
 * Serves the built web app at "/": its files, each as the brotli or gzip copy the build wrote beside it
 * when the browser accepts one, and the single-page app's index.html for every other non-API path, so
 * client routes survive a reload. Without a build (`webDist` null or empty) unknown paths are a 404.
 */
export async function registerWebApp(
  app: FastifyInstance,
  webDist: string | null | undefined,
): Promise<void> {
  const root = webDist && existsSync(join(webDist, "index.html")) ? webDist : null;
  if (root) {
    const assets = join(root, "assets") + sep;
    // The web app's own files are public, as signing in happens inside it; declared so in their own context.
    await app.register(async (web) => {
      web.addHook("onRoute", (route) => {
        route.config = { ...route.config, public: true };
      });
      await web.register(fastifyStatic, {
        root,
        wildcard: false,
        preCompressed: true,
        // The compressed copies are served in place of their original, never under their own name.
        globIgnore: ["**/*.br", "**/*.gz"],
        cacheControl: false,
        setHeaders: (reply, path) => {
          reply.header("cache-control", path.startsWith(assets) ? HASHED_ASSET_CACHING : PAGE_CACHING);
        },
      });
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    if (root && request.method === "GET" && !isApiPath(request.url))
      return reply
        .type("text/html; charset=utf-8")
        .header("cache-control", PAGE_CACHING)
        .send(await readFile(join(root, "index.html")));
    return sendNotFound(request, reply);
  });
}
