import { resolve } from "node:path";

export interface Config {
  port: number;
  host: string;
  /** postgres://… for a real server, otherwise a PGlite data directory. */
  databaseUrl: string;
  production: boolean;
  /** Seed the demo region, organisations, users and enterprises into an empty database. */
  seedDemo: boolean;
  /** Directory with the built web app to serve, if any. */
  webDist: string | null;
  /** Trust X-Forwarded-For from a load balancer. */
  trustProxy: boolean;
  /** Mark the session cookie Secure even when the request reached us over plain HTTP (TLS ends at a proxy). */
  secureCookies: boolean;
  /** The local directory attachments are stored in. */
  storageDir: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  const repoRoot = resolve(import.meta.dirname, "../../../..");
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL ?? resolve(repoRoot, "data/pglite"),
    production,
    // Demo data never goes into a production database, whatever else is set.
    seedDemo: !production && env.SEED_DEMO !== "false",
    webDist: env.WEB_DIST === "none" ? null : resolve(env.WEB_DIST ?? resolve(repoRoot, "apps/web/dist")),
    trustProxy: env.TRUST_PROXY === "true",
    secureCookies: env.SECURE_COOKIES === "true",
    storageDir: resolve(env.STORAGE_DIR ?? resolve(repoRoot, "data/files")),
  };
}
