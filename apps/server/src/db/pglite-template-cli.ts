// Run by the root package's postinstall (ADR 018). Only a speed-up: a failure is reported and the
// install goes on, and new databases are then made without the template.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { migrationsFolder } from "./client";
import { saveTemplate, templateDirectory, templateFile } from "./pglite-template";

// Made on disk, beside where it ends up, so that the directory is moved into place rather than copied.
const making = `${templateDirectory}.${process.pid}`;
try {
  if (!existsSync(templateFile) || !existsSync(templateDirectory)) {
    mkdirSync(dirname(making), { recursive: true });
    const cluster = await PGlite.create(making);
    await migrate(drizzle(cluster), { migrationsFolder });
    await saveTemplate(cluster, making);
  }
} catch (error) {
  rmSync(making, { recursive: true, force: true });
  console.warn(`PGlite template not made (${templateFile}); new databases will run initdb instead:`, error);
}
