// Run by the root package's postinstall (ADR 018). Only a speed-up: a failure is reported and the
// install goes on, and new databases are then made without the template.
import { existsSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { migrationsFolder } from "./client";
import { saveTemplate, templateFile } from "./pglite-template";

try {
  if (!existsSync(templateFile)) {
    const cluster = await PGlite.create("memory://");
    await migrate(drizzle(cluster), { migrationsFolder });
    await saveTemplate(cluster);
    await cluster.close();
  }
} catch (error) {
  console.warn(`PGlite template not made (${templateFile}); new databases will run initdb instead:`, error);
}
